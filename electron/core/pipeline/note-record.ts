import type { NoteId, NoteProblem } from '../../contract';
import type { ParsedNote } from '../markdown/types';
import type { FileEntry } from '../vault/vault-fs';

/** What the index keeps per file. Attachments have no `parsed`. */
export interface NoteRecord {
  entry: FileEntry;
  hash: string;
  parsed: ParsedNote | null;
  /** Problems found before parsing (encoding, size, I/O). Parser problems live in `parsed.problems`. */
  problems: NoteProblem[];
  readOnly: boolean;
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
