/**
 * Word boundaries read from character codes, the same words as `/[\p{L}\p{N}]+/u`, without a match
 * object and a substring per word: phrase checks and match counts scan whole sections of the page's notes.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet known, 1 word character, 2 not. */
const bmp = new Uint8Array(65536);

/** Code units of the word character at `i` (2 for an astral one), 0 when it is not one. */
export function isWordAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = bmp[c] as number;
  if (k === 0) {
    k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    bmp[c] = k;
  }
  return k === 1 ? 1 : 0;
}

/**
 * The next word of `text` at or after `from`: its start in `out[0]`, its end in `out[1]`. False at the end.
 */
export function nextWord(text: string, from: number, out: Int32Array): boolean {
  const len = text.length;
  let i = from;
  let w = 0;
  while (i < len && (w = isWordAt(text, i)) === 0) i++;
  if (i >= len) return false;
  out[0] = i;
  i += w;
  while (i < len && (w = isWordAt(text, i)) !== 0) i += w;
  out[1] = i;
  return true;
}

/**
 * What the folded form of a word starting with this code unit starts with, for an ASCII letter or digit
 * (folding only lower-cases and trims plural endings); -1 when only folding the word can tell.
 */
export function foldedFirst(code: number): number {
  return code < 128 ? code | 32 : -1;
}

/**
 * The word of `text` holding the word character at `at`: its start in `out[0]`, its end in `out[1]`, the
 * same bounds `nextWord` gives when it reaches that word.
 */
export function wordAround(text: string, at: number, out: Int32Array): void {
  let s = at;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (c >= 0xdc00 && c <= 0xdfff && s >= 2) {
      const h = text.charCodeAt(s - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        if (isWordAt(text, s - 2) === 0) break;
        s -= 2;
        continue;
      }
    }
    if (isWordAt(text, s - 1) !== 1) break;
    s--;
  }
  const len = text.length;
  let e = at;
  let w: number;
  while (e < len && (w = isWordAt(text, e)) !== 0) e += w;
  out[0] = s;
  out[1] = e;
}
