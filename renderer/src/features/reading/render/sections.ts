import { slugify } from './slug';

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;

/** Lines of `body` outside code fences, with their heading level (0 for other lines). */
function outline(lines: string[]): number[] {
  const levels = new Array<number>(lines.length).fill(0);
  let fence: string | null = null;
  lines.forEach((line, i) => {
    const f = FENCE.exec(line);
    if (f) {
      const mark = f[1] as string;
      if (fence === null) fence = mark;
      else if (mark[0] === fence[0] && mark.length >= fence.length) fence = null;
      return;
    }
    if (fence !== null) return;
    const h = HEADING.exec(line);
    if (h) levels[i] = (h[1] as string).length;
  });
  return levels;
}

/**
 * The part of a note an embed shows: the section under a heading (to the next heading of the same or a
 * higher level), or the paragraph or list item a `^block` id ends. Null when it is not there.
 */
export function extractSection(body: string, subpath: string | null): string | null {
  if (!subpath) return body;
  const lines = body.split('\n');
  if (subpath.startsWith('^')) return extractBlock(lines, subpath.slice(1));
  const wanted = slugify(subpath.split('#').filter(Boolean).pop() ?? subpath);
  const levels = outline(lines);
  const start = levels.findIndex((level, i) => level > 0 && slugify(HEADING.exec(lines[i] as string)?.[2] ?? '') === wanted);
  if (start === -1) return null;
  const level = levels[start] as number;
  let end = start + 1;
  while (end < lines.length && !((levels[end] as number) > 0 && (levels[end] as number) <= level)) end++;
  return lines.slice(start, end).join('\n');
}

function extractBlock(lines: string[], id: string): string | null {
  const marker = new RegExp(`(^|\\s)\\^${id.replace(/[^\w-]/g, '')}\\s*$`);
  const at = lines.findIndex((line) => marker.test(line));
  if (at === -1) return null;
  // A list item is its own block; a paragraph runs up to the blank line before it.
  if (/^\s*([-*+]|\d+[.)])\s/.test(lines[at] as string)) return lines[at] as string;
  let start = at;
  while (start > 0 && (lines[start - 1] as string).trim() !== '') start--;
  return lines.slice(start, at + 1).join('\n');
}
