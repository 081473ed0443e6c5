import type { ReviewGrade } from '../../contract';
import type { DeckCard } from './deck';
import { DEFAULT_CREDIT_RATE, GRADE_CREDIT, creditTargets, type CardIndex } from './implicit';
import type { Schedule, Scheduler } from './scheduler';

/** The credit rates weighed against the person's answers. */
export const CREDIT_RATES = [0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1] as const;
/** How firmly the default rate is held before answers speak: a Gaussian prior on the rate, this wide. */
const PRIOR_WIDTH = 0.25;

/**
 * How much a neighbour's recall is really worth, fitted to the person's own answers. Whether reviewing ALB
 * refreshes ELB depends on the person and the notes, so no constant is right for everyone: for each rate
 * in CREDIT_RATES the same explicit grades are replayed with that rate's implicit credit, and every
 * explicit answer scores each replay by how well it predicted it (log-likelihood of recall). Credit that
 * is not real shows up as cards forgotten sooner than their credited schedule said, and the rate falls;
 * credit that is real lets the fitted rate rise. The person's hidden memory is never read: only answers.
 */
export class CreditFit {
  private readonly replays = CREDIT_RATES.map(() => new Map<string, Schedule>());
  private readonly score: number[] = CREDIT_RATES.map((r) => -((r - DEFAULT_CREDIT_RATE) ** 2) / (2 * PRIOR_WIDTH ** 2));
  /** Explicit answers on which the rates disagreed, the evidence the fit rests on. */
  evidence = 0;

  constructor(
    private readonly index: CardIndex,
    private readonly scheduler: Scheduler,
  ) {}

  /** One explicit grade, in the order they were given; Again is an answer too. */
  record(card: DeckCard, grade: ReviewGrade, now: Date): void {
    const predicted = this.replays.map((replay) => this.scheduler.recall(replay.get(card.id), now));
    const seen = this.replays[0]!.get(card.id);
    if (seen && seen.state === 'review' && Math.max(...predicted) - Math.min(...predicted) > 0.005) {
      this.evidence++;
      predicted.forEach((p, i) => {
        const q = Math.min(0.999, Math.max(0.001, p));
        this.score[i]! += grade === 'again' ? Math.log(1 - q) : Math.log(q);
      });
    }
    CREDIT_RATES.forEach((rate, i) => {
      const replay = this.replays[i]!;
      replay.set(card.id, this.scheduler.grade(replay.get(card.id), grade, now));
      if (rate === 0 || grade === 'again') return;
      for (const [id, strength] of creditTargets(card, this.index)) {
        const s = replay.get(id);
        const next = s && this.scheduler.credit(s, rate * strength * GRADE_CREDIT[grade], now);
        if (next) replay.set(id, next);
      }
    });
  }

  /** The rate the answers so far support best (the default until they say otherwise). */
  rate(): number {
    let best = 0;
    for (let i = 1; i < CREDIT_RATES.length; i++) if (this.score[i]! > this.score[best]!) best = i;
    return CREDIT_RATES[best]!;
  }
}
