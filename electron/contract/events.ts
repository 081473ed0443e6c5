import type { GraphDelta, NoteId, VaultInfo } from './dto';

/** Everything the core pushes to a view. One union, so every host forwards it without knowing it. */
export type CairnEvent =
  | { type: 'vault-opened'; vault: VaultInfo }
  | { type: 'index-progress'; phase: IndexPhase; done: number; total: number }
  | { type: 'notes-changed'; changed: NoteId[]; removed: NoteId[] }
  | { type: 'graph-delta'; delta: GraphDelta };

export type IndexPhase = 'scan' | 'parse' | 'concepts' | 'graph' | 'search' | 'ready';

export const cairnEventTypes: { [K in CairnEvent['type']]: true } = {
  'vault-opened': true,
  'index-progress': true,
  'notes-changed': true,
  'graph-delta': true,
};
