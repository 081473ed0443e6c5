/**
 * Which language a name is in, for the pair rules that join a Spanish term to its English name: an English
 * name, a Spanish term, and a Spanish term that translates an English name word by word through cognates.
 */
import { spanishVerb } from './clause-words';
import { isEnglishWord } from './english-lexicon';
import { isSpanishSpelling, isSpanishWord, mayBeSpanishNoun } from './spanish-lexicon';
import { plain } from './fold';
import { FOLDED_JOINERS, isStopword } from './folded-lists';
import { isStop, nounEnd, titleCase, wordsOf } from './name-shapes';

/** An English name: every word one English knows, or an acronym or brand in capitals (`AWS managed policies`). */
export function englishName(name: string): boolean {
  // `breadth-first search`: a hyphenated word is English when each of its parts is.
  const english = (w: string): boolean => isEnglishWord(w) || (w.includes('-') && w.split('-').every((p) => p.length > 0 && isEnglishWord(p)));
  return wordsOf(name).every((w, i, all) => /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(w) || ((i === 0 || !isStopword(w) || (i === all.length - 1 && nounEnd(w))) && english(w.toLowerCase())));
}

/**
 * A Spanish term: some word English does not know, and it opens with a noun, not a verb or a participle.
 * A name in Title Case (`Elastic Kubernetes Service`) is a proper name, whatever words English lacks.
 */
export function spanishTerm(name: string): boolean {
  const words = wordsOf(name);
  const first = (words[0] ?? '').toLowerCase();
  // A participle before `de`/`en` is a noun (`cifrado de flujo`, `particionado en rangos`); a verb form that
  // is a noun written without its accent (`indice` for `índice`) is that noun.
  const participle = /(?:ad|id)[oa]s?$/u.test(first) && !/^(?:de|del|en)$/u.test(plain(words[1] ?? ''));
  if ((spanishVerb(first) && !mayBeSpanishNoun(first)) || participle || titleCase(name)) return false;
  return words.some((w) => /^\p{L}\p{Ll}+$/u.test(w) && !isStopword(w) && !isEnglishWord(w.toLowerCase()));
}

/** Some word of the name is a lower-case word English does not know (`lista de revocación de certificados`). */
export function spanishWords(name: string): boolean {
  return !titleCase(name) && wordsOf(name).some((w) => /^\p{Ll}+$/u.test(w) && !isStopword(w) && !isEnglishWord(w));
}

/**
 * A word as its cognates spell it: Spanish writes `es-` before an English `s` + consonant (`estratificado`),
 * `i` for `y`, `f` for `ph`, `t` for `th`, `c` for `k`.
 */
const cognateForm = (w: string): string => plain(w).replace(/^es(?=[cpqt])/u, 's').replace(/ph/g, 'f').replace(/th/g, 't').replace(/y/g, 'i').replace(/k/g, 'c');
/** Two words that open alike: four letters, or three where both are long (`dominio`, `domain`). */
export function cognate(a: string, b: string): boolean {
  const x = cognateForm(a);
  const y = cognateForm(b);
  let n = 0;
  while (n < x.length && x[n] === y[n]) n++;
  return n >= 4 || (n >= 3 && x.length >= 6 && y.length >= 6);
}
/** The words that carry a name's meaning, a hyphenated word's parts each (`sesgo-varianza`). */
const meaningParts = (name: string): string[] => name.split(/[\s-]+/).filter((w) => w.length > 1 && !isStopword(w));

/**
 * `x` is the Spanish of the English `y`: a Spanish term and an English name of as many words, some word of
 * one the cognate of a word of the other (`entropía cruzada` / `cross-entropy`, `función de coste` / `cost
 * function`, `k-fold estratificado` / `stratified k-fold`); for names the lexicon knows word by word less
 * well than englishName asks.
 */
export function translates(x: string, y: string): boolean {
  const xs = meaningParts(x);
  const ys = meaningParts(y);
  if (xs.length < 2 || xs.length !== ys.length || !spanishTerm(x)) return false;
  if (!ys.some((w) => /^\p{Ll}+$/u.test(w) && isEnglishWord(w) && !isSpanishWord(w))) return false;
  // `propias route tables` / `TGW route tables`: words both names share are no translation of each other.
  return xs.some((a) => a.length >= 4 && ys.some((b) => b.length >= 4 && plain(a) !== plain(b) && cognate(a, b)));
}

/**
 * `**Facade** (fachada)`, `**Sharding** (particionado)`: one Spanish word glossing a term is a noun, though it
 * ends as a participle does; not a verb form, nor a word English has too.
 */
export function spanishNoun(y: string): boolean {
  const lower = y.toLowerCase();
  return /^\p{Ll}+$/u.test(y) && isSpanishWord(lower) && !isEnglishWord(lower) && !spanishVerb(lower);
}

/**
 * `**Despliegue continuo** (Continuous Deployment)`: a term the person marked, some word of it Spanish and
 * not English, is a noun phrase even when its first word also conjugates a verb (`despliegue`).
 */
export function markedSpanish(name: string): boolean {
  const words = wordsOf(name);
  // `Tiene sus propias route tables`: a determiner inside makes a clause.
  if (titleCase(name) || words.length < 2 || words.length > 4 || words.some((w) => isStop(w) && !FOLDED_JOINERS.has(plain(w)))) return false;
  return words.some((w) => isSpanishWord(w.toLowerCase()) && !isEnglishWord(w.toLowerCase()));
}

/** Spanish's `de`, `del`, `de la(s)`, `de los` between a noun and the proper name it is named after. */
const OF_NAME = new Set(['de', 'del', 'la', 'las', 'los', 'el']);
const PROPER = /^\p{Lu}\p{Ll}/u;

/**
 * `Célula de Hadley` / `Hadley cell`, `fuerza de Coriolis` / `Coriolis force`, `anticiclón de las Azores` /
 * `Azores High`: a Spanish noun named after a proper name, and the English name that puts the same proper name
 * before the English noun. The proper name is the same word in both (accents aside, `'s` off); the nouns are one
 * or two words each side, Spanish words English lacks against English ones. translates() asks for a cognate,
 * which these nouns seldom are, and englishName() for English words, which the proper name is not.
 */
export function namedAfter(x: string, y: string): boolean {
  const xs = wordsOf(x);
  const of = xs.findIndex((w) => plain(w) === 'de' || plain(w) === 'del');
  if (of < 1 || of > 2) return false;
  const nouns = xs.slice(0, of);
  let k = of + 1;
  while (k < xs.length && OF_NAME.has(plain(xs[k] as string))) k++;
  const proper = xs.slice(k);
  if (proper.length === 0 || proper.length > 2 || !proper.every((w) => PROPER.test(w))) return false;
  const ys = wordsOf(y).map((w) => w.replace(/['’]s$/u, ''));
  if (ys.length !== proper.length + nouns.length || !proper.every((w, i) => plain(w) === plain(ys[i] as string))) return false;
  const heads = ys.slice(proper.length);
  // `ley` is an English word too: a Spanish one, other than the English head, still reads as Spanish.
  const spanishNoun = (w: string): boolean => !isStopword(w) && (!isEnglishWord(w.toLowerCase()) || isSpanishSpelling(w.toLowerCase())) && !heads.some((h) => plain(h) === plain(w));
  return nouns.every(spanishNoun) && heads.every((w) => /^\p{L}+$/u.test(w) && isEnglishWord(w.toLowerCase()));
}
