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

/** One way a note names a concept (title, alias, definition, heading, tag), with where it does so. */
export interface ConceptCandidate {
  /** Names as written; they all name the same concept. The first is the preferred label. */
  names: string[];
  source: ConceptSource;
  occurrence: Occurrence;
}

/** An ALL-CAPS token of a note (EC2, S3, AMI from `AMIs`), with how often the note uses it. */
export interface AcronymUse {
  text: string;
  count: number;
  first: Occurrence;
}

/** What one note offers the dictionary; pure function of the note, cheap to recompute. */
export interface NoteCandidates {
  noteId: NoteId;
  candidates: ConceptCandidate[];
  acronyms: AcronymUse[];
  /** Words of each heading as written, for terms that recur across notes' headings (`instance store`). */
  headingTokens: string[][];
}

/** Two concepts co-occurring in the same section; `a < b`. */
export interface RelatedPair {
  a: ConceptKey;
  b: ConceptKey;
  weight: number;
  evidence: Occurrence[];
}
