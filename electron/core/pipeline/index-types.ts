import type { GraphDelta, IndexPhase, NoteId } from '../../contract';
import type { OpeningSnapshot } from './snapshot';

export type ProgressListener = (phase: IndexPhase, done: number, total: number) => void;

export interface BuildHooks {
  onSnapshot?: (snapshot: OpeningSnapshot) => void;
  onSearchable?: () => void;
  /**
   * A build from the files calls `onSnapshot` with the notes and links once parsed if it read at least
   * this many (default 2,000, ~3 s of build). A smaller vault is built by then, and its window draws the
   * whole graph once rather than a links-only one and then the concepts joined into its layout.
   */
  openEarlyFrom?: number;
  /**
   * Helper threads that read concepts while this thread parses and builds the search index (default: one
   * per core but one, from PARALLEL_FROM notes; 0: this thread does all, one phase after another).
   */
  helpers?: number;
}

/** Notes a first build (or a rebuild of the search index) handles between two turns of the event loop: 20–60 ms of work at 10k notes. */
export const BUILD_TURN = 100;

export interface BuildStats {
  files: number;
  /** Files read and parsed; the rest came from the cache unchanged. */
  parsed: number;
  searchFromCache: boolean;
  /** Notes whose concepts helper threads read (extract-pool.ts); 0 when one thread did it all. */
  extractedByHelper?: number;
  /** Notes whose concepts helper threads matched, and read the typed relations of. */
  matchedByHelper?: number;
  /** Notes whose graph part helper threads made. */
  partsByHelper?: number;
  /** Helper threads that read concepts (0: none ran). */
  helpers?: number;
  /**
   * A warm start's edits over the cached index (files changed, added or deleted since): the delta turns
   * the cache's snapshot into the index as built. Absent when the index was built otherwise.
   */
  sinceSnapshot?: ChangeResult;
}

export interface ChangeResult {
  changed: NoteId[];
  removed: NoteId[];
  delta: GraphDelta;
}
