import type { NoteDTO, NoteId } from '../../../../../electron/contract';

/** What one note's render needs to know besides its text: how its links resolve, and what it embeds. */
export interface RenderContext {
  /** The note being rendered; `[[#Heading]]` and `[[]]` point here. */
  noteId: NoteId;
  /** The core's resolution of a link as written in this note (null when missing). */
  resolve(target: string, kind: 'wiki' | 'markdown'): NoteId | null;
  /** Notes loaded for transclusion, by id (see embeds.ts). */
  embeds: ReadonlyMap<NoteId, NoteDTO>;
  /** Notes being rendered around this one, outermost first: an embed of one of them is a cycle. */
  chain: readonly NoteId[];
  /** URL the host serves a vault file at (attachments, images). */
  attachmentUrl(id: NoteId): string;
  /** Remote images load only after the person asks, per note. */
  remoteImages: boolean;
  /** Tasks can be ticked only in the open note, not inside an embed. */
  interactive: boolean;
}

/** Embeds nest at most this deep: a note embedding itself through others stops here at worst. */
export const MAX_EMBED_DEPTH = 3;

/** A context for `note` resolving its own links the way the core did when it read the note. */
export function contextFor(note: NoteDTO, base: Omit<RenderContext, 'noteId' | 'resolve' | 'chain' | 'interactive'>, chain: readonly NoteId[] = []): RenderContext {
  const byTarget = new Map<string, NoteId | null>();
  for (const link of note.links) {
    const key = `${link.kind}:${link.target.toLowerCase()}`;
    if (!byTarget.has(key) || link.resolved) byTarget.set(key, link.resolved);
  }
  return {
    ...base,
    noteId: note.id,
    chain,
    interactive: chain.length === 0,
    resolve: (target, kind) => (target === '' ? note.id : (byTarget.get(`${kind}:${target.toLowerCase()}`) ?? null)),
  };
}
