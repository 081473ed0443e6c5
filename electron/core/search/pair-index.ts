/**
 * Which notes hold each pair of adjacent words: a phrase query reads the notes holding every pair of the
 * phrase instead of checking the text of every note holding its words (up to thousands for common words).
 *
 * Hand-written rather than FlexSearch's contextual index (`context: { depth, bidirectional, resolution }`,
 * `tokenize: 'strict'` only), because:
 * - that index needs each body as its words in order, while bodies are handed to FlexSearch as distinct
 *   keys with their frequency in the score slot (see flexsearch-index.ts): a tenth of the build saved;
 * - it keeps a Map per word of Maps per neighbour of id arrays (8 bytes an id), per field: measured at
 *   ≈ 1 GB for 10k notes, where this takes a few MB;
 * - with `bidirectional` it stores a pair once for both orders and widens the window when nothing
 *   matches: it ranks by closeness, it does not answer "are these words adjacent, in this order".
 *
 * Layout: a pair is hashed to one of `2^bits` buckets; each bucket is a list of note slots, ascending,
 * written as varint gaps into one byte pool in blocks that double from 8 to 256 bytes (the last 4 bytes of
 * a block point to the next). Slots only grow (an edited note gets a new slot; retired slots are filtered
 * by the caller and dropped when the caller rebuilds), so a note is listed once per bucket and most gaps of
 * a common pair take one byte. A bucket may hold several pairs (collisions), and a note holding each pair
 * of a longer phrase may not hold the run: callers still check the text, but of notes that nearly all pass.
 */

export const PAIR_BITS = 17;
const FIRST_BLOCK = 8;
const MAX_LEVEL = 5; // 8 << 5 = 256-byte blocks
const NEXT = 4;

export interface PairState {
  bits: number;
  head: Int32Array;
  meta: Int32Array;
  level: Uint8Array;
  pool: Uint8Array;
}

/** FNV-1a of a key's UTF-16 code units. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h;
}

/** Bucket of the ordered pair (a, b) from the two keys' hashes: `a b` and `b a` differ. */
function bucketOf(ha: number, hb: number, mask: number): number {
  let h = Math.imul(ha, 0x9e3779b1) ^ hb;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & mask;
}

/** A second hash of the pair, kept per bucket to tell whether the bucket holds one pair or several (non-zero). */
function checkOf(ha: number, hb: number): number {
  let h = Math.imul(hb, 0x27d4eb2d) ^ Math.imul(ha ^ (ha >>> 15), 0x165667b1);
  h ^= h >>> 15;
  return h | 1;
}

const blockSize = (level: number): number => FIRST_BLOCK << level;
/** In `level`: set once a bucket has been given two different pairs. */
const MIXED = 0x80;
const LEVEL = 0x7f;

/** Fields of a bucket in `meta`, side by side so that adding a note touches one cache line per pair. */
const POS = 0;
const END = 1;
const LAST = 2;
const SIZE = 3;
const CHECK = 4;
const STRIDE = 5;

export class PairIndex {
  readonly bits: number;
  private readonly mask: number;
  /** Per bucket: pool offset of its first block (0 = empty; offset 0 of the pool is never used). */
  private head: Int32Array;
  /**
   * Per bucket, STRIDE fields: where its next byte goes (0 = empty), where the data of its last block ends
   * (the next pointer), the last slot listed (slot + 1, 0 = none), how many slots are listed, and the
   * check hash of the first pair given to it.
   */
  private meta: Int32Array;
  /** Per bucket: size class of its last block, and MIXED. */
  private level: Uint8Array;
  private pool: Uint8Array;
  private used = 1;

  constructor(bits = PAIR_BITS) {
    this.bits = bits;
    const n = 1 << bits;
    this.mask = n - 1;
    this.head = new Int32Array(n);
    this.meta = new Int32Array(n * STRIDE);
    this.level = new Uint8Array(n);
    this.pool = new Uint8Array(1 << 16);
  }

  /** Bytes held: the bucket table and the used part of the pool. */
  get bytes(): number {
    return (1 << this.bits) * (4 + 4 * STRIDE + 1) + this.used;
  }

  /** Lists `slot` under each pair of consecutive keys in `keys[0..count)`. */
  addRun(slot: number, keys: readonly string[], count = keys.length): void {
    if (count < 2) return;
    let prev = keyHash(keys[0] as string);
    for (let i = 1; i < count; i++) {
      const h = keyHash(keys[i] as string);
      this.post(bucketOf(prev, h, this.mask), slot, checkOf(prev, h));
      prev = h;
    }
  }

