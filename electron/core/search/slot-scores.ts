/**
 * A set of note slots with a score each, held in typed arrays that are kept between searches. A common
 * word matches most notes: a Map per query node, and the [slot, score] pairs its iteration allocates,
 * were the young-generation garbage behind the GC pauses of a search.
 */
export class SlotScores {
  score = new Float64Array(0);
  /** 0 absent, 1 present, 2 deleted but still listed in `slots`. */
  private state = new Uint8Array(0);
  /** Slots ever set since the last reset, in insertion order; read with `at` and `has`. */
  slots = new Int32Array(0);
  listed = 0;
  size = 0;

  reset(cap: number): void {
    if (cap > this.state.length) {
      const n = Math.max(1024, cap * 2);
      this.score = new Float64Array(n);
      this.state = new Uint8Array(n);
      this.slots = new Int32Array(n);
    } else {
      for (let i = 0; i < this.listed; i++) this.state[this.slots[i] as number] = 0;
    }
    this.listed = 0;
    this.size = 0;
  }

  has(slot: number): boolean {
    return this.state[slot] === 1;
  }

  /** The score of a present slot (0 otherwise: check `has` first). */
  get(slot: number): number {
    return this.state[slot] === 1 ? (this.score[slot] as number) : 0;
  }

  set(slot: number, value: number): void {
    const st = this.state[slot];
    if (st !== 1) {
      if (st === 0) this.slots[this.listed++] = slot;
      this.state[slot] = 1;
      this.size++;
    }
    this.score[slot] = value;
  }

  delete(slot: number): void {
    if (this.state[slot] === 1) {
      this.state[slot] = 2;
      this.size--;
    }
  }
}

/** Hands out SlotScores for one search; `releaseAll` when it ends makes them all reusable. */
export class SlotScoresPool {
  private readonly all: SlotScores[] = [];
  private used = 0;
  private cap = 0;

  begin(cap: number): void {
    this.cap = cap;
    this.used = 0;
  }

  acquire(): SlotScores {
    let s = this.all[this.used];
    if (!s) {
      s = new SlotScores();
      this.all.push(s);
    }
    this.used++;
    s.reset(this.cap);
    return s;
  }
}

/**
 * The `k` best present slots of `m` by score, best first, ties broken by `tie`. A bounded binary heap in
 * typed arrays: the candidates themselves are never copied into objects.
 */
export class TopK {
  private hs = new Int32Array(0);
  private hv = new Float64Array(0);

  select(m: SlotScores, k: number, tie: (a: number, b: number) => number): { slots: number[]; scores: number[] } {
    if (this.hs.length < k) {
      this.hs = new Int32Array(k);
      this.hv = new Float64Array(k);
    }
    const hs = this.hs;
    const hv = this.hv;
    // Min-heap on (score, then reversed tie): the root is the worst kept candidate.
    const worse = (i: number, j: number): boolean => {
      const a = hv[i] as number;
      const b = hv[j] as number;
      return a < b || (a === b && tie(hs[i] as number, hs[j] as number) > 0);
    };
    const swap = (i: number, j: number): void => {
      const s = hs[i] as number;
      hs[i] = hs[j] as number;
      hs[j] = s;
      const v = hv[i] as number;
      hv[i] = hv[j] as number;
      hv[j] = v;
    };
    const down = (n: number): void => {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let w = i;
        if (l < n && worse(l, w)) w = l;
        if (r < n && worse(r, w)) w = r;
        if (w === i) return;
        swap(i, w);
        i = w;
      }
    };
    let n = 0;
    if (k > 0) {
      for (let i = 0; i < m.listed; i++) {
        const slot = m.slots[i] as number;
        if (!m.has(slot)) continue;
        const v = m.score[slot] as number;
        if (n < k) {
          hs[n] = slot;
          hv[n] = v;
          let c = n++;
          while (c > 0) {
            const p = (c - 1) >> 1;
            if (!worse(c, p)) break;
            swap(c, p);
            c = p;
          }
        } else {
          const rv = hv[0] as number;
          if (v < rv || (v === rv && tie(slot, hs[0] as number) > 0)) continue;
          hs[0] = slot;
          hv[0] = v;
          down(n);
        }
      }
    }
    const slots = new Array<number>(n);
    const scores = new Array<number>(n);
    for (let out = n - 1; out >= 0; out--) {
      slots[out] = hs[0] as number;
      scores[out] = hv[0] as number;
      swap(0, out);
      down(out);
    }
    return { slots, scores };
  }
}
