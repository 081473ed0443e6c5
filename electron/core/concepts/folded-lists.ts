import { foldTerm } from './fold';
import { DESCRIPTIVE_WORDS, GENERIC_HEADINGS, NAME_JOINERS, STOPWORDS } from './stoplists';

const foldedSet = (words: Iterable<string>): Set<string> => new Set([...words].map((w) => foldTerm(w)));
export const FOLDED_STOPWORDS = foldedSet(STOPWORDS);
export const FOLDED_JOINERS = foldedSet(NAME_JOINERS);
export const FOLDED_GENERIC = foldedSet(GENERIC_HEADINGS);
export const FOLDED_DESCRIPTIVE = foldedSet(DESCRIPTIVE_WORDS);
