import type { ReviewGrade } from '../../contract';
import type { DeckCard } from './deck';
import { DEFAULT_CREDIT, creditFraction, creditTargets, type CardIndex, type CreditModel, type Tie } from './implicit';
import { creditShift, type Schedule, type Scheduler } from './scheduler';

const DAY = 86_400_000;

/** A card in one replay: its schedule as last graded, and how far credit has moved it since (Scheduler.credit, kept as a number). */
interface Replayed {
  graded: Schedule;
  /** Its last review, in ms, credit included; NaN while it has none. */
  last: number;
  shift: number;
}

/** The credit rates weighed against the person's answers. */
export const CREDIT_RATES = [0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1] as const;
/** How much the edge's kind matters: 1 as the graph weighs it, 0 every tie alike. */
const GAMMAS = [0, 0.5, 1] as const;
/** What a neighbour's recall gives the person's own written cards, relative to concept cards. */
const WRITTEN = [0, 1] as const;
/** How firmly the default rate is held before answers speak: a Gaussian prior on the rate, this wide. */
const PRIOR_WIDTH = 0.25;

/** Every model weighed; rate 0 once, since with no credit the rest does not matter. */
export const CREDIT_MODELS: readonly CreditModel[] = [
  { rate: 0, gamma: DEFAULT_CREDIT.gamma, written: DEFAULT_CREDIT.written },
  ...CREDIT_RATES.filter((r) => r > 0).flatMap((rate) => GAMMAS.flatMap((gamma) => WRITTEN.map((written) => ({ rate, gamma, written })))),
];

/**
 * How much a neighbour's recall is really worth, fitted to the person's own answers. Whether reviewing ALB
 * refreshes ELB depends on the person and the notes, so no constant is right for everyone: for each model
 * in CREDIT_MODELS the same explicit grades are replayed with that model's implicit credit, and every
 * explicit answer scores each replay by how well it predicted it (log-likelihood of recall). Credit that
 * is not real shows up as cards forgotten sooner than their credited schedule said, and the rate falls;
 * credit that is real lets the fitted rate rise. The person's hidden memory is never read: only answers.
 */
export class CreditFit {
  private readonly replays = CREDIT_MODELS.map(() => new Map<string, Replayed>());
  private readonly score: number[] = CREDIT_MODELS.map(
    (m) => -((m.rate - DEFAULT_CREDIT.rate) ** 2) / (2 * PRIOR_WIDTH ** 2) - (m.gamma === DEFAULT_CREDIT.gamma && m.written === DEFAULT_CREDIT.written ? 0 : 1e-6),
  );
  /** Explicit answers on which the models disagreed, the evidence the fit rests on. */
  evidence = 0;

  private readonly scheduler: Scheduler;

  constructor(
    private index: CardIndex,
    scheduler: Scheduler,
  ) {
    // Fuzz moves due days only; the replays read stability and recall, and seeding it costs a third of a grade.
    this.scheduler = scheduler.exact();
  }

  /** The deck was rebuilt (the vault changed): answers from now on credit through its graph. */
  useIndex(index: CardIndex): void {
    this.index = index;
  }

  /** One explicit grade, in the order they were given; Again is an answer too. */
  record(card: DeckCard, grade: ReviewGrade, now: Date): void {
    const t = now.getTime();
    const predicted = this.replays.map((replay) => this.recall(replay.get(card.id), t));
    const seen = this.replays[0]!.get(card.id);
    if (seen && seen.graded.state === 'review' && Math.max(...predicted) - Math.min(...predicted) > 0.005) {
      this.evidence++;
      predicted.forEach((p, i) => {
        const q = Math.min(0.999, Math.max(0.001, p));
        this.score[i]! += grade === 'again' ? Math.log(1 - q) : Math.log(q);
      });
    }
    // Every replay has graded the same cards: the ties to cards graded so far are found once, not once per
    // model (a hub's ties run to thousands of cards on a large vault, and few of them have been answered).
    const answered = this.replays[0]!;
    const ties: [string, Tie][] = [];
    if (grade !== 'again') for (const target of creditTargets(card, this.index)) if (answered.has(target[0])) ties.push(target);
    CREDIT_MODELS.forEach((model, i) => {
      const replay = this.replays[i]!;
      const graded = this.scheduler.grade(this.current(replay.get(card.id)), grade, now);
      replay.set(card.id, { graded, last: graded.lastReview ? new Date(graded.lastReview).getTime() : NaN, shift: 0 });
      if (model.rate === 0 || grade === 'again') return;
      for (const [id, tie] of ties) {
        const r = replay.get(id)!;
        if (r.graded.state !== 'review' || Number.isNaN(r.last)) continue;
        const shift = creditShift(r.last, creditFraction(model, tie, grade), t);
        r.last += shift;
        r.shift += shift;
      }
    });
  }

  /** Predicted recall in a replay, read as Scheduler.recall reads a credited schedule. */
  private recall(r: Replayed | undefined, now: number): number {
    if (!r || r.graded.state === 'new' || Number.isNaN(r.last)) return 0;
    return this.scheduler.recallAfter(r.graded.stability, Math.floor((now - r.last) / DAY));
  }

  /** The schedule Scheduler.credit would have left: the graded one with its last review and due day moved. */
  private current(r: Replayed | undefined): Schedule | undefined {
    if (!r || r.shift === 0) return r?.graded;
    return { ...r.graded, lastReview: new Date(r.last).toISOString(), due: new Date(new Date(r.graded.due).getTime() + r.shift).toISOString() };
  }

  /** The model the answers so far support best (the default until they say otherwise). */
  model(): CreditModel {
    let best = 0;
    for (let i = 1; i < CREDIT_MODELS.length; i++) if (this.score[i]! > this.score[best]!) best = i;
    return CREDIT_MODELS[best]!;
  }

  /** The fitted model's rate: what a typed neighbour's recall gives a concept card. */
  rate(): number {
    return this.model().rate;
  }
}
