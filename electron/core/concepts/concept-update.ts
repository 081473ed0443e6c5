import type { NoteId } from '../../contract';
import type { ParsedNote } from '../markdown/types';
import type { ConceptDictionary } from './dictionary';
import type { ConceptKey, NoteCandidates, PackedHits } from './types';

export interface ConceptUpdate {
  /** Names → keys changed. */
  dictionaryChanged: boolean;
  /** The dictionary was made again (labels, owners and sources may differ even with the same names). */
  rebuilt: boolean;
  /**
   * The notes matched again besides the changed ones: those a change of dictionary can reach (see
   * dictionary-reach.ts); null when every note was.
   */
  reach: ReadonlySet<NoteId> | null;
  /** Per concept, how many more notes hit it than before the update (negative: fewer). */
  keyDelta: ReadonlyMap<ConceptKey, number>;
}

/**
 * `now`: the dictionary follows every change at once (a build, a test). `defer-prose`: a change of
 * prose-read names alone leaves the dictionary as it is until a `catch-up` update remakes it. `defer-names`:
 * any change of names waits so (a rename rewriting hundreds of notes: remaking the dictionary and every
 * note it reaches cost ~40 s at 10k notes, and the rename waited for it); the changed notes are matched
 * now with the names the vault already has.
 */
export type UpdatePace = 'now' | 'defer-prose' | 'defer-names' | 'catch-up';

/**
 * A first build can match its notes on other threads: given the dictionary just made, and this thread's
 * own matcher for the notes it keeps, it gives every note's packed hits (a note left out is matched here).
 */
/**
 * Notes' candidates read before the update (extract-pool.ts), and the digests of their names (names-digest.ts)
 * where the thread that read them made those too.
 */
export interface ExtractedNotes {
  candidates: ReadonlyMap<NoteId, NoteCandidates>;
  digests?: ReadonlyMap<NoteId, string>;
}

export type MatchElsewhere = (dictionary: ConceptDictionary, matchHere: (note: ParsedNote) => PackedHits) => Promise<ReadonlyMap<NoteId, PackedHits>>;
