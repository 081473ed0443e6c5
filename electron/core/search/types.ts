import type { NoteId, SearchResultDTO } from '../../contract';

export interface SearchSection {
  heading: string | null;
  line: number;
  text: string;
  /** Heading level (1–6), 0 for the part before the first heading; an H1 ranks close to the title. */
  level?: number;
}

/** What the search index needs of a note; built by the service from a ParsedNote and its concepts. */
export interface SearchDoc {
  id: NoteId;
  title: string;
  aliases: string[];
  headings: string[];
  tags: string[];
  path: string;
  concepts: string[];
  sections: SearchSection[];
}

export interface SearchIndex {
  upsert(doc: SearchDoc): void;
  /**
   * `upsert` in two steps, for a build that knows each note's text before its concepts: the note without
   * its concept names, then `setConcepts` for each such note in the same order, before any search. The
   * index is then the one `upsert` gives with the names.
   */
  upsertText(doc: SearchDoc): void;
  setConcepts(id: NoteId, concepts: string[]): void;
  remove(id: NoteId): void;
  search(query: string, limit?: number): SearchResultDTO;
  /** Serialisable state for the cache; restored by `importState`. */
  exportState(): Promise<unknown>;
  importState(state: unknown): Promise<void>;
  readonly size: number;
  /**
   * The notes whose indexed text holds a word that folds to `key` (concepts/fold.ts, no acronyms), or to
   * `key` + s; null when the index cannot tell (a function word: bodies leave those out).
   */
  notesHolding(key: string): Set<NoteId> | null;
  /** Every note in the index. */
  ids(): NoteId[];
  /** The concept names a note was indexed with; undefined for a note not in the index. */
  conceptsOf(id: NoteId): readonly string[] | undefined;
  /** Up to `n` of the indexed notes, spread over the index (for warming the search code up). */
  sample(n: number): SearchDoc[];
}
