import { insideTitle, type Line, sentenceOf, type TitleSpans } from './prose-lines';
import type { NoteWords, WordInfo } from './prose-words';

/** How often a note writes one word, and where it first does. */
export interface Tally {
  n: number;
  raw: string;
  line: Line;
  start: number;
  end: number;
}

/**
 * Counts the words of a note's prose lines that `pass`, by `key`, leaving out those `glued` to what is around
 * them (a path, a handle, a URL) and those inside a linked title. The walk the single-word rules share: they
 * differ in which words they take, not in how they count them.
 */
export function tallyWords(
  lines: readonly Line[],
  tokens: NoteWords,
  spans: TitleSpans,
  pass: (w: WordInfo) => boolean,
  glued: (text: string, start: number, end: number) => boolean,
  key: (w: WordInfo) => string,
): Map<string, Tally> | null {
  const { lineFrom, start: starts, end: ends, word: ws } = tokens;
  let found: Map<string, Tally> | null = null;
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li] as Line;
    const text = l.text;
    for (let i = lineFrom[li] as number, to = lineFrom[li + 1] as number; i < to; i++) {
      const w = ws[i] as WordInfo;
      if (!pass(w)) continue;
      const s = starts[i] as number;
      const e = ends[i] as number;
      if (glued(text, s, e)) continue;
      if (spans.size && insideTitle(spans, l.line, s, e)) continue;
      found ??= new Map();
      const k = key(w);
      const c = found.get(k);
      if (c) c.n++;
      else found.set(k, { n: 1, raw: w.raw, line: l, start: s, end: e });
    }
  }
  return found;
}

/** The sentence a tally's first use stands in, as a candidate's occurrence. */
export function firstUse(c: Tally, noteId: string): { noteId: string; line: number; sentence: string; section: number } {
  return { noteId, line: c.line.line, sentence: sentenceOf(c.line.text, c.start, c.end), section: c.line.section };
}
