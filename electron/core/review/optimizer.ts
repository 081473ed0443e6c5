import type * as FsrsBinding from '@open-spaced-repetition/binding';
import type { ReviewFitDTO, ReviewGrade } from '../../contract';
import { DEFAULT_WEIGHTS } from './scheduler';
import type { LogEntry } from './store';

/** Fewer reviews than this say more about luck than about the person's memory. */
export const FIT_MINIMUM = 400;

const RATING: Record<ReviewGrade, number> = { again: 1, hard: 2, good: 3, easy: 4 };
const DAY = 86_400_000;

/** The explicit grades (implicit credit is not an observation of memory), per card, oldest first. */
export function explicitReviews(log: readonly LogEntry[]): Map<string, { rating: number; at: number }[]> {
  const byCard = new Map<string, { rating: number; at: number }[]>();
  for (const e of log) {
    if (e.via) continue;
    const list = byCard.get(e.card) ?? [];
    list.push({ rating: RATING[e.grade], at: new Date(e.at).getTime() });
    byCard.set(e.card, list);
  }
  for (const list of byCard.values()) list.sort((a, b) => a.at - b.at);
  return byCard;
}

/**
 * FSRS's parameters fitted to the person's own history by the FSRS optimizer (fsrs-rs through
 * @open-spaced-repetition/binding, a prebuilt native module), with the log loss of the default parameters
 * and of the fitted ones on the same history.
 */
export async function fitParameters(log: readonly LogEntry[], now: Date): Promise<ReviewFitDTO> {
  const reviews = explicitReviews(log);
  const count = [...reviews.values()].reduce((n, l) => n + l.length, 0);
  if (count < FIT_MINIMUM) throw new Error(`Fitting needs at least ${FIT_MINIMUM} reviews; there are ${count}.`);
  let binding: typeof FsrsBinding;
  try {
    binding = await import('@open-spaced-repetition/binding');
  } catch (error) {
    throw new Error(`The FSRS optimizer cannot run here: ${(error as Error).message}`, { cause: error });
  }
  const { FSRSBinding, FSRSBindingItem, FSRSBindingReview, computeParameters } = binding;
  const items: InstanceType<typeof FSRSBindingItem>[] = [];
  for (const list of reviews.values()) {
    const seq: InstanceType<typeof FSRSBindingReview>[] = [];
    // Days between reviews, counted from the first; the first review's must be 0.
    let later = false;
    list.forEach((r, i) => {
      const deltaT = i === 0 ? 0 : Math.max(0, Math.floor((r.at - list[i - 1]!.at) / DAY));
      later ||= deltaT > 0;
      seq.push(new FSRSBindingReview(r.rating, deltaT));
      // fsrs-rs aborts the whole process (a Rust panic, not an exception) on an item whose reviews all
      // fall on one day: such items are left out.
      if (i > 0 && later) items.push(new FSRSBindingItem([...seq]));
    });
  }
  if (items.length === 0) throw new Error('Fitting needs reviews on different days; every card was reviewed on a single day.');
  const weights = await computeParameters(items, { enableShortTerm: true });
  const before = new FSRSBinding([...DEFAULT_WEIGHTS]).evaluate(items);
  const after = new FSRSBinding(weights).evaluate(items);
  return { reviews: count, logLossBefore: before.logLoss, logLossAfter: after.logLoss, weights, fittedAt: now.toISOString() };
}
