/**
 * Pairs whose short name is spelled from the long one (see abbreviations.ts), in the places students put
 * them beyond `Long Form (ABBR)`:
 * - beside a parenthesis, either way round, where Schwartz–Hearst cannot: a CamelCase word, a clipped
 *   compound, a mixed-case acronym, one long word, an acronym whose letters stand inside its words:
 *   `un PersistentVolume (PV)`, `Los cgroups (control groups)`, `NoSQL ("not only SQL")`,
 *   `acknowledgements (ACKs)`, `a Certificate Authority (CA)`;
 * - an acronym with the words its capitals spell as a list in parentheses: `BASE (Basically Available, Soft
 *   state, Eventual consistency)`;
 * - an acronym and its expansion after a comma: `gracias al WAL, write-ahead log`;
 * - a line or a flashcard's answer opening with a Title Case name whose initials spell an acronym of the same
 *   section: `Q: what's CIDR?` / `A: Classless Inter-Domain Routing - …`.
 */
import { abbreviates } from './abbreviations';
import { isEnglishWord } from './english-lexicon';
import { plain } from './fold';
import { isStopword } from './folded-lists';
import { isSpanishWord } from './spanish-lexicon';

export interface SpelledPair {
  names: [string, string];
  at: number;
}

const WORD = /^\p{L}[\p{L}\p{N}'’-]*$/u;
const SHORT = /^\p{L}[\p{L}\p{N}]{1,11}$/u;
const MINOR_WORDS = new Set(['of', 'and', 'for', 'the', 'de', 'del', 'y']);
const ARTICLES = new Set(['the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas']);
const MAX_LONG = 8;
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}s?$/;
/** The word right before a parenthesis (with any emphasis or quotes around it). */
const LAST_WORD = /([^\s(),.;:]+)\s*$/;

