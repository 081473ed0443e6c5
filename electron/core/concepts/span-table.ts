/**
 * Values keyed by a span of text, looked up where the span stands: no string is cut out, and the key's
 * hash is the one its reader made while it read it (FNV-1a over the code units, `spanHash`). Reading prose
 * looks up every word and every acronym of a vault this way; a Map needed a string each, hashed again.
 * Open addressing; the span's characters are kept in one buffer so a look-up compares them there. It starts
 * small and doubles when half full (a table that fits the vocabulary stays in the processor's cache: the
 * synthetic vault has 700 words, the AWS guide 12,000); past its largest size it is emptied instead, which
 * costs only working the emptied values out again.
 */

/** FNV-1a's start and one step, for readers that hash as they scan. */
export const HASH_START = 0x811c9dc5 | 0;
export const hashStep = (hash: number, c: number): number => Math.imul(hash ^ c, 16777619);

export function spanHash(text: string, start: number, end: number): number {
  let hash = HASH_START;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}

export class SpanTable<T> {
  private mask = 0;
  /** Per slot: hash, length (0: empty), where its characters start in `chars`. */
  private keys = new Int32Array(0);
  private chars = new Uint16Array(0);
  private values: (T | null)[] = [];
  private filled = 0;
  private charsUsed = 0;

  constructor(private readonly minBits: number, private readonly maxBits: number) {
    this.clear();
  }

  clear(): void {
    this.size(this.minBits);
    this.chars = new Uint16Array((this.mask + 1) * 8);
    this.filled = 0;
    this.charsUsed = 0;
  }

  private size(bits: number): void {
    this.mask = (1 << bits) - 1;
    this.keys = new Int32Array((this.mask + 1) * 3);
    // Filled element by element: `new Array(n)` this long is a dictionary, and every look-up a hash look-up.
    this.values = [];
    for (let i = 0; i <= this.mask; i++) this.values.push(null);
  }

  /** Twice the slots, the same entries (their characters stay where they are). */
  private grow(): void {
    const { keys, values } = this;
    this.size(Math.log2(this.mask + 1) + 1);
    for (let old = 0; old < values.length; old++) {
      const k = old * 3;
      if (keys[k + 1] === 0) continue;
      let s = (keys[k] as number) & this.mask;
      while (this.keys[s * 3 + 1] !== 0) s = (s + 1) & this.mask;
      this.keys.set(keys.subarray(k, k + 3), s * 3);
      this.values[s] = values[old] as T | null;
    }
  }

  /** The value kept for text[start, end) (hashed to `hash`), or `make`'s, kept for next time. */
  get(text: string, start: number, end: number, hash: number, make: (span: string) => T): T {
    const length = end - start;
    const keys = this.keys;
    for (let s = hash & this.mask; ; s = (s + 1) & this.mask) {
      const k = s * 3;
      const l = keys[k + 1] as number;
      if (l === 0) return this.put(s, text, start, end, hash, make);
      if (l === length && keys[k] === hash) {
        const chars = this.chars;
        const at = keys[k + 2] as number;
        let i = 0;
        while (i < length && chars[at + i] === text.charCodeAt(start + i)) i++;
        if (i === length) return this.values[s] as T;
      }
    }
  }

  private put(slot: number, text: string, start: number, end: number, hash: number, make: (span: string) => T): T {
    const length = end - start;
    if (this.filled >= (this.mask + 1) >> 1) {
      if (this.mask + 1 < 1 << this.maxBits) this.grow();
      else this.clear();
      return this.get(text, start, end, hash, make);
    }
    const value = make(text.slice(start, end));
    if (this.charsUsed + length > this.chars.length) {
      const more = new Uint16Array(Math.max(this.chars.length * 2, this.charsUsed + length));
      more.set(this.chars);
      this.chars = more;
    }
    const at = this.charsUsed;
    for (let i = 0; i < length; i++) this.chars[at + i] = text.charCodeAt(start + i);
    this.charsUsed += length;
    const k = slot * 3;
    this.keys[k] = hash;
    this.keys[k + 1] = length;
    this.keys[k + 2] = at;
    this.values[slot] = value;
    this.filled++;
    return value;
  }
}
