/**
 * Inline LaTeX (`$PV = nRT$`, `$\frac{3}{2}k_BT$`): its letters are symbols of a formula, not names. A `$`
 * opens math when a letter, a backslash or a bracket follows it, not a digit or a space (`$5 per month`
 * is a price), and closes it when no space stands before it; `$$` opens and closes display math alike.
 * Read forward only, so a caller walking a text in order keeps one reader per line (MathReader).
 */
export class MathReader {
  private at = 0;
  private inside = false;
  constructor(private readonly text: string, from = 0) {
    this.at = from;
  }

  /** Is `pos` (at or after the last position asked) inside math? */
  isInside(pos: number): boolean {
    const t = this.text;
    for (; this.at < pos; this.at++) {
      if (t.charCodeAt(this.at) !== 36 /* $ */ || t.charCodeAt(this.at - 1) === 92 /* \ */) continue;
      if (t.charCodeAt(this.at + 1) === 36) {
        this.inside = !this.inside;
        this.at++;
      } else if (this.inside) {
        if (!isSpace(t.charCodeAt(this.at - 1))) this.inside = false;
      } else if (opensMath(t.charCodeAt(this.at + 1))) this.inside = true;
    }
    return this.inside;
  }
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
/** A letter, `\`, `{`, `(` or `[` after a `$` opens math; a digit, a space or the end does not. */
function opensMath(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 92 || c === 123 || c === 40 || c === 91 || c > 127;
}

/** Is text[at] inside inline math, reading the text from `from` (a line's or a sentence's start)? */
export function inMath(text: string, from: number, at: number): boolean {
  return new MathReader(text, from).isInside(at);
}
