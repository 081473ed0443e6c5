/**
 * How often each pair of word ids stands in a note, counted in typed arrays reused from note to note: a Map
 * keyed by `a * 2^21 + b` held a heap number per key (past 2^30 a number is no longer a small integer), and
 * a note's repeated phrases count a pair per word. Open addressing, sized per note.
 */
export class PairCounts {
  /** Per slot: first id + 1 (0: empty), second id. */
  private keys = new Int32Array(0);
  private counts = new Int32Array(0);
  private mask = 0;
  private shift = 32;

  /** Empties the table, with room for `n` pairs. */
  reset(n: number): void {
    let size = 16;
    while (size < n * 2) size *= 2;
    if (size > this.counts.length) {
      this.keys = new Int32Array(size * 2);
      this.counts = new Int32Array(size);
    } else {
      this.keys.fill(0, 0, size * 2);
      this.counts.fill(0, 0, size);
    }
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
  }

  private slot(a: number, b: number): number {
    const keys = this.keys;
    // The high bits of a multiplicative hash (its low bits depend on the ids' low bits only).
    for (let s = Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0x9e3779b1) >>> this.shift; ; s = (s + 1) & this.mask) {
      const k = keys[s * 2] as number;
      if (k === 0 || (k === a + 1 && keys[s * 2 + 1] === b)) return s;
    }
  }

  add(a: number, b: number): void {
    const s = this.slot(a, b);
    if (this.keys[s * 2] === 0) {
      this.keys[s * 2] = a + 1;
      this.keys[s * 2 + 1] = b;
    }
    this.counts[s] = (this.counts[s] as number) + 1;
  }

  get(a: number, b: number): number {
    return this.counts[this.slot(a, b)] as number;
  }
}
