import { createRequire } from 'node:module';
import { englishRole, isEnglishWord } from './english-lexicon';

/**
 * How the first word of an English or Spanish noun phrase tells a name (`routing table`, `grupo de
 * seguridad`) from a description of one thing (`receiving host`, `bigger payloads`, `dos ramas`). Grammar
 * of both languages (derivation, degree, number), not any vault's words.
 */

/** The Penn tags of `wink-lexicon`'s table, most frequent first (the module english-lexicon.ts loads; one copy). */
let tags: Record<string, string[] | undefined> | null = null;
function topTag(lower: string): string | undefined {
  tags ??= createRequire(import.meta.url)('wink-lexicon/src/lexicon.js') as Record<string, string[] | undefined>;
  return Object.prototype.hasOwnProperty.call(tags, lower) ? tags[lower]?.[0] : undefined;
}

/**
 * Is an `-ing` word before a noun the name of an activity (`routing table`, `scaling policy`, `billing
 * alert`) rather than a participle saying what the noun does (`receiving host`, `sending instance`, `sleeping
 * core`)? The activity's gerund is usually a noun itself (`billing`, `scheduling`), or comes from a verb made
 * from a noun (`route`, `scale`, `sign`, `provision`): a verb that is only a verb (`receive`, `send`,
 * `transmit`) makes an agent of the noun after it.
 */
export function activityGerund(lower: string): boolean {
  if (!lower.endsWith('ing') || lower.length < 6) return false;
  if (topTag(lower) === 'NN') return true;
  const base = lower.slice(0, -3);
  const stems = [base, `${base}e`];
  // `logging` → `log`, `mapping` → `map`.
  if (base.length > 2 && base.charCodeAt(base.length - 1) === base.charCodeAt(base.length - 2)) stems.push(base.slice(0, -1));
  return stems.some((s) => topTag(s) === 'NN');
}

/**
 * A comparative (`bigger`, `larger`, `older`, `faster`): it compares one thing with another, so a phrase it
 * opens describes (`bigger payloads`), it does not name a kind. Read from its base: an adjective the
 * lexicon knows (`big`, `large`, `old`) with `-er` (`server`, `router`, `container` have no such base).
 */
export function comparative(lower: string): boolean {
  if (!/^\p{Ll}{3,}er$/u.test(lower)) return false;
  const topOf = topTag(lower);
  if (topOf === 'JJR' || topOf === 'RBR') return true;
  if (topOf !== undefined) return false;
  const base = lower.slice(0, -2);
  const stems = [base, `${base}e`];
  if (base.length > 2 && base.charCodeAt(base.length - 1) === base.charCodeAt(base.length - 2)) stems.push(base.slice(0, -1));
  if (base.endsWith('i')) stems.push(`${base.slice(0, -1)}y`);
  return stems.some((s) => englishRole(s) === 'modifier' && isEnglishWord(s));
}

/**
 * Words that count or point at one of a set (`dos ramas`, `three steps`, `su propio sistema`, `own address
 * space`): a phrase they open is about how many, which or whose, not the name of a kind. Spanish and English
 * cardinals, ordinals and the intensifier of possession.
 */
const QUANTIFIERS = new Set([
  'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'ambos', 'ambas',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'both',
  'propio', 'propia', 'propios', 'propias', 'own',
  // Ordinals place one of a series (`second part`, `first statement`), and these words one state of a thing in
  // time (`current capacity`, `initial size`): neither names a kind.
  'first', 'second', 'third', 'last', 'primer', 'primera', 'primero', 'segundo', 'segunda', 'tercer', 'tercera', 'tercero',
  'current', 'initial', 'original', 'previous', 'entire', 'whole', 'total', 'actual', 'anterior',
]);
export function quantifier(plainLower: string): boolean {
  return QUANTIFIERS.has(plainLower);
}

/** What a student calls her own remarks (`exam tip`, `truco examen`, `duda`): a label of the note, not a term. */
const REMARKS = new Set(['tip', 'tips', 'truco', 'trucos', 'hint', 'hints', 'pista', 'pistas', 'duda', 'dudas']);
export function remark(plainLower: string): boolean {
  return REMARKS.has(plainLower);
}

/** A word whose usual reading is a verb's base form (`Run`, `Include`, `Install`): an item it opens is a step to take. */
export function imperative(lower: string): boolean {
  const top = topTag(lower);
  return top === 'VB' || top === 'VBP';
}