  private post(b: number, slot: number, check: number): void {
    const meta = this.meta;
    const m = b * STRIDE;
    const first = meta[m + CHECK] as number;
    if (first === 0) meta[m + CHECK] = check;
    else if (first !== check) this.level[b] = (this.level[b] as number) | MIXED;
    const last = (meta[m + LAST] as number) - 1;
    if (last === slot) return;
    let gap = slot - last;
    if (meta[m + POS] === 0) this.firstBlock(b);
    let pos = meta[m + POS] as number;
    for (;;) {
      // A new block may move the pool: read `this.pool` after it.
      if (pos === meta[m + END]) pos = this.nextBlock(b);
      if (gap <= 0x7f) break;
      this.pool[pos++] = (gap & 0x7f) | 0x80;
      gap >>>= 7;
    }
    this.pool[pos++] = gap;
    meta[m + POS] = pos;
    meta[m + LAST] = slot + 1;
    meta[m + SIZE] = (meta[m + SIZE] as number) + 1;
  }

  private alloc(bytes: number): number {
    if (this.used + bytes > this.pool.length) {
      // A quarter more at a time: the pool is most of the index, and doubling left up to half of it unused.
      const grown = new Uint8Array(Math.max(this.used + bytes, Math.ceil(this.pool.length * 1.25)));
      grown.set(this.pool.subarray(0, this.used));
      this.pool = grown;
    }
    const at = this.used;
    this.used += bytes;
    return at;
  }

  private firstBlock(b: number): void {
    const at = this.alloc(blockSize(0));
    this.head[b] = at;
    this.meta[b * STRIDE + POS] = at;
    this.meta[b * STRIDE + END] = at + blockSize(0) - NEXT;
    this.level[b] = (this.level[b] as number) & MIXED;
  }

  /** Chains a new block to the bucket's last one; returns where its data starts. */
  private nextBlock(b: number): number {
    const level = Math.min(MAX_LEVEL, ((this.level[b] as number) & LEVEL) + 1);
    const at = this.alloc(blockSize(level));
    writeInt(this.pool, this.meta[b * STRIDE + END] as number, at);
    this.meta[b * STRIDE + END] = at + blockSize(level) - NEXT;
    this.level[b] = ((this.level[b] as number) & MIXED) | level;
    return at;
  }

  /** Buckets of the consecutive pairs of `keys`, each once. */
  bucketsOf(keys: readonly string[]): number[] {
    const out: number[] = [];
    for (let i = 1; i < keys.length; i++) {
      const b = bucketOf(keyHash(keys[i - 1] as string), keyHash(keys[i] as string), this.mask);
      if (!out.includes(b)) out.push(b);
    }
    return out;
  }

  /**
   * Whether the notes listed for the two-word phrase `keys` are exactly those holding it in a row (up to
   * retired slots): its bucket has only ever been given this pair.
   */
  isExact(keys: readonly string[]): boolean {
    if (keys.length !== 2) return false;
    const ha = keyHash(keys[0] as string);
    const hb = keyHash(keys[1] as string);
    const b = bucketOf(ha, hb, this.mask);
    return ((this.level[b] as number) & MIXED) === 0 && this.meta[b * STRIDE + CHECK] === checkOf(ha, hb);
  }

  /** How many slots a bucket lists (retired ones included): an upper bound on the notes holding its pairs. */
  count(bucket: number): number {
    return this.meta[bucket * STRIDE + SIZE] as number;
  }

  /**
   * Writes the slots listed in `bucket` that are at most `upTo` to `out` from index 0, ascending; returns
   * how many. `out` must hold `count(bucket)`. A loop without callbacks: common pairs list most notes.
   */
  private decode(bucket: number, out: Int32Array, upTo = 0x7fffffff): number {
    let at = this.head[bucket] as number;
    if (at === 0) return 0;
    const pool = this.pool;
    const stop = this.meta[bucket * STRIDE + POS] as number;
    let level = 0;
    let blockEnd = at + blockSize(0) - NEXT;
    let slot = -1;
    let gap = 0;
    let shift = 0;
    let n = 0;
    while (at !== stop) {
      if (at === blockEnd) {
        at = readInt(pool, blockEnd);
        level = Math.min(MAX_LEVEL, level + 1);
        blockEnd = at + blockSize(level) - NEXT;
        continue;
      }
      const byte = pool[at++] as number;
      gap |= (byte & 0x7f) << shift;
      if (byte & 0x80) {
        shift += 7;
        continue;
      }
      slot += gap;
      gap = 0;
      shift = 0;
      if (slot > upTo) break;
      out[n++] = slot;
    }
    return n;
  }

