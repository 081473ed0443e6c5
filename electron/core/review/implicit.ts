import type { ReviewGraph } from './concept-graph';
import type { DeckCard } from './deck';

/**
 * Implicit repetition, after Math Academy's Fractional Implicit Repetition, on FSRS. Answering a card
 * exercises the concepts it asks about, and partly the concepts next to them on the graph: an ALB question
 * makes you recall what an ELB is. A recalled card gives each of those concepts' own cards (what is it, its
 * acronym, its relations — not other written questions, which ask for facts of their own) a fraction of a
 * review: the credit rate (fitted to the person's answers, see credit-fit.ts) times how strongly the graph
 * joins them (1 for a typed relation or the same concept, 0.6 a link, 0.4 a mention, 0.2 a shared section).
 *
 * A fraction f of a review is read as "with probability f this card was just recalled" (Scheduler.credit):
 * its last review and due day move forward by f of the time since. A card reviewed yesterday gains almost
 * nothing, one about to fall due gains most; its stability grows only from the person's own grades.
 */

/** The credit rate before the person's answers say better: a typed neighbour's recall counts a fifth of a review. */
export const DEFAULT_CREDIT_RATE = 0.2;
/** Again on a card pulls the cards of its concept and its strong neighbours due within this many days to today. */
export const WEAK_SPOT_DAYS = 3;
/** Neighbours this close are weak spots of a failed card: typed relations and links, not a shared section. */
export const WEAK_SPOT_STRENGTH = 0.6;

const CONCEPT_LEVEL = new Set<DeckCard['kind']>(['concept', 'alias', 'relation', 'kind-of']);

export interface CardIndex {
  graph: ReviewGraph;
  /** Graph node → the cards about it. */
  byNode: Map<string, DeckCard[]>;
  /** Card → the cards a recall of it credits, with the strength of the tie (see `creditTargets`); filled lazily. */
  targets: Map<string, Map<string, number>>;
}

export function indexCards(cards: readonly DeckCard[], graph: ReviewGraph): CardIndex {
  const byNode = new Map<string, DeckCard[]>();
  for (const card of cards) {
    for (const node of card.nodeIds) {
      const list = byNode.get(node) ?? [];
      list.push(card);
      byNode.set(node, list);
    }
  }
  return { graph, byNode, targets: new Map() };
}

/** The concepts a card exercises, with how much: its own at 1, its graph neighbours by the edge's strength. */
export function exercised(card: DeckCard, index: CardIndex): Map<string, number> {
  const out = new Map<string, number>();
  for (const node of card.nodeIds) out.set(node, 1);
  for (const node of card.nodeIds) {
    for (const n of index.graph.neighbours(node)) if ((out.get(n.id) ?? 0) < n.strength) out.set(n.id, n.strength);
  }
  return out;
}

/** Card id → how strongly a recall of `card` exercises it (0–1), before the credit rate. */
export function creditTargets(card: DeckCard, index: CardIndex): Map<string, number> {
  const known = index.targets.get(card.id);
  if (known) return known;
  const out = new Map<string, number>();
  for (const [node, strength] of exercised(card, index)) {
    for (const other of index.byNode.get(node) ?? []) {
      if (other.id === card.id || !CONCEPT_LEVEL.has(other.kind)) continue;
      if ((out.get(other.id) ?? 0) < strength) out.set(other.id, strength);
    }
  }
  index.targets.set(card.id, out);
  return out;
}

/** Cards a failed `card` marks as weak spots: every card of its concepts and of their strong neighbours. */
export function weakSpots(card: DeckCard, index: CardIndex): Set<string> {
  const out = new Set<string>();
  for (const [node, strength] of exercised(card, index)) {
    if (strength < WEAK_SPOT_STRENGTH) continue;
    for (const other of index.byNode.get(node) ?? []) if (other.id !== card.id) out.add(other.id);
  }
  return out;
}

/** What a grade is worth as implicit credit: a hard recall exercises the neighbours less. */
export const GRADE_CREDIT = { again: 0, hard: 0.5, good: 1, easy: 1 } as const;
