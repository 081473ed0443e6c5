import { describe, expect, it } from 'vitest';
import type { GraphDTO, GraphNodeDTO } from '../../contract';
import { ReviewGraph } from './concept-graph';
import type { DeckCard } from './deck';
import { DEFAULT_CREDIT, indexCards, type CreditModel } from './implicit';
import { HUB_CLEARS, buildQueue } from './queue';
import { Scheduler, type Schedule } from './scheduler';

const DAY = 86_400_000;
const node = (id: string): GraphNodeDTO => ({ id, kind: 'concept', label: id, noteId: null, concept: id, folder: null, tags: [], weight: 1, degree: 1 });
const kindOf = (source: string, target: string): GraphDTO['edges'][number] =>
  ({ id: `${source}>${target}`, source, target, kind: 'relation', relation: 'is a kind of', weight: 1 }) as GraphDTO['edges'][number];
// ELB is the hub: ALB, NLB and GWLB are kinds of it; S3 stands alone.
const GRAPH: GraphDTO = {
  nodes: ['elb', 'alb', 'nlb', 'gwlb', 's3'].map((n) => node(`concept:${n}`)),
  edges: [kindOf('concept:alb', 'concept:elb'), kindOf('concept:nlb', 'concept:elb'), kindOf('concept:gwlb', 'concept:elb')],
};
const card = (name: string): DeckCard => ({ id: name, kind: 'concept', front: name, nodeIds: [`concept:${name}`], source: null, answer: () => name });
const cards = ['elb', 'alb', 'nlb', 'gwlb', 's3'].map(card);
const index = indexCards(cards, new ReviewGraph(GRAPH));
const now = new Date('2026-03-20T09:00:00Z');
const scheduler = new Scheduler({ fuzz: false });

/** A card learnt `ago` days back and due `dueIn` days from now (negative: overdue). */
function learnt(ago: number, dueIn: number): Schedule {
  const s = scheduler.grade(undefined, 'easy', new Date(now.getTime() - ago * DAY));
  return { ...s, due: new Date(now.getTime() + dueIn * DAY).toISOString() };
}

const build = (schedules: Record<string, Schedule>, credit: CreditModel = { rate: 0.5, gamma: 1, written: 0 }): ReturnType<typeof buildQueue> =>
  buildQueue({ cards, schedule: (id) => schedules[id], credit, now, index, depth: new Map(), newLeft: 0, reviewsLeft: 10 });
const queue = (schedules: Record<string, Schedule>, credit?: CreditModel): string[] => build(schedules, credit).reviews.map((c) => c.id);

describe('the review queue over the graph', () => {
  // ALB, NLB and GWLB are just due; ELB, their hub, is not due for three days; S3 is due and tied to nothing.
  const schedules = { elb: learnt(6, 3), alb: learnt(8, -0.01), nlb: learnt(8, -0.02), gwlb: learnt(8, -0.03), s3: learnt(8, -0.5) };

  it('reviews a hub before it is due when its recall clears several due cards: one review instead of three', () => {
    const order = queue(schedules);
    expect(order[0]).toBe('elb');
    // The cards it may clear come after it (a Good on ELB moves them past today, and they leave the queue); S3 is still due.
    expect(order.slice(1).sort()).toEqual(['alb', 'gwlb', 'nlb', 's3']);
    // The queue says why ELB is asked early (the review screen shows it).
    expect([...build(schedules).hubs]).toEqual([['elb', 3]]);
  });

  it('does not review a card early to clear fewer than two due cards, nor one answered today, nor with no credit at all', () => {
    expect(HUB_CLEARS).toBe(2);
    const one = { ...schedules, nlb: learnt(2, 5), gwlb: learnt(2, 5) };
    expect(queue(one)).not.toContain('elb');
    // Nor a card answered today (a Hard gives half the credit, and the hub would come straight back).
    const today = { ...schedules, elb: { ...schedules.elb, lastReview: new Date(now.getTime() - 3_600_000).toISOString() } };
    expect(queue(today)).not.toContain('elb');
    const none = queue(schedules, { ...DEFAULT_CREDIT, rate: 0 });
    expect(none).not.toContain('elb');
    // With no credit, due cards come most overdue first.
    expect(none).toEqual(['s3', 'gwlb', 'nlb', 'alb']);
  });
});
