/** Whether an acronym's letters are a name's initials: in order, in any order, or all but one. */
import { plain } from './fold';
import { initialsOf, spelledAcronym } from './initials';
import { contentWords } from './name-shapes';

/**
 * `name`'s initials spell `acronym` (a digit repeats a letter: S3 = Simple Storage Service); a hyphenated
 * word may give one initial (`hash-based message authentication code` = HMAC).
 */
export function spells(acronym: string, name: string): boolean {
  const spelled = spelledAcronym(acronym.toLowerCase());
  if (initialsOf(name).includes(spelled)) return true;
  return /\p{L}-\p{L}/u.test(name) && initialsOf(name.replace(/(\p{L})-(?=\p{L})/gu, '$1')).includes(spelled);
}

/** The same letters in any order: Spanish puts the adjective after the noun (`instancias reservadas` = RI). */
export function sameInitials(acronym: string, name: string): boolean {
  const initials = contentWords(name).map((w) => w[0]?.toLowerCase() ?? '').sort().join('');
  return initials.length >= 2 && initials === acronym.toLowerCase().split('').sort().join('');
}

/**
 * The Spanish name of an acronym made from its English one shares most initials, not all (`tasa de
 * verdaderos positivos` is TPR, `autenticación multifactor` MFA): all its letters but one, its first among
 * them, at least two, and no more words than letters and one.
 */
export function mostInitials(acronym: string, name: string): boolean {
  const letters = spelledAcronym(acronym.toLowerCase()).split('');
  const initials = contentWords(name).map((w) => plain(w[0] ?? ''));
  if (initials.length < 2 || initials.length > letters.length + 1 || !initials.includes(letters[0] as string)) return false;
  let found = 0;
  for (const l of letters) {
    const i = initials.indexOf(l);
    if (i < 0) continue;
    initials.splice(i, 1);
    found++;
  }
  return found >= Math.max(2, letters.length - 1);
}
