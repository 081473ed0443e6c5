import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../../../bench/graph/synthetic';
import { byBucket, drawOrder, pickEdges, strongest } from './edge-thinning';

const ends = (pairs: [number, number][]): { source: Int32Array; target: Int32Array } => ({
  source: Int32Array.from(pairs, ([s]) => s),
  target: Int32Array.from(pairs, ([, t]) => t),
});
const everywhere = { x1: -Infinity, y1: -Infinity, x2: Infinity, y2: Infinity };

describe('drawOrder', () => {
  it('puts heavier edges first, and at equal weight what the person wrote before what was inferred', () => {
    // A triangle plus a chord, all nodes kept by their strongest edge first.
    const { source, target } = ends([
      [0, 1],
      [1, 2],
      [0, 2],
      [0, 3],
      [2, 3],
    ]);
    const edges = [
      { kind: 'mention', weight: 1 },
      { kind: 'related', weight: 9 },
      { kind: 'link', weight: 1 },
      { kind: 'mention', weight: 5 },
      { kind: 'tagged', weight: 1 },
    ];
    const order = [...drawOrder(source, target, edges, 4)];
    // Node 0's strongest is e3 (5), node 1's and node 2's e1 (9), node 3's e3: promoted e1, e3, by weight.
    expect(order.slice(0, 2)).toEqual([1, 3]);
    // Then weight 1 three times: the link, the mention, the tag.
    expect(order.slice(2)).toEqual([2, 0, 4]);
  });

  it('orders fractional weights and unknown kinds too', () => {
    // Four separate edges, each the strongest of its ends: by weight, then the link before an unknown kind.
    const { source, target } = ends([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
    ]);
    const edges = [
      { kind: 'link', weight: 0.5 },
      { kind: 'whatever', weight: 2.5 },
      { kind: 'mention', weight: 2.25 },
      { kind: 'link', weight: 2.5 },
    ];
    expect([...drawOrder(source, target, edges, 9)]).toEqual([3, 1, 2, 0]);
  });

  it('keeps every node of a thinned picture on some edge: its strongest comes before the heavy crowd', () => {
    // A hub tied to nodes 1..5 and those in a chain, all heavy, and a leaf (6) hanging on node 1 by a light edge.
    const { source, target } = ends([
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
      [0, 5],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [1, 6],
    ]);
    const edges = [9, 9, 9, 9, 9, 9, 9, 9, 9, 1].map((weight) => ({ kind: 'mention', weight }));
    const order = drawOrder(source, target, edges, 7);
    expect([...order.slice(0, 6)]).toContain(9);
    const picked = pickEdges(order, source, target, new Float64Array(14), everywhere, 6, null);
    const touched = new Set([...picked.edges].flatMap((e) => [source[e], target[e]]));
    expect(touched.size).toBe(7);
  });
});

describe('pickEdges', () => {
  // Four nodes on a line, 100 apart; edges between neighbours and one long one.
  const xy = Float64Array.from([0, 0, 100, 0, 200, 0, 300, 0]);
  const { source, target } = ends([
    [0, 1],
    [1, 2],
    [2, 3],
    [0, 3],
  ]);
  const order = Int32Array.from([3, 2, 1, 0]);

  it('takes the first edges of the order up to the budget, and counts all those in view', () => {
    const picked = pickEdges(order, source, target, xy, everywhere, 2, null);
    expect([...picked.edges]).toEqual([3, 2]);
    expect(picked.inView).toBe(4);
  });

  it('leaves out edges wholly outside the view, so zooming in draws the rest', () => {
    // A view around the first two nodes: edge 2 (200–300) is out; the long edge 0–3 crosses it.
    const view = { x1: -10, y1: -10, x2: 150, y2: 10 };
    const overview = pickEdges(order, source, target, xy, everywhere, 2, null);
    const zoomed = pickEdges(order, source, target, xy, view, 2, null);
    expect(zoomed.inView).toBe(3);
    expect([...zoomed.edges]).toEqual([3, 1]);
    expect(zoomed.edges.length / zoomed.inView).toBeGreaterThan(overview.edges.length / overview.inView);
    const close = pickEdges(order, source, target, xy, { x1: -10, y1: -10, x2: 50, y2: 10 }, 2, null);
    expect([...close.edges]).toEqual([3, 0]);
    expect(close.inView).toBe(2);
  });

  it('skips the edges Cytoscape draws, without spending the budget on them', () => {
    const skip = Uint8Array.from([0, 0, 1, 1]);
    const picked = pickEdges(order, source, target, xy, everywhere, 2, skip);
    expect([...picked.edges]).toEqual([1, 0]);
    expect(picked.inView).toBe(2);
  });

  it('counts a long edge in view only where it crosses the view, not where its box does', () => {
    // Nodes at the corners of a square; the view is a small box near the corner (0, 0), off the diagonal (1,0)–(0,1).
    const corners = Float64Array.from([0, 0, 100, 0, 0, 100, 100, 100]);
    const diagonal = ends([
      [1, 2],
      [0, 3],
    ]);
    const view = { x1: 5, y1: 5, x2: 20, y2: 20 };
    const picked = pickEdges(Int32Array.from([0, 1]), diagonal.source, diagonal.target, corners, view, 10, null);
    expect([...picked.edges]).toEqual([1]);
  });

  it('draws everything with an unlimited budget', () => {
    expect(pickEdges(order, source, target, xy, everywhere, Infinity, null).edges.length).toBe(4);
  });
});

describe('byBucket', () => {
  it('groups picked edges by colour, keeping their order within a colour', () => {
    const bucket = Uint8Array.from([2, 0, 2, 1, 0]);
    const { edges, start } = byBucket(Int32Array.from([4, 2, 0, 1]), bucket, 3);
    expect([...start]).toEqual([0, 2, 2, 4]);
    expect([...edges]).toEqual([4, 1, 2, 0]);
  });
});

describe('strongest', () => {
  it('keeps the heaviest of a hub’s edges, links first among equals', () => {
    const edges = [
      { id: 'a', kind: 'mention', weight: 1 },
      { id: 'b', kind: 'related', weight: 40 },
      { id: 'c', kind: 'link', weight: 1 },
      { id: 'd', kind: 'mention', weight: 3 },
    ];
    expect(strongest(edges, 3).map((e) => e.id)).toEqual(['b', 'd', 'c']);
    expect(strongest(edges, 10)).toHaveLength(4);
  });
});

describe('on the dense bench graph', () => {
  it('draws at most the budget at overview, all of the heaviest, and every node', () => {
    const graph = syntheticGraph(2000, 7, 'dense');
    const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
    const source = Int32Array.from(graph.edges, (e) => index.get(e.source)!);
    const target = Int32Array.from(graph.edges, (e) => index.get(e.target)!);
    expect(graph.edges.length / graph.nodes.length).toBeGreaterThan(18);
    const order = drawOrder(source, target, graph.edges, graph.nodes.length);
    const budget = 5000;
    const picked = pickEdges(order, source, target, new Float64Array(graph.nodes.length * 2), everywhere, budget, null);
    expect(picked.edges.length).toBe(budget);
    const drawn = new Set(picked.edges);
    // Every edge heavier than the lightest drawn one, beyond those kept for their node's sake, is drawn.
    const lightest = Math.min(...[...picked.edges].slice(graph.nodes.length).map((e) => graph.edges[e]!.weight));
    expect(graph.edges.every((e, i) => e.weight <= lightest || drawn.has(i))).toBe(true);
    const touched = new Set([...picked.edges].flatMap((e) => [source[e], target[e]]));
    expect(touched.size).toBe(graph.nodes.length);
  });
});
