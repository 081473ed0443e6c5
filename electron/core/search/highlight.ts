import { foldKey, foldPlainWord } from './fold';
import { foldedFirst, nextWord } from './word-scan';

/** What a query matched, so the words can be found again in a note's text for snippets and counts. */
export class Highlighter {
  private readonly keys = new Set<string>();
  private readonly prefixes: string[] = [];
  /** First letters the matching words can fold to (ASCII letters and digits): other words are not folded. */
  private readonly firsts = new Uint8Array(128);
  private readonly word = new Int32Array(2);

  private noteFirst(s: string): void {
    const c = s.charCodeAt(0);
    if (c < 128) this.firsts[c] = 1;
  }

  addKey(key: string): void {
    if (!key) return;
    this.keys.add(key);
    this.noteFirst(key);
  }

  addPrefix(plainPrefix: string): void {
    if (!plainPrefix) return;
    this.prefixes.push(plainPrefix);
    this.noteFirst(plainPrefix);
  }

  addPhrase(keys: string[]): void {
    for (const k of keys) this.addKey(k);
  }

  get empty(): boolean {
    return this.keys.size === 0 && this.prefixes.length === 0;
  }

  /** Whether an already folded word matches (cheaper than `ranges` when the keys are at hand). */
  matchesKey(key: string): boolean {
    if (this.keys.has(key)) return true;
    for (const p of this.prefixes) if (key.startsWith(p)) return true;
    return false;
  }

  private matchesAt(text: string, start: number, end: number): boolean {
    const f = foldedFirst(text.charCodeAt(start));
    // Folding keeps an ASCII first letter (lower-cased): a word whose first letter starts no key is no hit.
    if (f >= 0 && this.firsts[f] !== 1) return false;
    const raw = text.slice(start, end);
    if (this.keys.has(foldKey(raw))) return true;
    if (this.prefixes.length === 0) return false;
    const p = foldPlainWord(raw);
    for (const x of this.prefixes) if (p.startsWith(x)) return true;
    return false;
  }

  /** How many words of `text` match: a note's match count, with no ranges built. */
  count(text: string): number {
    if (this.empty || !text) return 0;
    const w = this.word;
    let n = 0;
    let at = 0;
    while (nextWord(text, at, w)) {
      at = w[1] as number;
      if (this.matchesAt(text, w[0] as number, at)) n++;
    }
    return n;
  }

  /** Sorted [start, end) ranges of the matching words of `text`, for the snippets of a shown hit. */
  ranges(text: string): [number, number][] {
    if (this.empty || !text) return [];
    const out: [number, number][] = [];
    const w = this.word;
    let at = 0;
    while (nextWord(text, at, w)) {
      at = w[1] as number;
      if (this.matchesAt(text, w[0] as number, at)) out.push([w[0] as number, at]);
    }
    return out;
  }
}
