import type { NoteId } from './dto';

/** Rename or move a note, attachment or folder; every link to what moves is rewritten in the same step. */
export interface RenameRequest {
  from: NoteId;
  to: NoteId;
}

/** One file operation as it happened, kept so the last ones can be undone. */
export interface FileOperationDTO {
  /** Pass it to undoFileOperation. */
  id: string;
  kind: 'rename' | 'delete' | 'undo';
  /** Files moved, old id → new id (a delete moves into `.trash/`). */
  moved: { from: NoteId; to: NoteId }[];
  /** Notes whose text was changed to keep their links working, by their id after the operation. */
  rewritten: NoteId[];
  /** Links that could not be rewritten and why (the note changed meanwhile, an unusual spelling …). */
  skipped: { noteId: NoteId; reason: string }[];
  /** False for an undo, or once a later operation has made it impossible. */
  undoable: boolean;
  /**
   * A delete that went to the system's trash (the desktop app): `moved` then names where the files were, and
   * they are restored from the trash, not undone here. Absent for the vault's own `.trash/` folder.
   */
  osTrash?: true;
}

/** Unsaved text of a note, kept in `.cairn/drafts/` until it is saved or discarded. */
export interface DraftDTO {
  id: NoteId;
  content: string;
  /** Hash of the file the draft was started from; null for a note not yet on disk. */
  baseHash: string | null;
  /** ISO time the draft was last written. */
  savedAt: string;
}

export interface DraftRequest {
  id: NoteId;
  content: string;
  baseHash: string | null;
}

/** What `[[Note#` and `[[Note#^` complete to. */
export interface NoteAnchorsDTO {
  id: NoteId;
  headings: { level: number; text: string; line: number }[];
  /** Block ids (`^id`) with the text of their line, for the person to recognise. */
  blocks: { id: string; text: string; line: number }[];
}
