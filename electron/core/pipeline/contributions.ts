import type { EvidenceDTO, NoteId } from '../../contract';
import type { ConceptEngine } from '../concepts/engine';
import type { Concept, ConceptHit } from '../concepts/types';
import { conceptNodeId, edgeKey, missingNodeId, noteNodeId, tagNodeId, type EdgeContribution, type NodeRef, type NoteContribution } from '../graph/contribution';
import type { LinkResolver } from '../markdown/resolve';
import { folderOf, type NoteRecord } from './note-record';

const MENTION_EVIDENCE = 3;
const RELATED_EVIDENCE = 2;

/** Turns one parsed note, with the vault's resolver and concepts, into its part of the graph. */
export function buildContribution(record: NoteRecord, resolver: LinkResolver, concepts: ConceptEngine): NoteContribution | null {
  const note = record.parsed;
  if (!note) return null;
  const id = note.id;
  const self = noteNodeId(id);
  const refs = new Map<string, NodeRef>();
  const edges = new Map<string, EdgeContribution>();
  const lines = note.body.split(/\r?\n/);
  const lineText = (line: number): string => (lines[line - note.bodyStartLine] ?? '').trim().slice(0, 300);
  const add = (kind: EdgeContribution['kind'], source: string, target: string, weight: number, evidence: EvidenceDTO | null, cap: number): void => {
    if (source === target) return;
    // The graph's own key: `related` is undirected, and the same pair added as A–B (by section) and B–A
    // (by what the note is about) must be one part, or the model subtracts only one of them on removal.
    const key = edgeKey(kind, source, target);
    const existing = edges.get(key);
    if (existing) {
      existing.weight += weight;
      if (evidence && existing.evidence.length < cap) existing.evidence.push(evidence);
    } else {
      edges.set(key, { kind, source, target, weight, evidence: evidence ? [evidence] : [] });
    }
  };

  for (const link of note.links) {
    if (link.target === '') continue;
    const resolved = resolver.resolve(id, link.target, link.kind);
    const evidence = { noteId: id, line: link.line, text: lineText(link.line) };
    if (resolved) {
      if (!resolved.toLowerCase().endsWith('.md')) continue;
      add(link.embed ? 'embed' : 'link', self, noteNodeId(resolved), 1, evidence, MENTION_EVIDENCE);
    } else {
      const missing = missingNodeId(link.target);
      refs.set(missing, { id: missing, kind: 'missing', label: link.target, concept: null });
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

  const hits = concepts.hitsFor(id);
  const targetOf = (key: string): string | null => {
    const concept = concepts.concept(key);
    if (!concept || !worthANode(concept, concepts)) return null;
    if (concept.noteId) return concept.noteId === id ? null : noteNodeId(concept.noteId);
    const nodeId = conceptNodeId(key);
    refs.set(nodeId, { id: nodeId, kind: 'concept', label: concept.label, concept: nodeId });
    return nodeId;
  };
  const bySection = new Map<number, Set<string>>();
  for (const hit of hits) {
    const target = targetOf(hit.key);
    const occurrence = hit.occurrence;
    const evidence = { noteId: id, line: occurrence.line, text: occurrence.sentence };
    // A [[link]] already says it; a mention edge beside it would only repeat it.
    if (target && !edges.has(`link|${self}|${target}`) && !edges.has(`embed|${self}|${target}`)) add('mention', self, target, 1, evidence, MENTION_EVIDENCE);
    const nodeId = target ?? (concepts.concept(hit.key)?.noteId === id ? self : null);
    if (!nodeId) continue;
    let set = bySection.get(occurrence.section);
    if (!set) bySection.set(occurrence.section, (set = new Set()));
    set.add(`${nodeId}\u0000${occurrence.line}\u0000${occurrence.sentence}`);
  }
  addRelated(bySection, id, add);
  addAbout(note.title, id, hits, concepts, targetOf, add);

  const ownConcept = conceptOfNote(concepts, id, [note.title, ...note.aliases]);
  return {
    noteId: id,
    label: note.title,
    folder: folderOf(id),
    tags: [...tags.values()],
    concept: ownConcept ? conceptNodeId(ownConcept) : null,
    refs: [...refs.values()],
    edges: [...edges.values()],
  };
}

/**
 * A note whose title names a concept owned elsewhere (the user's "EC2" study note, beside the EC2 concept
 * note) is about that concept: what it discusses relates to that concept, even across its sections.
 */
function addAbout(title: string, noteId: NoteId, hits: ConceptHit[], concepts: ConceptEngine, targetOf: (key: string) => string | null, add: AddEdge): void {
  const aboutKey = concepts.lookup(title);
  const about = aboutKey ? concepts.concept(aboutKey) : undefined;
  if (!aboutKey || !about || about.noteId === noteId) return;
  const aboutNode = targetOf(aboutKey);
  if (!aboutNode) return;
  const seen = new Set<string>();
  for (const hit of hits) {
    if (hit.key === aboutKey || seen.has(hit.key)) continue;
    seen.add(hit.key);
    const target = targetOf(hit.key);
    if (target && target !== aboutNode) add('related', aboutNode, target, 1, { noteId, line: hit.occurrence.line, text: hit.occurrence.sentence }, RELATED_EVIDENCE);
  }
}

/**
 * Tags already have their own nodes, and a heading that no other note picks up is a section title,
 * not an idea: neither becomes a concept node.
 */
function worthANode(concept: Concept, engine: ConceptEngine): boolean {
  if (concept.noteId) return true;
  const weak = concept.sources.every((source) => source === 'tag' || source === 'heading');
  if (!weak) return true;
  if (concept.sources.every((source) => source === 'tag')) return false;
  return engine.notesOf(concept.key).length >= 3;
}

type AddEdge = (kind: EdgeContribution['kind'], source: string, target: string, weight: number, evidence: EvidenceDTO | null, cap: number) => void;

/** Concepts named in the same section are related; the sentence of the first one is the evidence. */
function addRelated(bySection: Map<number, Set<string>>, noteId: NoteId, add: AddEdge): void {
  for (const entries of bySection.values()) {
    const first = new Map<string, { line: number; text: string }>();
    for (const entry of entries) {
      const [node, line, text] = entry.split('\u0000') as [string, string, string];
      if (!first.has(node)) first.set(node, { line: Number(line), text });
    }
    const nodes = [...first.keys()].sort();
    if (nodes.length > 40) nodes.length = 40;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i] as string;
        const b = nodes[j] as string;
        const at = first.get(b) ?? first.get(a);
        add('related', a, b, 1, at ? { noteId, line: at.line, text: at.text } : null, RELATED_EVIDENCE);
      }
    }
  }
}

export type { ConceptHit };

const byNote = new WeakMap<ConceptEngine, { signature: string; map: Map<NoteId, string> }>();

/**
 * The concept a note names by its title and aliases. The dictionary's signature covers names → keys, not
 * which note owns a concept: a new `VPC.md` takes over the VPC acronym without changing the signature. So
 * the note's own names are looked up first, and the per-signature map only serves notes whose title is
 * not a dictionary name (slug file names), checked against the concept's current owner.
 */
function conceptOfNote(engine: ConceptEngine, id: NoteId, names: string[]): string | undefined {
  for (const name of names) {
    const key = engine.lookup(name);
    if (key !== undefined && engine.concept(key)?.noteId === id) return key;
  }
  let cached = byNote.get(engine);
  if (!cached || cached.signature !== engine.signature) {
    const map = new Map<NoteId, string>();
    for (const concept of engine.concepts()) if (concept.noteId) map.set(concept.noteId, concept.key);
    cached = { signature: engine.signature, map };
    byNote.set(engine, cached);
  }
  const key = cached.map.get(id);
  return key !== undefined && engine.concept(key)?.noteId === id ? key : undefined;
}
