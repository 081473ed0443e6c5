import { foldWord, plain } from '../concepts/fold';
import { HASH_START, hashStep, SpanTable } from '../concepts/span-table';
import { isWordAt } from './word-scan';

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
 * written form is folded once. Keys and plain forms have their own caches: the build needs only keys, and
 * a string-valued Map is cheaper to fill and read than one of objects. A cache is dropped whole when
 * full, which bounds memory without LRU cost.
 */
const CACHE_MAX = 200_000;
let keys = new Map<string, string>();
let plains = new Map<string, string>();

function keyOf(raw: string): string {
  let k = keys.get(raw);
  if (k === undefined) {
    if (keys.size >= CACHE_MAX) keys = new Map();
    k = foldWord(raw);
    keys.set(raw, k);
  }
  return k;
}

function plainOf(raw: string): string {
  let p = plains.get(raw);
  if (p === undefined) {
    if (plains.size >= CACHE_MAX) plains = new Map();
    p = plain(raw);
    plains.set(raw, p);
  }
  return p;
}

/** Folds one word to its index key. */
export function foldKey(word: string): string {
  return keyOf(word);
}

/** Accent- and case-folded form of one word, cached like its key. */
export function foldPlainWord(word: string): string {
  return plainOf(word);
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
    out.push({ term: keyOf(raw), plain: plainOf(raw), start: m.index, end: m.index + raw.length });
  }
  return out;
}

/**
 * Each written word's key, looked up where the word stands: indexing a vault reads millions of words, and
 * a match and a substring per word (to look its key up by) were much of what the build's thread allocated.
 */
const KEYS_BY_SPAN = new SpanTable<string>(10, 18);
/** Where `nextKey` stopped in the text it was given. */
let scanAt = 0;

/** The key of the next word of `text` from `scanAt` (the words `/[\p{L}\p{N}]+/u` finds), or null at its end. */
function nextKey(text: string): string | null {
  const length = text.length;
  let i = scanAt;
  let width = 0;
  while (i < length && (width = isWordAt(text, i)) === 0) i++;
  if (i >= length) {
    scanAt = length;
    return null;
  }
  const start = i;
  let hash = HASH_START;
  do {
    hash = hashStep(hash, text.charCodeAt(i));
    if (width === 2) hash = hashStep(hash, text.charCodeAt(i + 1));
    i += width;
  } while (i < length && (width = isWordAt(text, i)) !== 0);
  scanAt = i;
  return KEYS_BY_SPAN.get(text, start, i, hash, keyOf);
}

/** Index keys of `text`, in order, duplicates kept (term frequency matters for bodies). */
export function keysOf(text: string): string[] {
  const out: string[] = [];
  scanAt = 0;
  for (let k = nextKey(text); k !== null; k = nextKey(text)) out.push(k);
  return out;
}

/**
 * Adds each index key of `text` to `tf` with its count; returns the number of words. With `order`, the
 * keys are also written to it in order from index 0 (a reused array: only the first n entries are this
 * text's).
 */
export function countKeys(text: string, tf: Map<string, number>, order?: string[]): number {
  let n = 0;
  scanAt = 0;
  for (let k = nextKey(text); k !== null; k = nextKey(text)) {
    tf.set(k, (tf.get(k) ?? 0) + 1);
    if (order) order[n] = k;
    n++;
  }
  return n;
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
