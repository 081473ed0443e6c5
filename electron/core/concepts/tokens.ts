/**
 * Tokens of a section's prose with where they are. A multi-word name may only span tokens joined by
 * "soft" separators (spaces, one line break, hyphens, slashes, emphasis marks); a period followed by a
 * space, a comma, a parenthesis or a blank line ends any name, so `EC2. Image Builder` is not
 * `EC2 Image Builder`. Kept as parallel arrays: a vault has millions of tokens and one object each
 * costs more in garbage collection than the matching itself.
 */
export interface Tokens {
  length: number;
  raw: string[];
  start: number[];
  end: number[];
  /** 0-based line inside the section text. */
  line: number[];
  /** True when a name may continue onto the next token. */
  joins: boolean[];
}

const WORD = /[\p{L}\p{N}]+/gu;
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

export function tokenize(text: string): Tokens {
  const t: Tokens = { length: 0, raw: [], start: [], end: [], line: [], joins: [] };
  let line = 0;
  let nextNewline = text.indexOf('\n');
  let prevEnd = -1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    while (nextNewline !== -1 && nextNewline < start) {
      line++;
      nextNewline = text.indexOf('\n', nextNewline + 1);
    }
    const raw = m[0];
    const n = t.length;
    if (n > 0) {
      // The s of a possessive (`instance's`) is not a word.
      if ((raw === 's' || raw === 'S') && prevEnd === start - 1 && (text[start - 1] === "'" || text[start - 1] === '’')) {
        continue;
      }
      t.joins[n - 1] = start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32 ? true : isSoft(text, prevEnd, start);
    }
    t.raw.push(raw);
    t.start.push(start);
    t.end.push(start + raw.length);
    t.line.push(line);
    t.joins.push(false);
    t.length = n + 1;
    prevEnd = start + raw.length;
  }
  return t;
}
