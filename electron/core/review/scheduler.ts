import { createEmptyCard, default_w, fsrs, generatorParameters, Rating, State, type Card, type FSRS, type Grade } from 'ts-fsrs';

/** FSRS's parameters for the average person, as ts-fsrs ships them. */
export const DEFAULT_WEIGHTS: readonly number[] = default_w;
import type { CardState, ReviewGrade } from '../../contract';

/** A card's schedule as the review store keeps it: plain JSON, dates as ISO strings. */
export interface Schedule {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: string | null;
}

const STATES: Record<State, CardState> = { [State.New]: 'new', [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning' };
const FROM_STATE: Record<CardState, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };
const RATINGS: Record<ReviewGrade, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
export const GRADES: readonly ReviewGrade[] = ['again', 'hard', 'good', 'easy'];

function toCard(s: Schedule | undefined, now: Date): Card {
  if (!s) return createEmptyCard(now);
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: FROM_STATE[s.state],
    ...(s.lastReview ? { last_review: new Date(s.lastReview) } : {}),
  };
}

function fromCard(c: Card): Schedule {
  return {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: STATES[c.state],
    lastReview: c.last_review ? c.last_review.toISOString() : null,
  };
}

/** How far implicit credit moves a card's last review (and due day): `fraction` of the time since it, in ms. */
export function creditShift(lastReview: number, fraction: number, now: number): number {
  return fraction > 0 ? Math.min(1, fraction) * Math.max(0, now - lastReview) : 0;
}

/** "10m", "5h", "3d", "2mo", "1.5y": how long until a due date, as a grade button shows it. */
export function formatInterval(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(hours / 24);
  if (days < 30) return `${days}d`;
  if (days < 365) return `${Math.round(days / 30)}mo`;
  return `${Math.round((days / 365) * 10) / 10}y`;
}

/**
 * FSRS through ts-fsrs: the scheduling model Anki ships, fitted on millions of reviews. Fuzz spreads
 * cards learnt together over nearby days, so a whole topic does not come due on one morning.
 */
export class Scheduler {
  private readonly f: FSRS;

  /** `weights`: FSRS's 21 parameters, for a memory other than the average person's (the bench's students). */
  /** `retention`: the recall probability reviews are scheduled at (FSRS's desired retention, 0.9 by default). */
  constructor(private readonly options: { fuzz?: boolean; weights?: readonly number[]; retention?: number } = {}) {
    this.f = fsrs(
      generatorParameters({
        enable_fuzz: options.fuzz ?? true,
        ...(options.weights ? { w: [...options.weights] } : {}),
        ...(options.retention ? { request_retention: options.retention } : {}),
      }),
    );
  }

  /** The same memory model without fuzz: for replays that read stability and recall, never a due day. */
  exact(): Scheduler {
    return this.options.fuzz === false ? this : new Scheduler({ ...this.options, fuzz: false });
  }

  grade(current: Schedule | undefined, grade: ReviewGrade, now: Date): Schedule {
    return fromCard(this.f.next(toCard(current, now), now, RATINGS[grade]).card);
  }

  /**
   * A fraction of a review (implicit credit), read as "with probability `fraction` the card was just
   * recalled": its last review, and its due day with it, move forward by that fraction of the time since.
   * Its stability does not change — only a graded answer earns a longer interval — so credit that was not
   * deserved costs one review that comes a little late, never an interval built on it. Only cards in
   * review are credited; null when nothing would change.
   */
  credit(current: Schedule, fraction: number, now: Date): Schedule | null {
    if (current.state !== 'review' || !current.lastReview) return null;
    const last = new Date(current.lastReview).getTime();
    const shift = creditShift(last, fraction, now.getTime());
    if (shift <= 0) return null;
    return { ...current, lastReview: new Date(last + shift).toISOString(), due: new Date(new Date(current.due).getTime() + shift).toISOString() };
  }

  /** Recall after `days` whole days at `stability`: FSRS's forgetting curve, as `recall` reads it from a card. */
  recallAfter(stability: number, days: number): number {
    return this.f.forgetting_curve(Math.max(0, days), +stability.toFixed(8));
  }

  /** When each grade would bring the card back. */
  preview(current: Schedule | undefined, now: Date): Record<ReviewGrade, string> {
    const log = this.f.repeat(toCard(current, now), now);
    const out = {} as Record<ReviewGrade, string>;
    for (const g of GRADES) out[g] = formatInterval(log[RATINGS[g]].card.due.getTime() - now.getTime());
    return out;
  }

  /** Probability of recalling the card now (FSRS's forgetting curve); 0 for a card never reviewed. */
  recall(current: Schedule | undefined, now: Date): number {
    if (!current || current.state === 'new') return 0;
    return this.f.get_retrievability(toCard(current, now), now, false);
  }

  /** Predicted recall at a later date (an exam), if the card is not reviewed before. */
  recallAt(current: Schedule, at: Date): number {
    return this.recall(current, at);
  }
}
