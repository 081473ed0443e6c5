/**
 * Which of a large graph's edges the edge layer draws. A dense vault (~22 edges per note: 220k edges at 10k
 * notes) cost Chromium's software rasteriser over a second per redraw, and the view redraws whenever a
 * gesture rests: pan and zoom fell to ~9 fps. At overview zoom the layer draws only the strongest
 * EDGE_BUDGET edges among those in view; zooming in leaves fewer edges in view, so more of them are drawn,
 * until all are.
 */

/**
 * Most edges drawn per redraw. The sparse 10k bench graph (29k edges, all drawn) pans at 38–47 fps here;
 * at overview a 220k-edge picture is a haze anyway, and its strongest 25k draw the same shape.
 */
export const EDGE_BUDGET = 25_000;

/** Most of a hovered node's edges Cytoscape takes on: a hub of a dense vault has thousands (~0.2 ms each to add). */
export const HOOD_EDGE_BUDGET = 400;

/**
 * Between equal weights, the kinds a person wrote or stated come first: a link or an embed over a typed
 * relation, over a mention, over a shared section, over a tag.
 */
const KIND_RANK: Record<string, number> = { link: 0, embed: 0, relation: 1, mention: 2, related: 3, tagged: 4 };
/** 0–5: KIND_RANK's values, then 5 for any other kind. */
export const kindRank = (kind: string | undefined): number => KIND_RANK[kind ?? ''] ?? 5;

export interface WeightedEdge {
  kind?: string;
  weight?: number;
}

/**
 * Edge indices in drawing priority: first each node's strongest edge (so a thinned picture leaves no node
 * it shows bare), then by weight, heavier first; ties by kind (KIND_RANK), then by index.
 */
export function drawOrder(source: Int32Array, target: Int32Array, edges: readonly WeightedEdge[], nodeCount: number): Int32Array {
  const weight = Float64Array.from(edges, (e) => e.weight ?? 1);
  const rank = Uint8Array.from(edges, (e) => kindRank(e.kind));
  return sortEdges(weight, rank, promotedOf(bestEdges(source, target, weight, rank, nodeCount, null), source.length));
}

/** Whether edge `a` is drawn before edge `b` among edges of the same promotion: heavier, then by kind, then by index. */
export function heavier(weight: Float64Array, rank: Uint8Array, a: number, b: number): boolean {
  return weight[a]! > weight[b]! || (weight[a] === weight[b] && (rank[a]! < rank[b]! || (rank[a] === rank[b] && a < b)));
}

/** Each node's strongest edge (-1 for none), over the edges `dead` does not mark. */
export function bestEdges(source: Int32Array, target: Int32Array, weight: Float64Array, rank: Uint8Array, nodeCount: number, dead: Uint8Array | null): Int32Array {
  const best = new Int32Array(nodeCount).fill(-1);
  const offer = (end: number, e: number): void => {
    const held = best[end]!;
    if (held < 0 || heavier(weight, rank, e, held)) best[end] = e;
  };
  for (let e = 0; e < source.length; e++) {
    if (dead && dead[e]) continue;
    offer(source[e]!, e);
    offer(target[e]!, e);
  }
  return best;
}

export function promotedOf(best: Int32Array, count: number): Uint8Array {
  const promoted = new Uint8Array(count);
  for (const e of best) if (e >= 0) promoted[e] = 1;
  return promoted;
}

/**
 * Edge indices promoted first, then by weight, heavier first, ties by kind then index. A stable counting sort
 * on (promoted, weight's place among the distinct weights, kind), the same order as a comparator sort: 217k
 * edges in ~60 ms of CPU against ~100 (Node 20), on the first render's path.
 */
