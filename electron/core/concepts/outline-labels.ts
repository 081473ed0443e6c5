import { plain } from './fold';
import { quantifier } from './phrase-openers';

/**
 * Typed outlines (law and humanities notes, a teacher's handout copied out) number their items by hand:
 * `a) Posible: …`, `(b) Lícita: …`, `1.2. Elementos subjetivos: …`, `5.2.3. La mora o retraso:`. Markdown
 * reads none of these as a list, so the marker stays in the line; the term the item labels is what
 * follows it, without the article a label in Spanish or English may carry (`El consentimiento:`).
 */

/** A bullet, `1.`/`1)`, `1.2.`/`5.2.3.` (or without the last dot), `a)`/`(b)`, `iv)`. */
export const ITEM_MARKER = /^\s*(?:[-*+•]|\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}[.)]|\(?[a-zA-Z]\)|\(?[ivxIVX]{1,4}\))\s+/;
/** Only the markers a typed outline writes (not a bullet, which Markdown reads as a list item). */
const OUTLINE_MARKER = /^\s*(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}[.)]|\(?[a-zA-Z]\)|\(?[ivxIVX]{1,4}\))\s+(?=\S)/;

/** Does the line open with an outline's hand-written marker? */
export function outlined(text: string): boolean {
  return OUTLINE_MARKER.test(text);
}

/** Definite articles a label may open with; an indefinite one makes it a description (`Un contrato …`). */
const DEFINITE = new Set(['el', 'la', 'los', 'las', 'lo', 'the']);

/**
 * The term an outline label names: without a leading definite article, and the first of two names it
 * offers as one (`La mora o retraso`, `Culpa o negligencia`: another helper pairs them), or null when the
 * label joins two things (`Caso fortuito y fuerza mayor`) or is a sentence.
 */
export function labelTerm(label: string): string | null {
  let words = label.trim().split(/\s+/);
  if (words.length > 1 && DEFINITE.has(plain(words[0] as string))) {
    // `The three areas`, `Los dos modos`: a count of things the section goes through, not one thing's name.
    if (quantifier(plain(words[1] as string))) return null;
    words = words.slice(1);
  }
  const or = words.findIndex((w, i) => i > 0 && (w === 'o' || w === 'u' || w === 'or'));
  if (or > 0) words = words.slice(0, or);
  if (words.some((w) => w === 'y' || w === 'e' || w === 'and' || w === '&')) return null;
  const term = words.join(' ');
  return term && words.length <= 6 ? term : null;
}

/** Endings of nouns of quality, action or state (`-ción`, `-dad`, `-miento`, `-ism`, `-ity`): not adjectives. */
const NOUN_ENDING = /(?:ci[oó]n|si[oó]n|dad|tad|miento|ismo|encia|ancia|ura|aje|tion|sion|ity|ness|ment|ism|ance|ence|ship|logy|log[ií]a)$/u;
const DETERMINERS = '(?:el|la|los|las|un|una|del|al|su|sus|este|esta|the|a|an|this|its)';

/**
 * A lone word labelling an item is a term when it is a noun: it has a noun's ending, or the note puts an
 * article before it somewhere (`el pago`, `del dolo`). `Posible:`, `Lícita:` label requirements (adjectives
 * the note only ever writes after a noun or a verb: `causa ilícita`, `debe ser posible`).
 */
export function nounLabel(word: string, text: () => string): boolean {
  const lower = word.toLowerCase();
  if (NOUN_ENDING.test(plain(lower)) || NOUN_ENDING.test(lower)) return true;
  if (!/^\p{L}+$/u.test(lower)) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${DETERMINERS}\\s+${lower}(?![\\p{L}\\p{N}])`, 'iu').test(text());
}
