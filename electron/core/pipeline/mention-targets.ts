import type { NoteId } from '../../contract';
import type { ConceptEngine, ConceptInfo } from '../concepts/engine';
import type { ConceptKey } from '../concepts/types';
import { conceptNodeId, noteNodeId, type NodeRef } from '../graph/contribution';

/** A note's strongest mentions are always shown, however rarely it names them. */
export const MENTION_TOP_K = 6;
/** Named this often, a concept is something the note talks about, not a word in passing. */
export const MENTION_MIN_COUNT = 2;
/**
 * A concept without a note of its own that fewer notes than this name is kept by every note that names
 * it: where a rare term is named is all the graph knows of it (`mediante SSH` in a one-note vault).
 * Crossing the line remakes those notes (vault-index.ts `crossedLine`).
 */
export const RARE_BELOW_NOTES = 3;

/** A note's concept hits as parallel lists (see ConceptEngine.hitSections). */
export interface NoteHits {
  keys: readonly ConceptKey[];
  sections: readonly number[];
  definitions?: readonly boolean[];
}

export interface NoteTargets {
  /** The node a concept stands for in this note, null for a concept node the note does not keep. */
  targetOf: (key: ConceptKey) => string | null;
  /** Nodes the note keeps, in id order, with how often it names each: its mention edges and their weights. */
  mentions: [string, number][];
  /** Concept nodes the note keeps, for its refs. */
  refs: NodeRef[];
}

/**
 * Which of the nodes a note names it keeps as mention edges: those it defines or heads a section with, names at least
 * MENTION_MIN_COUNT times, or ranks among its MENTION_TOP_K by count (ties by node id). A reader wants what
 * the note is about, not every acronym it passes: at 10k notes every hit as an edge was ~22 per note.
 * Decided from the note's own hits and the engine alone (links do not take part, so the evidence of a
 * related edge can redo it without the resolver), so an edit and a fresh build agree. A concept node
 * the note does not keep is left out of its co-occurrence pairs as well: it never exists without an edge.
 */
export function noteTargets(noteId: NoteId, hits: NoteHits, concepts: Pick<ConceptEngine, 'conceptInfo' | 'lookup' | 'noteCount'>, headings: readonly string[]): NoteTargets {
  const base = nodeOfConcept(noteId, concepts, null);
  const counts = new Map<string, number>();
  const defined = new Set<string>();
  const conceptKey = new Map<string, ConceptKey>();
  for (let h = 0; h < hits.keys.length; h++) {
    const key = hits.keys[h] as ConceptKey;
    const node = base(key);
    if (!node) continue;
    counts.set(node, (counts.get(node) ?? 0) + 1);
    if (hits.definitions?.[h]) defined.add(node);
    if (!conceptKey.has(node)) conceptKey.set(node, key);
  }
  // A section headed by a concept's name is about it, however seldom the prose repeats the name.
  for (const heading of headings) {
    const key = concepts.lookup(heading);
    const node = key === undefined ? null : base(key);
    if (node && counts.has(node)) defined.add(node);
  }
  const top = topRanked(counts);
  const kept = new Set<string>();
  for (const [node, count] of counts) {
    if (count >= MENTION_MIN_COUNT || defined.has(node) || top.includes(node) || (node.startsWith('concept:') && concepts.noteCount(conceptKey.get(node) as ConceptKey) < RARE_BELOW_NOTES)) kept.add(node);
  }
  const mentions: [string, number][] = [...kept].sort().map((node) => [node, counts.get(node) ?? 0]);
  const refs: NodeRef[] = [];
  for (const [node] of mentions) {
    if (!node.startsWith('concept:')) continue;
    const concept = concepts.conceptInfo(conceptKey.get(node) as ConceptKey);
    refs.push({ id: node, kind: 'concept', label: concept?.label ?? node.slice('concept:'.length), concept: node });
  }
  const targetOf = (key: ConceptKey): string | null => {
    const node = base(key);
    return node && node.startsWith('concept:') && !kept.has(node) ? null : node;
  };
  return { targetOf, mentions, refs };
}

/**
 * The nodes ranked below MENTION_TOP_K by count, ties by node id, among those named fewer than
 * MENTION_MIN_COUNT times (the others are kept anyway): picked in one pass rather than by sorting every
 * node a note names, which with the rare check made for each was a fifth of a note's graph part.
 */
function topRanked(counts: ReadonlyMap<string, number>): string[] {
  let strong = 0;
  for (const count of counts.values()) if (count >= MENTION_MIN_COUNT) strong++;
  const slots = MENTION_TOP_K - strong;
  const best: [string, number][] = [];
  if (slots <= 0) return [];
  for (const [node, count] of counts) {
    if (count >= MENTION_MIN_COUNT) continue;
    let at = best.length;
    while (at > 0) {
      const [other, otherCount] = best[at - 1] as [string, number];
      if (otherCount > count || (otherCount === count && other < node)) break;
      at--;
    }
    if (at >= slots) continue;
    best.splice(at, 0, [node, count]);
    if (best.length > slots) best.pop();
  }
  return best.map(([node]) => node);
}

/**
 * The graph node that stands for a concept in `noteId`: its concept note, or its own concept node; null
 * when it is this note's own concept or not worth a node. Concept nodes it returns are added to `refs`.
 */
export function nodeOfConcept(noteId: NoteId, concepts: Pick<ConceptEngine, 'conceptInfo'>, refs: Map<string, NodeRef> | null): (key: ConceptKey) => string | null {
  const known = new Map<ConceptKey, string | null>();
  return (key) => {
    let node = known.get(key);
    if (node !== undefined) return node;
    node = null;
    const concept = concepts.conceptInfo(key);
    if (concept && worthANode(concept)) {
      if (concept.noteId) node = concept.noteId === noteId ? null : noteNodeId(concept.noteId);
      else {
        node = conceptNodeId(key);
        refs?.set(node, { id: node, kind: 'concept', label: concept.label, concept: node });
      }
    }
    known.set(key, node);
    return node;
  };
}

/** Tags already have their own nodes: a concept that only tags name does not get another. */
function worthANode(concept: ConceptInfo): boolean {
  if (concept.noteId) return true;
  const weak = concept.sources.every((source) => source === 'tag' || source === 'heading');
  if (!weak) return true;
  if (concept.sources.every((source) => source === 'tag')) return false;
  // A heading names what its section is about: a node, once its words are not an everyday label (the
  // dictionary leaves those out).
  return true;
}
