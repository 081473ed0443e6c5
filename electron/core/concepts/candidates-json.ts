import type { NoteId } from '../../contract';
import type { NoteCandidates } from './types';

/** A note's candidates as JSON without the note's id, which every occurrence repeats (a saved state's form). */
export function candidatesJson(nc: NoteCandidates): string {
  return JSON.stringify(nc, (k, v: unknown) => (k === 'noteId' ? undefined : v));
}

/** Candidates from `candidatesJson`, with the note's id put back; null for JSON of nothing. */
export function parseCandidates(id: NoteId, json: string): NoteCandidates | null {
  const parsed = JSON.parse(json) as NoteCandidates | null;
  if (!parsed) return null;
  parsed.noteId = id;
  for (const c of parsed.candidates) c.occurrence.noteId = id;
  return parsed;
}
