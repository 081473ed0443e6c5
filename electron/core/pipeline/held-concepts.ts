import type { NoteId } from '../../contract';
import type { ConceptDictionary } from '../concepts/dictionary';
import { introducedKeys, packedSections, type HitSections } from '../concepts/hit-sections';
import { unpackHits } from '../concepts/packed';
import type { RelationDictionary } from '../concepts/relations';
import type { ConceptHit, ConceptKey, NoteCandidates, PackedHits } from '../concepts/types';
import type { ParsedNote } from '../markdown/types';
import type { ContributionConcepts } from './contributions';

/** A note a helper thread read and matched (extract-worker.ts). */
export interface HeldNote {
  note: ParsedNote;
  /** Its definition and term candidates at their places; the others are let go. */
  candidates: NoteCandidates;
  packed?: PackedHits;
}

/**
 * The concepts as a helper thread sees them when it makes the graph parts of the notes it matched: the
 * vault's dictionary, those notes' hits, and how many notes name each concept (sent by the build's
 * thread once every note is matched). It answers as the engine would for those notes.
 */
export class HeldConcepts implements ContributionConcepts {
  readonly owners = 0;

  constructor(
    private readonly dictionary: ConceptDictionary,
    readonly relationDictionary: RelationDictionary,
    private readonly counts: ReadonlyMap<ConceptKey, number>,
    private readonly held: ReadonlyMap<NoteId, HeldNote>,
  ) {}

  hitSections(noteId: NoteId): HitSections {
    const held = this.held.get(noteId);
    return packedSections(held?.packed, introducedKeys(held?.candidates, this.dictionary));
  }

  lookup(text: string): ConceptKey | undefined {
    return this.dictionary.lookup(text);
  }

  conceptInfo(key: ConceptKey): ReturnType<ContributionConcepts['conceptInfo']> {
    return this.dictionary.get(key);
  }

  conceptInfos(): ReturnType<ContributionConcepts['conceptInfos']> {
    return this.dictionary.concepts();
  }

  noteCount(key: ConceptKey): number {
    return this.counts.get(key) ?? 0;
  }

  parsedNote(id: NoteId): ParsedNote | undefined {
    return this.held.get(id)?.note;
  }

  hitsOnce(noteId: NoteId): ConceptHit[] {
    const held = this.held.get(noteId);
    return held?.packed ? unpackHits(held.note, () => held.candidates, held.packed) : [];
  }
}
