import type { Section } from '../markdown/types';
import { softNewline } from './tokens';

/** The sentence around a span of a section's prose, so a view can show why an edge exists. */

/** Longer sentences are cut around the occurrence. */
export const SENTENCE_MAX = 240;
const MAX = SENTENCE_MAX;
const REACH = 400;

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r';
}

/** Does the line starting at `pos` open a new block (heading, list item, quote, table row, blank)? */
function opensBlock(text: string, pos: number): boolean {
  let i = pos;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const c = text[i];
  if (c === undefined || c === '\n' || c === '\r') return true;
  if (c === '#' || c === '>' || c === '|') return true;
  if ((c === '-' || c === '+' || c === '*') && isSpace(text[i + 1])) return true;
  let j = i;
  while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  return j > i && (text[j] === '.' || text[j] === ')') && isSpace(text[j + 1]);
}

/**
 * Where a section's list items start in its text. The parser drops their markers, so a long item followed by
 * one that opens in lower case read as one hard-wrapped sentence (`runtime: Node.js, … custom runtime` ran
 * on into `memory 128 MB → 10 GB`); each item is a statement of its own.
 */
export function itemStarts(section: Pick<Section, 'listItems'>, text: string): ReadonlySet<number> | undefined {
  const items = section.listItems;
  if (!items?.length) return undefined;
  const wanted = new Set(items.map((i) => i.line));
  const out = new Set<number>();
  let line = 0;
  for (let at = 0; at !== -1 && out.size < wanted.size; line++) {
    if (wanted.has(line)) out.add(at);
    const nl = text.indexOf('\n', at);
    at = nl === -1 ? -1 : nl + 1;
  }
  return out;
}

/**
 * Abbreviations whose period ends no sentence, in English and Spanish notes: `e.g.`, `i.e.`, `p. 41`, `ch. 4`,
 * `fig. 2`, `art. 1091`, `aprox.`, `vs.`, `cf.`, `p. ej.`. (`etc.` often does end one.)
 */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'p', 'pp', 'ch', 'chap', 'cap', 'caps', 'fig', 'figs', 'art', 'arts', 'ss', 'aprox', 'approx', 'vs', 'cf', 'ej', 'p.ej', 'pag', 'pags', 'pág', 'págs', 'vol', 'prof', 'profa', 'dr', 'dra', 'sr', 'sra', 'resp', 'incl']);

/** Whether the period at `dot` closes one of ABBREVIATIONS: a short word of letters (and inner periods) after a non-letter. */
export function abbreviationAt(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && dot - i < 6) {
    const c = text.charCodeAt(i - 1);
    // a-z, A-Z, á é í ó ú (the Spanish abbreviations' accents), or an inner period.
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 225 || c === 233 || c === 237 || c === 243 || c === 250) i--;
    else break;
  }
  if (i === dot || (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1] as string))) return false;
  return ABBREVIATIONS.has(text.slice(i, dot).toLowerCase());
}

/** Start and end offsets of the sentence holding [start, end); `items` as `itemStarts` gives them. */
export function sentenceBounds(text: string, start: number, end: number, items?: ReadonlySet<number>): [number, number] {
  let a = start;
  const minA = Math.max(0, start - REACH);
  while (a > minA) {
    const c = text[a - 1];
    if (c === '\n') {
      if (!softNewline(text, a - 1) || opensBlock(text, a) || items?.has(a)) break;
    } else if ((c === '.' || c === '!' || c === '?') && isSpace(text[a]) && !(c === '.' && abbreviationAt(text, a - 1))) {
      break;
    }
    a--;
  }
  let b = end;
  const maxB = Math.min(text.length, end + REACH);
  while (b < maxB) {
    const c = text[b];
    if (c === '\n' && (!softNewline(text, b) || opensBlock(text, b + 1) || items?.has(b + 1))) break;
    if ((c === '.' || c === '!' || c === '?') && isSpace(text[b + 1]) && !(c === '.' && abbreviationAt(text, b))) {
      b++;
      break;
    }
    b++;
  }
  return [a, b];
}

/** Readable sentence: whitespace collapsed, list/heading markers dropped, long ones cut around the span. */
export function sentenceAt(text: string, bounds: [number, number], start: number, end: number): string {
  const [a, b] = bounds;
  let s = text.slice(a, b);
  if (s.length > MAX) {
    const mid = ((start + end) >> 1) - a;
    const lo = Math.max(0, Math.min(s.length - MAX, mid - (MAX >> 1)));
    s = `${lo > 0 ? '…' : ''}${s.slice(lo, lo + MAX)}${lo + MAX < s.length ? '…' : ''}`;
  }
  return tidy(s);
}

const LIST_OR_HEADING = /^\s*(?:#{1,6}\s+|[-+*>]\s+|\d+[.)]\s+)/;
const SPACES = /\s+/g;

/**
 * Whitespace collapsed and a leading list/heading marker dropped. Most sentences need neither, and a
 * scan is several times cheaper than the two regular expressions (this runs once per hit).
 */
export function tidy(s: string): string {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === 32) i++;
  const first = s.charCodeAt(i);
  // # + - * > or a digit may open a marker.
  let plain = !(first === 35 || first === 43 || first === 45 || first === 42 || first === 62 || (first >= 48 && first <= 57));
  for (let j = i; plain && j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0x0b || c === 0x0c || (c >= 0x1680 && (c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000))) plain = false;
    else if (c === 32 && s.charCodeAt(j + 1) === 32) plain = false;
  }
  if (plain) return s.trim();
  return s.replace(LIST_OR_HEADING, '').replace(SPACES, ' ').trim();
}
