import type { NoteId } from '../../contract';
import type { NoteContribution } from '../graph/contribution';
import type { ParsedNote } from '../markdown/types';
import type { TypedRelation } from './relations';
import type { ConceptKey, DictionaryState, PackedHits } from './types';

/** What a cold build's thread asks a helper (extract-worker.ts); it answers each in order. */
export type HelperRequest =
  | { kind: 'extract'; notes: ParsedNote[] }
  /** The vault's dictionary, made once every note's candidates are in: what `match` matches against. */
  | { kind: 'dictionary'; state: DictionaryState }
  /** Notes the helper extracted: matched, and their typed relations read. */
  | { kind: 'match'; ids: NoteId[] }
  /** Once every note is matched: the vault's notes (links resolve against them) and each concept's note count. */
  | { kind: 'vault'; ids: NoteId[]; counts: [ConceptKey, number][] }
  /** Notes the helper read: their graph parts, and then they are let go. Hits come for those it did not match. */
  | { kind: 'contribute'; ids: NoteId[]; hits: (PackedHits | null)[] };

export type HelperAnswer =
  /** Each note's candidates as `candidatesJson` writes them. */
  | { kind: 'extracted'; candidates: string[] }
  | { kind: 'ready' }
  | { kind: 'matched'; hits: PackedHits[]; relations: TypedRelation[][] }
  | { kind: 'contributed'; parts: (NoteContribution | null)[] };
