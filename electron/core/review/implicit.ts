import type { ReviewGraph } from './concept-graph';
import type { DeckCard } from './deck';

/**
 * Implicit repetition, after Math Academy's Fractional Implicit Repetition, on FSRS. Answering a card
 * exercises the concepts it asks about, and partly the concepts next to them on the graph: an ALB question
 * makes you recall what an ELB is. So a grade gives each of those concepts' own cards (what is it, its
 * acronym, its relations — not other written questions, which ask for facts of their own) a fraction of a
 * review: DISCOUNT times how strongly the graph joins them (1 for a typed relation, 0.6 a link, 0.4 a
 * mention, 0.2 a shared section), DISCOUNT itself for the same concept. Credit adds up; at a whole review
 * the card counts as reviewed Good.
 */
export const DISCOUNT = 0.5;
/** A card remembered today gains nothing from being exercised again: credit counts as it nears its due day. */
export const TARGET_RETENTION = 0.9;
/** Again on a card pulls the cards of its concept and its neighbours due within this many days to today. */
export const WEAK_SPOT_DAYS = 3;

const CONCEPT_LEVEL = new Set<DeckCard['kind']>(['concept', 'alias', 'relation', 'kind-of']);

export interface CardIndex {
  graph: ReviewGraph;
  /** Graph node → the cards about it. */
  byNode: Map<string, DeckCard[]>;
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
  return { graph, byNode };
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

/** Card id → the fraction of a review a Good on `card` gives it, before readiness (see `readiness`). */
export function creditTargets(card: DeckCard, index: CardIndex): Map<string, number> {
  const out = new Map<string, number>();
  for (const [node, strength] of exercised(card, index)) {
    for (const other of index.byNode.get(node) ?? []) {
      if (other.id === card.id || !CONCEPT_LEVEL.has(other.kind)) continue;
      const w = DISCOUNT * strength;
      if ((out.get(other.id) ?? 0) < w) out.set(other.id, w);
    }
  }
  return out;
}

/** Cards a failed `card` marks as weak spots: every card of its concepts and their neighbours. */
export function weakSpots(card: DeckCard, index: CardIndex): Set<string> {
  const out = new Set<string>();
  for (const node of exercised(card, index).keys()) for (const other of index.byNode.get(node) ?? []) if (other.id !== card.id) out.add(other.id);
  return out;
}

/**
 * How much implicit credit counts for a card whose recall is `recallNow`: none while it is fresh, all of
 * it once it has fallen to the retention FSRS schedules for (the card is due).
 */
export function readiness(recallNow: number): number {
  return Math.min(1, Math.max(0, (1 - recallNow) / (1 - TARGET_RETENTION)));
}

/** What a grade is worth as implicit credit: a hard recall exercises the neighbours less. */
export const GRADE_CREDIT = { again: 0, hard: 0.5, good: 1, easy: 1 } as const;
