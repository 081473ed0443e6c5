/**
 * Tokens of a section's prose with where they are. A multi-word name may only span tokens joined by
 * "soft" separators (spaces, one line break, hyphens, slashes, emphasis marks); a period followed by a
 * space, a comma, a parenthesis or a blank line ends any name, so `EC2. Image Builder` is not
 * `EC2 Image Builder`.
 */
export interface Token {
  raw: string;
  start: number;
  end: number;
  /** 0-based line inside the section text. */
  line: number;
  /** True when a name may continue onto the next token. */
  joins: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Inline HTML tags such as the `<a name="…"></a>` anchors of exported docs: attribute values are not prose. */
const HTML_TAG = /<\/?[a-zA-Z][^<>\n]*>/g;

export function blankHtml(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(HTML_TAG, (m) => ' '.repeat(m.length));
}

function isSoft(text: string, from: number, to: number): boolean {
  if (to === from + 1 && text.charCodeAt(from) === 46 /* . */) return true; // t2.micro
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (++newlines > 1) return false;
    } else if (
      c !== 32 && c !== 9 && c !== 13 && c !== 45 /* - */ && c !== 47 /* / */ && c !== 95 /* _ */ &&
      c !== 42 /* * */ && c !== 0x2010 && c !== 0x2011 && c !== 0x2013 && c !== 0xa0
    ) {
      return false;
    }
  }
  return true;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let line = 0;
  let nextNewline = text.indexOf('\n');
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    while (nextNewline !== -1 && nextNewline < start) {
      line++;
      nextNewline = text.indexOf('\n', nextNewline + 1);
    }
    const raw = m[0];
    const prev = out[out.length - 1];
    // The s of a possessive (`instance's`) is not a word.
    if ((raw === 's' || raw === 'S') && prev && prev.end === start - 1 && /['’]/.test(text[start - 1] ?? '')) {
      continue;
    }
    if (prev) prev.joins = isSoft(text, prev.end, start);
    out.push({ raw, start, end: start + raw.length, line, joins: false });
  }
  return out;
}
