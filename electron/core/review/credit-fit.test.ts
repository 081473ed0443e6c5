import { describe, expect, it } from 'vitest';
import type { GraphDTO, GraphNodeDTO, ReviewGrade } from '../../contract';
import { ReviewGraph } from './concept-graph';
import { CREDIT_MODELS, CreditFit } from './credit-fit';
import type { DeckCard } from './deck';
import { DEFAULT_CREDIT, DEFAULT_CREDIT_RATE, creditFraction, creditTargets, indexCards, type CardIndex, type CreditModel } from './implicit';
import { Scheduler, creditShift, type Schedule } from './scheduler';

const DAY = 86_400_000;
const node = (id: string, label: string): GraphNodeDTO => ({ id, kind: 'concept', label, noteId: null, concept: id, folder: null, tags: [], weight: 1, degree: 1 });
const graphOf = (edge: GraphDTO['edges'][number]): GraphDTO => ({ nodes: [node('concept:alb', 'ALB'), node('concept:elb', 'ELB')], edges: [edge] });
const TYPED = graphOf({ id: 'alb>elb', source: 'concept:alb', target: 'concept:elb', kind: 'relation', relation: 'is a kind of', weight: 1 } as GraphDTO['edges'][number]);
// ALB and ELB only share a section: the weakest tie the graph knows (strength 0.2).
const SECTION = graphOf({ id: 'alb-elb', source: 'concept:alb', target: 'concept:elb', kind: 'related', weight: 1 });
const card = (id: string, nodeId: string, kind: DeckCard['kind'] = 'concept'): DeckCard => ({ id, kind, front: id, nodeIds: [nodeId], source: null, answer: () => id });
const alb = card('alb', 'concept:alb');

/**
 * ALB is recalled every day; each ELB card is asked whenever its own schedule (its explicit grades alone)
 * gives it less than a 70 % chance, and `elbAnswer` says whether the person still knew it. If ALB's reviews really
 * refresh ELB, they do; if not, they forget.
 */
function history(elbAnswer: 'good' | 'again', days = 365, options: { graph?: GraphDTO; kind?: DeckCard['kind'] } = {}): CreditFit {
  // ELB's own cards: what it is, its acronym, its kinds … (or questions the person wrote about it), each asked on its own schedule.
  const elbCards = Array.from({ length: 6 }, (_, i) => card(`elb${i}`, 'concept:elb', options.kind));
  const scheduler = new Scheduler({ fuzz: false });
  const fit = new CreditFit(indexCards([alb, ...elbCards], new ReviewGraph(options.graph ?? TYPED)), scheduler);
  const start = new Date('2026-01-05T09:00:00Z').getTime();
  fit.record(alb, 'easy', new Date(start));
  const own = elbCards.map((elb) => {
    fit.record(elb, 'easy', new Date(start));
    return scheduler.grade(undefined, 'easy', new Date(start));
  });
  for (let day = 1; day < days; day++) {
    const t = new Date(start + day * DAY);
    fit.record(alb, 'good', t);
    elbCards.forEach((elb, i) => {
      // Asked when its own schedule says it is likely forgotten; a forgotten card is learnt again the same day.
      if (own[i]!.state !== 'review' || scheduler.recall(own[i], t) >= 0.7) return;
      for (const grade of elbAnswer === 'again' ? (['again', 'good'] as const) : (['good'] as const)) {
        own[i] = scheduler.grade(own[i], grade, t);
        fit.record(elb, grade, t);
      }
    });
  }
  return fit;
}

describe('the credit rate, fitted to the person’s answers', () => {
  it('starts at the default, before any answer could tell', () => {
    const fit = history('good', 3);
    expect(fit.evidence).toBe(0);
    expect(fit.rate()).toBe(DEFAULT_CREDIT_RATE);
  });

  it('falls to nothing when the credited cards are forgotten as if no neighbour had been reviewed', () => {
    const fit = history('again', 120);
    expect(fit.evidence).toBeGreaterThan(5);
    expect(fit.rate()).toBe(0);
  });

  it('rises past the default when the credited cards are remembered long after their own schedule', () => {
    const fit = history('good');
    expect(fit.evidence).toBeGreaterThan(5);
    expect(fit.rate()).toBeGreaterThan(DEFAULT_CREDIT_RATE);
  });

  it('learns that a weak tie refreshes as much as a strong one when the answers say so, and the default does not', () => {
    // Trusting the edge's kind, a shared section passes a fifth of a typed relation's credit; these answers want more.
    expect(DEFAULT_CREDIT.gamma).toBe(1);
    const fit = history('good', 120, { graph: SECTION });
    expect(fit.model().gamma).toBeLessThan(1);
    expect(fit.model().rate * 0.2 ** fit.model().gamma).toBeGreaterThan(DEFAULT_CREDIT_RATE * 0.2);
  });

  it('credits the person’s own written cards only once their answers show those are refreshed too', () => {
    expect(DEFAULT_CREDIT.written).toBe(0);
    const refreshed = history('good', 120, { kind: 'note' });
    expect(refreshed.model().written).toBe(1);
    expect(refreshed.rate()).toBeGreaterThan(0);
    const forgotten = history('again', 120, { kind: 'note' });
    expect(forgotten.model().rate * forgotten.model().written).toBe(0);
  });
});

