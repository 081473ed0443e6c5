import { foldKey, foldPlainWord } from './fold';
import { keyStem, stemSource, WORD_GAP, WORD_REST } from './letter-class';
import { foldedFirst, nextWord, wordAround } from './word-scan';

const ASCII_KEY = /^[a-z0-9]+$/;

/**
 * Longest key a query highlights or expands to. A note can hold one "word" of megabytes (a line of `a`),
 * and every step here — a stem pattern, a fold, a snippet around the match — grows with the word.
 */
export const MAX_WORD = 64;
/** A written word longer than this (a run of letters with no break) is never a match: folding it costs its length. */
const MAX_WRITTEN_WORD = 4 * MAX_WORD;
/** Matches counted per text: a count past it changes no ranking a person sees, and bounds the work per note. */
export const MAX_COUNTED = 10_000;

export function isWordSized(key: string): boolean {
  return key.length <= MAX_WORD;
}

/** What a query matched, so the words can be found again in a note's text for snippets and counts. */
export class Highlighter {
  private readonly keys = new Set<string>();
  private readonly prefixes: string[] = [];
  /**
   * Quoted phrases (two keys or more): a match is a run of their words, found and highlighted as one, so
   * `"de la"` marks where the phrase is, not every "de" of the note.
   */
  private readonly phrases: string[][] = [];
  private readonly phraseKeys = new Set<string>();
  /** First letters the matching words can fold to (ASCII letters and digits): other words are not folded. */
  private readonly firsts = new Uint8Array(128);
  private readonly word = new Int32Array(2);
  private readonly next = new Int32Array(2);
  /**
   * Where a matching word can start: each key's stem and each prefix, written with any accents and case.
   * Built on first use after the last key was added; null when a key is not plain ASCII (every word is then
   * folded). Counting matches read every character of each hit's sections one by one, a fifth of a query.
   */
  private starts: RegExp | null | undefined;

  private noteFirst(s: string): void {
    const c = s.charCodeAt(0);
    if (c < 128) this.firsts[c] = 1;
  }

  addKey(key: string): void {
    if (!key || !isWordSized(key)) return;
    this.starts = undefined;
    this.keys.add(key);
    this.noteFirst(key);
  }

  addPrefix(plainPrefix: string): void {
    if (!plainPrefix || !isWordSized(plainPrefix)) return;
    this.starts = undefined;
    this.prefixes.push(plainPrefix);
    this.noteFirst(plainPrefix);
  }

  addPhrase(keys: string[]): void {
    if (keys.length === 0 || !keys.every(isWordSized)) return;
    if (keys.length === 1) {
      this.addKey(keys[0] as string);
      return;
    }
    this.starts = undefined;
    this.phrases.push(keys);
    // Longest first: where two phrases start alike, the longer run is the match.
    this.phrases.sort((a, b) => b.length - a.length);
    for (const k of keys) this.phraseKeys.add(k);
    this.noteFirst(keys[0] as string);
  }

  get empty(): boolean {
    return this.keys.size === 0 && this.prefixes.length === 0 && this.phrases.length === 0;
  }

  /** Whether an already folded word matches, alone or in a phrase (for title coverage). */
  matchesKey(key: string): boolean {
    if (this.keys.has(key) || this.phraseKeys.has(key)) return true;
    for (const p of this.prefixes) if (key.startsWith(p)) return true;
    return false;
  }

  /** Whether the word `raw`, folded to `key`, matches alone (a key, or a typed prefix). */
  private matchesWord(raw: string, key: string): boolean {
    if (this.keys.has(key)) return true;
    if (this.prefixes.length === 0) return false;
    const p = foldPlainWord(raw);
    for (const x of this.prefixes) if (p.startsWith(x)) return true;
    return false;
  }