export function sortEdges(weight: Float64Array, rank: Uint8Array, promoted: Uint8Array): Int32Array {
  const count = weight.length;
  const distinct = [...new Set(weight)].sort((a, b) => b - a);
  const place = new Map(distinct.map((w, i) => [w, i]));
  const kinds = 6;
  const half = distinct.length * kinds;
  const key = new Int32Array(count);
  const start = new Int32Array(2 * half + 1);
  for (let e = 0; e < count; e++) {
    key[e] = (promoted[e] ? 0 : half) + place.get(weight[e]!)! * kinds + rank[e]!;
    start[key[e]! + 1]!++;
  }
  for (let k = 0; k < 2 * half; k++) start[k + 1]! += start[k]!;
  const order = new Int32Array(count);
  for (let e = 0; e < count; e++) order[start[key[e]!]!++] = e;
  return order;
}

/** A model-space rectangle. */
export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Picked {
  /** Edge indices to draw, in `order`'s priority. */
  edges: Int32Array;
  /** Edges passing through the rectangle (drawn or left out), skipped ones aside. */
  inView: number;
}

/**
 * The first `budget` edges of `order` that pass through `view` and that `skip` does not mark (Cytoscape
 * draws those). `xy` holds node positions as x, y pairs.
 */
export function pickEdges(order: Int32Array, source: Int32Array, target: Int32Array, xy: Float64Array, view: Rect, budget: number, skip: Uint8Array | null): Picked {
  const out = new Int32Array(Math.min(order.length, Math.max(0, budget)));
  let taken = 0;
  let inView = 0;
  const { x1, y1, x2, y2 } = view;
  for (let k = 0; k < order.length; k++) {
    const e = order[k]!;
    if (skip && skip[e]) continue;
    const s = 2 * source[e]!;
    const t = 2 * target[e]!;
    const ax = xy[s]!;
    const ay = xy[s + 1]!;
    const bx = xy[t]!;
    const by = xy[t + 1]!;
    if ((ax < x1 && bx < x1) || (ax > x2 && bx > x2) || (ay < y1 && by < y1) || (ay > y2 && by > y2)) continue;
    if (!crosses(ax, ay, bx, by, x1, y1, x2, y2)) continue;
    inView++;
    if (taken < out.length) out[taken++] = e;
  }
  return { edges: out.subarray(0, taken), inView };
}

/**
 * Whether a segment whose bounding box meets the rectangle passes through it: an end inside, or the corners
 * not all on one side of its line. A long edge across a corner of the view is in it; one beside it is not.
 */
function crosses(ax: number, ay: number, bx: number, by: number, x1: number, y1: number, x2: number, y2: number): boolean {
  if ((ax >= x1 && ax <= x2 && ay >= y1 && ay <= y2) || (bx >= x1 && bx <= x2 && by >= y1 && by <= y2)) return true;
  const dx = bx - ax;
  const dy = by - ay;
  const side = (x: number, y: number): number => Math.sign(dx * (y - ay) - dy * (x - ax));
  const a = side(x1, y1);
  return a !== side(x2, y1) || a !== side(x1, y2) || a !== side(x2, y2) || a === 0;
}

/** `picked` grouped by colour bucket (a counting sort), so each colour is stroked in one run. */
export function byBucket(picked: Int32Array, bucket: Uint8Array, buckets: number): { edges: Int32Array; start: Int32Array } {
  const start = new Int32Array(buckets + 1);
  for (const e of picked) start[bucket[e]! + 1]!++;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, buckets);
  const edges = new Int32Array(picked.length);
  for (const e of picked) edges[fill[bucket[e]!]!++] = e;
  return { edges, start };
}

/** The strongest `budget` of a node's edges, by the same order as drawOrder's (weight, then kind). */
export function strongest<E extends WeightedEdge>(edges: readonly E[], budget: number): E[] {
  if (edges.length <= budget) return [...edges];
  return edges
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (b.e.weight ?? 1) - (a.e.weight ?? 1) || kindRank(a.e.kind) - kindRank(b.e.kind) || a.i - b.i)
    .slice(0, budget)
    .map(({ e }) => e);
}
