import type { NoteDTO, NoteId } from '../../../../electron/contract';
import { attachmentUrl } from './attachments';
import { contextFor, renderBody } from './render';

/**
 * Past this many characters a note is shown as plain text: rendering 12 MB of Markdown builds a DOM that
 * takes the tab seconds to lay out, or crashes it. The editor still opens the whole note.
 */
export const MAX_RENDERED_CHARS = 2_000_000;
/** How much of such a note's text is shown. */
const PLAIN_CHARS = 200_000;

export interface Rendered {
  html: string;
  /** Set for a note too large to render: the start of its text, shown as it is. */
  plain: string | null;
  /** Set when the note could not be rendered; the text is then shown as it is. */
  error: string | null;
  ms: number;
}

/** A note's reading view; a note that breaks a plugin is shown as plain text with the reason, never blank. */
export function renderNote(note: NoteDTO, embeds: ReadonlyMap<NoteId, NoteDTO>, remoteImages: boolean): Rendered {
  const started = performance.now();
  if (note.body.length > MAX_RENDERED_CHARS) return { html: '', plain: note.body.slice(0, PLAIN_CHARS), error: null, ms: 0 };
  try {
    const ctx = contextFor(note, { embeds, attachmentUrl, remoteImages });
    return { html: renderBody(note.body, ctx), plain: null, error: null, ms: performance.now() - started };
  } catch (error) {
    return { html: '', plain: null, error: (error as Error).message || String(error), ms: performance.now() - started };
  }
}

export function hasRemoteImages(body: string): boolean {
  return /!\[[^\]\n]*\]\(\s*<?https?:\/\//i.test(body) || /<img[^>]+src\s*=\s*["']?https?:/i.test(body);
}
