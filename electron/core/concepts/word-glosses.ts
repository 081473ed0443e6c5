/**
 * A Spanish note's one-word glosses, which name-pairs.ts's rule for phrases (two English words or more)
 * leaves out: `una etiqueta (tag) que…`, `en tablas (relations) con…`, `| clave-valor (key-value) |`,
 * `**Consistency** (consistencia):`, `**B-tree** (árbol B):`, `las réplicas (read replicas) copian`.
 * One word says less about itself than a phrase, so each side must read as its language, in the same number
 * (a plural glosses a plural), and the gloss must sit where a name sits: after a term the person marked
 * (bold, an item's or a table row's head), or inside a sentence that goes on, not as a closing aside.
 * English is what `wink-lexicon`'s everyday words know as a noun; Spanish is a word it does not know that
 * is no Spanish verb form.
 */
import { spanishVerb } from './clause-words';
import { englishRole, isEnglishWord } from './english-lexicon';
import { plain } from './fold';
import { isStopword } from './folded-lists';
import { isSpanishWord } from './spanish-lexicon';

/** The parts that carry meaning: words and hyphenated parts, not single letters (`B-tree`, `árbol B`). */
const partsOf = (name: string): string[] => name.split(/[\s-]+/).filter((w) => w.length > 1);

/** A noun, or a word English knows whose part of speech the lexicon lacks (`snapshot`, `digest`). */
const englishNoun = (w: string): boolean => {
  const role = englishRole(w.toLowerCase());
  return role === 'noun' || (role === 'unknown' && (isEnglishWord(w.toLowerCase()) || englishCompound(w.toLowerCase())));
};

/** `overfitting`, `underfitting`: two English words written as one, which the lexicon does not list. */
function englishCompound(w: string): boolean {
  if (!/^[a-z]{7,}$/.test(w) || isSpanishWord(w)) return false;
  for (let p = 3; p <= w.length - 4; p++) if (isEnglishWord(w.slice(0, p)) && isEnglishWord(w.slice(p)) && englishRole(w.slice(p)) !== 'unknown') return true;
  return false;
}
/** `inbound`, `database`, `checkpoint`: one English word written as two, each a word of its own. */
function englishJoined(w: string): boolean {
  if (!/^[a-z]{5,}$/.test(w) || !isEnglishWord(w)) return false;
  for (let p = 2; p <= w.length - 3; p++) if (isEnglishWord(w.slice(0, p)) && isEnglishWord(w.slice(p)) && englishRole(w.slice(p)) !== 'unknown') return true;
  return false;
}
const englishPart = (w: string): boolean => englishRole(w.toLowerCase()) !== 'unknown';
function spanishPart(w: string): boolean {
  const lower = w.toLowerCase();
  return /^\p{L}\p{Ll}+$/u.test(w) && englishRole(lower) === 'unknown' && !spanishVerb(lower);
}
/**
 * The number a name's last word shows: `s` ends a plural, but `-is`, `-us` and `-ss` end singulars of both
 * languages and English adjectives, which have no number (`epistasis`, `análisis`, `virus`, `homozygous`).
 */
const numberOf = (name: string): 'plural' | 'singular' | 'either' => {
  const last = plain(name.split(/[\s-]+/).pop() ?? '');
  return /(?:is|us|ss)$/.test(last) ? 'either' : /s$/.test(last) ? 'plural' : 'singular';
};
/** Whether two names may be one thing's in number (`tablas (relations)`, `homocigoto (homozygous)`). */
const sameNumber = (x: string, y: string): boolean => {
  const a = numberOf(x);
  const b = numberOf(y);
  return a === b || a === 'either' || b === 'either';
};

/**
 * Whether `y`, in parentheses after the term `x`, is its name in the other language. `marked`: the person
 * marked `x`; `goesOn`: the sentence carries on after the parenthesis.
 */
export function wordGloss(x: string, y: string, marked: boolean, goesOn: boolean): boolean {
  const xs = partsOf(x);
  const ys = partsOf(y);
  // `Reglas de entrada (inbound)`, `**base de datos** (database)`: a Spanish noun and its complement, glossed
  // by the one English word that compounds them, marked or not: the compound is cue enough (`tipo de dato
  // (integer)` gives an instance, no compound).
  if (xs.length === 3 && plain(xs[1] as string) === 'de' && (spanishPart(xs[0] as string) || spanishPart(xs[2] as string)) && englishJoined(y) && !isSpanishWord(y)) return true;
  if (!marked && !goesOn) return false;
  if (xs.length === 0 || ys.length === 0 || xs.length > 2 || ys.length > 2 || !sameNumber(x, y)) return false;
  // `tablas (relations)`: a Spanish word with an English noun as long.
  if (xs.length === ys.length && xs.every(spanishPart) && ys.every(englishNoun) && /^\p{Ll}/u.test(y)) return true;
  // `las réplicas (read replicas)`: an English name one word longer, whose head is the same word.
  if (xs.length === 1 && ys.length === 2 && spanishPart(xs[0] as string) && englishPart(ys[0] as string) && plain(xs[0] as string).slice(0, 4) === plain(ys[1] as string).slice(0, 4)) return true;
  // `el sharding (particionado horizontal) divide…`: an English word no Spanish dictionary knows, glossed by a
  // Spanish phrase of two words, none of them only English.
  if (xs.length === 1 && ys.length === 2 && /^\p{Ll}+$/u.test(x) && !isStopword(ys[0] as string) && englishNoun(x) && !isSpanishWord(x) && ys.some(spanishPart) && ys.every((w) => isSpanishWord(plain(w)) || spanishPart(w)) && /^\p{Ll}/u.test(y)) return true;
  // `**Consistency** (consistencia)`: a marked English term with its Spanish name.
  return marked && xs.length === ys.length && xs.every(englishPart) && englishNoun(xs[xs.length - 1] as string) && ys.every(spanishPart);
}