  private bufA: Int32Array = new Int32Array(1024);
  private bufB: Int32Array = new Int32Array(1024);

  private static fit(buf: Int32Array, n: number): Int32Array {
    return buf.length >= n ? buf : new Int32Array(Math.max(n, buf.length * 2));
  }

  /**
   * Slots listed in every one of `buckets`, ascending, as a view valid until the next call. `mark` is a
   * zeroed scratch array of one entry per slot; it is left dirty.
   */
  intersect(buckets: readonly number[], mark: Uint32Array): Int32Array {
    if (buckets.length === 0) return this.bufA.subarray(0, 0);
    const order = [...buckets].sort((a, b) => this.count(a) - this.count(b));
    const first = order[0] as number;
    this.bufA = PairIndex.fit(this.bufA, this.count(first));
    const out = this.bufA;
    let n = this.decode(first, out);
    if (order.length === 1 || n === 0) return out.subarray(0, n);
    for (let i = 0; i < n; i++) mark[out[i] as number] = 1;
    const maxSlot = out[n - 1] as number;
    let round = 1;
    for (let i = 1; i < order.length; i++) {
      const b = order[i] as number;
      this.bufB = PairIndex.fit(this.bufB, this.count(b));
      const other = this.bufB;
      const m = this.decode(b, other, maxSlot);
      let kept = 0;
      for (let j = 0; j < m; j++) {
        const slot = other[j] as number;
        if (mark[slot] === round) {
          mark[slot] = round + 1;
          kept++;
        }
      }
      round++;
      if (kept === 0) return out.subarray(0, 0);
    }
    let k = 0;
    for (let i = 0; i < n; i++) {
      const slot = out[i] as number;
      if (mark[slot] === round) out[k++] = slot;
    }
    n = k;
    return out.subarray(0, n);
  }

  /** A copy of the index as typed arrays (v8-serialisable), independent of later additions. */
  exportState(): PairState {
    return { bits: this.bits, head: this.head.slice(), meta: this.meta.slice(), level: this.level.slice(), pool: this.pool.slice(0, this.used) };
  }

  /** The index `exportState` gave, or null when the state does not have its shape. */
  static fromState(s: unknown): PairIndex | null {
    const st = s as Partial<PairState> | null;
    if (!st || typeof st !== 'object' || st.bits !== PAIR_BITS) return null;
    const { head, meta, level, pool } = st;
    const n = 1 << PAIR_BITS;
    if (!(head instanceof Int32Array) || head.length !== n || !(meta instanceof Int32Array) || meta.length !== n * STRIDE) return null;
    if (!(level instanceof Uint8Array) || level.length !== n || !(pool instanceof Uint8Array) || pool.length < 1) return null;
    const size = pool.length;
    for (let b = 0; b < n; b++) {
      const h = head[b] as number;
      const pos = meta[b * STRIDE + POS] as number;
      const end = meta[b * STRIDE + END] as number;
      if (h < 0 || h >= size || pos < 0 || pos > size || end < 0 || end > size - NEXT || ((level[b] as number) & LEVEL) > MAX_LEVEL || (h === 0) !== (pos === 0)) return null;
    }
    const p = new PairIndex(PAIR_BITS);
    p.head = head;
    p.meta = meta;
    p.level = level;
    p.pool = pool;
    p.used = size;
    return p;
  }
}

function writeInt(pool: Uint8Array, at: number, v: number): void {
  pool[at] = v & 0xff;
  pool[at + 1] = (v >>> 8) & 0xff;
  pool[at + 2] = (v >>> 16) & 0xff;
  pool[at + 3] = (v >>> 24) & 0xff;
}

function readInt(pool: Uint8Array, at: number): number {
  return ((pool[at] as number) | ((pool[at + 1] as number) << 8) | ((pool[at + 2] as number) << 16) | ((pool[at + 3] as number) << 24)) >>> 0;
}
