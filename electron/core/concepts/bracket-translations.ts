import type { ParsedNote } from '../markdown/types';
import { plain } from './fold';
import { FOLDED_JOINERS, isStopword } from './folded-lists';
import { isEnglishWord } from './english-lexicon';
import { allEnglish, boldTerm, englishCompound } from './head-terms';
import { foldName, memoised } from './memo';
import type { Line } from './prose-lines';
import { isSpanishWord } from './spanish-lexicon';
import { tidy } from './sentence';
import type { ConceptCandidate } from './types';

const TRANSLATION = /\(([^()]{3,60})\)/g;
/** Two to four words of letters (a hyphen or an apostrophe inside). */
const BRACKET_WORDS = /^[\p{L}][\p{L}'’-]*(?: [\p{L}][\p{L}'’-]*){1,3}$/u;
const englishWords = memoised(allEnglish);
/** Words that end the noun phrase before a parenthesis (an article, a verb's preposition, a clause word). */
const PHRASE_STOPS = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'que', 'con', 'para', 'por', 'en', 'sin', 'a', 'al', 'y', 'o', 'e', 'es', 'son', 'su', 'sus', 'este', 'esta', 'como', 'entre', 'sobre', 'desde', 'vs', 'versus']);
/** Prepositions a Spanish name may hold where English puts a modifier (`cifrado en bloque`, block cipher). */
const INNER_PREPOSITIONS = new Set(['en', 'a', 'sin', 'con', 'por']);
const EXAMPLE_OPENERS = new Set(['un', 'una', 'unos', 'unas', 'el', 'la', 'los', 'las', 'a', 'an', 'the', 'otro', 'otra', 'another']);
/** Where a bracket's first name ends: a comma, a semicolon, `o`/`or`, `ej`/`e.g.` (what follows is another name or an example). */
const FIRST_NAME_END = /\s*(?:[,;/]|\s(?:o|or|u|e\.?g\.?|ej\.?)\s)/u;

/**
 * `un rol de ejecución (execution role) para …`: a Spanish noun phrase followed by its English name in
 * brackets names one thing twice. The phrase runs back from the bracket to an article, a preposition other
 * than `de`, or punctuation; the bracket holds two to four English words and the phrase is not English.
 */
