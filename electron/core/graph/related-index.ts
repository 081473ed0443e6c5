/**
 * How many co-occurrence partners each node keeps as `related` edges. Every pair of concepts named in one
 * section made 53k edges over 1.2k nodes in a 1k-note vault: slow to build and an unreadable hairball.
 * A node's strongest partners say what it is about; an edge stays when it is among the strongest of
 * either end, so a rare concept still reaches the hub it belongs to.
 */
export const RELATED_PER_NODE = 8;

/** A `related` edge that appeared, changed weight or went away (weight 0), with the weight it had. */
export interface RelatedChange {
  a: string;
  b: string;
  weight: number;
  previous: number;
}

/** The summed co-occurrence counts, to cache: loading them back skips re-adding every note's pairs. */
export interface RelatedState {
  ids: string[];
  /** (x, y, weight) triples over `ids`, x < y, every pair with a non-zero sum. */
  sums: Int32Array;
}

/** Node numbers fit in 26 bits, so a pair is one exact double: no string per pair. */
const PAIR_BASE = 2 ** 26;

/**
 * Co-occurrence counts over the whole vault, summed from each note's pairs, and the edges they earn.
 * A count depends only on the notes that name both ends, and the choice of edges only on the counts
 * (ties by node id, never by arrival), so any sequence of note updates ends where a fresh build does.
 */
export class RelatedIndex {
  private readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  /** Per node number: partner → summed weight. */
  private readonly partners: (Map<number, number> | undefined)[] = [];
  /** Per node number: its strongest partners, best first (at most RELATED_PER_NODE). */
  private readonly top: (number[] | undefined)[] = [];
  /** Pairs shown as edges → the weight the graph has for them. */
  private readonly kept = new Map<number, number>();
  private readonly dirtyNodes = new Set<number>();
  /**
   * Pair weights not yet summed, per lower node number: (other, weight) repeated. A vault adds millions of
   * pair instances to a few hundred thousand distinct pairs; summing them in a dense array first costs one
   * Map update per distinct pair instead of two per instance (hub nodes have Maps of thousands).
   */
  private readonly pendingPairs: (number[] | undefined)[] = [];
  private readonly pendingNodes: number[] = [];
  private sums = new Int32Array(0);

  get pending(): boolean {
    return this.dirtyNodes.size > 0 || this.pendingNodes.length > 0;
  }

  add(a: string, b: string, weight: number): void {
    if (a === b || weight === 0) return;
    this.defer(this.number(a), this.number(b), weight);
  }

  /** Adds (sign 1) or takes back (sign -1) one note's pairs: `pairs` holds (i, j, weight) over `nodes`. */
  addPairs(nodes: readonly string[], pairs: ArrayLike<number>, sign: 1 | -1): void {
    const numbers = nodes.map((node) => this.number(node));
    for (let i = 0; i + 2 < pairs.length; i += 3) {
      const x = numbers[pairs[i] as number] as number;
      const y = numbers[pairs[i + 1] as number] as number;
      const weight = sign * (pairs[i + 2] as number);
      if (x !== y && weight !== 0) this.defer(x, y, weight);
    }
  }

  private defer(x: number, y: number, weight: number): void {
    const low = x < y ? x : y;
    let list = this.pendingPairs[low];
    if (!list) {
      this.pendingPairs[low] = list = [];
      this.pendingNodes.push(low);
    }
    list.push(x < y ? y : x, weight);
  }

  /** Sums the deferred pair weights into the partner Maps. */
  private drain(): void {
    if (this.sums.length < this.ids.length) this.sums = new Int32Array(Math.max(this.ids.length, this.sums.length * 2));
    const sums = this.sums;
    const others: number[] = [];
    for (const x of this.pendingNodes) {
      const list = this.pendingPairs[x] as number[];
      this.pendingPairs[x] = undefined;
      for (let i = 0; i < list.length; i += 2) {
        const y = list[i] as number;
        if (sums[y] === 0) others.push(y);
        // A sum back at 0 and then moved again pushes `y` twice: the second visit finds 0 and skips.
        sums[y] = (sums[y] as number) + (list[i + 1] as number);
      }
      for (const y of others) {
        const weight = sums[y] as number;
        sums[y] = 0;
        if (weight === 0) continue;
        this.bump(x, y, weight);
        this.bump(y, x, weight);
      }
      others.length = 0;
    }
    this.pendingNodes.length = 0;
  }

  exportState(): RelatedState {
    this.drain();
    const triples: number[] = [];
    this.partners.forEach((map, x) => {
      for (const [y, weight] of map ?? []) if (x < y) triples.push(x, y, weight);
    });
    return { ids: [...this.ids], sums: Int32Array.from(triples) };
  }

  /**
   * Sums as `exportState` gave them, into an empty index: the same edges come out of the next `settle`
   * as if every note's pairs had been added. Throws on an index already in use.
   */
  importState(state: RelatedState): void {
    if (this.ids.length > 0) throw new Error('RelatedIndex.importState needs an empty index');
    const numbers = state.ids.map((id) => this.number(id));
    const { sums } = state;
    for (let i = 0; i + 2 < sums.length; i += 3) {
      const x = numbers[sums[i] as number] as number;
      const y = numbers[sums[i + 1] as number] as number;
      const weight = sums[i + 2] as number;
      this.bump(x, y, weight);
      this.bump(y, x, weight);
    }
  }

