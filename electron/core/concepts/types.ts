import type { ConceptSource, NoteId } from '../../contract';
import type { ParsedNote } from '../markdown/types';

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
  /**
   * For `note` candidates: the name is only the file's name (no front-matter title). A bare file name is
   * weaker evidence than a title or aliases the user wrote: exported docs name files `connect.md`.
   */
  fileName?: boolean;
  /**
   * For `definition` candidates: the sentence says what the concept is or is for (`strong`: `X es un …`,
   * `X: …`, `X sirve para …`; `weak`: a bare copula, `X son definidos por …`). Absent for an abbreviation's
   * expansion, which names the concept without saying what it is.
   */
  gloss?: 'strong' | 'weak';
}

/** An ALL-CAPS token of a note (EC2, S3, AMI from `AMIs`), with how often the note uses it. */
export interface AcronymUse {
  text: string;
  count: number;
  /** The note writes it as one symbol of a series (`IA IB`) or a model's code (`TI-84`): initials alone never join it to a name. */
  symbol?: true;
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

/** A name the matcher looks for, folded, and the concept it stands for. */
export interface DictionaryName {
  folded: string;
  key: ConceptKey;
  /**
   * The name was only ever written in capitals (IAM, ELB): lower-case text does not match it, so an
   * acronym never fires on an ordinary word spelled the same. Names with a digit (ec2, s3) match anyway.
   */
  capsOnly: boolean;
  /**
   * The concept comes from headings only. A weak name does not hide the names inside it: `instance store
   * volumes` also mentions `instance store`.
   */
  weak: boolean;
}

/** A built dictionary as plain data, so a warm start need not rebuild it from every note's candidates. */
export interface DictionaryState {
  concepts: Concept[];
  names: DictionaryName[];
  acronyms: string[];
  signature: string;
}

/**
 * A note's hits as numbers (see packed.ts): sentences are cut again from the note's text when asked
 * for, so a saved state stays small and quick to read.
 */
export interface PackedHits {
  /** The concepts this note names, each once; `data` refers to them by index. */
  keys: ConceptKey[];
  data: Int32Array;
}

/**
 * What the engine knows of one note, as plain data. Made of strings and numbers only: a saved state of
 * 10k notes as objects took over half a second to deserialise, as strings and typed arrays a few ms.
 */
export interface NoteConceptState {
  noteId: NoteId;
  /**
   * The note's NoteCandidates as JSON without the occurrences' `noteId` (it is this note's), parsed only
   * when something asks for them.
   */
  candidates: string;
  /** What of the candidates can change the dictionary (see engine.ts `digest`). */
  digest: string;
  /**
   * Where the note's hits are in ConceptEngineState.hits, [from, to): the number of concepts it names,
   * their indices into ConceptEngineState.keys, then the packed hits (see packed.ts).
   */
  hitsFrom: number;
  hitsTo: number;
}

/**
 * A whole ConceptEngine as plain structured-cloneable data (v8.serialize, IndexedDB, worker messages),
 * for a warm start: `ConceptEngine.fromState(state, notes)` restores it without extracting or matching
 * again. ParsedNotes are not in it; the caller has them in its own cache.
 */
export interface ConceptEngineState {
  /** CONCEPT_STATE_VERSION of the code that wrote it; extraction rules change with it. */
  version: number;
  signature: string;
  dictionary: DictionaryState;
  /** Concept keys the notes' hits refer to. */
  keys: ConceptKey[];
  /**
   * Every note's hits in one array: one typed array per note made deserialising 10k notes take ~0.5 s,
   * one for all takes a few ms.
   */
  hits: Int32Array;
  notes: NoteConceptState[];
}

/**
 * Where the engine gets a note's text back when it needs it again (re-matching after the dictionary
 * changed, cutting sentences): the index keeps no note's text once indexed. A Map will do.
 */
export interface NoteSource {
  has(id: NoteId): boolean;
  get(id: NoteId): ParsedNote | undefined;
}
