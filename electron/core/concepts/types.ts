import type { ConceptSource, NoteId } from '../../contract';

/** Folded key of a concept: case, accents and plurals normalised (`amis` → `ami`). */
export type ConceptKey = string;

export interface Occurrence {
  noteId: NoteId;
  line: number;
  /** The sentence around the occurrence, trimmed to a readable length. */
  sentence: string;
  /** Index into ParsedNote.sections, for co-occurrence. */
  section: number;
}

export interface Concept {
  key: ConceptKey;
  label: string;
  aliases: string[];
  /** The note that names this concept by title or alias, if any. */
  noteId: NoteId | null;
  sources: ConceptSource[];
  definitions: Occurrence[];
}

export interface ConceptHit {
  key: ConceptKey;
  kind: 'definition' | 'mention';
  occurrence: Occurrence;
}
