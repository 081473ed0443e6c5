/**
 * Two names the text gives one thing, beyond `Long Form (ABBR)` (definitions.ts): the ways students pair
 * names in their notes.
 * - An acronym opening a line or list item, spelled out after `=` or in parentheses further on:
 *   `AZ = Availability Zone.`, `HA = high availability`, `**EBS** = disco de red (elastic block store)`.
 * - A synonym said in so many words: `X (aka Y)`, `X, also called Y`, `X (también llamado Y)`.
 * - A Spanish term with its English name in parentheses: `rol de ejecución (execution role)`,
 *   `**grupo de seguridad** (security group)`, `**instancias reservadas** (RI)`.
 * - A Title Case name opening its clause with an acronym of the same initial that its letters do not spell
 *   (`Direct Connect (DX)`): the text pairs them where Schwartz–Hearst cannot.
 * - A nickname quoted after a name (quoted-names.ts), a bold head's translation in a later parenthesis
 *   (cognate-names.ts), an acronym with a letter added (`mTLS` / `TLS mutuo`, affixed-acronyms.ts), and a
 *   formula's symbols beside the same formula in words (formula-words.ts).
 * Each rule reads the grammar of the pairing, never a vault's words; each asks the two sides to look like
 * names, so an example (`(ej t3.micro)`), a number (`(1 o 3 años)`) or a Spanish aside is not a name.
 */
import { plain } from './fold';
import { quotedNames } from './quoted-names';
import { headTranslations } from './cognate-names';
import { formulaWords } from './formula-words';
import { markedGlosses } from './marked-glosses';
import { knownAs } from './known-as';
import { slashedClips } from './slashed-clips';
import { equalPairs } from './equal-pairs';
import { labelPairs } from './label-pairs';
import { legendPairs } from './legend-pairs';
import { apposedPairs, openingExpansion, titledAcronym } from './spelled-pairs';
import { headAcronym } from './head-acronyms';
import { PAREN_CUE, englishAfterComma, namedEither, synonyms } from './synonym-cues';
import { slashed } from './slashed-acronyms';
import { glosses } from './paren-glosses';
import { symbolNames } from './symbol-names';
import { modifierAlternatives } from './modifier-alternatives';
import { spells } from './acronym-letters';
import { ACRONYM } from './name-shapes';
import { orEnglish, saidInEnglish } from './spoken-glosses';

export interface NamePair {
  /** The names, the one the person wrote as the term first. */
  names: [string, string];
  /** Offset in the text of what pairs them (the parenthesis, the `=`, the cue). */
  at: number;
}

/**
 * Where a line's text starts, after its indent, a callout's quote marks, a list marker (`- `, `1. `), an
 * outline's numbering (`5.2.1. `, `a) `) and a Zettelkasten id (`202312011220 Subnets`, a heading's id).
 */
const LEAD = /^[ \t>]*(?:[-*+](?=[ \t])[ \t]*)?(?:(?:\d{1,3}\.)+\d{0,3}[ \t]+|\d{1,3}\)[ \t]+|[a-z]\)[ \t]+)?(?:\d{12,14}[ \t]+(?=\p{L}))?/u;
function leadOf(line: string): number {
  let i = 0;
  while (isBlank(line.charCodeAt(i)) || line.charCodeAt(i) === 62 /* > */) i++;
  const c = line.charCodeAt(i);
  // Most lines open with a letter: no marker to read.
  if (!(c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57) || (c >= 97 && c <= 122 && line.charCodeAt(i + 1) === 41))) return i;
  return LEAD.exec(line)?.[0].length ?? i;
}
const isUpperAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 192 && c <= 222);
};
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
/**
 * Which cues a line may hold, each one pattern: a line is searched once for any of its words, not once per
 * word (several `includes` per line, each a scan, were most of what reading a line cost; one opening with a
 * space scans many times slower than a pattern). Each is true exactly when one of the words is in the line.
 */
