import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../../../bench/graph/synthetic';
import { communityPalette } from './communities';
import { LARGE_GRAPH } from './cy-options';
import { computeLayout } from './layout-compute';

describe('computeLayout palette', () => {
  it('sends a large graph the same community colours the render would compute, before the positions', () => {
    const graph = syntheticGraph(LARGE_GRAPH + 100);
    const nodes = graph.nodes.map((n) => ({ id: n.id, size: 12 }));
    const ids = nodes.map((n) => n.id);
    const events: string[] = [];
    let palette: Int32Array | null = null;
    const positions = computeLayout(
      { nodes, edges: graph.edges, seed: 1 },
      () => events.push('progress'),
      (p) => {
        events.push('palette');
        palette = p;
      },
    );
    expect(positions).toHaveLength(2 * nodes.length);
    expect(events[0]).toBe('palette');
    expect([...palette!]).toEqual([...communityPalette(ids, graph.edges)]);
  });

  it('sends no palette for a graph small enough to keep its kind colours', () => {
    const graph = syntheticGraph(LARGE_GRAPH - 100);
    let sent = false;
    computeLayout({ nodes: graph.nodes.map((n) => ({ id: n.id, size: 12 })), edges: graph.edges, seed: 1 }, undefined, () => (sent = true));
    expect(sent).toBe(false);
  });
});
