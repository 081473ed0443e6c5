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