const SYNONYM_CUE = /aka|a\.k\.a|also|tambi|\(o /;
const KNOWN_CUE = /known|a\.k\.a\.|conocid/;
/** KNOWN_CUE or `inglés`/`English` (`, en inglés Y`): one scan of the line for both. */
const KNOWN_OR_SAID_CUE = /known|a\.k\.a\.|conocid|ngl/;
const EITHER_CUE = / or? /;

function pairsOfLine(line: string, offset: number, out: NamePair[], spanish: () => boolean, section: string): void {
  const paren = line.includes('(');
  const lead = leadOf(line);
  const body = line.slice(lead);
  openingExpansion(body, offset + lead, section, out);
  if (body.length <= 60 && isUpperAt(body, 0)) titledAcronym(body, offset + lead, section, out);
  if (line.includes(', ')) apposedPairs(line, offset, out);
  headAcronym(body, offset + lead, out, spanish);
  if ((paren || line.includes(', ') || line.includes(' aka ')) && (SYNONYM_CUE.test(line) || (paren && PAREN_CUE.test(line)))) synonyms(line, lead, offset, out, spanish);
  if (line.includes('"') || line.includes('“') || line.includes('«')) quotedNames(line, offset, out);
  if (line.includes('/') && line.includes(' / ')) slashed(line, offset, out);
  if (KNOWN_OR_SAID_CUE.test(line)) {
    if (KNOWN_CUE.test(line)) knownAs(line, offset, out);
    if (line.includes('ngl') && line.includes(', ')) saidInEnglish(line, lead, offset, out);
  }
  if (EITHER_CUE.test(line)) {
    namedEither(line, offset, out);
    if (spanish() && line.includes(' o ')) orEnglish(line, lead, offset, out);
  }
  if (line.includes(', the ') && spanish()) englishAfterComma(line, lead, offset, out);
  if (paren) {
    glosses(line, lead, offset, out, spanish);
    headTranslations(line, offset, out);
    if (line.includes('**') || line.includes('__') || line.includes('==') || line.includes(']]')) markedGlosses(line, offset, out, spanish);
    if (line.includes('/')) slashedClips(line, offset, out);
    if (line.includes('=') && line.includes(' = ')) formulaWords(line, offset, out);
    symbolNames(line, lead, offset, out);
    modifierAlternatives(line, offset, out, spanish);
  }
}

/** A line of a few words under a capital, the cue of titledAcronym. */
const SHORT_TITLE = /^\p{Lu}\p{Ll}+[\s-]\p{L}[^\n]{0,50}$/mu;

/**
 * `spanish` tells whether the note is written in Spanish (asked only when a parenthesis could gloss a
 * term): only there is an English name in parentheses a Spanish term's gloss. In English prose it is an
 * aside (`it's stopped (warm attach)`), and English words no lexicon knows (`filesystems`) are not Spanish.
 */
export function findNamePairs(text: string, spanish: () => boolean): NamePair[] {
  const out = linePairs(text, spanish);
  const key = (p: NamePair): string => p.names.map(plain).join('\u0000');
  const seen = new Set(out.map(key));
  for (const p of [...equalPairs(text), ...labelPairs(text), ...legendPairs(text)]) {
    if (seen.has(key(p))) continue;
    seen.add(key(p));
    out.push(p);
  }
  return out;
}

/**
 * `IQR` / `: interquartile range = Q3 − Q1`: a definition list's term that is an acronym, whose definition
 * opens with the words it spells (up to the first `=`, comma, period or parenthesis).
 */
function definedAcronym(term: string, item: string, at: number, out: NamePair[]): void {
  const acronym = term.replace(/[*_`]+/g, '').trim();
  if (!ACRONYM.test(acronym)) return;
  const opening = /^:\s+(?:(?:an?|the|el|la|los|las|un|una)\s+)?([\p{L}][\p{L}\s-]{2,60}?)\s*(?=[=,.;:(]|$)/u.exec(item)?.[1];
  const name = opening?.trim();
  if (!name || !name.includes(' ') || name.split(/\s+/).length > 6 || !spells(acronym, name)) return;
  out.push({ names: [name, acronym], at });
}

function linePairs(text: string, spanish: () => boolean): NamePair[] {
  // Most sections of prose have some cue; only a text with none at all is skipped whole.
  if (!text.includes('(') && !text.includes('=') && !text.includes('->') && !text.includes('→') && !text.includes(': ') && !text.includes(' / ') && !text.includes(', ') && !text.includes(' o ') && !SHORT_TITLE.test(text)) return [];
  const out: NamePair[] = [];
  /** Where the line before starts and ends (a definition list's term is the line above its item). */
  let prevStart = -1;
  let prevEnd = -1;
  for (let offset = 0; offset < text.length; ) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    // `IQR` / `: interquartile range = Q3 − Q1`: one character read per line, most lines being no item.
    if (text.charCodeAt(offset) === 58 /* : */ && prevStart >= 0 && prevEnd - prevStart <= 8) definedAcronym(text.slice(prevStart, prevEnd), text.slice(offset, end), prevStart, out);
    if (end > offset) {
      prevStart = offset;
      prevEnd = end;
    }
    if (end - offset > 3 && end - offset < 2000) {
      const raw = text.slice(offset, end);
      // Exported docs escape their parentheses (`Service \\(IMDS\\)`): same length, so offsets hold.
      pairsOfLine(raw.includes('\\') ? raw.replace(/\\([()])/g, ' $1') : raw, offset, out, spanish, text);
    }
    offset = end + 1;
  }
  return out;
}