  private startPattern(): RegExp | null {
    if (this.starts !== undefined) return this.starts;
    const stems = new Set<string>();
    for (const k of this.keys) stems.add(keyStem(k));
    for (const p of this.prefixes) stems.add(p);
    let ok = true;
    for (const st of stems) if (!ASCII_KEY.test(st)) ok = false;
    // Longest first, so the alternation reports the longest stem at a position; any stem will do for the check.
    const sources = [...stems].sort((a, b) => b.length - a.length).map(stemSource);
    for (const p of this.phrases) {
      const first = keyStem(p[0] as string);
      const second = keyStem(p[1] as string);
      if (!ASCII_KEY.test(first)) ok = false;
      // A run starts with a word holding the first key's stem whose next word starts with the second key's
      // stem (words are the runs of letters and digits `nextWord` reads): a phrase starting with a short
      // word (`"la caída"`, `"en CloudWatch"`) no longer stops at every word holding an l or an e.
      const next = ASCII_KEY.test(second) ? `(?=${WORD_REST}${WORD_GAP}${stemSource(second)})` : '';
      sources.push(stemSource(first) + next);
    }
    this.starts = ok ? new RegExp(sources.join('|'), 'g') : null;
    return this.starts;
  }

  /**
   * Where the match starting with the word [start, end) ends: after the last word of a phrase run that
   * starts there, else after the word itself if it matches alone; -1 for no match.
   */
  private matchEnd(text: string, start: number, end: number): number {
    if (end - start > MAX_WRITTEN_WORD) return -1;
    // Folding keeps an ASCII first letter (lower-cased): a word whose first letter starts no key is no hit.
    const f = foldedFirst(text.charCodeAt(start));
    if (f >= 0 && this.firsts[f] !== 1) return -1;
    // Folded once, for the phrases and the single keys alike.
    const raw = text.slice(start, end);
    const key = foldKey(raw);
    for (const p of this.phrases) {
      if (p[0] !== key) continue;
      const runEnd = this.runEnd(text, end, p);
      if (runEnd >= 0) return runEnd;
    }
    return this.matchesWord(raw, key) ? end : -1;
  }

  /** The end of the words after `from` when they fold to `p[1..]`, in a row; -1 otherwise. */
  private runEnd(text: string, from: number, p: string[]): number {
    const w = this.next;
    let at = from;
    for (let j = 1; j < p.length; j++) {
      if (!nextWord(text, at, w)) return -1;
      const f = foldedFirst(text.charCodeAt(w[0] as number));
      const key = p[j] as string;
      if (f >= 0 && f !== key.charCodeAt(0)) return -1;
      if (foldKey(text.slice(w[0] as number, w[1] as number)) !== key) return -1;
      at = w[1] as number;
    }
    return at;
  }

  /**
   * Calls `found` with the bounds of each match of `text` (a word, or a phrase's run of words), in order.
   * With a start pattern, only the words holding a stem are folded; otherwise every word whose first
   * letter can match.
   */
  private scan(text: string, found: (start: number, end: number) => void): void {
    const w = this.word;
    const re = this.startPattern();
    let left = MAX_COUNTED;
    if (re === null) {
      let at = 0;
      while (left > 0 && nextWord(text, at, w)) {
        const s = w[0] as number;
        const e = w[1] as number;
        const m = this.matchEnd(text, s, e);
        if (m >= 0) {
          found(s, m);
          left--;
        }
        at = Math.max(e, m);
      }
      return;
    }
    re.lastIndex = 0;
    // `test` moves lastIndex past a stem without building a match array; the word around it is then
    // checked whole, and the search resumes after that word (or the phrase it starts).
    while (left > 0 && re.test(text)) {
      wordAround(text, re.lastIndex - 1, w);
      const s = w[0] as number;
      const e = w[1] as number;
      const m = this.matchEnd(text, s, e);
      if (m >= 0) {
        found(s, m);
        left--;
      }
      re.lastIndex = Math.max(e, m);
    }
  }

  /** How many words of `text` match: a note's match count, with no ranges built. */
  count(text: string): number {
    if (this.empty || !text) return 0;
    let n = 0;
    this.scan(text, () => {
      n++;
    });
    return n;
  }

  /** Sorted [start, end) ranges of the matching words of `text`, for the snippets of a shown hit. */
  ranges(text: string): [number, number][] {
    if (this.empty || !text) return [];
    const out: [number, number][] = [];
    this.scan(text, (s, e) => {
      out.push([s, e]);
    });
    return out;
  }
}
