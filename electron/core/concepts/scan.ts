/**
 * Character classes of Unicode regular expressions (`\p{L}`, `\p{N}`, `\p{Lu}`) as table lookups, for
 * the scans that run over every character of a vault. A per-call pattern or a `u`-flag tokeniser cost
 * more than the rest of reading prose; these give the same answers (tests hold them to the patterns).
 */

const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const UPPER = /\p{Lu}/u;
const IS_L = 1;
const IS_N = 2;
const IS_LU = 4;
const KNOWN = 8;
/** Classes of the Basic Multilingual Plane, filled as characters are met. */
const bmp = new Uint8Array(0x10000);

function classify(ch: string): number {
  return KNOWN | (LETTER.test(ch) ? IS_L : 0) | (NUMBER.test(ch) ? IS_N : 0) | (UPPER.test(ch) ? IS_LU : 0);
}

/** The class bits of the code point at `i` (0 past the end). */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c !== c) return 0;
  if (c < 128) {
    if (c >= 97 && c <= 122) return IS_L;
    if (c >= 65 && c <= 90) return IS_L | IS_LU;
    return c >= 48 && c <= 57 ? IS_N : 0;
  }
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = s.codePointAt(i) as number;
    if (cp > 0xffff) return classify(String.fromCodePoint(cp));
  }
  let k = bmp[c] as number;
  if (k === 0) bmp[c] = k = classify(s[i] as string);
  return k;
}

/** Code units of the code point at `i` (2 for a surrogate pair). */
export function widthAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (s.codePointAt(i) as number) > 0xffff ? 2 : 1;
}

/** Is the code point at `i` a letter or a number (`[\p{L}\p{N}]`)? */
export function isWordAt(s: string, i: number): boolean {
  return (classAt(s, i) & (IS_L | IS_N)) !== 0;
}

/** Is the code point at `i` a letter (`\p{L}`)? */
export function isLetterAt(s: string, i: number): boolean {
  return (classAt(s, i) & IS_L) !== 0;
}

/** Is the code point ending just before `i` a letter or a number (the `(?<![\p{L}\p{N}])` test)? */
export function isWordBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  // The low half of a pair: the code point starts one unit earlier.
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return isWordAt(s, i - 2);
  }
  return isWordAt(s, i - 1);
}

/** End of the run of letters and numbers starting at `i`. */
function wordRunEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isWordAt(s, j)) j += widthAt(s, j);
  return j;
}

const isNameJoin = (c: number): boolean => c === 45 || c === 46 || c === 0x2010 || c === 0x2011;

/** `(?:[-.\u2010\u2011][\p{L}\p{N}]+)*` from `j`: where the joined parts end. */
function joinedEnd(s: string, j: number): number {
  let end = j;
  while (end < s.length && isNameJoin(s.charCodeAt(end)) && isWordAt(s, end + 1)) end = wordRunEnd(s, end + 1);
  return end;
}

/**
 * Tokens of `[\p{L}\p{N}]+(?:[-.\u2010\u2011][\p{L}\p{N}]+)*` (words joined by inner hyphens or dots stay
 * one: `X-Forwarded-For`, `t2.micro`), as start and end offsets.
 */
export function nameTokens(s: string, onToken: (start: number, end: number) => void): void {
  let i = 0;
  while (i < s.length) {
    if (!isWordAt(s, i)) {
      i += widthAt(s, i);
      continue;
    }
    const end = joinedEnd(s, wordRunEnd(s, i));
    onToken(i, end);
    i = end;
  }
}

/**
 * Tokens of `(?<![\p{L}\p{N}])(?:\p{Lu}|[\p{L}\p{N}]*\p{N})[\p{L}\p{N}]*(?:[-.\u2010\u2011][\p{L}\p{N}]+)*`:
 * a word that starts with a capital or holds a digit, with any parts joined to it.
 */
export function capTokens(s: string, onToken: (start: number, end: number) => void): void {
  let i = 0;
  while (i < s.length) {
    if (!isWordAt(s, i)) {
      i += widthAt(s, i);
      continue;
    }
    // Here a word starts (nothing of a word before it: the scan skips whole runs).
    const runEnd = wordRunEnd(s, i);
    let ok = (classAt(s, i) & IS_LU) !== 0;
    for (let j = i; !ok && j < runEnd; j += widthAt(s, j)) ok = (classAt(s, j) & IS_N) !== 0;
    if (ok) {
      const end = joinedEnd(s, runEnd);
      onToken(i, end);
      i = end;
    } else i = runEnd;
  }
}

/** Does `word` stand in `text` as a whole word (`(?<![\p{L}\p{N}])word(?![\p{L}\p{N}])`, case kept)? */
export function hasWholeWord(text: string, word: string): boolean {
  if (word === '') return false;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!isWordBefore(text, at) && !isWordAt(text, at + word.length)) return true;
  }
  return false;
}
