import type { SnippetDTO } from '../../contract';

export const SNIPPET_WIDTH = 160;

/**
 * Cuts a window of about `width` characters around `ranges[first]`, on word boundaries, and highlights
 * every range that falls inside it. Returns the snippet and the index of the first range it did not cover.
 */
function window(text: string, ranges: [number, number][], first: number, width: number): { snippet: SnippetDTO; next: number } {
  const [ms, me] = ranges[first] as [number, number];
  const room = Math.max(0, width - (me - ms));
  let start = Math.max(0, ms - Math.floor(room / 3));
  let end = Math.min(text.length, start + Math.max(width, me - ms));
  if (end === text.length) start = Math.max(0, end - width);
  if (start > 0) {
    const ws = text.slice(start, ms).search(/\s/);
    if (ws >= 0) start += ws + 1;
  }
  if (end < text.length) {
    const cut = text.slice(me, end).search(/\s\S*$/);
    if (cut >= 0) end = me + cut;
  }
  start = Math.min(start, ms);
  end = Math.max(end, me);
  // Collapse line breaks and runs of spaces and drop emphasis marks, keeping highlight offsets in step. Whole runs are sliced
  // rather than appended a character at a time: this runs for every hit of every keystroke.
  const map = new Int32Array(end - start + 1);
  const parts: string[] = [];
  let len = 0;
  // Starting as if after a space drops leading whitespace, so highlight offsets need no later shift.
  let prevSpace = true;
  let runStart = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0;
    map[i - start] = len + (runStart >= 0 ? i - runStart : 0);
    if (c === 42 || c === 96) {
      // `**bold**` and `code` marks: a snippet shows the words, not the Markdown around them.
      if (runStart >= 0) {
        parts.push(text.slice(runStart, i));
        len += i - runStart;
        runStart = -1;
      }
      continue;
    }
    if (space) {
      if (runStart >= 0) {
        parts.push(text.slice(runStart, i));
        len += i - runStart;
        runStart = -1;
      }
      if (!prevSpace) {
        parts.push(' ');
        len++;
      }
    } else if (runStart < 0) runStart = i;
    prevSpace = space;
  }
  if (runStart >= 0) {
    parts.push(text.slice(runStart, end));
    len += end - runStart;
  }
  map[end - start] = len;
  const raw = parts.join('');
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const highlights: [number, number][] = [];
  let next = first;
  while (next < ranges.length) {
    const [s, e] = ranges[next] as [number, number];
    if (s < start || e > end) break;
    highlights.push([(map[s - start] ?? 0) + prefix.length, (map[e - start] ?? 0) + prefix.length]);
    next++;
  }
  return { snippet: { text: prefix + raw.trimEnd() + suffix, highlights }, next };
}

/** Snippets around sorted, non-overlapping `ranges` of `text`: at most `max`, each about `width` characters. */
export function makeSnippets(text: string, ranges: [number, number][], max = 3, width = SNIPPET_WIDTH): SnippetDTO[] {
  const out: SnippetDTO[] = [];
  let i = 0;
  while (i < ranges.length && out.length < max) {
    const { snippet, next } = window(text, ranges, i, width);
    out.push(snippet);
    i = Math.max(next, i + 1);
  }
  return out;
}
