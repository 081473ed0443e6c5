import { isLetterAt, isWordBefore, widthAt } from './scan';

/**
 * `\s`, a hyphen or a dash: what may part the words of a name in a sentence (folded names part
 * `Kelvin–Planck statement` with a space).
 */
const isSeparator = (c: number): boolean => c === 45 || c === 32 || (c >= 9 && c <= 13) || (c > 127 && ((c >= 0x2010 && c <= 0x2014) || SPACE.test(String.fromCharCode(c))));
/** A possessive's `'s` after a word: folded names drop it (`Fourier's law` is `fourier law`). */
const possessive = (text: string, i: number): boolean => (text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019) && text.charCodeAt(i + 1) === 115 && !isLetterAt(text, i + 2);
const SPACE = /\s/u;

/**
 * Where a folded name (its words) first stands in a lower-cased, accent-free sentence, or -1: each word
 * may carry up to three more letters (a plural, an -e), words are apart by spaces or hyphens, and the
 * name starts a word. A scan, not a pattern compiled per name: thousands of names each compiled once
 * cost more than all the searching.
 */
export function findName(text: string, words: readonly string[]): number {
  const first = probe(words[0] ?? '');
  if (first === '') return -1;
  for (let at = text.indexOf(first); at !== -1; at = text.indexOf(first, at + 1)) {
    if (isWordBefore(text, at)) continue;
    if (matchesFrom(text, words, at) >= 0) return at;
  }
  return -1;
}

/** Where a folded name stands from `from` on, as [start, end) with its extra letters, or null: `findName` with the end. */
export function nameSpan(text: string, words: readonly string[], from = 0): [number, number] | null {
  const first = probe(words[0] ?? '');
  if (first === '') return null;
  for (let at = text.indexOf(first, from); at !== -1; at = text.indexOf(first, at + 1)) {
    if (isWordBefore(text, at)) continue;
    const end = matchesFrom(text, words, at);
    if (end >= 0) return [at, end];
  }
  return null;
}

/** The end of the name's match at `at` (its last word's extra letters included), or -1. */
function matchesFrom(text: string, words: readonly string[], at: number): number {
  let i = at;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    const end = wordEnd(text, word, i);
    if (end < 0) return -1;
    i = end;
    let extra = 0;
    while (extra < 3 && i < text.length && isLetterAt(text, i)) {
      i += widthAt(text, i);
      extra++;
    }
    if (w === words.length - 1) return i;
    if (possessive(text, i)) i += 2;
    const sep = i;
    while (i < text.length && isSeparator(text.charCodeAt(i))) i++;
    if (i === sep) return -1;
  }
  return i;
}


/** A folded word ending in `y` is written `-ies` in the plural (`policy`, `policies`): what to search for first. */
function probe(word: string): string {
  return word.length > 3 && word.endsWith('y') ? word.slice(0, -1) : word;
}

/** Where a folded word written at `i` ends (its `-ies` plural read as its `y`), or -1. */
function wordEnd(text: string, word: string, i: number): number {
  if (text.startsWith(word, i)) return i + word.length;
  const stem = probe(word);
  return stem !== word && text.startsWith(`${stem}ie`, i) ? i + stem.length + 2 : -1;
}
