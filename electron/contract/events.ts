import type { GraphDelta, NoteId, VaultInfo } from './dto';
import type { FileOperationDTO } from './files';

/** Everything the core pushes to a view. One union, so every host forwards it without knowing it. */
export type CairnEvent =
  | { type: 'vault-opened'; vault: VaultInfo }
  | { type: 'index-progress'; phase: IndexPhase; done: number; total: number }
  | { type: 'notes-changed'; changed: NoteId[]; removed: NoteId[] }
  | { type: 'graph-delta'; delta: GraphDelta }
  /** A rename made outside Cairn, followed: links to the file were rewritten (undoable like any rename). */
  | { type: 'file-operation'; operation: FileOperationDTO; external: true };

export type IndexPhase = 'scan' | 'parse' | 'concepts' | 'graph' | 'search' | 'ready';

export const cairnEventTypes: { [K in CairnEvent['type']]: true } = {
  'vault-opened': true,
  'index-progress': true,
  'notes-changed': true,
  'graph-delta': true,
  'file-operation': true,
};