export function translations(note: ParsedNote, l: Line): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  const text = l.text;
  TRANSLATION.lastIndex = 0;
  for (let m = TRANSLATION.exec(text); m; m = TRANSLATION.exec(text)) {
    // Cheap tests first (most brackets hold examples, values or code): two to four words of letters, after a
    // word and a space.
    // `(block cipher, ej AES)`, `(cross-entropy o log loss)`: the first name, before other names or examples.
    const whole = (m[1] as string).trim();
    const cut = FIRST_NAME_END.exec(whole);
    const inner = cut ? whole.slice(0, cut.index).trim() : whole;
    // `(google authenticator o una llave física)`: things an article introduces are examples, not another name.
    if (cut && EXAMPLE_OPENERS.has(plain(/^\p{L}+/u.exec(whole.slice(cut.index + cut[0].length))?.[0] ?? ''))) continue;
    if (!(BRACKET_WORDS.test(inner) || /^\p{L}+(?:-\p{L}+)+$/u.test(inner)) || !/\p{L} $/u.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (!englishWords(inner)) {
      const named = englishFirst(text, m.index, inner);
      if (named) out.push({ names: named, source: 'term', occurrence: { noteId: note.id, line: l.line, sentence: tidy(text), section: l.section } });
      continue;
    }
    const before = text.slice(Math.max(0, m.index - 80), m.index).replace(/[*_]+\s*$/, '').trimEnd();
    const tokens = before.split(/\s+/);
    const phrase: string[] = [];
    // A line that is only `X (Y)` (an item of a list) is delimited by the line: X may hold a preposition.
    const alone = m.index + m[0].length === text.trimEnd().length && tokens.length <= 6 && before.length < 80 && tokens.every((t) => /^[\p{L}\p{N}*_]/u.test(t));
    if (alone) phrase.push(...tokens.filter((t) => /[\p{L}\p{N}]/u.test(t)));
    const english = inner.split(/\s+/).length;
    for (let i = tokens.length - 1; !alone && i >= 0 && phrase.length < 5; i--) {
      const t = tokens[i] as string;
      if (!/^[\p{L}\p{N}][\p{L}\p{N}-]*$/u.test(t)) break;
      if (PHRASE_STOPS.has(plain(t))) {
        // Past a preposition only while the Spanish side has fewer words than the English one it translates.
        if (!INNER_PREPOSITIONS.has(plain(t)) || phrase.length >= english || i === 0 || PHRASE_STOPS.has(plain(tokens[i - 1] as string))) break;
      }
      phrase.unshift(t);
    }
    // The Spanish side is prose: some word of it is a lower-case word no English dictionary knows (`ejecución`), not a brand (`Xeon`).
    if (phrase.length < 2 || !phrase.some((w) => /^\p{Ll}+$/u.test(w) && !FOLDED_JOINERS.has(plain(w)) && !INNER_PREPOSITIONS.has(w) && !isEnglishWord(w))) continue;
    // `cdn de aws (content delivery network)`: the bracket spells out one word of the phrase, an acronym.
    const initials = inner.split(/[\s-]+/).map((w) => w.charAt(0)).join('').toLowerCase();
    if (phrase.some((w) => w.toLowerCase() === initials)) continue;
    const name = boldTerm(phrase.join(' '));
    const other = boldTerm(inner);
    if (!name || !other) continue;
    out.push({ names: [name, other], source: 'term', occurrence: { noteId: note.id, line: l.line, sentence: tidy(text), section: l.section } });
  }
  return out;
}

/** Endings of Spanish nouns and adjectives, for words typed without their accents (`politicas`, `enrutamiento`). */
const SPANISH_ENDING = /(?:ci[oó]n|ciones|miento|mientos|dad|dades|aje|ajes|ura|uras|ic[oa]s?|[ií][oa]s?)$/u;
/** Words that end an English noun phrase read back from a bracket: articles, prepositions, conjunctions, the copula. */
const ENGLISH_STOPS = new Set(['the', 'a', 'an', 'and', 'or', 'to', 'for', 'with', 'in', 'on', 'by', 'from', 'at', 'is', 'are', 'vs', 'de', 'la', 'el', 'los', 'las', 'un', 'una', 'y', 'o', 'con', 'en', 'que', 'es', 'son']);

/**
 * `storage classes (clases de almacenamiento)`, `routing policies (políticas de enrutamiento)`: a Spanish
 * note keeps the English term and glosses it in Spanish. The English words run back from the bracket to a
 * stop word or a word no English dictionary knows; the bracket is Spanish prose (a lower-case word that is not
 * English).
 */
function englishFirst(text: string, at: number, inner: string): string[] | null {
  const innerWords = inner.split(/\s+/);
  if (!innerWords.some((w) => /^\p{Ll}{3,}$/u.test(w) && !ENGLISH_STOPS.has(w) && !isStopword(w) && !isEnglishWord(w) && (isSpanishWord(w) || SPANISH_ENDING.test(w)))) return null;
  const tokens = text.slice(Math.max(0, at - 60), at).trimEnd().split(/\s+/);
  const phrase: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && phrase.length < innerWords.length; i--) {
    const t = tokens[i] as string;
    if (!/^[\p{L}][\p{L}-]*$/u.test(t) || ENGLISH_STOPS.has(t.toLowerCase()) || !englishCompound(t.toLowerCase())) break;
    phrase.unshift(t);
  }
  if (phrase.length < 2) return null;
  const name = boldTerm(phrase.join(' '));
  const other = boldTerm(inner);
  return name && other && foldName(name) !== foldName(other) ? [name, other] : null;
}
