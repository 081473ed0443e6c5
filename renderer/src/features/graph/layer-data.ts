import { EdgeOrder, type EdgeReweigh } from './edge-order';
import { whenIdle } from './idle';

export interface LayerEdge {
  id: string;
  source: string;
  target: string;
  /** Thinning keeps the heaviest (edge-thinning.ts); 1 when absent. */
  weight?: number;
  kind?: string;
}

/** Edges are drawn in one path per colour; this picks each edge's colour slot (the last slot is "between communities"). */
export function edgeBuckets(source: Int32Array, target: Int32Array, colourOf: Int32Array, colours: number): Uint8Array {
  const out = new Uint8Array(source.length);
  for (let e = 0; e < source.length; e++) {
    const a = colourOf[source[e]!]!;
    out[e] = a >= 0 && a === colourOf[target[e]!]! ? a : colours;
  }
  return out;
}

/**
 * What the edge layer draws, apart from how: its nodes by index (and where they are), its edges as arrays
 * of node indices with their colour slots and drawing order, and the edges Cytoscape draws itself (skipped).
 */
export class LayerData {
  index = new Map<string, number>();
  xy = new Float64Array(0);
  source = new Int32Array(0);
  target = new Int32Array(0);
  ids: string[] = [];
  order = new EdgeOrder(new Int32Array(0), new Int32Array(0), [], 0);
  bucket: Uint8Array = new Uint8Array(0);
  colours: string[] = [];
  skip: Uint8Array | null = null;
  private edgeIndex: Map<string, number> | null = null;
  private skipIds = new Set<string>();

  /**
   * The edges to draw. `colourOf` gives each node's colour slot (or -1); `colours` holds one CSS colour per
   * slot plus a last one for edges between communities.
   */
  setData(nodeIds: readonly string[], edges: readonly LayerEdge[], colourOf: Int32Array, colours: string[]): void {
    this.index = new Map(nodeIds.map((id, i) => [id, i]));
    this.xy = new Float64Array(nodeIds.length * 2);
    const kept = edges.filter((e) => this.index.has(e.source) && this.index.has(e.target));
    this.ids = kept.map((e) => e.id);
    this.source = Int32Array.from(kept, (e) => this.index.get(e.source)!);
    this.target = Int32Array.from(kept, (e) => this.index.get(e.target)!);
    this.colours = colours;
    this.bucket = edgeBuckets(this.source, this.target, colourOf, colours.length - 1);
    this.order = new EdgeOrder(this.source, this.target, kept, nodeIds.length);
    this.edgeIndex = null;
    this.skip = null;
    this.setSkip(this.skipIds);
    // Made before the first save needs it, while the page is idle.
    whenIdle(() => this.edgeIds());
  }

  /** Node ids in the order the layer holds them (`setData`'s, then those `patchEdges` appended). */
  get nodeIds(): string[] {
    return [...this.index.keys()];
  }

  /**
   * A delta's edges taken in without `setData` (see EdgeLayer.patchEdges). False when an edge's ends are
   * not held (a whole `setData` is needed); else whether the node positions grew (new nodes, placed nowhere yet).
   */
  patchEdges(appended: readonly string[], upserted: readonly LayerEdge[], gone: readonly string[], colourOf: (node: number) => number): { grew: boolean } | false {
    for (const id of appended) if (!this.index.has(id)) this.index.set(id, this.index.size);
    let grew = false;
    if (this.xy.length < this.index.size * 2) {
      const xy = new Float64Array(this.index.size * 2);
      xy.set(this.xy);
      this.xy = xy;
      grew = true;
    }
    const edgeIndex = this.edgeIds();
    const changed: EdgeReweigh[] = [];
    const removed: number[] = [];
    const added: LayerEdge[] = [];
    for (const e of upserted) {
      const held = edgeIndex.get(e.id);
      if (held === undefined) added.push(e);
      else changed.push({ index: held, weight: e.weight ?? 1, kind: e.kind });
    }
    for (const id of gone) {
      const held = edgeIndex.get(id);
      if (held === undefined) continue;
      removed.push(held);
      edgeIndex.delete(id);
    }
    if (added.some((e) => !this.index.has(e.source) || !this.index.has(e.target))) return false;
    if (added.length) {
      const first = this.ids.length;
      const grow = <T extends Int32Array | Uint8Array>(old: T, make: (n: number) => T, fill: (e: LayerEdge) => number): T => {
        const out = make(first + added.length);
        out.set(old);
        added.forEach((e, i) => (out[first + i] = fill(e)));
        return out;
      };
      this.source = grow(this.source, (n) => new Int32Array(n), (e) => this.index.get(e.source)!);
      this.target = grow(this.target, (n) => new Int32Array(n), (e) => this.index.get(e.target)!);
      const between = this.colours.length - 1;
      this.bucket = grow(this.bucket, (n) => new Uint8Array(n), (e) => {
        const a = colourOf(this.index.get(e.source)!);
        return a >= 0 && a === colourOf(this.index.get(e.target)!) ? a : between;
      });
      added.forEach((e, i) => {
        this.ids.push(e.id);
        edgeIndex.set(e.id, first + i);
        changed.push({ index: first + i, weight: e.weight ?? 1, kind: e.kind });
      });
    }
    this.order.update(this.source, this.target, this.index.size, changed, removed);
    // Edges appended since the skip marks were made need a place in them (the marks stay those Cytoscape draws).
    if (this.skip && this.skip.length < this.ids.length) this.markSkipped();
    return { grew };
  }

  /**
   * Each edge's index by id, made when first asked (a save's patch, a hover): a pass over the AWS guide's
   * 66k edges, one `set` each (with an [id, index] pair made per edge first, its garbage took the first
   * save's patch past 50 ms).
   */
  private edgeIds(): Map<string, number> {
    if (this.edgeIndex) return this.edgeIndex;
    const index = new Map<string, number>();
    const ids = this.ids;
    for (let i = 0; i < ids.length; i++) index.set(ids[i]!, i);
    this.edgeIndex = index;
    return index;
  }

  /** Edges Cytoscape draws itself. */
  setSkip(ids: Set<string>): void {
    this.skipIds = ids;
    this.markSkipped();
  }

  private markSkipped(): void {
    this.skip = null;
    if (this.skipIds.size === 0) return;
    const edgeIndex = this.edgeIds();
    this.skip = new Uint8Array(this.ids.length);
    for (const id of this.skipIds) {
      const e = edgeIndex.get(id);
      if (e !== undefined) this.skip[e] = 1;
    }
  }
}