/**
 * The replay as it was kept before, one map per model, each walking every tie: the fit must not change
 * now that a card holds every model's replay and only answered cards are visited.
 */
class ReplayPerModel {
  private readonly replays = CREDIT_MODELS.map(() => new Map<string, { graded: Schedule; last: number; shift: number }>());
  private readonly score = CREDIT_MODELS.map((m) => -((m.rate - DEFAULT_CREDIT.rate) ** 2) / (2 * 0.25 ** 2) - (m.gamma === DEFAULT_CREDIT.gamma && m.written === DEFAULT_CREDIT.written ? 0 : 1e-6));
  evidence = 0;
  private readonly scheduler = new Scheduler({ fuzz: false });

  constructor(private readonly index: CardIndex) {}

  record(card: DeckCard, grade: ReviewGrade, now: Date): void {
    const t = now.getTime();
    const recall = (r: { graded: Schedule; last: number } | undefined): number =>
      !r || r.graded.state === 'new' || Number.isNaN(r.last) ? 0 : this.scheduler.recallAfter(r.graded.stability, Math.floor((t - r.last) / DAY));
    const predicted = this.replays.map((replay) => recall(replay.get(card.id)));
    const seen = this.replays[0]!.get(card.id);
    if (seen && seen.graded.state === 'review' && Math.max(...predicted) - Math.min(...predicted) > 0.005) {
      this.evidence++;
      predicted.forEach((p, i) => {
        const q = Math.min(0.999, Math.max(0.001, p));
        this.score[i]! += grade === 'again' ? Math.log(1 - q) : Math.log(q);
      });
    }
    CREDIT_MODELS.forEach((model, i) => {
      const replay = this.replays[i]!;
      const r = replay.get(card.id);
      const current = !r || r.shift === 0 ? r?.graded : { ...r.graded, lastReview: new Date(r.last).toISOString(), due: new Date(new Date(r.graded.due).getTime() + r.shift).toISOString() };
      const graded = this.scheduler.grade(current, grade, now);
      replay.set(card.id, { graded, last: graded.lastReview ? new Date(graded.lastReview).getTime() : NaN, shift: 0 });
      if (model.rate === 0 || grade === 'again') return;
      for (const [id, tie] of creditTargets(card, this.index)) {
        const o = replay.get(id);
        if (!o || o.graded.state !== 'review' || Number.isNaN(o.last)) continue;
        const shift = creditShift(o.last, creditFraction(model, tie, grade), t);
        o.last += shift;
        o.shift += shift;
      }
    });
  }

  model(): CreditModel {
    let best = 0;
    for (let i = 1; i < CREDIT_MODELS.length; i++) if (this.score[i]! > this.score[best]!) best = i;
    return CREDIT_MODELS[best]!;
  }
}

describe('the replay behind the fit', () => {
  it('fits what a replay per model walking every tie fitted, answer by answer', () => {
    // Six concepts tied every way the graph ties them, four cards each (one written), answered over a year.
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const kinds = ['relation', 'link', 'mention', 'related', 'relation', 'link'];
    const graph: GraphDTO = {
      nodes: ids.map((id) => node(`concept:${id}`, id.toUpperCase())),
      edges: ids.slice(1).map((id, i) => ({ id: `${ids[i]}-${id}`, source: `concept:${ids[i]}`, target: `concept:${id}`, kind: kinds[i]!, weight: 1, ...(kinds[i] === 'relation' ? { relation: 'is a kind of' } : {}) }) as GraphDTO['edges'][number]),
    };
    const cards = ids.flatMap((id) => [0, 1, 2, 3].map((k) => card(`${id}${k}`, `concept:${id}`, k === 3 ? 'note' : 'concept')));
    const index = indexCards(cards, new ReviewGraph(graph));
    const fit = new CreditFit(index, new Scheduler());
    const reference = new ReplayPerModel(index);
    let seed = 7;
    const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const start = new Date('2026-01-05T09:00:00Z').getTime();
    const models = new Set<string>();
    for (let n = 0; n < 1500; n++) {
      const at = new Date(start + n * 0.25 * DAY + random() * 3_600_000);
      const grade = (['again', 'hard', 'good', 'good', 'easy'] as const)[Math.floor(random() * 5)]!;
      const c = cards[Math.floor(random() * cards.length)]!;
      fit.record(c, grade, at);
      reference.record(c, grade, at);
      expect(fit.model()).toEqual(reference.model());
      expect(fit.evidence).toBe(reference.evidence);
      models.add(JSON.stringify(fit.model()));
    }
    // The answers moved the fit between models: the comparison is not between two defaults.
    expect(fit.evidence).toBeGreaterThan(100);
    expect(models.size).toBeGreaterThan(1);
  });
});
