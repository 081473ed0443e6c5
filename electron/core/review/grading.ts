import type { ReviewGrade } from '../../contract';
import type { DeckCard } from './deck';
import { WEAK_SPOT_DAYS, creditFraction, creditTargets, weakSpots, type CardIndex, type CreditModel } from './implicit';
import type { Schedule, Scheduler } from './scheduler';
import type { ReviewChange } from './store';

const DAY = 86_400_000;

export interface GradeContext {
  index: CardIndex;
  scheduler: Scheduler;
  schedule(id: string): Schedule | undefined;
  /** What a neighbour's recall is worth (see CreditFit). */
  credit: CreditModel;
}

export interface GradeEffects {
  change: ReviewChange;
  /** Cards whose next review moved later by implicit credit. */
  credited: string[];
  /** Cards pulled forward to now: weak spots next to a forgotten card. */
  pulledForward: string[];
  /** The credit given, in reviews (the sum of the fractions). */
  credit: number;
}

/**
 * Everything one grade does: the card's own FSRS step, then either implicit credit to the concept cards
 * it exercises (see implicit.ts), or, for Again on a learnt card (a lapse), its weak spots brought forward. Pure: the caller saves it.
 */
export function gradeWithCredit(card: DeckCard, grade: ReviewGrade, now: Date, ctx: GradeContext): GradeEffects {
  const at = now.toISOString();
  const before = ctx.schedule(card.id);
  const change: ReviewChange = { schedules: { [card.id]: ctx.scheduler.grade(before, grade, now) }, log: [{ card: card.id, grade, at }] };
  const effects: GradeEffects = { change, credited: [], pulledForward: [], credit: 0 };
  if (grade === 'again') {
    // A lapse marks a weak spot: what sits next to a forgotten concept is likely shaky too, so it comes back
    // today. A card missed before it was ever learnt says nothing about its neighbours' memory.
    if (before?.state !== 'review') return effects;
    for (const id of weakSpots(card, ctx.index)) {
      const s = ctx.schedule(id);
      if (!s || s.state === 'new') continue;
      const due = new Date(s.due).getTime();
      if (due > now.getTime() && due - now.getTime() <= WEAK_SPOT_DAYS * DAY) {
        change.schedules[id] = { ...s, due: at };
        effects.pulledForward.push(id);
      }
    }
  } else if (ctx.credit.rate > 0) {
    for (const [id, tie] of creditTargets(card, ctx.index)) {
      const s = ctx.schedule(id);
      const fraction = creditFraction(ctx.credit, tie, grade);
      const next = s && ctx.scheduler.credit(s, fraction, now);
      if (!next) continue;
      change.schedules[id] = next;
      effects.credited.push(id);
      effects.credit += fraction;
    }
  }
  return effects;
}
