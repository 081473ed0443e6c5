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
  let raw = text.slice(start, end);
  // Collapse line breaks and runs of spaces, keeping highlight offsets in step.
  const map: number[] = [];
  let out = '';
  // Starting as if after a space drops leading whitespace, so highlight offsets need no later shift.
  let prevSpace = true;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] as string;
    const space = /\s/.test(ch);
    map.push(out.length);
    if (space) {
      if (!prevSpace) out += ' ';
    } else {
      out += ch;
    }
    prevSpace = space;
  }
  map.push(out.length);
  raw = out;
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
