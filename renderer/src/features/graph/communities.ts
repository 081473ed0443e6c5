/**
 * Communities for a large graph's colours and layout.
 */
export interface CommunityEdge {
  source: string;
  target: string;
  weight?: number;
}

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One level of Louvain: moves nodes between communities while modularity rises. Returns each node's community. */
function louvainLevel(n: number, start: Int32Array, nb: Int32Array, wt: Float64Array, order: number[]): { comm: Int32Array; moved: boolean } {
  const k = new Float64Array(n);
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    for (let e = start[i]!; e < start[i + 1]!; e++) k[i]! += wt[e]!;
    m2 += k[i]!;
  }
  const comm = new Int32Array(n);
  const tot = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    comm[i] = i;
    tot[i] = k[i]!;
  }
  if (m2 === 0) return { comm, moved: false };
  const links = new Float64Array(n).fill(-1);
  const seen: number[] = [];
  let moved = false;
  for (let pass = 0; pass < 20; pass++) {
    let moves = 0;
    for (const i of order) {
      const own = comm[i]!;
      for (let e = start[i]!; e < start[i + 1]!; e++) {
        const j = nb[e]!;
        if (j === i) continue;
        const c = comm[j]!;
        if (links[c]! < 0) {
          links[c] = 0;
          seen.push(c);
        }
        links[c]! += wt[e]!;
      }
      tot[own]! -= k[i]!;
      let best = own;
      let gain = Math.max(links[own]!, 0) - (tot[own]! * k[i]!) / m2;
      for (const c of seen) {
        const g = links[c]! - (tot[c]! * k[i]!) / m2;
        if (g > gain + 1e-12) {
          gain = g;
          best = c;
        }
      }
      for (const c of seen) links[c] = -1;
      links[own] = -1;
      seen.length = 0;
      tot[best]! += k[i]!;
      if (best !== own) {
        comm[i] = best;
        moves++;
      }
    }
    if (moves > 0) moved = true;
    if (moves <= n * 0.001) break;
  }
  return { comm, moved };
}

/** Compressed rows from an edge list, both directions; a self-loop is stored once. */
function rows(n: number, pairs: readonly [number, number, number][]): { start: Int32Array; nb: Int32Array; wt: Float64Array } {
  const degree = new Int32Array(n);
  for (const [s, t] of pairs) {
    degree[s]!++;
    if (s !== t) degree[t]!++;
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + degree[i]!;
  const fill = start.slice(0, n);
  const nb = new Int32Array(start[n]!);
  const wt = new Float64Array(start[n]!);
  for (const [s, t, w] of pairs) {
    nb[fill[s]!] = t;
    // A merged community's inner edges count at both ends, as they did before merging.
    wt[fill[s]!++] = s === t ? 2 * w : w;
    if (s !== t) {
      nb[fill[t]!] = s;
      wt[fill[t]!++] = w;
    }
  }
  return { start, nb, wt };
}

/**
 * Node index → community number, by Louvain modularity optimisation (levels of local moves, then the
 * communities merged into nodes). Deterministic: a seeded visiting order. Communities are numbered 0… by
 * falling size.
 */
export function detectCommunities(ids: readonly string[], edges: readonly CommunityEdge[], seed = 1): Int32Array {
  const n0 = ids.length;
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  let pairs: [number, number, number][] = [];
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    pairs.push([s, t, e.weight ?? 1]);
  }
  const rand = random(seed);
  // Which current-level node each original node belongs to.
  const member = new Int32Array(n0);
  for (let i = 0; i < n0; i++) member[i] = i;
  let n = n0;
  for (let level = 0; level < 10 && n > 1; level++) {
    const { start, nb, wt } = rows(n, pairs);
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const { comm, moved } = louvainLevel(n, start, nb, wt, order);
    if (!moved) break;
    // Renumber the communities densely and merge each into one node.
    const dense = new Int32Array(n).fill(-1);
    let next = 0;
    for (let i = 0; i < n; i++) if (dense[comm[i]!] === -1) dense[comm[i]!] = next++;
    for (let i = 0; i < n0; i++) member[i] = dense[comm[member[i]!]!]!;
    const merged = new Map<number, number>();
    for (const [s, t, w] of pairs) {
      const a = dense[comm[s]!]!;
      const b = dense[comm[t]!]!;
      const key = a < b ? a * next + b : b * next + a;
      merged.set(key, (merged.get(key) ?? 0) + w);
    }
    pairs = [...merged].map(([key, w]) => [Math.floor(key / next), key % next, w]);
    n = next;
  }
  // Renumber by falling size, ties by the smaller number.
  const size = new Int32Array(n);
  for (let i = 0; i < n0; i++) size[member[i]!]!++;
  const ranked = Array.from({ length: n }, (_, c) => c).sort((a, b) => size[b]! - size[a]! || a - b);
  const rank = new Int32Array(n);
  ranked.forEach((c, r) => (rank[c] = r));
  const out = new Int32Array(n0);
  for (let i = 0; i < n0; i++) out[i] = rank[member[i]!]!;
  return out;
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
  const community = detectCommunities(ids, edges);
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
