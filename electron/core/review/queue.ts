import type { DeckCard } from './deck';
import { creditTargets, type CardIndex } from './implicit';
import type { Schedule } from './scheduler';

/** Whether a fraction of a review now (see `credited`) would move a due card's next review past now. */
function clears(s: Schedule, fraction: number, now: number): boolean {
  if (s.state !== 'review' || !s.lastReview) return false;
  return new Date(s.due).getTime() + fraction * (now - new Date(s.lastReview).getTime()) > now;
}

export interface QueueInput {
  /** The deck's cards in the deck's own order (written first, then concepts by centrality). */
  cards: readonly DeckCard[];
  schedule(id: string): Schedule | undefined;
  /** The fraction of a review a typed neighbour's recall is worth (see CreditFit). */
  rate: number;
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
  /** New cards for today, within the limit, foundations first. */
  fresh: DeckCard[];
  dueCount: number;
  newCount: number;
}

/**
 * Today's queue. Due reviews come in the order that clears the most: first the review whose implicit
 * credit would move the most other due cards past today, those cards after it (a Good may clear
 * them, and then they leave the queue). New cards come foundations first (an ELB before its kinds), then
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
  for (const card of due) {
    const cleared: string[] = [];
    if (input.rate > 0) {
      for (const [id, strength] of creditTargets(card, input.index)) {
        if (dueIds.has(id) && clears(input.schedule(id)!, Math.min(1, input.rate * strength), now.getTime())) cleared.push(id);
      }
    }
    covers.set(card.id, cleared);
  }
  const reviews: DeckCard[] = [];
  const later: DeckCard[] = [];
  const remaining = new Set(due.map((c) => c.id));
  const byId = new Map(due.map((c) => [c.id, c]));
  while (remaining.size > 0 && reviews.length < input.reviewsLeft) {
    let best: DeckCard | null = null;
    let bestCount = -1;
    for (const card of due) {
      if (!remaining.has(card.id)) continue;
      const count = covers.get(card.id)!.filter((id) => remaining.has(id)).length;
      if (count > bestCount) [best, bestCount] = [card, count];
    }
    if (!best) break;
    reviews.push(best);
    remaining.delete(best.id);
    for (const id of covers.get(best.id)!) {
      if (remaining.delete(id)) later.push(byId.get(id)!);
    }
  }
  const ordered = [...reviews, ...later].slice(0, input.reviewsLeft);

  const order = new Map(input.cards.map((c, i) => [c.id, i]));
  const depthOf = (c: DeckCard): number => Math.max(0, ...c.nodeIds.map((n) => input.depth.get(n) ?? 0));
  const distanceOf = (c: DeckCard): number => Math.min(...c.nodeIds.map((n) => input.distance?.get(n) ?? 0));
  const freshOrdered = [...fresh].sort((a, b) => depthOf(a) - depthOf(b) || distanceOf(a) - distanceOf(b) || order.get(a.id)! - order.get(b.id)!);
  return { reviews: ordered, fresh: freshOrdered.slice(0, Math.max(0, input.newLeft)), dueCount: due.length, newCount: fresh.length };
}
