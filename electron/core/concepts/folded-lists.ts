import { foldTerm, plain } from './fold';
import { DESCRIPTIVE_WORDS, EVALUATIVE_WORDS, GENERIC_HEADINGS, NAME_JOINERS, STOPWORDS } from './stoplists';

const foldedSet = (words: Iterable<string>): Set<string> => new Set([...words].map((w) => foldTerm(w)));
const FOLDED_STOPWORDS = foldedSet(STOPWORDS);
/**
 * The stoplist in both spellings: as written (`entre`, `sobre`, `these`) and as concept keys (`entr`, `sobr`,
 * `thes`). A key never ends the way those 66 written forms do (-re, -de, -se, a plural -s), so neither
 * spelling mistakes a content word's key for a function word.
 */
const STOP_FORMS = new Set([...STOPWORDS, ...FOLDED_STOPWORDS]);

/**
 * Is a word a function word (`entre`, `Sobre`, `these`, `cuántos`)? It takes the word as written, its plain
 * form or its concept key: the keyed list alone missed a plain `entre` or `sobre`, which were then read as
 * words of names (`entre regiones`, `sobre todo`).
 */
export function isStopword(word: string): boolean {
  if (STOP_FORMS.has(word)) return true;
  const p = plain(word);
  return p !== word && STOP_FORMS.has(p);
}
export const FOLDED_JOINERS = foldedSet(NAME_JOINERS);
export const FOLDED_GENERIC = foldedSet(GENERIC_HEADINGS);
export const FOLDED_DESCRIPTIVE = foldedSet(DESCRIPTIVE_WORDS);
export const FOLDED_EVALUATIVE = foldedSet(EVALUATIVE_WORDS);

/**
 * Does a folded phrase carry a rating adjective as its modifier (see EVALUATIVE_WORDS)? `clave` only after
 * its noun; after `de` a word is a noun of its own (`intercambio de claves`), not an adjective.
 */
export function rates(tokens: readonly string[]): boolean {
  const first = tokens[0] ?? '';
  const last = tokens.length - 1;
  return (FOLDED_EVALUATIVE.has(tokens[last] ?? '') && !(last > 0 && FOLDED_JOINERS.has(tokens[last - 1] ?? ''))) ||
    (first !== 'clave' && FOLDED_EVALUATIVE.has(first));
}