  /** The summed weight of a pair, shown or not. */
  weight(a: string, b: string): number {
    this.drain();
    const x = this.numbers.get(a);
    const y = this.numbers.get(b);
    return x === undefined || y === undefined ? 0 : (this.partners[x]?.get(y) ?? 0);
  }

  /** Chooses the edges again where counts changed and returns what changed since the last call. */
  settle(): RelatedChange[] {
    this.drain();
    // Only pairs in a dirty node's top list, before or after, can change: a pair whose count changed has
    // both ends dirty, and a shown pair is in the top list of one of its ends. A pair leaving or joining a
    // top list may change whether it is shown, though its count did not.
    const pairs = new Set<number>();
    for (const node of this.dirtyNodes) {
      const before = this.top[node];
      const after = this.strongest(node);
      this.top[node] = after;
      if (before) for (const other of before) pairs.add(node < other ? node * PAIR_BASE + other : other * PAIR_BASE + node);
      for (const other of after) pairs.add(node < other ? node * PAIR_BASE + other : other * PAIR_BASE + node);
    }
    this.dirtyNodes.clear();
    const out: RelatedChange[] = [];
    for (const pair of pairs) {
      const x = Math.floor(pair / PAIR_BASE);
      const y = pair - x * PAIR_BASE;
      const weight = this.partners[x]?.get(y) ?? 0;
      const shown = weight !== 0 && (this.top[x]?.includes(y) === true || this.top[y]?.includes(x) === true);
      const previous = this.kept.get(pair) ?? 0;
      const next = shown ? weight : 0;
      if (next === previous) continue;
      if (next === 0) this.kept.delete(pair);
      else this.kept.set(pair, next);
      out.push({ a: this.ids[x] as string, b: this.ids[y] as string, weight: next, previous });
    }
    return out;
  }

  /**
   * Gives nodes new ids (a note moved: `note:a.md` is now `note:b/a.md`), keeping every count, and returns
   * the shown edges that must change their ends: each as one going (weight 0, old ids) and one coming (new
   * ids). Moving every pair of a hub named in thousands of notes took it back and added it again, note by
   * note, then chose thousands of nodes' partners again (~0.5 s at 10k notes). Only the partners whose
   * choice could turn on the moved id are chosen again by the next `settle`: ties break by id, so a partner
   * whose weakest kept pair weighs what the moved node's pair does. Null when an id cannot simply be
   * renamed (a new id already has pairs, or is itself moved): the caller moves the pairs instead.
   */
  rename(ids: ReadonlyMap<string, string>): RelatedChange[] | null {
    this.drain();
    const moves: [number, string, string][] = [];
    for (const [from, to] of ids) {
      const n = this.numbers.get(from);
      if (n === undefined) continue;
      if (ids.has(to)) return null;
      const taken = this.numbers.get(to);
      if (taken !== undefined && (this.partners[taken]?.size || this.top[taken]?.length || this.dirtyNodes.has(taken))) return null;
      moves.push([n, from, to]);
    }
    const oldId = new Map<number, string>();
    for (const [n, from, to] of moves) {
      oldId.set(n, from);
      this.numbers.delete(from);
      this.numbers.set(to, n);
      this.ids[n] = to;
    }
    const out: RelatedChange[] = [];
    const seen = new Set<number>();
    for (const [n] of moves) {
      for (const [p, weight] of this.partners[n] ?? []) {
        const pair = n < p ? n * PAIR_BASE + p : p * PAIR_BASE + n;
        const shown = this.kept.get(pair);
        if (shown !== undefined && !seen.has(pair)) {
          seen.add(pair);
          out.push({ a: oldId.get(n) as string, b: oldId.get(p) ?? (this.ids[p] as string), weight: 0, previous: shown });
          out.push({ a: this.ids[n] as string, b: this.ids[p] as string, weight: shown, previous: 0 });
        }
        const top = this.top[p];
        if (top && top.length >= RELATED_PER_NODE && this.partners[p]?.get(top[top.length - 1] as number) === weight) this.dirtyNodes.add(p);
      }
    }
    return out;
  }

  private number(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.ids.push(id);
      this.numbers.set(id, n);
    }
    return n;
  }

  private bump(x: number, y: number, weight: number): void {
    let map = this.partners[x];
    if (!map) this.partners[x] = map = new Map();
    const next = (map.get(y) ?? 0) + weight;
    if (next === 0) map.delete(y);
    else map.set(y, next);
    this.dirtyNodes.add(x);
  }

  /** The node's partners by weight, then by id: a choice that does not depend on the order notes came in. */
  private strongest(node: number): number[] {
    const best: number[] = [];
    const weights: number[] = [];
    const map = this.partners[node];
    if (!map) return best;
    for (const [other, weight] of map) {
      let at = best.length;
      while (at > 0 && this.before(other, weight, best[at - 1] as number, weights[at - 1] as number)) at--;
      if (at >= RELATED_PER_NODE) continue;
      best.splice(at, 0, other);
      weights.splice(at, 0, weight);
      if (best.length > RELATED_PER_NODE) {
        best.pop();
        weights.pop();
      }
    }
    return best;
  }

  private before(a: number, aw: number, b: number, bw: number): boolean {
    if (aw !== bw) return aw > bw;
    return (this.ids[a] as string) < (this.ids[b] as string);
  }
}
