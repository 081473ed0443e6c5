/** Notes with up to 256 nodes count their pairs in one shared flat table; larger ones in a Map. */
const TABLE_CELLS = 1 << 16;
/** Zero between two notes: each count clears the cells it used when it gives its pairs. */
let table = new Int32Array(0);

/**
 * The summed weights of a note's node pairs (`a < b`, nodes as indices below `size`), given back in the
 * order each pair was first counted, as a Map keyed by pair would: the graph's co-occurrence sums follow
 * that order. A Map look-up and write per counted pair was an eighth of making a note's graph part.
 */
export class PairCounts {
  private readonly order: number[] = [];
  private readonly map: Map<number, number> | null = null;

  constructor(private readonly size: number) {
    if (size * size > TABLE_CELLS) this.map = new Map();
    else if (table.length < size * size) table = new Int32Array(TABLE_CELLS);
  }

  /** Adds `by` (> 0) to the pair of nodes `a` and `b`; a node is not paired with itself. */
  add(a: number, b: number, by = 1): void {
    if (a === b) return;
    const key = a < b ? a * this.size + b : b * this.size + a;
    if (this.map) {
      const was = this.map.get(key);
      if (was === undefined) this.order.push(key);
      this.map.set(key, (was ?? 0) + by);
      return;
    }
    if (table[key] === 0) this.order.push(key);
    table[key] = (table[key] as number) + by;
  }

  /** (a, b, weight) triples in first-counted order; the table is left zeroed for the next note. */
  take(): Int32Array {
    const out = new Int32Array(this.order.length * 3);
    let at = 0;
    for (const key of this.order) {
      const a = Math.floor(key / this.size);
      out[at++] = a;
      out[at++] = key - a * this.size;
      if (this.map) out[at++] = this.map.get(key) as number;
      else {
        out[at++] = table[key] as number;
        table[key] = 0;
      }
    }
    return out;
  }
}
