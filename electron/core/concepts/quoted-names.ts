import type { NamePair } from './name-pairs';

/**
 * A name the person quotes right after a name: a nickname (`**Robert C. Martin** ("Uncle Bob")`, `[[Largo
 * Caballero]] "el Lenin español" →`, `[[Emilio Mola]] ("el director")`) or another name of a period or a thing
 * (`Bienio Radical-Cedista (1933-1935) / "bienio negro"`). The name before is one the person marked (bold, a
 * link) or a proper name in Title Case; the quote holds a few words and nothing follows it in its clause, so
 * `the LRAC curve ("envelope" of SR ATC curves)` and `frágiles ("flaky")` pair nothing.
 */
const QUOTE = /(\(\s*)?["“«]([^"“”«»\n]{2,40})["”»]/gu;
const QUOTED_WORD = /^[\p{L}][\p{L}\p{N}'’.-]*$/u;
/** What may stand between the name and its quote: a parenthesis of dates, and a slash or a dash. */
const BETWEEN = /(?:\s*\([\d\s\-–/.,¿?c]*\))?\s*(?:[/—–]\s*)?$/u;
const TITLE_WORD = /^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}]+)*|\p{Lu}\.)$/u;

/** The name ending `before`: a link's page, a bold run, or two to four Title Case words (an initial among them). */
function nameEnding(before: string): string | null {
  const link = /\[\[([^\]|#]{2,60})(?:#[^\]|]*)?(?:\|([^\]]{2,60}))?\]\]$/u.exec(before);
  if (link) return (link[2] ?? link[1] ?? '').trim() || null;
  const bold = /(\*\*|__)([^*_\n]{2,60})\1$/u.exec(before);
  if (bold) return (bold[2] as string).trim();
  const words = before.split(/\s+/);
  const out: string[] = [];
  for (let k = words.length - 1; k >= 0 && out.length < 4 && TITLE_WORD.test(words[k] as string); k--) out.unshift(words[k] as string);
  // A sentence's first word is capitalised whatever it is: the run must not start the line's prose alone.
  return out.length >= 2 && !/\.$/.test(out[out.length - 1] as string) ? out.join(' ') : null;
}

/**
 * `**basic beliefs** (Harlow also says "foundational beliefs", p. 70)`, `**ósmosis** (también la llaman «difusión
 * del agua»)`: a parenthesis after a bold name that says the name is also something quoted, closing on the quote
 * or a page reference. The name, or null.
 */
const ALSO_OPEN = /(\*\*|__)([^*_\n]{2,60})\1\s*\(([^()"“«\n]{0,50})$/u;
const ALSO = /\b(?:also|tambi[eé]n|aka|a\.k\.a\.|otherwise)\b/iu;
const CLOSES = /^\s*(?:,\s*(?:pp?\.|p[aá]g\.?)\s*[\d–-]+)?\s*\)/u;
function alsoSaid(line: string, at: number, rest: string): string | null {
  if (!CLOSES.test(rest)) return null;
  const open = ALSO_OPEN.exec(line.slice(Math.max(0, at - 120), at));
  return open && ALSO.test(open[3] as string) ? (open[2] as string).trim() : null;
}

export function quotedNames(line: string, offset: number, out: NamePair[]): void {
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(line); m; m = QUOTE.exec(line)) {
    const end = m.index + m[0].length;
    const rest = line.slice(end);
    if (!m[1]) {
      const said = alsoSaid(line, m.index, rest);
      if (said && (m[2] as string).trim().split(/\s+/).length <= 4) {
        out.push({ names: [said, (m[2] as string).trim()], at: offset + m.index });
        continue;
      }
    }
    // In a parenthesis the quote is all of it; outside one, no word follows it in its clause.
    if (m[1] ? !/^\s*\)/u.test(rest) : /^\s*[\p{L}\p{N}(]/u.test(rest)) continue;
    const quoted = (m[2] as string).trim();
    const words = quoted.split(/\s+/);
    if (words.length > 4 || !words.every((w) => QUOTED_WORD.test(w))) continue;
    // A name and its dates fit in the last stretch before the quote; reading no further keeps long lines linear.
    const before = line.slice(Math.max(0, m.index - 120), m.index).replace(BETWEEN, '');
    const name = nameEnding(before);
    if (name && name.toLowerCase() !== quoted.toLowerCase()) out.push({ names: [name, quoted], at: offset + m.index });
  }
}
