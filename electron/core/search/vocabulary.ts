/**
 * Every folded key in the index with the number of notes holding it. It gives IDF for ranking and the
 * candidates for prefix and typo expansion, so bodies need no `forward` tokenizer (2.5× the memory) and
 * no `tolerant` one: a query word is expanded against the words that actually exist.
 */

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

function lowerBound(arr: string[], key: string): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class Vocabulary {
  private readonly df = new Map<string, number>();
  /**
   * Sorted keys for prefix lookup. New words wait in `pending` (scanned linearly) and are merged in
   * batches, so neither a bulk build nor a one-note edit pays a sort or an array splice per word.
   * Removed words stay until the next merge and are skipped because `df` no longer has them.
   */
  private sorted: string[] = [];
  private pending: string[] = [];

  get size(): number {
    return this.df.size;
  }

  count(term: string): number {
    return this.df.get(term) ?? 0;
  }

  has(term: string): boolean {
    return this.df.has(term);
  }

  /** Adds one note's distinct keys. */
  addNote(terms: Iterable<string>): void {
    for (const t of terms) {
      const n = this.df.get(t);
      if (n === undefined) {
        this.df.set(t, 1);
        this.pending.push(t);
      } else {
        this.df.set(t, n + 1);
      }
    }
  }

  removeNote(terms: Iterable<string>): void {
    for (const t of terms) {
      const n = this.df.get(t);
      if (n === undefined) continue;
      if (n <= 1) this.df.delete(t);
      else this.df.set(t, n - 1);
    }
  }

  private merge(): void {
    if (this.pending.length > 256) {
      this.sorted = [...this.df.keys()].sort();
      this.pending = [];
    }
  }

  /** Up to `max` keys starting with `prefix`, most frequent first (scans at most `scan` keys). */
  completions(prefix: string, max: number, scan = 4000): string[] {
    this.merge();
    const sorted = this.sorted;
    const found = new Set<string>();
    for (let i = lowerBound(sorted, prefix); i < sorted.length && found.size < scan; i++) {
      const t = sorted[i] as string;
      if (!t.startsWith(prefix)) break;
      if (this.df.has(t)) found.add(t);
    }
    for (const t of this.pending) if (t.startsWith(prefix) && this.df.has(t)) found.add(t);
    const list = [...found];
    if (list.length <= max) return list;
    return list.sort((a, b) => this.count(b) - this.count(a)).slice(0, max);
  }

  /** Keys at edit distance 1 from `term` (deletion, insertion, substitution, transposition), most frequent first. */
  neighbours(term: string, max: number): string[] {
    const out = new Set<string>();
    const check = (c: string): void => {
      if (c !== term && this.df.has(c)) out.add(c);
    };
    for (let i = 0; i <= term.length; i++) {
      const head = term.slice(0, i);
      const tail = term.slice(i);
      if (i < term.length) check(head + tail.slice(1));
      if (i < term.length - 1) check(head + (tail[1] ?? '') + (tail[0] ?? '') + tail.slice(2));
      for (const ch of ALPHABET) {
        check(head + ch + tail);
        if (i < term.length) check(head + ch + tail.slice(1));
      }
    }
    return [...out].sort((a, b) => this.count(b) - this.count(a)).slice(0, max);
  }

  entries(): [string, number][] {
    return [...this.df];
  }

  load(entries: [string, number][]): void {
    this.df.clear();
    for (const [t, n] of entries) this.df.set(t, n);
    this.sorted = [...this.df.keys()].sort();
    this.pending = [];
  }
}
