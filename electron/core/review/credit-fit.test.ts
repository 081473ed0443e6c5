import { describe, expect, it } from 'vitest';
import type { GraphDTO, GraphNodeDTO } from '../../contract';
import { ReviewGraph } from './concept-graph';
import { CreditFit } from './credit-fit';
import type { DeckCard } from './deck';
import { DEFAULT_CREDIT, DEFAULT_CREDIT_RATE, indexCards } from './implicit';
import { Scheduler } from './scheduler';

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
