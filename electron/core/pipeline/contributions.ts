import type { EvidenceDTO, NoteId } from '../../contract';
import type { ConceptEngine } from '../concepts/engine';
import type { ConceptHit } from '../concepts/types';
import { conceptNodeId, edgeKey, missingNodeId, noteNodeId, tagNodeId, type EdgeContribution, type NodeRef, type NoteContribution } from '../graph/contribution';
import { nodeOfConcept, noteTargets } from './mention-targets';
import { linkedPage } from '../concepts/link-names';
import { relatedPairs } from './related-pairs';
import { isGlossary } from '../concepts/glossary';
import { typedRelations, type TypedRelation } from '../concepts/relations';
import { missingName, type LinkResolver } from '../markdown/resolve';
import { itemParents } from './item-parents';
import { folderOf, type NoteRecord } from './note-record';

export const MENTION_EVIDENCE = 3;

/**
 * What a note's graph part reads of the concepts: the engine, or a helper thread's view of the notes it
 * matched (helper-contributions.ts), which must answer as the engine would.
 */
export type ContributionConcepts = Pick<
  ConceptEngine,
  'hitSections' | 'lookup' | 'conceptInfo' | 'conceptInfos' | 'noteCount' | 'parsedNote' | 'hitsOnce' | 'relationDictionary' | 'owners'
>;

/**
 * Turns one parsed note, with the vault's resolver and concepts, into its part of the graph. `body` gives
 * the note's text (read back only if a link or tag needs its line quoted). Without concepts (null), the
 * part a vault with no concept would give: its links and tags alone, without reading the note for any.
 */
