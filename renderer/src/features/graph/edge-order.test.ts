import { describe, expect, it } from 'vitest';
import { EdgeOrder } from './edge-order';
import { drawOrder, type WeightedEdge } from './edge-thinning';

/** A seeded pseudo-random graph: the same every run. */
function randomGraph(seed: number, nodes: number, edges: number): { source: number[]; target: number[]; list: WeightedEdge[] } {
  let x = seed;
  const next = (): number => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const kinds = ['link', 'mention', 'related', 'relation', 'tagged'];
  const source: number[] = [];
  const target: number[] = [];
  const list: WeightedEdge[] = [];
  for (let e = 0; e < edges; e++) {
    source.push(Math.floor(next() * nodes));
    target.push(Math.floor(next() * nodes));
    list.push({ weight: 1 + Math.floor(next() * 6), kind: kinds[Math.floor(next() * kinds.length)] });
  }
  return { source, target, list };
}

describe('EdgeOrder under a delta', () => {
  it('draws edges in the order a fresh sort gives after edges are reweighed, added and removed', () => {
    const g = randomGraph(7, 60, 400);
    let source = Int32Array.from(g.source);
    let target = Int32Array.from(g.target);
    const order = new EdgeOrder(source, target, g.list, 60);
    expect([...order.order]).toEqual([...drawOrder(source, target, g.list, 60)]);
    const live = g.list.map((e) => ({ ...e }));
    const dead = new Set<number>();
    for (let round = 0; round < 30; round++) {
      // A save's worth: a few reweighed, one or two added (at a new node sometimes), one removed.
      const changed = [round * 7 % 400, (round * 13 + 5) % 400, (round * 29 + 11) % 400].filter((e) => !dead.has(e)).map((index) => ({ index, weight: 1 + ((index + round) % 9) }));
      for (const c of changed) (live[c.index] as WeightedEdge).weight = c.weight;
      const nodeCount = 60 + Math.floor(round / 3);
      const added = [{ s: round % nodeCount, t: nodeCount - 1, weight: 1 + (round % 4), kind: 'mention' }];
      source = Int32Array.from([...source, ...added.map((a) => a.s)]);
      target = Int32Array.from([...target, ...added.map((a) => a.t)]);
      const first = live.length;
      live.push(...added.map((a) => ({ weight: a.weight, kind: a.kind })));
      const removed = [(round * 17 + 3) % first].filter((e) => !dead.has(e) && !changed.some((c) => c.index === e));
      for (const e of removed) dead.add(e);
      order.update(source, target, nodeCount, [...changed, ...added.map((a, i) => ({ index: first + i, weight: a.weight, kind: a.kind }))], removed);
      // The reference: drawOrder over the live edges alone, mapped back to their indices.
      const alive = live.map((_, e) => e).filter((e) => !dead.has(e));
      const fresh = drawOrder(Int32Array.from(alive, (e) => source[e]!), Int32Array.from(alive, (e) => target[e]!), alive.map((e) => live[e] as WeightedEdge), nodeCount);
      expect([...order.order]).toEqual([...fresh].map((i) => alive[i]));
    }
  });

  it('leaves the order as it was when nothing changed', () => {
    const g = randomGraph(3, 20, 50);
    const order = new EdgeOrder(Int32Array.from(g.source), Int32Array.from(g.target), g.list, 20);
    const before = order.order;
    order.update(Int32Array.from(g.source), Int32Array.from(g.target), 20, [], []);
    expect(order.order).toBe(before);
  });
});
