import type { ReviewGrade } from '../../electron/contract';
import type { DeckCard } from '../../electron/core/review/deck';
import { CreditFit } from '../../electron/core/review/credit-fit';
import { gradeWithCredit } from '../../electron/core/review/grading';
import type { CardIndex, CreditModel } from '../../electron/core/review/implicit';
import { buildQueue } from '../../electron/core/review/queue';
import { Scheduler, type Schedule } from '../../electron/core/review/scheduler';
import type { ReviewGraph } from '../../electron/core/review/concept-graph';

const DAY = 86_400_000;
const MINUTE = 60_000;

/** Seeded, so a run can be repeated exactly: the synthetic vault's generator. */
import { mulberry32 as rng } from '../vault/random';

export { rng };

export interface Student {
  /** The student's true memory: FSRS with parameters the schedulers do not know. */
  memory: Scheduler;
  random: () => number;
}

export interface SimOptions {
  cards: readonly DeckCard[];
  index: CardIndex;
  graph: ReviewGraph;
  days: number;
  /** Cards a day the student has time for (the same for both policies). */
  perDay: number;
  newPerDay: number;
  /** Fraction of a review a neighbour's card gets in the student's true memory when a card is recalled. */
  transfer: number;
  policy: 'fsrs' | 'cairn';
  student: Student;
  start: Date;
  /** The retention both schedulers aim at; lower means fewer reviews and lower recall. */
  retention: number;
  /** A credit model held fixed instead of fitted to the student's answers (to show what fitting is worth). */
  fixed?: CreditModel;
}

export interface SimResult {
  reviews: number;
  /** Implicit credit given, in reviews (fractions summed). */
  implicit: number;
  /** The credit rate fitted to the student's answers by exam day. */
  rate: number;
  /** How the fitted model weighs the edge's kind (0 every tie alike, 1 as the graph weighs it), and written cards. */
  gamma: number;
  written: number;
  /** Reviews of cards already in review (not first sights or learning steps). */
  reps: number;
  /** Cards pulled forward to the day of a lapse (weak spots). */
  pulled: number;
  /** Reviews of cards not yet due: hubs whose recall clears due neighbours (see buildQueue). */
  early: number;
  /** Mean true recall over every card on exam day (a card never met counts 0). */
  examRecall: number;
}

/**
 * One student, one policy, `days` days of study then the exam. Each day the student answers cards until
 * the policy has none due or the day's time is used; an answer is right with the student's true recall
 * probability. `fsrs` is plain FSRS per card, what Anki and Obsidian's plugin do; `cairn` is the same
 * FSRS with the graph: implicit credit, weak spots, and the queue that clears the most.
 */
export function simulate(o: SimOptions): SimResult {
  // Fuzz on, as Anki and Cairn run: without it every student's cards come due in lockstep, and exam-day recall
  // depends on where those cycles happen to fall on the exam day rather than on the policy.
  const scheduler = new Scheduler({ fuzz: true, retention: o.retention });
  const sched = new Map<string, Schedule>();
  const truth = new Map<string, Schedule>();
  const fit = new CreditFit(o.index, scheduler);
  // The true memory's neighbours: cards about the same concepts or concepts joined on the graph.
  const neighbours = new Map<string, string[]>();
  for (const card of o.cards) {
    const nodes = new Set(card.nodeIds.flatMap((n) => [n, ...o.graph.neighbours(n).map((x) => x.id)]));
    neighbours.set(card.id, o.cards.filter((d) => d.id !== card.id && d.nodeIds.some((n) => nodes.has(n))).map((d) => d.id));
  }
  let reviews = 0;
  let implicit = 0;
  let reps = 0;
  let pulled = 0;
  let early = 0;
  const depth = o.graph.depths();
  for (let day = 0; day < o.days; day++) {
    let t = o.start.getTime() + day * DAY + 9 * 3_600_000;
    let shown = 0;
    let fresh = 0;
    while (shown < o.perDay) {
      const now = new Date(t);
      const next = o.policy === 'cairn' ? cairnNext(o, sched, o.fixed ?? fit.model(), now, depth, o.newPerDay - fresh, o.perDay - shown) : fsrsNext(o.cards, sched, now, o.newPerDay - fresh);
      if (!next) break;
      const isNew = !sched.has(next.id);
      const before = sched.get(next.id);
      if (before?.state === 'review') reps++;
      if (before && new Date(before.due) > now) early++;
      const grade = answer(o.student, truth.get(next.id), now);
      truth.set(next.id, o.student.memory.grade(truth.get(next.id), grade, now));
      if (grade !== 'again' && o.transfer > 0) {
        for (const id of neighbours.get(next.id) ?? []) {
          const s = truth.get(id);
          if (s && s.state !== 'new' && o.student.random() < o.transfer) truth.set(id, o.student.memory.grade(s, 'good', now));
        }
      }
      if (o.policy === 'cairn') {
        const effects = gradeWithCredit(next, grade, now, { index: o.index, scheduler, schedule: (id) => sched.get(id), credit: o.fixed ?? fit.model() });
        fit.record(next, grade, now);
        for (const [id, s] of Object.entries(effects.change.schedules)) sched.set(id, s);
        implicit += effects.credit;
        pulled += effects.pulledForward.length;
      } else sched.set(next.id, scheduler.grade(sched.get(next.id), grade, now));
      reviews++;
      shown++;
      if (isNew) fresh++;
      t += MINUTE;
    }
  }
  const exam = new Date(o.start.getTime() + o.days * DAY + 9 * 3_600_000);
  let sum = 0;
  for (const card of o.cards) sum += o.student.memory.recall(truth.get(card.id), exam);
  return { reviews, implicit, rate: fit.rate(), gamma: fit.model().gamma, written: fit.model().written, reps, pulled, early, examRecall: sum / o.cards.length };
}

/** First sight: the card is read and mostly got; later, right with the true recall probability. */
function answer(student: Student, truth: Schedule | undefined, now: Date): ReviewGrade {
  if (!truth || truth.state === 'new') return student.random() < 0.7 ? 'good' : 'again';
  return student.random() < student.memory.recall(truth, now) ? 'good' : 'again';
}

function fsrsNext(cards: readonly DeckCard[], sched: Map<string, Schedule>, now: Date, newLeft: number): DeckCard | null {
  let best: DeckCard | null = null;
  let bestDue = Infinity;
  for (const card of cards) {
    const s = sched.get(card.id);
    if (!s) continue;
    const due = new Date(s.due).getTime();
    if (due <= now.getTime() && due < bestDue) [best, bestDue] = [card, due];
  }
  if (best) return best;
  if (newLeft <= 0) return null;
  return cards.find((c) => !sched.has(c.id)) ?? null;
}

function cairnNext(
  o: SimOptions,
  sched: Map<string, Schedule>,
  credit: CreditModel,
  now: Date,
  depth: Map<string, number>,
  newLeft: number,
  reviewsLeft: number,
): DeckCard | null {
  const q = buildQueue({
    cards: o.cards,
    schedule: (id) => sched.get(id),
    credit,
    now,
    index: o.index,
    depth,
    newLeft,
    reviewsLeft,
  });
  return q.reviews[0] ?? q.fresh[0] ?? null;
}
