import type { NoteId } from '../../contract';
import type { PackedContributions } from '../graph/contribution-codec';
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
  /**
   * Graph parts of the notes asked, in order, packed (contribution-codec.ts: as objects they were ~13 KB a
   * note to copy, and copying them back cost the build's thread more than loading them); `none` lists the
   * places of the notes that have no part.
   */
  | { kind: 'contributed'; parts: PackedContributions; none: number[] };
