import type { ReviewGrade } from '../../contract';
import type { DeckCard } from './deck';
import { GRADE_CREDIT, WEAK_SPOT_DAYS, creditTargets, readiness, weakSpots, type CardIndex } from './implicit';
import type { Schedule, Scheduler } from './scheduler';
import type { ReviewChange } from './store';

const DAY = 86_400_000;

export interface GradeContext {
  index: CardIndex;
  scheduler: Scheduler;
  schedule(id: string): Schedule | undefined;
  credit(id: string): number;
}

export interface GradeEffects {
  change: ReviewChange;
  /** Cards whose implicit credit reached a whole review: reviewed Good now. */
  reviewed: string[];
  /** Cards pulled forward to now: weak spots next to a forgotten card. */
  pulledForward: string[];
}

/**
 * Everything one grade does: the card's own FSRS step, then either implicit credit to the concept cards
 * it exercises (see implicit.ts), or, for Again, its weak spots brought forward. Pure: the caller saves it.
 */
export function gradeWithCredit(card: DeckCard, grade: ReviewGrade, now: Date, ctx: GradeContext): GradeEffects {
  const at = now.toISOString();
  const change: ReviewChange = { schedules: { [card.id]: ctx.scheduler.grade(ctx.schedule(card.id), grade, now) }, log: [{ card: card.id, grade, at }], credit: {} };
  const reviewed: string[] = [];
  const pulledForward: string[] = [];
  if (grade === 'again') {
    // A weak spot: what sits next to a forgotten concept is likely shaky too, so it comes back today.
    for (const id of weakSpots(card, ctx.index)) {
      const s = ctx.schedule(id);
      if (!s || s.state === 'new') continue;
      const due = new Date(s.due).getTime();
      if (due > now.getTime() && due - now.getTime() <= WEAK_SPOT_DAYS * DAY) {
        change.schedules[id] = { ...s, due: at };
        change.credit[id] = 0;
        pulledForward.push(id);
      }
    }
  } else {
    for (const [id, w] of creditTargets(card, ctx.index)) {
      const s = ctx.schedule(id);
      if (!s || s.state !== 'review') continue;
      const credit = ctx.credit(id) + w * GRADE_CREDIT[grade] * readiness(ctx.scheduler.recall(s, now));
      if (credit >= 1) {
        change.schedules[id] = ctx.scheduler.grade(s, 'good', now);
        change.log.push({ card: id, grade: 'good', at, via: card.id });
        change.credit[id] = 0;
        reviewed.push(id);
      } else if (credit > ctx.credit(id)) change.credit[id] = credit;
    }
  }
  return { change, reviewed, pulledForward };
}
