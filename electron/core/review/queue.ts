import type { DeckCard } from './deck';
import { creditFraction, creditTargets, type CardIndex, type CreditModel } from './implicit';
import { creditShift, type Schedule } from './scheduler';

/** Whether a fraction of a review now (Scheduler.credit) would move a due card's next review past now. */
function clears(s: Schedule, fraction: number, now: number): boolean {
  if (s.state !== 'review' || !s.lastReview) return false;
  return new Date(s.due).getTime() + creditShift(new Date(s.lastReview).getTime(), fraction, now) > now;
}

/** A card not yet due is reviewed early when its recall would clear this many due cards. */
export const HUB_CLEARS = 2;
/** …and when it was last answered at least this long ago. */
const HUB_MIN_AGE = 86_400_000;

export interface QueueInput {
  /** The deck's cards in the deck's own order (written first, then concepts by centrality). */
  cards: readonly DeckCard[];
  schedule(id: string): Schedule | undefined;
  /** What a neighbour's recall is worth (see CreditFit). */
  credit: CreditModel;
  now: Date;
  index: CardIndex;
  /** Node → how deep it sits on its foundations (ReviewGraph.depths). */
  depth: ReadonlyMap<string, number>;
  /** Node → hops from the deck's centre, for a deck by hops. */
  distance?: ReadonlyMap<string, number>;
  newLeft: number;
  reviewsLeft: number;
}

export interface Queue {
  /** Reviews for today, within the limit, in the order to do them. */
  reviews: DeckCard[];
  /** Hubs among the reviews (not yet due): card id → the due cards its recall should clear. */
  hubs: Map<string, number>;
  /** New cards for today, within the limit, foundations first. */
  fresh: DeckCard[];
  dueCount: number;
  newCount: number;
}

/**
 * Today's queue. Due reviews come in the order that clears the most: first the review whose implicit
 * credit would move the most other due cards past today, those cards after it (a Good may clear
 * them, and then they leave the queue). A learnt card not yet due joins, first, when its recall would
 * clear at least HUB_CLEARS due cards: one review of the hub instead of several of its neighbours, as
 * Math Academy's scheduler picks the reviews that knock out the most due ones. With no credit (the fit
 * found none) this is plain FSRS order, most overdue first. New cards come foundations first (an ELB before its kinds), then
 * nearest the deck's centre, then in the deck's order.
 */
export function buildQueue(input: QueueInput): Queue {
  const { now } = input;
  const due: DeckCard[] = [];
  const fresh: DeckCard[] = [];
  const dueAt = new Map<string, number>();
  for (const card of input.cards) {
    const s = input.schedule(card.id);
    if (!s) fresh.push(card);
    else if (new Date(s.due) <= now) {
      due.push(card);
      dueAt.set(card.id, new Date(s.due).getTime());
    }
  }
  due.sort((a, b) => dueAt.get(a.id)! - dueAt.get(b.id)!);
  const dueIds = new Set(due.map((c) => c.id));
  const covers = new Map<string, string[]>();
  const coverOf = (card: DeckCard): string[] => {
    const cleared: string[] = [];
    for (const [id, tie] of creditTargets(card, input.index)) {
      if (dueIds.has(id) && clears(input.schedule(id)!, creditFraction(input.credit, tie, 'good'), now.getTime())) cleared.push(id);
    }
    return cleared;
  };
  // Hubs: learnt cards not yet due whose recall would clear at least two due cards — one review instead of two or more.
  const hubs: DeckCard[] = [];
  if (input.credit.rate > 0) {
    for (const card of due) covers.set(card.id, coverOf(card));
    for (const card of input.cards) {
      const s = input.schedule(card.id);
      // A card answered today is not asked again as a hub: that answer's credit has already been given.
      if (dueIds.has(card.id) || s?.state !== 'review' || !s.lastReview || now.getTime() - new Date(s.lastReview).getTime() < HUB_MIN_AGE) continue;
      let tied = 0;
      for (const id of creditTargets(card, input.index).keys()) if (dueIds.has(id)) tied++;
      if (tied < HUB_CLEARS) continue;
      const cleared = coverOf(card);
      if (cleared.length >= HUB_CLEARS) {
        hubs.push(card);
        covers.set(card.id, cleared);
      }
    }
  }
  const reviews: DeckCard[] = [];
  const hubClears = new Map<string, number>();
  const later: DeckCard[] = [];
  const remaining = new Set(due.map((c) => c.id));
  const byId = new Map(due.map((c) => [c.id, c]));
  while (remaining.size > 0 && reviews.length < input.reviewsLeft) {
    let best: DeckCard | null = null;
    let bestValue = -1;
    // A due card's review counts for itself too; a hub is taken only while it still clears enough.
    for (const card of due) {
      if (!remaining.has(card.id)) continue;
      const value = 1 + (covers.get(card.id) ?? []).filter((id) => remaining.has(id)).length;
      if (value > bestValue) [best, bestValue] = [card, value];
    }
    for (const card of hubs) {
      if (reviews.includes(card)) continue;
      const value = covers.get(card.id)!.filter((id) => remaining.has(id)).length;
      if (value >= HUB_CLEARS && value > bestValue) [best, bestValue] = [card, value];
    }
    if (!best) break;
    if (!dueIds.has(best.id)) hubClears.set(best.id, bestValue);
    reviews.push(best);
    remaining.delete(best.id);
    for (const id of covers.get(best.id) ?? []) {
      if (remaining.delete(id)) later.push(byId.get(id)!);
    }
  }
  const ordered = [...reviews, ...later].slice(0, input.reviewsLeft);

  const order = new Map(input.cards.map((c, i) => [c.id, i]));
  const depthOf = (c: DeckCard): number => Math.max(0, ...c.nodeIds.map((n) => input.depth.get(n) ?? 0));
  const distanceOf = (c: DeckCard): number => Math.min(...c.nodeIds.map((n) => input.distance?.get(n) ?? 0));
  const freshOrdered = [...fresh].sort((a, b) => depthOf(a) - depthOf(b) || distanceOf(a) - distanceOf(b) || order.get(a.id)! - order.get(b.id)!);
  return { reviews: ordered, hubs: hubClears, fresh: freshOrdered.slice(0, Math.max(0, input.newLeft)), dueCount: due.length, newCount: fresh.length };
}
