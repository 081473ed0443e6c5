import { foldTerm } from './fold';
import { DESCRIPTIVE_WORDS, EVALUATIVE_WORDS, GENERIC_HEADINGS, NAME_JOINERS, STOPWORDS } from './stoplists';

const foldedSet = (words: Iterable<string>): Set<string> => new Set([...words].map((w) => foldTerm(w)));
export const FOLDED_STOPWORDS = foldedSet(STOPWORDS);
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

