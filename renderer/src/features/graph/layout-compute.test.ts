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

describe('computeLayout overlaps', () => {
  it('leaves no node lying on another: two notes naming the same concepts are not drawn one on the other', () => {
    // fcose pulls both notes to the middle of what they share: the small one ended on the hub, and a click
    // on the hub opened it (the sample vault's study note and its review cards).
    const nodes = [{ id: 'hub', size: 40 }, { id: 'cards', size: 14 }, ...Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, size: 12 }))];
    const edges = Array.from({ length: 30 }, (_, i) => ['hub', 'cards'].map((note) => ({ source: note, target: `c${i}`, kind: 'mention', weight: 1 }))).flat();
    const positions = computeLayout({ nodes, edges, seed: 1 });
    const touching: string[] = [];
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const apart = Math.hypot(positions[2 * i]! - positions[2 * j]!, positions[2 * i + 1]! - positions[2 * j + 1]!);
        if (apart < (nodes[i]!.size + nodes[j]!.size) / 2) touching.push(`${nodes[i]!.id}×${nodes[j]!.id}`);
      }
    }
    expect(touching).toEqual([]);
  });
});
