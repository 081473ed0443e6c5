import { tokenize } from './fold';

/** What a query matched, so the words can be found again in a note's text for snippets and counts. */
export class Highlighter {
  private readonly keys = new Set<string>();
  private readonly prefixes: string[] = [];

  addKey(key: string): void {
    this.keys.add(key);
  }

  addPrefix(plainPrefix: string): void {
    this.prefixes.push(plainPrefix);
  }

  addPhrase(keys: string[]): void {
    for (const k of keys) this.keys.add(k);
  }

  get empty(): boolean {
    return this.keys.size === 0 && this.prefixes.length === 0;
  }

  /** Whether an already folded word matches (cheaper than `ranges` when the keys are at hand). */
  matchesKey(key: string): boolean {
    return this.keys.has(key) || this.prefixes.some((p) => key.startsWith(p));
  }

  /** Sorted [start, end) ranges of the matching words of `text`. */
  ranges(text: string): [number, number][] {
    if (this.empty || !text) return [];
    const out: [number, number][] = [];
    for (const t of tokenize(text)) {
      if (this.keys.has(t.term) || this.prefixes.some((p) => t.plain.startsWith(p))) out.push([t.start, t.end]);
    }
    return out;
  }
}
