import type { NoteId } from '../../contract';
import type { ParsedNote } from '../markdown/types';
import type { TypedRelation } from './relations';
import type { DictionaryState, NoteCandidates, PackedHits } from './types';

/** What a cold build's thread asks a helper (extract-worker.ts); it answers each in order. */
export type HelperRequest =
  | { kind: 'extract'; notes: ParsedNote[] }
  /** The vault's dictionary, made once every note's candidates are in: what `match` matches against. */
  | { kind: 'dictionary'; state: DictionaryState }
  /** Notes the helper extracted: matched, their typed relations read, and then let go. */
  | { kind: 'match'; ids: NoteId[] };

export type HelperAnswer =
  | { kind: 'extracted'; candidates: NoteCandidates[] }
  | { kind: 'ready' }
  | { kind: 'matched'; hits: PackedHits[]; relations: TypedRelation[][] };
