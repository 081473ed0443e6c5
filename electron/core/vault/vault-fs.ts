import type { NoteId } from '../../contract';

export interface FileEntry {
  id: NoteId;
  size: number;
  mtimeMs: number;
}

export interface SkippedEntry {
  id: NoteId;
  reason: 'symlink-outside' | 'symlink-loop' | 'unreadable';
  message: string;
}

export interface ScanResult {
  files: FileEntry[];
  skipped: SkippedEntry[];
}

/**
 * The only way the core touches a vault. Ids are vault-relative POSIX paths; implementations check
 * containment before any I/O. Node and in-memory implementations share one test suite.
 */
export interface VaultFs {
  /** Folder name, for titles. */
  readonly name: string;
  scan(): Promise<ScanResult>;
  stat(id: NoteId): Promise<FileEntry | null>;
  read(id: NoteId): Promise<Uint8Array>;
  /**
   * `read`, synchronously: the index keeps no note's text after indexing, and reads one back when a view
   * asks for its sentences or an edit needs it re-matched (a few small files, on the index's own thread).
   */
  readSync(id: NoteId): Uint8Array;
  /**
   * Atomic: the old file stays intact if the write fails. `check` sees the file as it is right before the
   * new one replaces it (null when absent) and throws to cancel the write.
   */
  write(id: NoteId, data: string, check?: WriteCheck): Promise<FileEntry>;
  /**
   * Moves a file (or a folder with everything in it) to `to`, creating its folders; refuses when `to` exists.
   * Both ends are checked to stay inside the vault, through symlinks.
   */
  move(from: NoteId, to: NoteId): Promise<void>;
  /**
   * Runs `work` with a batch whose writes and moves are those of `write` and `move`, each file atomic,
   * except that each folder they change is flushed once, after `work` ends, instead of once per file: a
   * rename rewriting 500 notes waited on 500 folder flushes. Every write and move of the batch is durable
   * when this resolves (as it is when `write` resolves), whether `work` succeeded or threw.
   */
  batch<T>(work: (batch: WriteBatch) => Promise<T>): Promise<T>;
  /** Deletes one file for good (drafts); notes go to the trash through `move`. Missing is not an error. */
  remove(id: NoteId): Promise<void>;
  /** Creates a folder and its parents; an existing folder is not an error. */
  mkdir(id: NoteId): Promise<void>;
  /**
   * The absolute path of an existing file or folder, checked to stay inside the vault through symlinks (a
   * symlink is named itself, not its target). Only vaults on disk have one: the OS trash needs it.
   */
  absolutePath?(id: NoteId): Promise<string>;
}

export type WriteCheck = (current: Uint8Array | null) => void;

/** Writes and moves made inside `VaultFs.batch` (see there). */
export interface WriteBatch {
  write(id: NoteId, data: string, check?: WriteCheck): Promise<FileEntry>;
  move(from: NoteId, to: NoteId): Promise<void>;
}

export const NOTE_EXTENSION = '.md';

export function isNoteId(id: string): boolean {
  return id.toLowerCase().endsWith(NOTE_EXTENSION);
}

/** Folders a person does not think of as notes. */
export function isIgnoredSegment(segment: string): boolean {
  return segment.startsWith('.') || segment === 'node_modules';
}
