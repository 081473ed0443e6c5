/**
 * Communities for a large graph's colours and layout.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { Attributes } from 'graphology-types';
import { mulberry32 as random } from './prng';

export interface CommunityEdge {
  source: string;
  target: string;
  weight?: number;
}

/**
 * Node index → community number, by Louvain modularity optimisation (graphology-communities-louvain).
 * Edges are undirected; parallel edges add their weights, self-loops and edges to unknown ids are ignored.
 * Deterministic: the library's random visiting order is drawn from a generator seeded with `seed`.
 * Communities are numbered 0… by falling size, ties by their first node in `ids`.
 */
export function detectCommunities(ids: readonly string[], edges: readonly CommunityEdge[], seed = 1): Int32Array {
  const graph = new Graph<Attributes, { weight: number }>({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of ids) graph.mergeNode(id);
  for (const e of edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const w = e.weight ?? 1;
    if (!(w > 0)) continue;
    graph.updateEdge(e.source, e.target, (attr) => ({ weight: (attr.weight ?? 0) + w }));
  }
  const found = louvain(graph, { getEdgeWeight: 'weight', rng: random(seed) });
  const raw = Int32Array.from(ids, (id) => found[id]!);
  // Renumber by falling size, ties by first appearance, so the numbers do not depend on the library's.
  const first = new Map<number, number>();
  const size = new Map<number, number>();
  raw.forEach((c, i) => {
    if (!first.has(c)) first.set(c, i);
    size.set(c, (size.get(c) ?? 0) + 1);
  });
  const ranked = [...first.keys()].sort((a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!);
  const rank = new Map(ranked.map((c, r) => [c, r]));
  return Int32Array.from(raw, (c) => rank.get(c)!);
}

/**
 * A palette index (or -1) per community: the big ones get colours, chosen so that communities with many
 * edges between them differ; communities smaller than `minSize` keep the kind colour.
 */
export function colourCommunities(community: Int32Array, edges: readonly [number, number][], paletteSize: number, minSize: number): Int32Array {
  let count = 0;
  for (const c of community) count = Math.max(count, c + 1);
  const size = new Int32Array(count);
  for (const c of community) size[c]!++;
  const between = new Map<number, Map<number, number>>();
  for (const [s, t] of edges) {
    const a = community[s]!;
    const b = community[t]!;
    if (a === b) continue;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const row = between.get(x) ?? new Map<number, number>();
      row.set(y, (row.get(y) ?? 0) + 1);
      between.set(x, row);
    }
  }
  const colour = new Int32Array(count).fill(-1);
  // Communities arrive numbered by falling size.
  for (let c = 0; c < count; c++) {
    if (size[c]! < minSize) break;
    const clash = new Float64Array(paletteSize);
    for (const [other, w] of between.get(c) ?? []) if (colour[other]! >= 0) clash[colour[other]!]! += w;
    let best = 0;
    // Fewest clashing edges; among equals, the colour used least so far, in palette order.
    const used = new Int32Array(paletteSize);
    for (let k = 0; k < c; k++) if (colour[k]! >= 0) used[colour[k]!]!++;
    for (let p = 1; p < paletteSize; p++) if (clash[p]! < clash[best]! || (clash[p] === clash[best] && used[p]! < used[best]!)) best = p;
    colour[c] = best;
  }
  return colour;
}

/** Community colours, readable on the light and the dark theme; distinct hues first. */
export const PALETTE = ['#5b8def', '#f28e2b', '#e15759', '#4fb6ad', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#8cd17d', '#a0cbe8', '#d37295'];

/**
 * A palette slot per node (-1: too small a community to colour) for a large graph, so its topical
 * clusters show; communities under 0.4% of the nodes (at least 5) keep the colour of their kind.
 */
export function communityPalette(ids: readonly string[], edges: readonly CommunityEdge[]): Int32Array {
  return paletteOf(ids, edges, detectCommunities(ids, edges));
}

/** communityPalette's colouring for communities already detected (the layout worker detects them anyway). */
export function paletteOf(ids: readonly string[], edges: readonly CommunityEdge[], community: Int32Array): Int32Array {
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const pairs: [number, number][] = [];
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s !== undefined && t !== undefined) pairs.push([s, t]);
  }
  const colour = colourCommunities(community, pairs, PALETTE.length, Math.max(5, ids.length * 0.004));
  return Int32Array.from(community, (c) => colour[c]!);
}
