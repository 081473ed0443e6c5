import { foldWord, looseStem } from './fold';
import { COMMON_WORDS } from './stoplists';

/** Everyday words, folded and stemmed the way `isCommonWord` compares them. */
const COMMON = new Set([...COMMON_WORDS].map((w) => looseStem(foldWord(w))));

/** Is this folded single word an everyday word (see COMMON_WORDS)? */
export function isCommonWord(folded: string): boolean {
  return COMMON.has(looseStem(folded)) || COMMON.has(folded);
}
