/**
 * Character classes of Unicode regular expressions (`\p{L}`, `\p{N}`, `\p{Lu}`) as table lookups, for
 * searches that would otherwise compile a pattern per word or per name: compiling thousands of `u`-flag
 * patterns cost more than the rest of reading prose. These give the same answers (tests hold them to the
 * patterns). Tokenising stays with V8's own patterns, which are faster than any scan written here.
 */

const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const UPPER = /\p{Lu}/u;
const DECIMAL = /\p{Nd}/u;
const IS_L = 1;
const IS_N = 2;
const IS_LU = 4;
const KNOWN = 8;
const IS_ND = 16;
/** Classes of the Basic Multilingual Plane, filled as characters are met. */
const bmp = new Uint8Array(0x10000);

function classify(ch: string): number {
  return KNOWN | (LETTER.test(ch) ? IS_L : 0) | (NUMBER.test(ch) ? IS_N : 0) | (UPPER.test(ch) ? IS_LU : 0) | (DECIMAL.test(ch) ? IS_ND : 0);
}

/** The class bits of the code point at `i` (0 past the end). */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c !== c) return 0;
  if (c < 128) {
    if (c >= 97 && c <= 122) return IS_L;
    if (c >= 65 && c <= 90) return IS_L | IS_LU;
    return c >= 48 && c <= 57 ? IS_N | IS_ND : 0;
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

/** Code units of the code point at `i` when it is a letter or a decimal digit (`[\p{L}\p{Nd}]`), else 0. */
export function nameCharWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  return (classAt(s, i) & (IS_L | IS_ND)) === 0 ? 0 : widthAt(s, i);
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

/** Does `word` stand in `text` as a whole word (`(?<![\p{L}\p{N}])word(?![\p{L}\p{N}])`, case kept)? */
export function hasWholeWord(text: string, word: string): boolean {
  if (word === '') return false;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!isWordBefore(text, at) && !isWordAt(text, at + word.length)) return true;
  }
  return false;
}

/** Is the code unit JavaScript's `\s` (every such character is one code unit)? */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
