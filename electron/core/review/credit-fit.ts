import type { ReviewGrade } from '../../contract';
import type { DeckCard } from './deck';
import { DEFAULT_CREDIT, creditFraction, creditTargets, type CardIndex, type CreditModel, type Tie } from './implicit';
import { creditShift, type Schedule, type Scheduler } from './scheduler';

const DAY = 86_400_000;

/**
 * A card in every replay at once: per model, its schedule as last graded and how far credit has moved it
 * since (Scheduler.credit, kept as a number). One entry per card, not one map per model: a grade credits
 * hundreds of answered cards on a large vault, each looked up once for all the models.
 */
interface Replayed {
  graded: Schedule[];
  /** Its last review, in ms, credit included; NaN while it has none. */
  last: Float64Array;
  shift: Float64Array;
}

/** The credit rates weighed against the person's answers. */
export const CREDIT_RATES = [0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1] as const;
/** How much the edge's kind matters: 1 as the graph weighs it, 0 every tie alike. */
const GAMMAS = [0, 0.5, 1] as const;
/** What a neighbour's recall gives the person's own written cards, relative to concept cards. */
const WRITTEN = [0, 1] as const;
/** How firmly the default rate is held before answers speak: a Gaussian prior on the rate, this wide. */
const PRIOR_WIDTH = 0.25;

/** Every model weighed; rate 0 once, since with no credit the rest does not matter. */
export const CREDIT_MODELS: readonly CreditModel[] = [
  { rate: 0, gamma: DEFAULT_CREDIT.gamma, written: DEFAULT_CREDIT.written },
  ...CREDIT_RATES.filter((r) => r > 0).flatMap((rate) => GAMMAS.flatMap((gamma) => WRITTEN.map((written) => ({ rate, gamma, written })))),
];

/**
 * How much a neighbour's recall is really worth, fitted to the person's own answers. Whether reviewing ALB
 * refreshes ELB depends on the person and the notes, so no constant is right for everyone: for each model
 * in CREDIT_MODELS the same explicit grades are replayed with that model's implicit credit, and every
 * explicit answer scores each replay by how well it predicted it (log-likelihood of recall). Credit that
 * is not real shows up as cards forgotten sooner than their credited schedule said, and the rate falls;
 * credit that is real lets the fitted rate rise. The person's hidden memory is never read: only answers.
 */
export class CreditFit {
  private readonly replays = new Map<string, Replayed>();
  private readonly score: number[] = CREDIT_MODELS.map(
    (m) => -((m.rate - DEFAULT_CREDIT.rate) ** 2) / (2 * PRIOR_WIDTH ** 2) - (m.gamma === DEFAULT_CREDIT.gamma && m.written === DEFAULT_CREDIT.written ? 0 : 1e-6),
  );
  /** Explicit answers on which the models disagreed, the evidence the fit rests on. */
  evidence = 0;

  private readonly scheduler: Scheduler;

  constructor(
    private index: CardIndex,
    scheduler: Scheduler,
  ) {
    // Fuzz moves due days only; the replays read stability and recall, and seeding it costs a third of a grade.
    this.scheduler = scheduler.exact();
  }

  /** The deck was rebuilt (the vault changed): answers from now on credit through its graph. */
  useIndex(index: CardIndex): void {
    this.index = index;
  }

  /** One explicit grade, in the order they were given; Again is an answer too. */
  record(card: DeckCard, grade: ReviewGrade, now: Date): void {
    const t = now.getTime();
    const seen = this.replays.get(card.id);
    const predicted = CREDIT_MODELS.map((_, i) => this.recall(seen, i, t));
    if (seen && seen.graded[0]!.state === 'review' && Math.max(...predicted) - Math.min(...predicted) > 0.005) {
      this.evidence++;
      predicted.forEach((p, i) => {
        const q = Math.min(0.999, Math.max(0.001, p));
        this.score[i]! += grade === 'again' ? Math.log(1 - q) : Math.log(q);
      });
    }
    const r: Replayed = seen ?? { graded: [], last: new Float64Array(CREDIT_MODELS.length), shift: new Float64Array(CREDIT_MODELS.length) };
    CREDIT_MODELS.forEach((_, i) => {
      const graded = this.scheduler.grade(this.current(seen, i), grade, now);
      r.graded[i] = graded;
      r.last[i] = graded.lastReview ? new Date(graded.lastReview).getTime() : NaN;
      r.shift[i] = 0;
    });
    this.replays.set(card.id, r);
    if (grade === 'again') return;
    // Only cards answered before have a replay to credit, and each model's replay of a card moves on its own,
    // so the smaller side is walked: a hub's ties or the answered cards.
    const targets = creditTargets(card, this.index);
    const credit = (other: Replayed, tie: Tie): void => {
      CREDIT_MODELS.forEach((model, i) => {
        if (model.rate === 0 || other.graded[i]!.state !== 'review' || Number.isNaN(other.last[i])) return;
        const shift = creditShift(other.last[i]!, creditFraction(model, tie, grade), t);
        other.last[i]! += shift;
        other.shift[i]! += shift;
      });
    };
    if (targets.size <= this.replays.size) {
      for (const [id, tie] of targets) {
        const other = this.replays.get(id);
        if (other) credit(other, tie);
      }
    } else {
      for (const [id, other] of this.replays) {
        const tie = targets.get(id);
        if (tie) credit(other, tie);
      }
    }
  }

  /** Predicted recall in model `i`'s replay, read as Scheduler.recall reads a credited schedule. */
  private recall(r: Replayed | undefined, i: number, now: number): number {
    if (!r || r.graded[i]!.state === 'new' || Number.isNaN(r.last[i])) return 0;
    return this.scheduler.recallAfter(r.graded[i]!.stability, Math.floor((now - r.last[i]!) / DAY));
  }

  /** The schedule Scheduler.credit would have left in model `i`: the graded one with its last review and due day moved. */
  private current(r: Replayed | undefined, i: number): Schedule | undefined {
    if (!r) return undefined;
    const graded = r.graded[i]!;
    const shift = r.shift[i]!;
    if (shift === 0) return graded;
    return { ...graded, lastReview: new Date(r.last[i]!).toISOString(), due: new Date(new Date(graded.due).getTime() + shift).toISOString() };
  }

  /** The model the answers so far support best (the default until they say otherwise). */
  model(): CreditModel {
    let best = 0;
    for (let i = 1; i < CREDIT_MODELS.length; i++) if (this.score[i]! > this.score[best]!) best = i;
    return CREDIT_MODELS[best]!;
  }

  /** The fitted model's rate: what a typed neighbour's recall gives a concept card. */
  rate(): number {
    return this.model().rate;
  }
}