export function buildContribution(record: Pick<NoteRecord, 'parsed'>, resolver: LinkResolver, concepts: ContributionConcepts | null, body: () => string, relations?: readonly TypedRelation[]): NoteContribution | null {
  const note = record.parsed;
  if (!note) return null;
  const id = note.id;
  const self = noteNodeId(id);
  const refs = new Map<string, NodeRef>();
  const edges = new Map<string, EdgeContribution>();
  /** Nodes this note [[links]] or embeds: a mention beside a link would only repeat it. */
  const linked = new Set<string>();
  let lines: string[] | null = null;
  const lineText = (line: number): string => {
    lines ??= body().split(/\r?\n/);
    return (lines[line - note.bodyStartLine] ?? '').trim().slice(0, 300);
  };
  const add = (kind: EdgeContribution['kind'], source: string, target: string, weight: number, evidence: EvidenceDTO | null, cap: number): void => {
    if (source === target) return;
    const key = edgeKey(kind, source, target);
    const existing = edges.get(key);
    if (existing) {
      existing.weight += weight;
      if (evidence && existing.evidence.length < cap) existing.evidence.push(evidence);
    } else {
      edges.set(key, { kind, source, target, weight, evidence: evidence ? [evidence] : [], key });
    }
  };

  const conceptNode = concepts ? nodeOfConcept(id, concepts, refs) : null;
  for (const link of note.links) {
    if (link.target === '') continue;
    const resolved = resolver.resolve(id, link.target, link.kind);
    const evidence = { noteId: id, line: link.line, text: lineText(link.line) };
    // A page no note holds but the link names (link-names.ts): the link goes to its concept, which stands
    // where the missing note would (its own note's node when another note names itself so; none when it is this note's own).
    const concept = resolved || link.meta || link.embed || !concepts ? undefined : linkedConcept(concepts, link.target);
    const conceptTarget = concept === undefined || !conceptNode ? null : conceptNode(concept);
    if (resolved) {
      if (!resolved.toLowerCase().endsWith('.md')) continue;
      const target = noteNodeId(resolved);
      linked.add(target);
      add(link.embed ? 'embed' : 'link', self, target, 1, evidence, MENTION_EVIDENCE);
    } else if (conceptTarget !== null) {
      linked.add(conceptTarget);
      add('link', self, conceptTarget, 1, evidence, MENTION_EVIDENCE);
    } else if (concept !== undefined && concepts?.conceptInfo(concept)?.noteId === id) {
      continue;
    } else {
      const name = missingName(id, link.target);
      const missing = missingNodeId(name);
      refs.set(missing, { id: missing, kind: 'missing', label: name, concept: null });
      linked.add(missing);
      add(link.embed ? 'embed' : 'link', self, missing, 1, evidence, MENTION_EVIDENCE);
    }
  }

  const tags = new Map<string, string>();
  for (const use of note.tags) {
    const key = tagNodeId(use.tag);
    if (!tags.has(key)) tags.set(key, use.tag);
    refs.set(key, { id: key, kind: 'tag', label: `#${tags.get(key)}`, concept: null });
    add('tagged', self, key, 1, use.line > 0 ? { noteId: id, line: use.line, text: lineText(use.line) } : null, 1);
  }

  if (!concepts) return { noteId: id, label: note.title, folder: folderOf(id), tags: [...tags.values()], concept: null, refs: [...refs.values()], edges: [...edges.values()], related: { nodes: [], pairs: new Int32Array(0) } };
  const hits = concepts.hitSections(id);
  const { targetOf, mentions, refs: conceptRefs } = noteTargets(id, hits, concepts, note.headings.map((h) => h.text));
  for (const ref of conceptRefs) refs.set(ref.id, ref);
  // Their sentences are in the concept hits: `mentionEvidence` finds them when a view asks.
  for (const [target, count] of mentions) if (!linked.has(target)) add('mention', self, target, count, null, MENTION_EVIDENCE);
  // A glossary lists every concept in one place: that they share its page says nothing about them.
  const related = isGlossary(note) ? { nodes: [], pairs: new Int32Array(0) } : relatedPairs(note.title, id, hits, concepts, targetOf, itemParents(concepts.parsedNote(id)?.sections ?? []));

  const ownConceptKey = conceptOfNote(concepts, id, [note.title, ...note.aliases]);
  const nodeOf = (key: string): string | null => (key === ownConceptKey ? self : targetOf(key));
  const text = relations ? null : concepts.parsedNote(id);
  // Read by a helper thread against the same dictionary and hits (a first build), or here.
  for (const r of relations ?? (text ? typedRelations(text, concepts.hitsOnce(id), concepts.relationDictionary) : [])) {
    const from = nodeOf(r.from);
    const to = nodeOf(r.to);
    if (!from || !to || from === to) continue;
    const evidence = { noteId: id, line: r.evidence.line, text: r.evidence.sentence, relation: r.name };
    const key = edgeKey('relation', from, to);
    if (edges.has(key)) continue;
    edges.set(key, { kind: 'relation', source: from, target: to, weight: 1, evidence: [evidence], key, relation: r.name });
  }

  const ownConcept = ownConceptKey;
  return {
    noteId: id,
    label: note.title,
    folder: folderOf(id),
    tags: [...tags.values()],
    concept: ownConcept ? conceptNodeId(ownConcept) : null,
    refs: [...refs.values()],
    edges: [...edges.values()],
    related,
  };
}

export type { ConceptHit };

/** The concept a link's target names when it is a concept name (link-names.ts), by its page's name. */
function linkedConcept(concepts: ContributionConcepts, target: string): string | undefined {
  const page = linkedPage(target);
  return page === null ? undefined : concepts.lookup(page);
}

const byNote = new WeakMap<ContributionConcepts, { owners: number; map: Map<NoteId, string> }>();

/**
 * The concept a note names by its title and aliases. The dictionary's signature covers names → keys, not
 * which note owns a concept: a new `VPC.md` takes over the VPC acronym without changing the signature. So
 * the note's own names are looked up first, and the map, made again when owners may have moved (`engine.owners`), only serves notes whose title is
 * not a dictionary name (slug file names), checked against the concept's current owner.
 */
function conceptOfNote(engine: ContributionConcepts, id: NoteId, names: string[]): string | undefined {
  for (const name of names) {
    const key = engine.lookup(name);
    if (key !== undefined && engine.conceptInfo(key)?.noteId === id) return key;
  }
  let cached = byNote.get(engine);
  if (!cached || cached.owners !== engine.owners) {
    const map = new Map<NoteId, string>();
    for (const concept of engine.conceptInfos()) if (concept.noteId) map.set(concept.noteId, concept.key);
    cached = { owners: engine.owners, map };
    byNote.set(engine, cached);
  }
  const key = cached.map.get(id);
  return key !== undefined && engine.conceptInfo(key)?.noteId === id ? key : undefined;
}
