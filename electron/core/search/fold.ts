import { foldWord, plain } from '../concepts/fold';

/**
 * Search folding reuses the concept folder (case, accents, Spanish/English plurals) so that `concept:`
 * filters, the vocabulary and the indexed terms all agree on one key per word.
 */

const WORD = /[\p{L}\p{N}]+/gu;

export interface Token {
  /** Folded key (accents, case, plural removed): what the index stores. */
  term: string;
  /** Accent- and case-folded word, plural kept: what prefix matching compares against. */
  plain: string;
  start: number;
  end: number;
}

/**
 * Folding (NFD + regex + plural rules) dominated build and snippet time; words repeat (Zipf), so each
 * written form is folded once. The cache is dropped whole when full, which bounds memory without LRU cost.
 */
const CACHE_MAX = 200_000;
let cache = new Map<string, { term: string; plain: string }>();

function folded(raw: string): { term: string; plain: string } {
  let f = cache.get(raw);
  if (!f) {
    if (cache.size >= CACHE_MAX) cache = new Map();
    f = { term: foldWord(raw), plain: plain(raw) };
    cache.set(raw, f);
  }
  return f;
}

/** Folds one word to its index key. */
export function foldKey(word: string): string {
  return folded(word).term;
}

/** Accent- and case-insensitive form of free text (for path/file/tag filters). */
export function foldPlain(s: string): string {
  return plain(s);
}

/** Words of `text` with their offsets, folded. Hyphens, dots, slashes and apostrophes separate words. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const f = folded(raw);
    out.push({ term: f.term, plain: f.plain, start: m.index, end: m.index + raw.length });
  }
  return out;
}

/** Index keys of `text`, in order, duplicates kept (term frequency matters for bodies). */
export function keysOf(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push(folded(m[0]).term);
  return out;
}

/**
 * Function words that would otherwise be required by the implicit AND and match every note of a
 * language (`balanceadores de carga`). They still count inside a quoted phrase.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'de', 'del', 'la', 'el', 'lo', 'lo', 'los', 'la', 'un', 'una', 'y', 'o', 'en', 'a', 'al', 'que', 'por', 'para',
  'con', 'se', 'su', 'es',
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'and', 'or', 'for', 'is', 'are', 'with', 'by', 'at', 'as', 'it', 'be',
  'how', 'your', 'you',
]);
