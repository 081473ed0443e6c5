import type { NoteId } from '../../contract';
import type { PackedContributions } from '../graph/contribution-codec';
import type { ParsedNote } from '../markdown/types';
import type { TypedRelation } from './relations';
import type { ConceptKey, DictionaryState, PackedHits } from './types';

/** A note's slot in an `extract` request's claims: read by the helper, or by the build's thread. */
export const HELPER_CLAIM = 1;
export const CALLER_CLAIM = 2;

/** What a cold build's thread asks a helper (extract-worker.ts); it answers each in order. */
export type HelperRequest =
  /**
   * `claims`, shared with the build's thread: a note is read by whichever thread marks its slot first (the
   * helper 1, the build's thread 2), so the build's thread can take the end of a chunk the helper has not reached.
   */
  | { kind: 'extract'; notes: ParsedNote[]; claims: Int32Array }
  /** The vault's dictionary, made once every note's candidates are in: what `match` matches against. */
  | { kind: 'dictionary'; state: DictionaryState }
  /** Notes the helper extracted: matched, and their typed relations read. */
  | { kind: 'match'; ids: NoteId[] }
  /** Once every note is matched: the vault's notes (links resolve against them) and each concept's note count. */
  | { kind: 'vault'; ids: NoteId[]; counts: [ConceptKey, number][] }
  /** Notes the helper read: their graph parts, and then they are let go. Hits come for those it did not match. */
  | { kind: 'contribute'; ids: NoteId[]; hits: (PackedHits | null)[] };

export type HelperAnswer =
  /**
   * Each note's candidates as `candidatesJson` writes them, and the digest of their names (names-digest.ts),
   * made here rather than on the build's thread while this one waits for the dictionary; null for a note the
   * build's thread claimed.
   */
  | { kind: 'extracted'; candidates: (string | null)[]; digests: (string | null)[] }
  | { kind: 'ready' }
  | { kind: 'matched'; hits: PackedHits[]; relations: TypedRelation[][] }
  /**
   * Graph parts of the notes asked, in order, packed (contribution-codec.ts: as objects they were ~13 KB a
   * note to copy, and copying them back cost the build's thread more than loading them); `none` lists the
   * places of the notes that have no part.
   */
  | { kind: 'contributed'; parts: PackedContributions; none: number[] };
