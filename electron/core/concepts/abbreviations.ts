/**
 * A short name spelled from a longer one, the ways people shorten names: the initials of its words, of its
 * hyphenated parts and of a CamelCase word's humps (`NAT`, `CIDR` for `Classless Inter-Domain Routing`, `PV`
 * for `PersistentVolume`); the starts of its words (`cgroups` for `control groups`, `NoSQL` for `not only
 * SQL`); the start of one long word (`ACK` for `acknowledgement`); a numeronym (`K8s`: first letter, how many
 * letters between, last letter). Schwartz–Hearst (definitions.ts) covers the first kind across words only.
 */

import { plain } from './fold';

/** Words a long form may spell or skip (`Department of Defense` = DoD, `base de datos` = BD). */
const MINOR = new Set(['of', 'and', 'for', 'the', 'a', 'an', 'on', 'in', 'to', 'by', 'de', 'del', 'la', 'el', 'y', 'e', 'para', 'en', 'por', 'con']);
const MAX_PARTS = 8;


/** A long form's parts, lower-cased: words, hyphenated parts and CamelCase humps (`Inter-Domain`, `HyperText`). */
function partsOf(long: string): string[] {
  return long
    .replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether `s` from `i` on is spelled by a non-empty start of every part from `j` on (minor words may give
 * none). `whole[j]`: part j may give more than its initial.
 */
function spelledFrom(s: string, i: number, parts: readonly string[], j: number, whole: readonly boolean[]): boolean {
  if (j === parts.length) return i === s.length;
  const w = parts[j] as string;
  if (MINOR.has(w) && spelledFrom(s, i, parts, j + 1, whole)) return true;
  const most = whole[j] ? w.length : 1;
  for (let k = 1; k <= most && i + k <= s.length && w[k - 1] === s[i + k - 1]; k++) {
    if (spelledFrom(s, i + k, parts, j + 1, whole)) return true;
  }
  return false;
}

const capitals = (s: string): number => s.replace(/[^\p{Lu}]/gu, '').length;

/** `K8s`, `i18n`, `a11y`: a letter, the count of the letters left out, the last letter. */
const NUMERONYM = /^(\p{L})(\d{1,2})(\p{L})$/u;

export function isNumeronym(word: string): boolean {
  return NUMERONYM.test(word);
}

/**
 * Whether `short`, one word, abbreviates `long`. Every content word of `long` gives it at least its first
 * letter, in order. A short form in lower case (`cgroups`) is believed only when it ends with a whole word of
 * the long form: an ordinary word (`red` for `redes de datos`) spells many phrases by chance. One long word
 * is shortened only by a form in capitals (`ACKs`).
 */
export function abbreviates(short: string, long: string, initialsOnly = false): boolean {
  // Most pairs of words are not an abbreviation: their first letters already differ.
  if (plain(short[0] ?? '') !== plain(long[0] ?? '') && !MINOR.has(long.slice(0, long.indexOf(' ')).toLowerCase())) return false;
  if (short.length < 2 || short.length > 12 || !/^\p{L}[\p{L}\p{N}]*$/u.test(short)) return false;
  const num = NUMERONYM.exec(short);
  if (num) {
    const w = plain(long);
    return !initialsOnly && /^\p{L}+$/u.test(w) && w[0] === plain(num[1] as string) && w[w.length - 1] === plain(num[3] as string) && w.length - 2 === Number(num[2]);
  }
  const caps = capitals(short);
  // `ACKs`, `PVs`: a plural s in lower case after capitals is the plural's, not a letter of the name.
  let s = plain(caps >= 2 && /\p{Lu}s$/u.test(short) ? short.slice(0, -1) : short);
  // `EC2`, `S3`: a digit after a letter repeats it.
  if (caps === short.replace(/\d/g, '').length) s = s.replace(/(\p{L})([2-9])/gu, (_m, l: string, d: string) => l.repeat(Number(d)));
  if (/\d/.test(s)) return false;
  const written = partsOf(long);
  if (written.length === 0 || written.length > MAX_PARTS) return false;
  const parts = written.map(plain);
  // An acronym in capitals takes one letter from each word (`DHE` is not `Diffie-Hellman`), all of a word
  // the long form writes in capitals (`EIP`, `Elastic IP`); a mixed one may take more (`NoSQL`, `vCPU`).
  const allCaps = caps === short.replace(/[\d]/g, '').replace(/s$/, '').length;
  const whole = written.map((w) => !initialsOnly && (!allCaps || /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(w)));
  if (parts.join('').length <= s.length) return false;
  if (parts.length === 1) return !initialsOnly && caps >= 2 && s.length >= 3 && (parts[0] as string).startsWith(s) && (parts[0] as string).length > s.length + 2;
  if (caps < 2) {
    const last = parts[parts.length - 1] as string;
    if (!(s.endsWith(last) && s.length > last.length)) return false;
  }
  return spelledFrom(s, 0, parts, 0, whole);
}
