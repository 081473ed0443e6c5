import type { ParsedNote } from '../markdown/types';
import { isSpaceCode } from './scan';
import { tidy } from './sentence';
import { blankHtml } from './tokens';

/**
 * A note's prose as prose-terms.ts reads it: its lines (headings and blank lines left out), the sentence
 * around a place in a line, and where the texts of its links stand.
 */

/** How far evidence reaches either side of a name: a "sentence" longer than this is a run-on line
 * (a table row, 2,000 links in a row), and scanning all of it for every name was quadratic. */
const SENTENCE_REACH = 300;

const endsSentence = (c: string | undefined): boolean => c === '.' || c === '!' || c === '?';

/** Where the sentence holding `at` starts and ends (within SENTENCE_REACH), without tidying it. */
export function sentenceStart(line: string, at: number): number {
  const floor = Math.max(0, at - SENTENCE_REACH);
  let a = at;
  while (a > floor && !(endsSentence(line[a - 1]) && line[a] === ' ')) a--;
  return a;
}
export function sentenceEnd(line: string, at: number): number {
  const ceiling = Math.min(line.length, at + SENTENCE_REACH);
  let b = at;
  while (b < ceiling && !(endsSentence(line[b]) && (b + 1 >= line.length || line[b + 1] === ' '))) b++;
  return b;
}

/** The sentence of `line` around [start, end), for evidence. */
export function sentenceOf(line: string, start: number, end: number): string {
  const floor = Math.max(0, start - SENTENCE_REACH);
  let a = start;
  while (a > floor && !(endsSentence(line[a - 1]) && line[a] === ' ')) a--;
  const ceiling = Math.min(line.length, end + SENTENCE_REACH);
  let b = end;
  while (b < ceiling && !(endsSentence(line[b]) && (b + 1 >= line.length || line[b + 1] === ' '))) b++;
  return tidy(line.slice(a, Math.min(line.length, b + 1)).replace(/^[-–•]\s*/, ''));
}


export interface Line {
  text: string;
  /** 1-based file line. */
  line: number;
  section: number;
  /** The section's text, whose `at` the line starts at (see ProseLine in prose-words.ts). */
  source: string;
  at: number;
}

