import { englishRole, isEnglishWord } from './english-lexicon';
import { isSpanishVerbOnly, mayBeSpanishNoun } from './spanish-lexicon';

/**
 * A lower-case word no noun phrase holds: a Spanish verb form that is never a noun or adjective (`deba`,
 * `importan`, `sobrevivir`, `compararlo`), or an English word whose usual reading is a verb, an adverb, a
 * determiner or a number (`shows`, `create`, `privately`, `both`, `four`). Both languages are asked
 * whatever the note's language: notes mix them, and each lexicon only knows its own words. A word English
 * knows (`load`, `configure`) is read as English: Spanish conjugation also spells some of them (`load` of
 * `loar`), and a Spanish note's English terms are written in English.
 */
export function clauseWord(lower: string): boolean {
  const role = englishRole(lower);
  if (role === 'verb' || role === 'other') return true;
  return isSpanishVerbOnly(lower) && !isEnglishWord(lower) && !mayBeSpanishNoun(lower);
}

/** A Spanish verb form read as Spanish (see clauseWord): `Configurar`, `Continúa`, `deba`. */
export function spanishVerb(lower: string): boolean {
  return isSpanishVerbOnly(lower) && !isEnglishWord(lower);
}