const EMPHASIS = /[*_`"“”‘’\s]/;
const capitals = (s: string): number => s.replace(/[^\p{Lu}]/gu, '').length;
const bare = (s: string): string => s.replace(/[*_`"“”‘’]+/g, '').replace(/\s+/g, ' ').trim();

/** The words right before `at` back to a clause break, emphasis off. */
function clauseBefore(line: string, from: number, at: number): string[] {
  const before = line.slice(from, at);
  const cut = Math.max(before.lastIndexOf(', '), before.lastIndexOf('. '), before.lastIndexOf(': '), before.lastIndexOf('; '), before.lastIndexOf('('), before.lastIndexOf(')'));
  return bare(before.slice(cut + 1)).split(' ').filter(Boolean);
}

/**
 * `Long (Short)` or `Short (Long)` at the parenthesis `at` holding `inner`, or null. The long form is the
 * fewest words before the parenthesis that spell the short one, never through an article.
 */
export function spelledAtParen(line: string, from: number, at: number, inner: string): [string, string] | null {
  const said = inner.length > 4 ? inner.replace(FROM_NOW_ON, '') : inner;
  const text = said.length <= 16 && EMPHASIS.test(said) ? bare(said) : said;
  if (SHORT.test(text)) {
    // A word in lower case (`(optional)`) abbreviates only as a clipped compound, ending with the word before,
    // or as an acronym typed in lower case, no word of either language (`auto scaling group (asg)`).
    if (capitals(text) < 2 && !/\d/.test(text) && !text.endsWith((LAST_WORD.exec(line.slice(Math.max(from, at - 24), at))?.[1] ?? ' ').toLowerCase())) return lowerAcronym(line, from, at, text);
    const words = clauseBefore(line, from, at);
    for (let n = 1; n <= Math.min(words.length, MAX_LONG); n++) {
      const w = words[words.length - n] as string;
      if (!WORD.test(w) || ARTICLES.has(w.toLowerCase())) break;
      const long = words.slice(-n).join(' ');
      if (!abbreviates(text, long)) continue;
      // Schwartz–Hearst (definitions.ts) pairs an acronym with words that each give it their initial, unless
      // its letters also stand inside them (`certifiCAte`): that case only is this rule's.
      if (n > 1 && ACRONYM.test(text) && abbreviates(text, long, true) && !long.toLowerCase().includes(text.toLowerCase())) return null;
      return [long, text];
    }
    return null;
  }
  if (NUMBERED.test(text)) {
    const words = clauseBefore(line, from, at);
    for (let n = 2; n <= Math.min(words.length, MAX_LONG); n++) {
      const long = words.slice(-n).join(' ');
      if (numbered(text, long)) return [long, text];
    }
    return null;
  }
  if (!text.includes(' ')) return null;
  const last = bare(LAST_WORD.exec(line.slice(Math.max(from, at - 24), at))?.[1] ?? '');
  if (NUMBERED.test(last)) return numbered(last, bare(text)) ? [last, bare(text)] : null;
  if (!SHORT.test(last)) return null;
  if (abbreviates(last, text) && bare(text).split(' ').every((w) => WORD.test(w)) && abbreviates(last, bare(text))) return [last, bare(text)];
  // `BASE (Basically Available, Soft state, Eventual consistency)`: a list whose capitals spell the acronym.
  if (/^[A-Z]{2,6}$/.test(last) && text.includes(', ')) {
    const items = bare(text).split(/,\s+/);
    if (items.every((i) => /^\p{Lu}/u.test(i) && i.split(' ').every((w) => WORD.test(w)))) {
      const initials = text.split(/[\s,]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (initials === last) return [last, text];
    }
  }
  return null;
}

/** `1FN`, `3NF`, `2FA`, `2PC`: a number standing for the long form's first word, then initials. */
const NUMBERED = /^[1-9][A-Z]{1,4}$/;
/** Number words, cardinal and ordinal, English and Spanish, by the digit they are. */
const NUMBER_WORDS: readonly (readonly string[])[] = [
  [],
  ['one', 'first', 'uno', 'una', 'primer', 'primera', 'primero', 'single', 'simple'],
  ['two', 'second', 'dos', 'segunda', 'segundo', 'double', 'doble'],
  ['three', 'third', 'tres', 'tercer', 'tercera', 'tercero', 'triple'],
  ['four', 'fourth', 'cuatro', 'cuarta', 'cuarto'],
  ['five', 'fifth', 'cinco', 'quinta', 'quinto'],
  ['six', 'sixth', 'seis', 'sexta', 'sexto'],
  ['seven', 'seventh', 'siete', 'septima', 'septimo'],
  ['eight', 'eighth', 'ocho', 'octava', 'octavo'],
  ['nine', 'ninth', 'nueve', 'novena', 'noveno'],
];

/**
 * Whether `short` (`1FN`) abbreviates `long` (`primera forma normal`, `two-factor authentication`): its digit
 * is the long form's first word, its letters the initials of the words after it, in order.
 */
function numbered(short: string, long: string): boolean {
  const parts = plain(long).split(/[\s-]+/).filter((w) => w && !MINOR_WORDS.has(w));
  if (parts.length < 2 || !parts.every((w) => /^\p{L}+$/u.test(w))) return false;
  if (!(NUMBER_WORDS[Number(short[0])] ?? []).includes(parts[0] as string)) return false;
  return parts.slice(1).map((w) => w[0]).join('') === short.slice(1).toLowerCase();
}

/** `(rt a partir de ahora)`, `(LB for short)`: a short name the note will use from here on. */
const FROM_NOW_ON = /\s+(?:(?:a\s+)?partir\s+de\s+ahora|de\s+aqu[ií]\s+en\s+adelante|en\s+adelante|desde\s+ahora|para\s+abreviar|from\s+now\s+on|for\s+short|hereafter)$/iu;

/**
 * `una availability zone (az)`: an acronym in lower case, the initials of the words right before it, one by
 * one (`of`, `de` may give none); it must be no word of either language (`(red)`, `(sal)` are words).
 */
function lowerAcronym(line: string, from: number, at: number, short: string): [string, string] | null {
  if (!/^[a-z]{2,5}$/.test(short) || isEnglishWord(short) || isSpanishWord(short)) return null;
  const words = clauseBefore(line, from, at);
  let initials = '';
  for (let n = 1; n <= Math.min(words.length, short.length + 2); n++) {
    const w = words[words.length - n] as string;
    if (!WORD.test(w) || ARTICLES.has(w.toLowerCase())) return null;
    if (MINOR_WORDS.has(w.toLowerCase())) continue;
    initials = plain(w[0] as string) + initials;
    if (initials.length === short.length) return initials === short && !MINOR_WORDS.has((words[words.length - n] as string).toLowerCase()) ? [words.slice(-n).join(' '), short] : null;
  }
  return null;
}

const isCap = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isWordChar = (c: number): boolean => isCap(c) || (c >= 97 && c <= 122) || c > 127;

/** `WAL, write-ahead log`: an acronym, a comma, and the words its letters are the initials of. */
/** `WAL, write-ahead log`: an acronym, a comma, and the words its letters are the initials of. */
export function apposedPairs(line: string, offset: number, out: SpelledPair[]): void {
  // Most commas follow a word in lower case: only one after capitals is looked at further.
  for (let i = line.indexOf(', '); i > 0; i = line.indexOf(', ', i + 2)) {
    if (!isCap(line.charCodeAt(i - 1))) continue;
    let a = i - 1;
    while (a > 0 && isCap(line.charCodeAt(a - 1))) a--;
    const acronym = line.slice(a, i);
    if (acronym.length < 2 || acronym.length > 6 || line.charCodeAt(a) > 90 || line.charCodeAt(a) < 65 || (a > 0 && isWordChar(line.charCodeAt(a - 1)))) continue;
    const rest = /^[^,;.:()\n]{3,80}/.exec(line.slice(i + 2))?.[0] ?? '';
    const words = bare(rest).split(' ');
    for (let n = 2; n <= Math.min(words.length, acronym.length + 2); n++) {
      const head = words.slice(0, n);
      if (!head.every((w) => WORD.test(w)) || /^\p{Lu}{2}/u.test(head[0] as string)) break;
      const long = head.join(' ');
      if (abbreviates(acronym, long, true)) {
        out.push({ names: [long, acronym], at: offset + a });
        break;
      }
    }
  }
}

/** A line's opening name: Title Case words (joined by `of`, `de` …), hyphenated parts capitalised too. */
const OPENING = /^(?:\p{L}{1,12}\s*:\s+)?((?:\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)*)(?:\s+(?:(?:of|and|for|the|de|del|y)\s+)?\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)*){1,7})(?=\s*[,.;:]\s*\S|\s+[-–—]\s+\S)/u;

