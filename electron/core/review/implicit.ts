import type { ReviewGrade } from '../../contract';
import type { ReviewGraph } from './concept-graph';
import type { DeckCard } from './deck';

/**
 * Implicit repetition, after Math Academy's Fractional Implicit Repetition, on FSRS. Answering a card
 * exercises the concepts it asks about, and partly the concepts next to them on the graph: an ALB question
 * makes you recall what an ELB is. A recalled card gives each card of those concepts a fraction of a review
 * (creditFraction): a rate times how strongly the graph joins them (1 for a typed relation or the same
 * concept, 0.6 a link, 0.4 a mention, 0.2 a shared section) to a power. The rate, that power and whether
 * the person's own written questions count (they ask for facts of their own, so at first they do not) are
 * fitted to the person's answers (credit-fit.ts): the graph's weights are a guess about memory, the
 * answers are the evidence.
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

/** Cards the person wrote: they ask for facts of their own, so whether a neighbour's recall refreshes them is fitted apart. */
const WRITTEN = new Set<DeckCard['kind']>(['note', 'cloze']);

/** How a credited card is tied to the recalled one. */
export interface Tie {
  /** 1 for the same concept or a typed relation, 0.6 a link, 0.4 a mention, 0.2 a shared section. */
  strength: number;
  /** The credited card is one the person wrote (not a concept, alias or relation card). */
  written: boolean;
}

/**
 * What a neighbour's recall is worth, fitted to the person's answers (CreditFit): `rate` × strength^`gamma`,
 * times `written` for the person's own cards. `gamma` 1 trusts the edge's kind (a typed relation counts
 * five times a shared section), 0 counts every tie alike.
 */
export interface CreditModel {
  rate: number;
  gamma: number;
  written: number;
}

/** Before the person's answers say better. */
export const DEFAULT_CREDIT: CreditModel = { rate: DEFAULT_CREDIT_RATE, gamma: 1, written: 0 };

/** The fraction of a review a `grade` on a card gives a card tied to it by `tie`. */
export function creditFraction(model: CreditModel, tie: Tie, grade: ReviewGrade): number {
  return Math.min(1, model.rate * tie.strength ** model.gamma * (tie.written ? model.written : 1) * GRADE_CREDIT[grade]);
}

export interface CardIndex {
  graph: ReviewGraph;
  /** Graph node → the cards about it. */
  byNode: Map<string, DeckCard[]>;
  /** Card → the cards a recall of it credits, with the strength of the tie (see `creditTargets`); filled lazily. */
  targets: Map<string, Map<string, Tie>>;
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

/** Card id → how a recall of `card` exercises it, before the credit model. */
export function creditTargets(card: DeckCard, index: CardIndex): Map<string, Tie> {
  const known = index.targets.get(card.id);
  if (known) return known;
  const out = new Map<string, Tie>();
  for (const [node, strength] of exercised(card, index)) {
    for (const other of index.byNode.get(node) ?? []) {
      if (other.id === card.id || (out.get(other.id)?.strength ?? 0) >= strength) continue;
      out.set(other.id, { strength, written: WRITTEN.has(other.kind) });
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
