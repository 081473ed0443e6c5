import type { EvidenceDTO, NoteId } from '../../contract';
import { ConceptEngine } from '../concepts/engine';
import type { TypedRelation } from '../concepts/relations';
import { isGlossary } from '../concepts/glossary';
import { MAX_EVIDENCE_PER_EDGE, sameList, type NoteContribution } from '../graph/contribution';
import { GraphModel } from '../graph/graph-model';
import { LinkResolver } from '../markdown/resolve';
import type { ParsedNote } from '../markdown/types';
import { toSearchDoc } from '../search/doc';
import { FlexSearchIndex } from '../search/flexsearch-index';
import type { SearchIndex } from '../search/types';
import type { SkippedEntry, VaultFs } from '../vault/vault-fs';
import type { ConceptShape } from './concept-shapes';
import { MENTION_EVIDENCE, buildContribution } from './contributions';
import { LinkSources } from './link-sources';
import type { NoteRecord } from './note-record';
import { NoteTexts } from './note-texts';
import { mentionEvidence, relatedEvidence } from './related-pairs';

/**
 * What the index's parts share (records, resolver, concepts, graph, search) and what each asks of a note:
 * its text, graph part and search entry. The build (cold-build.ts, warm-start.ts) and the changes
 * (held-changes.ts) work on it; `VaultIndex` is the API over it.
 */
export class IndexState {
  readonly records = new Map<NoteId, NoteRecord>();
  readonly graph = new GraphModel();
  /** Notes' text, read back from disk when needed: `records` keep none (see NoteMeta). */
  readonly texts: NoteTexts;
  concepts: ConceptEngine;
  readonly search: SearchIndex;
  skipped: SkippedEntry[] = [];
  resolver = new LinkResolver([]);
  /** Notes by the names their links name, to re-resolve on add/remove. */
  readonly linkSources = new LinkSources();
  /** What the graph shows of each concept, as of the last dictionary (see held-changes.ts). */
  shapes = new Map<string, ConceptShape>();
  /** Typed relations helper threads read during a first build, by note, until its graph is made. */
  prepared: ReadonlyMap<NoteId, TypedRelation[]> | null = null;
  /** Notes whose concepts, graph part and search entry wait for `catchUpConcepts`: their text changed. */
  readonly pendingText = new Set<NoteId>();
  /** Notes whose graph part waits to be made again from their text (it was only given new node ids). */
  readonly pendingParts = new Set<NoteId>();
  /** Counts the changes applied to the index, so a cache write that spans turns knows whether one landed. */
  generation = 0;

  constructor(
    readonly vault: VaultFs,
    search?: SearchIndex,
  ) {
    this.search = search ?? new FlexSearchIndex();
    this.texts = new NoteTexts(vault, this.records);
    this.concepts = new ConceptEngine(this.texts);
    this.graph.setEvidenceSource((edge) => {
      if (edge.kind === 'related') return this.relatedEvidence(edge.source, edge.target);
      const noteId = edge.source.slice('note:'.length);
      return this.records.has(noteId) ? mentionEvidence(noteId, this.concepts, edge.target, MENTION_EVIDENCE) : [];
    });
  }

  /**
   * The sentences behind a `related` edge, found when a view asks: the notes that name both ends (or are
   * about one of them), in id order, re-walked the way the graph counted them.
   */
  private relatedEvidence(a: string, b: string): EvidenceDTO[] {
    const keysA = this.conceptsOfNode(a);
    const keysB = this.conceptsOfNode(b);
    const notesA = new Set(keysA.flatMap((key) => this.concepts.notesOf(key)));
    const candidates = new Set(keysB.flatMap((key) => this.concepts.notesOf(key)).filter((id) => notesA.has(id)));
    const subjects = new Set([...keysA, ...keysB]);
    for (const record of this.records.values()) {
      const title = record.parsed?.title;
      const key = title === undefined ? undefined : this.concepts.lookup(title);
      if (key !== undefined && subjects.has(key)) candidates.add(record.entry.id);
    }
    const out: EvidenceDTO[] = [];
    for (const id of [...candidates].sort()) {
      const parsed = this.records.get(id)?.parsed;
      // A glossary puts every concept on one page (see contributions.ts): not evidence that two are related.
      if (parsed && !isGlossary(parsed)) out.push(...relatedEvidence(parsed, id, this.concepts, a, b));
      if (out.length >= MAX_EVIDENCE_PER_EDGE) break;
    }
    return out.slice(0, MAX_EVIDENCE_PER_EDGE);
  }

  /** The concepts a graph node stands for: its own, or those its note names by title and aliases. */
  private conceptsOfNode(node: string): string[] {
    if (node.startsWith('concept:')) return [node.slice('concept:'.length)];
    if (!node.startsWith('note:')) return [];
    const noteId = node.slice('note:'.length);
    return this.concepts.conceptInfos().flatMap((concept) => (concept.noteId === noteId ? [concept.key] : []));
  }

  /** The labels of the concepts a note names, as its search entry holds them. */
  conceptNames(id: NoteId): string[] {
    return [...new Set(this.concepts.hitKeys(id).map((key) => this.concepts.conceptInfo(key)?.label ?? key))];
  }

  /** The note's full parse: held if just read, else read back from disk (none for attachments). */
  textOf(record: NoteRecord): ParsedNote[] {
    const note = record.parsed ? this.texts.get(record.entry.id) : undefined;
    return note ? [note] : [];
  }

  contribution(record: NoteRecord): NoteContribution | null {
    const id = record.entry.id;
    return buildContribution(record, this.resolver, this.concepts, () => this.texts.get(id)?.body ?? '', this.prepared?.get(id));
  }

  /**
   * Indexes the note for search. With `unlessSameConcepts`, a note indexed with the same concept names is
   * left as it is: when the dictionary changes (a note created or deleted), every note it may reach is
   * checked, and re-indexing them all cost ~10 s at 10k notes for the handful whose names moved.
   */
  upsertSearch(record: NoteRecord, unlessSameConcepts = false): void {
    const names = this.conceptNames(record.entry.id);
    if (unlessSameConcepts && sameList(names, this.search.conceptsOf(record.entry.id))) return;
    const note = this.textOf(record)[0];
    if (!note) return;
    this.search.upsert(toSearchDoc(note, names));
  }
}
