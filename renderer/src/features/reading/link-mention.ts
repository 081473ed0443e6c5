import type { NoteDTO } from '../../../../electron/contract';

/**
 * The file's text with the mention at (`line`, `col`) turned into a link to `title`: `[[Title]]` where the
 * words are the title, `[[Title|words]]` where they are an alias or differ in case. Null when the line no
 * longer holds the words there (the file changed since the list was made): nothing is written then.
 */
export function linkMention(note: NoteDTO, line: number, col: number, match: string, title: string): string | null {
  const lines = note.content.split('\n');
  const text = lines[line - 1];
  if (text === undefined || text.slice(col, col + match.length) !== match) return null;
  const link = match === title ? `[[${title}]]` : `[[${title}|${match}]]`;
  lines[line - 1] = text.slice(0, col) + link + text.slice(col + match.length);
  return lines.join('\n');
}

/** The part of a long line around a mention, so the name is in view. */
export function around(text: string, col: number, width = 160): string {
  if (text.length <= width) return text;
  const start = Math.max(0, col - Math.floor(width / 3));
  const slice = text.slice(start, start + width);
  const from = start > 0 ? slice.indexOf(' ') + 1 : 0;
  return `${start > 0 ? '…' : ''}${slice.slice(from)}`;
}
