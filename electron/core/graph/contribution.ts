import type { EdgeKind, EvidenceDTO, NodeKind, NoteId } from '../../contract';

/** An edge as one note asserts it; the model sums contributions from all notes into one edge. */
export interface EdgeContribution {
  kind: EdgeKind;
  source: string;
  target: string;
  weight: number;
  evidence: EvidenceDTO[];
  /** `edgeKey(kind, source, target)` when the maker already built it: saves the model a string per edge. */
  key?: string;
  /** For `relation` edges: the relation's name. */
  relation?: string;
}

/** A node a note refers to that is not a note itself (concept, tag, missing). */
export interface NodeRef {
  id: string;
  kind: Exclude<NodeKind, 'note'>;
  label: string;
  concept: string | null;
}

/** Everything one note adds to the graph; replacing it is how a change becomes a delta. */
export interface NoteContribution {
  noteId: NoteId;
  label: string;
  folder: string;
  tags: string[];
  concept: string | null;
  refs: NodeRef[];
  edges: EdgeContribution[];
  /** Co-occurring node pairs, kept compact (no object or string per pair): the graph sums them vault-wide. */
  related?: RelatedPairs;
}

/**
 * Node pairs as indices into `nodes`: `pairs` holds (i, j, weight) triples. A long note names hundreds of
 * pairs; as numbers they cost neither strings nor objects, and evidence is looked up only when asked for.
 */
export interface RelatedPairs {
  nodes: string[];
  /** Typed: millions of numbers at 10k notes, which a plain array keeps and caches one tagged value at a time. */
  pairs: Int32Array;
}

export const noteNodeId = (id: NoteId): string => `note:${id}`;
export const conceptNodeId = (key: string): string => `concept:${key}`;
export const tagNodeId = (tag: string): string => `tag:${tag.toLowerCase()}`;
export const missingNodeId = (target: string): string => `missing:${target.toLowerCase()}`;

/** Undirected kinds get a canonical order so A–B and B–A are one edge. */
export function edgeKey(kind: EdgeKind, source: string, target: string): string {
  if (kind === 'related' && target < source) return `${kind}|${target}|${source}`;
  return `${kind}|${source}|${target}`;
}

export const MAX_EVIDENCE_PER_EDGE = 12;

/**
 * Whether two contributions add exactly the same to the graph. When the concept dictionary changes, every
 * note's part is made again and nearly all come out as they were: replacing them anyway cost ~3 s at 10k
 * notes and sent a delta of every edge in the vault.
 */
export function sameContribution(a: NoteContribution, b: NoteContribution): boolean {
  if (a.noteId !== b.noteId || a.label !== b.label || a.folder !== b.folder || a.concept !== b.concept) return false;
  if (!sameList(a.tags, b.tags) || a.refs.length !== b.refs.length || a.edges.length !== b.edges.length) return false;
  for (let i = 0; i < a.refs.length; i++) {
    const x = a.refs[i] as NodeRef;
    const y = b.refs[i] as NodeRef;
    if (x.id !== y.id || x.kind !== y.kind || x.label !== y.label || x.concept !== y.concept) return false;
  }
  for (let i = 0; i < a.edges.length; i++) {
    const x = a.edges[i] as EdgeContribution;
    const y = b.edges[i] as EdgeContribution;
    if (x.kind !== y.kind || x.source !== y.source || x.target !== y.target || x.weight !== y.weight || x.relation !== y.relation) return false;
    if (x.evidence.length !== y.evidence.length) return false;
    for (let j = 0; j < x.evidence.length; j++) {
      const e = x.evidence[j] as EvidenceDTO;
      const f = y.evidence[j] as EvidenceDTO;
      if (e.noteId !== f.noteId || e.line !== f.line || e.text !== f.text || e.relation !== f.relation) return false;
    }
  }
  return sameRelated(a.related, b.related);
}

function sameRelated(a: RelatedPairs | undefined, b: RelatedPairs | undefined): boolean {
  if (!a || !b) return a === b;
  if (!sameList(a.nodes, b.nodes) || a.pairs.length !== b.pairs.length) return false;
  for (let i = 0; i < a.pairs.length; i++) if (a.pairs[i] !== b.pairs[i]) return false;
  return true;
}

/** The same strings in the same order; false against a missing list. */
export function sameList(a: readonly string[], b: readonly string[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((value, i) => value === b[i]);
}