/** Is text[from, to) only white space (`\s`)? */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * `Harlow, Miriam. 2019. *Thinking About Knowledge*.`, `Watson, J. D., & Crick, F. H. (1953).`: an entry of a
 * list of works cited (surname, comma, given names or initials, then the year or the work's title). Its given
 * names and the titles of papers and chapters are no terms of the subject; its surnames are read where the
 * prose cites them.
 */
const REFERENCE = /(?:[-*+]\s+|\d{1,3}[.)]\s+|\[\d{1,3}\]\s+)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s\p{Lu}[\p{L}'’-]*(?:\.?\s\p{Lu}[\p{L}'’-]*){0,2}(?:\.?,?\s(?:and|y|&|et al\.?)\s[^()\n]{1,80}?)?(?:\.?\s?\(\s?(?:1[5-9]|20)\d\d[a-z]?\)|\.\s(?:(?:1[5-9]|20)\d\d[a-z]?\.|[*_"“]))/uy;
const referenceEntry = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  // Only a line that opens with a capital, a list's mark or a number is asked.
  if (!((c >= 65 && c <= 90) || c === 45 || c === 42 || c === 43 || c === 91 || (c >= 48 && c <= 57) || c > 127)) return false;
  REFERENCE.lastIndex = at;
  return REFERENCE.test(text);
};

export function proseLines(note: ParsedNote): Line[] {
  const out: Line[] = [];
  const { sections } = note;
  for (let index = 0; index < sections.length; index++) {
    const section = sections[index] as ParsedNote['sections'][number];
    const source = blankHtml(section.text);
    // A heading's section starts with the heading's own text: it is not prose.
    for (let i = 0, at = 0; ; i++) {
      const nl = source.indexOf('\n', at);
      const end = nl === -1 ? source.length : nl;
      if ((i > 0 || section.heading === null) && !blank(source, at, end) && !referenceEntry(source, at)) {
        out.push({ text: source.slice(at, end), line: section.startLine + i, section: index, source, at });
      }
      if (nl === -1) break;
      at = nl + 1;
    }
  }
  return out;
}

/** Names written in the prose by their shape: capitalised runs, code-like tokens, options. */
/**
 * Per file line, the visible texts of its links, by length: the parser leaves a link as its text, and a
 * capitalised word after it (`![[VPC]] Revisa …`) is not part of the same name. Looked up where a run
 * would grow (a line of 100,000 links must not be searched once per link).
 */
export type LinkTexts = Map<number, LineLinkTexts>;
/** A line's link texts grouped by length, as arrays to walk (a Map's entries make an array per step). */
export interface LineLinkTexts {
  lengths: number[];
  texts: Set<string>[];
}

export function linkTexts(links: ParsedNote['links']): LinkTexts {
  const out: LinkTexts = new Map();
  for (const link of links) {
    const shown = link.display ?? link.target.replace(/^.*\//, '').replace(/\.md$/i, '');
    if (!shown) continue;
    let byLength = out.get(link.line);
    if (!byLength) out.set(link.line, (byLength = { lengths: [], texts: [] }));
    const at = byLength.lengths.indexOf(shown.length);
    if (at >= 0) byLength.texts[at]?.add(shown);
    else {
      byLength.lengths.push(shown.length);
      byLength.texts.push(new Set([shown]));
    }
  }
  return out;
}

/** Does a link's text end at `end` of the line? */
export function endsLink(byLength: LineLinkTexts | undefined, line: string, end: number): boolean {
  if (!byLength) return false;
  const { lengths, texts } = byLength;
  for (let k = 0; k < lengths.length; k++) {
    const length = lengths[k] as number;
    if (length <= end && (texts[k] as Set<string>).has(line.slice(end - length, end))) return true;
  }
  return false;
}

/**
 * Per file line, where the texts of links that show a note's title stand (`Ver [[NACL chuleta v2]]` is left
 * as `Ver NACL chuleta v2`): words inside are a piece of another note's title (`v2`, `deep dive`), which
 * the link names whole; a name or phrase found there is a fragment.
 */
export type TitleSpans = Map<number, [number, number][]>;


/** Most distinct link titles looked for on one line (see titleSpans). */
const TITLES_PER_LINE = 200;

export function titleSpans(lines: readonly Line[], links: ParsedNote['links']): TitleSpans {
  const titles = new Map<number, Set<string>>();
  for (const link of links) {
    const title = link.target.replace(/^.*\//, '').replace(/\.md$/i, '');
    const shown = link.display ?? title;
    if (!shown || shown.toLowerCase() !== title.toLowerCase() || !shown.includes(' ')) continue;
    let onLine = titles.get(link.line);
    if (!onLine) titles.set(link.line, (onLine = new Set()));
    // Each title is looked for along its whole line: a line of 100,000 links (a hostile note) took minutes.
    // Past a few hundred, the line is a list of links, not prose with titles in it.
    if (onLine.size < TITLES_PER_LINE) onLine.add(shown);
  }
  const out: TitleSpans = new Map();
  if (titles.size === 0) return out;
  for (const l of lines) {
    const shown = titles.get(l.line);
    if (!shown) continue;
    const spans: [number, number][] = [];
    for (const t of shown) for (let at = l.text.indexOf(t); at !== -1; at = l.text.indexOf(t, at + 1)) spans.push([at, at + t.length]);
    if (spans.length) out.set(l.line, spans);
  }
  return out;
}

/** Does [start, end) lie inside a link's title without being all of it? */
export function insideTitle(spans: TitleSpans, line: number, start: number, end: number): boolean {
  for (const [a, b] of spans.get(line) ?? []) if (start >= a && end <= b && (start > a || end < b)) return true;
  return false;
}
