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

/** Start and end offsets of the sentence holding [start, end). */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let a = start;
  const minA = Math.max(0, start - REACH);
  while (a > minA) {
    const c = text[a - 1];
    if (c === '\n') {
      if (!softNewline(text, a - 1) || opensBlock(text, a)) break;
    } else if ((c === '.' || c === '!' || c === '?') && isSpace(text[a])) {
      break;
    }
    a--;
  }
  let b = end;
  const maxB = Math.min(text.length, end + REACH);
  while (b < maxB) {
    const c = text[b];
    if (c === '\n' && (!softNewline(text, b) || opensBlock(text, b + 1))) break;
    if ((c === '.' || c === '!' || c === '?') && isSpace(text[b + 1])) {
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
  return s
    .replace(/^\s*(?:#{1,6}\s+|[-+*>]\s+|\d+[.)]\s+)/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
