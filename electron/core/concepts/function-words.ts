import { plain } from './fold';
import { FOLDED_STOPWORDS } from './folded-lists';
import { STOPWORDS } from './stoplists';

/**
 * A function word, as a word of a name is tested. FOLDED_STOPWORDS holds the stoplist as concept keys
 * (`sobre` → `sobr`, `entre` → `entr`), which a plain word does not meet: `entre regiones`, `sobre todo`
 * were read as names. Both spellings are asked.
 */
export function isFunctionWord(word: string): boolean {
  const p = plain(word);
  return FOLDED_STOPWORDS.has(p) || STOPWORDS.has(p);
}