/**
 * `A: Network Address Translation, the router …` where the section says `NAT`: a line (or its answer) that
 * opens with a name spelled by the initials of an acronym of three letters or more written in the section,
 * and goes on to say something of it (a line that is only a name is a heading or an item, named elsewhere).
 * `acronyms` gives the section's acronyms, worked out when first needed.
 */
export function openingExpansion(body: string, at: number, section: string, out: SpelledPair[]): void {
  if (!twoCapitals(body)) return;
  const m = OPENING.exec(body);
  if (!m) return;
  const name = m[1] as string;
  if (ARTICLES.has(name.slice(0, name.indexOf(' ')).toLowerCase())) return;
  // Words in capitals are acronyms of their own (`AWS Lambda`), not initials.
  const parts = name.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ').split(/[\s-]+/);
  if (parts.some((w) => /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(w))) return;
  // The initials, with and without the function words; the section must write one as a word of its own.
  for (const initials of new Set([parts.map((w) => w[0]).join(''), parts.filter((w) => !MINOR_WORDS.has(w.toLowerCase())).map((w) => w[0]).join('')])) {
    const acronym = plain(initials).toUpperCase();
    if (acronym.length < 3 || acronym.length > 6 || !standsIn(section, acronym)) continue;
    if (abbreviates(acronym, name, true)) {
      out.push({ names: [name, acronym], at });
      return;
    }
  }
}

/** A line that is a title only: two to five words, the first capitalised (a heading, a callout's title). */
const TITLE = /^\p{Lu}\p{Ll}+(?:[\s-]+\p{L}\p{Ll}*){1,4}$/u;

/**
 * `> [!note] Pull request` over `El PR no es cosa de git`: a heading or a callout's title whose words' initials
 * spell an acronym the rest of its section writes is that acronym spelled out (the section's other lines
 * only; a title holding capitals of its own, `AWS Lambda`, is not spelled out).
 */
export function titledAcronym(line: string, at: number, section: string, out: SpelledPair[]): void {
  const title = line.trim();
  if (!TITLE.test(title)) return;
  const words = title.split(/[\s-]+/).filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  if (words.length < 2 || words.length > 5) return;
  const acronym = plain(words.map((w) => w[0]).join('')).toUpperCase();
  const rest = section.slice(0, at) + section.slice(at + line.length);
  if (standsAlone(rest, acronym)) out.push({ names: [title, acronym], at });
}

/**
 * Whether `acronym` stands in `text` as a name of its own: not inside a longer name (`Managed Microsoft AD` is
 * not `Advanced details`), no capitalised word right before or after it.
 */
function standsAlone(text: string, acronym: string): boolean {
  for (let i = text.indexOf(acronym); i >= 0; i = text.indexOf(acronym, i + 1)) {
    const end = i + acronym.length;
    if ((i > 0 && isWordChar(text.charCodeAt(i - 1))) || isWordChar(text.charCodeAt(end) || 32)) continue;
    const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, i - 30), i))?.[1] ?? '';
    const after = /^\s+(\S+)/u.exec(text.slice(end, end + 30))?.[1] ?? '';
    if (/^\p{Lu}/u.test(before) && !/[.!?:]$/u.test(before) && !isStopword(before)) continue;
    if (/^\p{Lu}/u.test(after)) continue;
    return true;
  }
  return false;
}

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 192 && c <= 222);

/** Whether the line (after a label such as `A:`) opens with two capitalised words, maybe joined by `of`: the pattern's cheap test. */
function twoCapitals(body: string): boolean {
  let i = 0;
  const colon = body.indexOf(': ');
  if (colon > 0 && colon <= 12) for (i = colon + 2; body.charCodeAt(i) === 32; i++);
  if (!isUpper(body.charCodeAt(i))) return false;
  let j = body.indexOf(' ', i) + 1;
  if (j === 0) return false;
  if (!isUpper(body.charCodeAt(j))) {
    const k = body.indexOf(' ', j);
    if (k < 0 || k - j > 3) return false;
    j = k + 1;
  }
  return isUpper(body.charCodeAt(j));
}

/** Whether `word` stands in `text` as a word of its own. */
function standsIn(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if ((i === 0 || !isWordChar(text.charCodeAt(i - 1))) && !isWordChar(text.charCodeAt(i + word.length) || 32)) return true;
  }
  return false;
}
