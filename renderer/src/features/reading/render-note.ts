import type { NoteDTO, NoteId } from '../../../../electron/contract';
import { attachmentUrl } from './attachments';
import { contextFor, renderBody } from './render';

export interface Rendered {
  html: string;
  /** Set when the note could not be rendered; the text is then shown as it is. */
  error: string | null;
  ms: number;
}

/** A note's reading view; a note that breaks a plugin is shown as plain text with the reason, never blank. */
export function renderNote(note: NoteDTO, embeds: ReadonlyMap<NoteId, NoteDTO>, remoteImages: boolean): Rendered {
  const started = performance.now();
  try {
    const ctx = contextFor(note, { embeds, attachmentUrl, remoteImages });
    return { html: renderBody(note.body, ctx), error: null, ms: performance.now() - started };
  } catch (error) {
    return { html: '', error: (error as Error).message || String(error), ms: performance.now() - started };
  }
}

export function hasRemoteImages(body: string): boolean {
  return /!\[[^\]\n]*\]\(\s*<?https?:\/\//i.test(body) || /<img[^>]+src\s*=\s*["']?https?:/i.test(body);
}
