import { isWordAt, widthAt } from './scan';
import { HASH_START, hashStep } from './span-table';

/**
 * Tokens of a section's prose with where they are. A multi-word name may only span tokens joined by
 * "soft" separators (spaces, one line break, hyphens, slashes, emphasis marks); a period followed by a
 * space, a comma, a parenthesis or a blank line ends any name, so `EC2. Image Builder` is not
 * `EC2 Image Builder`. Kept in typed arrays reused from section to section, and no token cut out as a
 * string: a vault has millions of tokens, and an object or a string each cost more (in allocation and
 * collection) than the matching itself. Each token's hash (FNV-1a over its code units, span-table.ts) lets
 * the matcher look its word up where it stands.
 */
export interface Tokens {
  length: number;
  start: Int32Array;
  end: Int32Array;
  hash: Int32Array;
  /** 0-based line inside the section text. */
  line: Int32Array;
  /** 1 when a name may continue onto the next token. */
  joins: Uint8Array;
}

/** Inline HTML tags such as the `<a name="…"></a>` anchors of exported docs: attribute values are not prose. */
const HTML_TAG = /<\/?[a-zA-Z][^<>\n]*>/g;

export function blankHtml(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(HTML_TAG, (m) => ' '.repeat(m.length));
}

/** Lines this long that break mid-sentence are a hard-wrapped paragraph, not a list of items. */
const WRAPPED_LINE = 50;

/** A line break inside a name is only believable in hard-wrapped prose continuing in lower case. */
export function softNewline(text: string, at: number): boolean {
  const next = text[at + 1] ?? '';
  if (next.toLowerCase() !== next || next.toUpperCase() === next) return false;
  const prev = text.lastIndexOf('\n', at - 1);
  return at - prev - 1 >= WRAPPED_LINE;
}

function isSoft(text: string, from: number, to: number): boolean {
  if (to === from + 1 && text.charCodeAt(from) === 46 /* . */) return true; // t2.micro
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (i !== to - 1 || !softNewline(text, i)) return false;
    } else if (
      c !== 32 && c !== 9 && c !== 13 && c !== 45 /* - */ && c !== 47 /* / */ && c !== 95 /* _ */ &&
      c !== 42 /* * */ && c !== 0x2010 && c !== 0x2011 && c !== 0x2013 && c !== 0xa0
    ) {
      return false;
    }
  }
  return true;
}

/** ASCII letters and digits (`[\p{L}\p{N}]` below 128). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;

const buffers: Tokens = { length: 0, start: new Int32Array(1024), end: new Int32Array(1024), hash: new Int32Array(1024), line: new Int32Array(1024), joins: new Uint8Array(1024) };

function grow(t: Tokens): void {
  const n = t.start.length * 2;
  const more = <A extends Int32Array | Uint8Array>(a: A, b: A): A => {
    b.set(a);
    return b;
  };
  t.start = more(t.start, new Int32Array(n));
  t.end = more(t.end, new Int32Array(n));
  t.hash = more(t.hash, new Int32Array(n));
  t.line = more(t.line, new Int32Array(n));
  t.joins = more(t.joins, new Uint8Array(n));
}

/**
 * The tokens of `text`: runs of letters and numbers, as `/[\p{L}\p{N}]+/gu` finds them (scan.ts's classes;
 * tokens.test.ts holds the two to the same tokens). Valid until the next call.
 */
export function tokenize(text: string): Tokens {
  const t = buffers;
  let n = 0;
  let line = 0;
  let prevEnd = -1;
  const length = text.length;
  for (let i = 0; i < length; ) {
    const first = text.charCodeAt(i);
    if (first < 128 ? ASCII_WORD[first] === 0 : !isWordAt(text, i)) {
      if (first === 10) line++;
      i++;
      continue;
    }
    const start = i;
    let hash = HASH_START;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (ASCII_WORD[c] === 0) break;
        hash = hashStep(hash, c);
        i++;
      } else {
        if (!isWordAt(text, i)) break;
        const width = widthAt(text, i);
        hash = hashStep(hash, c);
        if (width === 2) hash = hashStep(hash, text.charCodeAt(i + 1));
        i += width;
      }
    }
    if (n > 0) {
      // The s of a possessive (`instance's`) is not a word, and the name goes on past it (`Fourier's law`).
      if (i === start + 1 && (first === 115 || first === 83) && prevEnd === start - 1) {
        const q = text.charCodeAt(start - 1);
        if (q === 39 || q === 0x2019) {
          prevEnd = i;
          continue;
        }
      }
      t.joins[n - 1] = start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32 ? 1 : isSoft(text, prevEnd, start) ? 1 : 0;
    }
    if (n === t.start.length) grow(t);
    t.start[n] = start;
    t.end[n] = i;
    t.hash[n] = hash;
    t.line[n] = line;
    t.joins[n] = 0;
    n++;
    prevEnd = i;
  }
  t.length = n;
  return t;
}
