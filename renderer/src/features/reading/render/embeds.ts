import type { NoteDTO, NoteId } from '../../../../../electron/contract';
import { MAX_EMBED_DEPTH } from './context';

/** At most this many notes are read for one note's embeds, whatever their fan-out. */
const MAX_EMBEDDED_NOTES = 50;

/**
 * Reads the notes `note` embeds, and theirs, up to the depth a render will show: the render itself stays
 * synchronous. A note that cannot be read is left out (its embed shows as a link).
 */
export async function loadEmbeds(note: NoteDTO, read: (id: NoteId) => Promise<NoteDTO>): Promise<Map<NoteId, NoteDTO>> {
  const loaded = new Map<NoteId, NoteDTO>();
  let frontier: NoteDTO[] = [note];
  for (let depth = 0; depth <= MAX_EMBED_DEPTH && frontier.length > 0; depth++) {
    const wanted = new Set<NoteId>();
    for (const from of frontier) {
      for (const link of from.links) {
        const id = link.resolved;
        if (link.embed && id && id.toLowerCase().endsWith('.md') && id !== note.id && !loaded.has(id)) wanted.add(id);
      }
    }
    const ids = [...wanted].slice(0, Math.max(0, MAX_EMBEDDED_NOTES - loaded.size));
    const read_ = await Promise.all(ids.map((id) => read(id).catch(() => null)));
    frontier = [];
    for (const embedded of read_) {
      if (!embedded) continue;
      loaded.set(embedded.id, embedded);
      frontier.push(embedded);
    }
  }
  return loaded;
}
