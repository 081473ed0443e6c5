/**
 * Per-note score accumulators for one query word, kept between searches: a common word touches most
 * notes, and allocating four arrays and a closure per word was most of a query's time and of its
 * garbage. `reset` clears only the slots the previous word touched.
 */
export class Accumulator {
  meta = new Float64Array(0);
  metaRest = new Float64Array(0);
  body = new Float64Array(0);
  bodyRest = new Float64Array(0);
  private seen = new Uint8Array(0);
  touched = new Int32Array(0);
  count = 0;

  reset(size: number): void {
    if (size > this.seen.length) {
      const cap = Math.max(1024, size * 2);
      this.meta = new Float64Array(cap);
      this.metaRest = new Float64Array(cap);
      this.body = new Float64Array(cap);
      this.bodyRest = new Float64Array(cap);
      this.seen = new Uint8Array(cap);
      this.touched = new Int32Array(cap);
    } else {
      for (let i = 0; i < this.count; i++) {
        const s = this.touched[i] as number;
        this.meta[s] = 0;
        this.metaRest[s] = 0;
        this.body[s] = 0;
        this.bodyRest[s] = 0;
        this.seen[s] = 0;
      }
    }
    this.count = 0;
  }

  private touch(slot: number): void {
    if (this.seen[slot] === 0) {
      this.seen[slot] = 1;
      this.touched[this.count++] = slot;
    }
  }

  /** A title, alias, heading, tag, path or concept hit: the best counts whole, the others add up. */
  addMeta(slot: number, value: number): void {
    this.touch(slot);
    const cur = this.meta[slot] as number;
    if (value > cur) {
      this.metaRest[slot] = (this.metaRest[slot] as number) + cur;
      this.meta[slot] = value;
    } else this.metaRest[slot] = (this.metaRest[slot] as number) + value;
  }

  /** A section's body hit: the best section counts whole, the others add up. */
  addBody(slot: number, value: number): void {
    this.touch(slot);
    const cur = this.body[slot] as number;
    if (value > cur) {
      this.bodyRest[slot] = (this.bodyRest[slot] as number) + cur;
      this.body[slot] = value;
    } else this.bodyRest[slot] = (this.bodyRest[slot] as number) + value;
  }
}
