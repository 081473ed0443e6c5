/**
 * What a name looks like to the pair rules: a few words of letters not opened or closed by a function word,
 * an acronym's shapes, a Title Case name, and the words around a parenthesis.
 */
import { englishRole, isEnglishWord } from './english-lexicon';
import { isSpanishWord } from './spanish-lexicon';
import { plain } from './fold';
import { FOLDED_JOINERS, isStopword } from './folded-lists';

export const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
/** `IoC`, `QoS`, `IaaS`: an acronym whose short words (`of`, `as a`) give lower-case letters. */
export const MIXED_ACRONYM = /^[A-Z][a-z]{1,2}[A-Z](?:[a-z]?[A-Z])?$/;
export const MAX_WORDS = 6;

/** What introduces examples after a name in its parenthesis (`(stream cipher, ej ChaCha20, RC4)`). */
export const EXAMPLE = /^(?:ej|p\.?\s?ej|e\.?g|eg|like|such as|como|por ejemplo|for example)\b/i;

export const ARTICLES = new Set(['the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas']);
/** Prepositions after which an article opens a complement, not a term (`Instances with a defined duration`). */
export const PREPOSITIONS = new Set(['with', 'for', 'in', 'on', 'to', 'from', 'by', 'of', 'con', 'para', 'en', 'sin', 'por', 'a', 'de', 'del', 'desde', 'hasta', 'entre']);

export const stripEmphasis = (s: string): string => s.replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
export const wordsOf = (s: string): string[] => s.split(/\s+/).filter(Boolean);
export const isStop = (w: string): boolean => {
  const f = plain(w);
  return isStopword(f) && !FOLDED_JOINERS.has(f);
};

/**
 * A name: 1–6 words of letters (digits inside a word allowed), not opened or closed by a function word
 * (with `leading`, it may open with a preposition: `(on demand)` glosses `bajo demanda`).
 */
export function nameOf(raw: string, leading = false): string | null {
  let words = wordsOf(stripEmphasis(raw).replace(/[.,;:!?]+$/, ''));
  while (words.length && ARTICLES.has(plain(words[0] as string))) words = words.slice(1);
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  if (!words.every((w) => /^[\p{L}][\p{L}\p{N}'’-]*$/u.test(w))) return null;
  const opener = leading && words.length >= 2 && PREPOSITIONS.has(plain(words[0] as string));
  const last = words[words.length - 1] as string;
  // `training set`: a closing word that is a noun in a phrase (`set`, `use`) ends a name as any noun does.
  if ((isStop(words[0] as string) && !opener) || (isStop(last) && !(words.length > 1 && englishRole(last.toLowerCase()) === 'noun'))) return null;
  if (FOLDED_JOINERS.has(plain(words[words.length - 1] as string))) return null;
  return words.join(' ');
}

/** The words a name means by: not function words nor joiners. */
export const contentWords = (name: string): string[] => wordsOf(name).filter((w, i, all) => !isStopword(w) || (i > 0 && i === all.length - 1 && nounEnd(w)));
/** `set` of `training set`: a word the stoplist holds for its other uses, closing an English name as its noun. */
export const nounEnd = (w: string): boolean => /^\p{Ll}+$/u.test(w) && w.length > 2 && englishRole(w) === 'noun';

/** An English or Spanish word, not an acronym typed in lower case. */
export function isWord(lower: string): boolean {
  return isEnglishWord(lower) || isSpanishWord(lower) || isStopword(lower);
}

/** Whether the letters of `sub` stand in `word` in the same order. */
export function inOrder(sub: string, word: string): boolean {
  let i = 0;
  for (const c of word) if (c === sub[i]) i++;
  return sub.length > 0 && i === sub.length;
}

/** The word right before `at`, emphasis off. */
export function lastWord(line: string, at: number): string {
  return /([^\s(),.;:*_`]+)[*_`]*\s*$/.exec(line.slice(Math.max(0, at - 24), at))?.[1] ?? '';
}

export function titleCase(name: string): boolean {
  const words = wordsOf(name).filter((w) => !FOLDED_JOINERS.has(plain(w)));
  return words.length >= 2 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
}
