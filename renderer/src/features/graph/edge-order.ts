import { bestEdges, heavier, kindRank, promotedOf, sortEdges, type WeightedEdge } from './edge-thinning';

/** One edge's new weight or kind, by its index in the layer's arrays. */
export interface EdgeReweigh {
  index: number;
  weight?: number;
  kind?: string;
}

/**
 * The edge layer's drawing priority (drawOrder's), kept up to date under a delta instead of sorted again.
 * A save in the AWS guide changes a handful of its 76k edges; sorting them all again (and finding every
 * node's strongest edge) was 50–110 ms of one task at this machine's load. Edges keep their index for good:
 * a removed one is only left out of `order` (its index is dead until the next whole `setData`).
 */
export class EdgeOrder {
  order: Int32Array;
  private weight: Float64Array;
  private rank: Uint8Array;
  private best: Int32Array;
  private promoted: Uint8Array;
  private dead: Uint8Array;

  constructor(source: Int32Array, target: Int32Array, edges: readonly WeightedEdge[], nodeCount: number) {
    this.weight = Float64Array.from(edges, (e) => e.weight ?? 1);
    this.rank = Uint8Array.from(edges, (e) => kindRank(e.kind));
    this.dead = new Uint8Array(edges.length);
    this.best = bestEdges(source, target, this.weight, this.rank, nodeCount, null);
    this.promoted = promotedOf(this.best, edges.length);
    this.order = sortEdges(this.weight, this.rank, this.promoted);
  }

  /**
   * Edges reweighed, removed, or appended (indices from the old count on, with their ends already in
   * `source`/`target`, which may have grown, as may the node count). The order is the one a fresh sort of
   * the live edges would give, made in one pass over it.
   */
  update(source: Int32Array, target: Int32Array, nodeCount: number, changed: readonly EdgeReweigh[], removed: readonly number[]): void {
    const count = source.length;
    if (count > this.weight.length) {
      const grow = <T extends Float64Array | Uint8Array>(old: T, make: (n: number) => T): T => {
        const out = make(count);
        out.set(old);
        return out;
      };
      this.weight = grow(this.weight, (n) => new Float64Array(n).fill(1));
      this.rank = grow(this.rank, (n) => new Uint8Array(n).fill(kindRank(undefined)));
      this.dead = grow(this.dead, (n) => new Uint8Array(n));
      this.promoted = grow(this.promoted, (n) => new Uint8Array(n));
    }
    if (nodeCount > this.best.length) {
      const best = new Int32Array(nodeCount).fill(-1);
      best.set(this.best);
      this.best = best;
    }
    const touched = new Set<number>();
    for (const e of removed) {
      this.dead[e] = 1;
      touched.add(e);
    }
    for (const c of changed) {
      if (c.weight !== undefined) this.weight[c.index] = c.weight;
      if (c.kind !== undefined) this.rank[c.index] = kindRank(c.kind);
      touched.add(c.index);
    }
    if (touched.size === 0) return;
    // The strongest edge of every node a touched edge ends at, found again over the live edges.
    const ends = new Uint8Array(this.best.length);
    const moved = new Set(touched);
    for (const e of touched) {
      for (const end of [source[e]!, target[e]!]) {
        if (ends[end]) continue;
        ends[end] = 1;
        if (this.best[end]! >= 0) moved.add(this.best[end]!);
        this.best[end] = -1;
      }
    }
    const offer = (end: number, e: number): void => {
      const held = this.best[end]!;
      if (held < 0 || heavier(this.weight, this.rank, e, held)) this.best[end] = e;
    };
    for (let e = 0; e < count; e++) {
      if (this.dead[e]) continue;
      if (ends[source[e]!]) offer(source[e]!, e);
      if (ends[target[e]!]) offer(target[e]!, e);
    }
    for (let n = 0; n < ends.length; n++) if (ends[n] && this.best[n]! >= 0) moved.add(this.best[n]!);
    for (const e of moved) this.promoted[e] = !this.dead[e] && (this.best[source[e]!] === e || this.best[target[e]!] === e) ? 1 : 0;
    // Untouched edges keep their relative order: the moved ones are taken out and merged back in.
    const before = (a: number, b: number): boolean => (this.promoted[a] !== this.promoted[b] ? this.promoted[a]! > this.promoted[b]! : heavier(this.weight, this.rank, a, b));
    const out = new Uint8Array(count);
    for (const e of moved) out[e] = 1;
    const kept = new Int32Array(this.order.length);
    let n = 0;
    for (const e of this.order) if (!out[e]) kept[n++] = e;
    const back = [...moved].filter((e) => !this.dead[e]).sort((a, b) => (before(a, b) ? -1 : 1));
    // Each moved edge's place among the kept ones by binary search, then the kept runs copied between them:
    // comparing every kept edge with the next moved one was most of this update's time at 76k edges.
    const order = new Int32Array(n + back.length);
    let k = 0;
    let from = 0;
    for (const b of back) {
      let lo = from;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (before(kept[mid]!, b)) lo = mid + 1;
        else hi = mid;
      }
      order.set(kept.subarray(from, lo), k);
      k += lo - from;
      order[k++] = b;
      from = lo;
    }
    order.set(kept.subarray(from, n), k);
    k += n - from;
    this.order = order.subarray(0, k);
  }
}
