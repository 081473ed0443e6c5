import { foldKey, foldPlainWord } from './fold';

const WORD = /[\p{L}\p{N}]+/gu;

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

  /** Sorted [start, end) ranges of the matching words of `text`. No token objects: this runs per hit. */
  ranges(text: string): [number, number][] {
    if (this.empty || !text) return [];
    const out: [number, number][] = [];
    const prefixes = this.prefixes;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      const raw = m[0];
      let hit = this.keys.has(foldKey(raw));
      if (!hit && prefixes.length) {
        const p = foldPlainWord(raw);
        hit = prefixes.some((x) => p.startsWith(x));
      }
      if (hit) out.push([m.index, m.index + raw.length]);
    }
    return out;
  }
}
