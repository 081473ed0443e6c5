import { describe, expect, it } from 'vitest';
import { DENSE_EDGES_PER_NODE, syntheticGraph } from './synthetic';

describe('syntheticGraph', () => {
  it('keeps the sparse graph of the earlier bench rounds, edge for edge', () => {
    // bench/README.md's graph tables were measured on these counts.
    expect(syntheticGraph(1000).edges).toHaveLength(2843);
    expect(syntheticGraph(10_000).edges).toHaveLength(29_407);
  });

  it('has a dense setting with a real vault’s edges per note, kinds and heavy-tailed weights', () => {
    const graph = syntheticGraph(5000, 7, 'dense');
    const perNode = graph.edges.length / graph.nodes.length;
    expect(perNode).toBeGreaterThan(DENSE_EDGES_PER_NODE - 3);
    expect(perNode).toBeLessThan(DENSE_EDGES_PER_NODE + 3);
    const share = (kind: string): number => graph.edges.filter((e) => e.kind === kind).length / graph.edges.length;
    // The 10k synthetic vault's index: mentions over half, links about a fifth.
    expect(share('mention')).toBeGreaterThan(0.4);
    expect(share('link')).toBeGreaterThan(0.15);
    expect(share('link')).toBeLessThan(0.35);
    const weights = graph.edges.map((e) => e.weight).sort((a, b) => a - b);
    expect(weights[Math.floor(weights.length / 2)]).toBeLessThanOrEqual(2);
    expect(weights[Math.floor(weights.length * 0.99)]).toBeGreaterThan(10);
    expect(new Set(graph.edges.map((e) => (e.source < e.target ? `${e.source} ${e.target}` : `${e.target} ${e.source}`))).size).toBe(graph.edges.length);
  });

  it('is the same graph for the same seed', () => {
    const a = syntheticGraph(800, 3, 'dense');
    const b = syntheticGraph(800, 3, 'dense');
    expect(b.edges).toEqual(a.edges);
    expect(syntheticGraph(800, 4, 'dense').edges).not.toEqual(a.edges);
  });
});
