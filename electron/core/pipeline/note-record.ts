import type { NoteId, NoteProblem } from '../../contract';
import type { ParsedNote } from '../markdown/types';
import type { FileEntry } from '../vault/vault-fs';

/**
 * A parse without the note's text (body and sections): what the index keeps of a note once indexed.
 * The text is read back from disk when it is needed (see NoteTexts): kept for every note it was most of
 * the warm-start cache and a large share of the resident memory.
 */
export type NoteMeta = Omit<ParsedNote, 'body' | 'sections'>;

/** What the index keeps per file. Attachments have no `parsed`. */
export interface NoteRecord {
  entry: FileEntry;
  hash: string;
  parsed: NoteMeta | null;
  /** Problems found before parsing (encoding, size, I/O). Parser problems live in `parsed.problems`. */
  problems: NoteProblem[];
  readOnly: boolean;
}

/** A record as just read, with the note's text, until the index has taken what it needs from it. */
export interface ReadRecord extends NoteRecord {
  parsed: ParsedNote | null;
}

export function withoutText(record: NoteRecord): NoteRecord {
  if (!record.parsed || !('body' in record.parsed)) return record;
  const { body: _body, sections: _sections, ...meta } = record.parsed as ParsedNote;
  return { ...record, parsed: meta };
}

export const MAX_NOTE_BYTES = 16 * 1024 * 1024;

export function allProblems(record: NoteRecord): NoteProblem[] {
  return record.parsed ? [...record.problems, ...record.parsed.problems] : record.problems;
}

export function folderOf(id: NoteId): string {
  const slash = id.lastIndexOf('/');
  return slash === -1 ? '' : id.slice(0, slash);
}

export function basenameKey(target: string): string {
  const slash = target.lastIndexOf('/');
  const base = (slash === -1 ? target : target.slice(slash + 1)).toLowerCase();
  return base.endsWith('.md') ? base.slice(0, -3) : base;
}
