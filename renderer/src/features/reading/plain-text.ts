import type { Token } from 'markdown-it';
import { markdown } from './render/pipeline';

const LINE_MARKS = /^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)?/;

function text(tokens: Token[]): string {
  let out = '';
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline') out += token.content;
    else if (token.type === 'wikilink') {
      const link = token.meta as { target: string; subpath: string | null; alias: string | null };
      out += link.alias ?? (link.target || (link.subpath ?? '').replace(/^\^/, ''));
    } else if (token.type === 'tag') out += `#${token.content}`;
    else if (token.type === 'image') out += text(token.children ?? []);
    else if (token.type === 'softbreak' || token.type === 'hardbreak') out += ' ';
    else if (token.children) out += text(token.children);
  }
  return out;
}

/** A table row, `| a | b |`: its cells read as a list (the pipes of a quoted row read as noise). */
const TABLE_ROW = /^\s*\|(.*)\|\s*$/;

/** A line of a note as a person reads it: no `[[ ]]`, `**`, list marks or HTML, one space between words. */
export function plainText(line: string): string {
  const row = TABLE_ROW.exec(line);
  if (row) {
    return row[1]!
      .split(/(?<!\\)\|/)
      .map((cell) => plainText(cell.replace(/\\\|/g, '|')))
      .filter(Boolean)
      .join(' · ');
  }
  try {
    const tokens = markdown().parseInline(line.replace(LINE_MARKS, '').replace(/\s\^[\w-]+\s*$/, ''), {});
    return text(tokens[0]?.children ?? []).replace(/\s+/g, ' ').trim();
  } catch {
    return line.trim();
  }
}

/**
 * A sentence quoted from a note (a concept's definition or mention, an edge's evidence) as a person reads it.
 * A quote cut out of a longer line may open or close inside a pair of marks: the lone `**` left is dropped too.
 */
export function readableQuote(sentence: string): string {
  return plainText(closeCutLinks(sentence)).replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * A quote cut inside a link (`… ni un [[Elastic Load Balan`, `cer|el ELB]] reparte …`, `[la guía](aws/ec`) keeps
 * the words the link shows, as the whole link would read, rather than its brackets.
 */
function closeCutLinks(sentence: string): string {
  return sentence
    .replace(/\[\[([^\]|]*)(?:\|([^\]]*))?$/u, (_, target: string, alias?: string) => alias ?? target)
    .replace(/^([^[]*?)\]\]/u, (_, inside: string) => inside.slice(inside.lastIndexOf('|') + 1))
    .replace(/\[([^\]]*)\]\([^)]*$/u, '$1');
}

/** At most `max` characters, cut at a word boundary, with an ellipsis when cut. */
export function cutAtWord(line: string, max = 180): string {
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

export interface LinkingNote {
  from: string;
  title: string;
  count: number;
  snippets: { line: number; text: string }[];
}

/** Backlinks as one row per linking note, its links counted, each snippet once. */
export function groupBacklinks(backlinks: readonly { from: string; line: number; text: string }[], titleOf: (id: string) => string): LinkingNote[] {
  const groups = new Map<string, LinkingNote>();
  for (const link of backlinks) {
    let group = groups.get(link.from);
    if (!group) groups.set(link.from, (group = { from: link.from, title: titleOf(link.from), count: 0, snippets: [] }));
    group.count++;
    const snippet = cutAtWord(plainText(link.text));
    if (snippet && !group.snippets.some((s) => s.text === snippet)) group.snippets.push({ line: link.line, text: snippet });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
}
