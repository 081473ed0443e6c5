import { plain } from './fold';

/**
 * `mTLS` / `TLS mutuo`, `ADNmt` / `ADN mitocondrial`, `ARNm` / `ARN mensajero`, `eBPF` / `extended BPF`: an
 * acronym with a letter or two in lower case before or after it names a kind of what the bare acronym names,
 * the letters standing for the one word added to it. The word must hold those letters in order, its first
 * letter first, and the name be the bare acronym and that word alone.
 */
const AFFIXED = /^(?:([a-z]{1,2})([A-Z][A-Z0-9]{1,5})|([A-Z][A-Z0-9]{1,5})([a-z]{1,2}))$/;

export function affixedAcronym(acronym: string, name: string): boolean {
  const m = AFFIXED.exec(acronym);
  if (!m) return false;
  const core = (m[2] ?? m[3]) as string;
  const letters = (m[1] ?? m[4]) as string;
  const words = name.trim().split(/\s+/);
  if (words.length !== 2) return false;
  const at = words.indexOf(core);
  if (at < 0) return false;
  const word = plain(words[1 - at] as string);
  if (!/^\p{Ll}{3,}$/u.test(word) || word[0] !== letters[0]) return false;
  let i = 0;
  for (const c of word) if (c === letters[i]) i++;
  return i === letters.length;
}
