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

/** The pairs of nodes drawn one over the other. */
function touching(nodes: { id: string; size: number }[], positions: Float64Array): string[] {
  const out: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const apart = Math.hypot(positions[2 * i]! - positions[2 * j]!, positions[2 * i + 1]! - positions[2 * j + 1]!);
      if (apart < (nodes[i]!.size + nodes[j]!.size) / 2) out.push(`${nodes[i]!.id}×${nodes[j]!.id}`);
    }
  }
  return out;
}

describe('computeLayout overlaps', () => {
  // fcose pulls both notes to the middle of what they share: the small one ended on the hub, and a click
  // on the hub opened it (the sample vault's study note and its review cards).
  const shared = (hub: number): { nodes: { id: string; size: number }[]; edges: { source: string; target: string; kind: string; weight: number }[] } => ({
    nodes: [{ id: 'hub', size: hub }, { id: 'cards', size: 14 }, ...Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, size: 12 }))],
    edges: Array.from({ length: 30 }, (_, i) => ['hub', 'cards'].map((note) => ({ source: note, target: `c${i}`, kind: 'mention', weight: 1 }))).flat(),
  });

  it('leaves no node lying on another: two notes naming the same concepts are not drawn one on the other', () => {
    const { nodes, edges } = shared(40);
    expect(touching(nodes, computeLayout({ nodes, edges, seed: 1 }))).toEqual([]);
  });

  it('nor in a vault large enough for ForceAtlas2', () => {
    const { nodes, edges } = shared(46);
    const more = Array.from({ length: 700 }, (_, i) => ({ id: `x${i}`, size: 12 }));
    const links = more.map((_, i) => ({ source: `x${i}`, target: i % 7 === 0 ? 'hub' : `x${(i * 13) % 700}`, kind: 'link', weight: 1 }));
    const all = [...nodes, ...more];
    expect(touching(all, computeLayout({ nodes: all, edges: [...edges, ...links], seed: 1 }))).toEqual([]);
  });
});
