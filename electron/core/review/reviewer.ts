import {
  CairnError,
  type DeckSpec,
  type GradeRequest,
  type GradeResult,
  type MasteryDTO,
  type NoteId,
  type ReviewCardDTO,
  type ReviewFitDTO,
  type ReviewPlanDTO,
  type ReviewQueueDTO,
  type ReviewQueueRequest,
  type ReviewSettingsDTO,
} from '../../contract';
import type { VaultFs } from '../vault/vault-fs';
import { CreditFit } from './credit-fit';
import { deckSteps, type Deck, type DeckCard, type DeckSource } from './deck';
import { inDeck, resolveDeck } from './decks';
import { gradeWithCredit } from './grading';
import { creditFraction, indexCards, type CardIndex, type CreditModel } from './implicit';
import { horizonOf, masteryAt } from './mastery';
import { FIT_MINIMUM, explicitReviews, fitParameters } from './optimizer';
import { planForecast, reviewHistory } from './plan';
import type { LinkTarget } from './missing-links';
import { buildQueue } from './queue';
import { Scheduler, type Schedule } from './scheduler';
import { ReviewStore } from './store';
import { drain, type Steps } from './steps';
import { nextTurn } from '../turn';

const DAY = 86_400_000;
/** How long a background deck build holds the thread before letting requests through. */
const SLICE_MS = 20;
const startOfDay = (now: Date): Date => new Date(now.getFullYear(), now.getMonth(), now.getDate());

/** What the reviewer needs of the vault besides the deck: the search box's results, for a deck by query. */
export type NoteSearch = (query: string) => Promise<NoteId[]>;

/** Missing-link exercises in a queue: a few at a time, after the first cards; they are a side task. */
const LINKS_PER_QUEUE = 2;
const LINKS_AFTER = 5;
const interleave = (cards: DeckCard[], links: DeckCard[]): DeckCard[] => [...cards.slice(0, LINKS_AFTER), ...links, ...cards.slice(LINKS_AFTER)];

interface Built {
  /** Its cards are the studied ones (scheduled, counted for mastery); missing-link exercises wait in `deck.links`. */
  deck: Deck;
  study: DeckCard[];
  byId: Map<string, DeckCard>;
  /** Cards by the id they had before (DeckCard.legacyId), made when the history is first replayed. */
  byOldId?: Map<string, DeckCard>;
  index: CardIndex;
  depth: Map<string, number>;
}

/**
 * The credit model is fitted on at most this many of the latest log entries: replaying them costs ~43
 * schedules per answer, once a session, and a few hundred answers already settle it.
 */
export const CREDIT_FIT_WINDOW = 2000;

/** The fitted credit as the exam plan states it: through the strongest tie and the weakest. */
function creditDTO(model: CreditModel, evidence: number): ReviewPlanDTO['credit'] {
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    rate: model.rate,
    sharedSection: round(creditFraction(model, { strength: 0.2, written: false }, 'good')),
    written: model.rate > 0 && model.written > 0,
    evidence,
  };
}

/** Spaced repetition over the vault's cards: decks, today's queue, grading with implicit credit, mastery, the exam plan. */
export class Reviewer {
  private built: Built | null = null;
  /** The credit model's fit, with how many log entries it has read and the scheduler it replays with. */
  private fitted: { credit: CreditFit; read: number; scheduler: Scheduler } | null = null;
  private store: Promise<ReviewStore> | null = null;

  constructor(
    private readonly source: () => DeckSource,
    private readonly vault: VaultFs,
    private readonly now: () => Date = () => new Date(),
    private scheduler = new Scheduler(),
    private readonly search: NoteSearch = async () => [],
  ) {}

  /** The vault changed: cards are rebuilt on the next request. */
  invalidate(): void {
    this.built = null;
    this.building = null;
  }

  /**
   * Builds the cards now rather than on the first request, a slice of at most SLICE_MS at a time: a request
   * meanwhile waits for one slice, or finishes the build itself (`deck`). A change to the vault meanwhile
   * drops it (`invalidate`).
   */
  async prepare(): Promise<void> {
    let sliceStart = performance.now();
    const slice = async (): Promise<void> => {
      if (performance.now() - sliceStart > SLICE_MS) {
        await nextTurn();
        sliceStart = performance.now();
      }
    };
    if (!this.built) {
      const steps = (this.building ??= this.buildSteps());
      for (;;) {
        if (this.building !== steps) return;
        const step = steps.next();
        if (step.done) {
          this.built = step.value;
          this.building = null;
          break;
        }
        await slice();
      }
    }
    // Then the credit fit's replay of the history (seconds for a long one), so the first queue does not wait for it.
    const store = await this.openStore();
    const built = this.built;
    if (!built) return;
    for (;;) {
      // A change meanwhile (to the vault or the parameters) is for the next request to take in.
      if (this.built !== built) return;
      this.creditFit(store, built, 1);
      if (this.fitted!.read >= store.log.length) return;
      await slice();
    }
  }

  /** A build `prepare` started and has not finished. */
  private building: Steps<Built> | null = null;

  private *buildSteps(): Steps<Built> {
    const deck = yield* deckSteps(this.source());
    yield;
    const study = deck.cards;
    const byId = new Map(study.map((c) => [c.id, c]));
    yield;
    const index = indexCards(study, deck.graph);
    yield;
    return { deck, study, byId, index, depth: deck.graph.depths() };
  }

  private deck(): Built {
    if (!this.built) {
      const steps = this.building ?? this.buildSteps();
      this.building = null;
      this.built = drain(steps);
    }
    return this.built;
  }

  private openStore(): Promise<ReviewStore> {
    this.store ??= ReviewStore.open(this.vault).then((store) => {
      // The person's own parameters, once fitted, schedule every card from then on.
      if (store.fit) this.scheduler = new Scheduler({ weights: store.fit.weights });
      return store;
    });
    return this.store;
  }

  async fit(): Promise<ReviewFitDTO> {
    const store = await this.openStore();
    const now = this.now();
    let fit: ReviewFitDTO;
    try {
      fit = await fitParameters(store.log, now);
    } catch (error) {
      throw new CairnError('bad-request', (error as Error).message);
    }
    await store.saveFit(fit, now);
    this.scheduler = new Scheduler({ weights: fit.weights });
    return fit;
  }

  /**
   * The credit model fitted to the person's answers: the latest CREDIT_FIT_WINDOW entries of the history
   * are replayed once (a card known under its old id counts too; `entries` at a time in the background),
   * then each grade is added as it is given.
   * An edit to the vault rebuilds the deck but keeps the fit: later answers credit through the new graph.
   */
  private creditFit(store: ReviewStore, built: Built, entries = Infinity): CreditFit {
    const log = store.log;
    if (!this.fitted || this.fitted.scheduler !== this.scheduler || this.fitted.read > log.length) {
      this.fitted = { credit: new CreditFit(built.index, this.scheduler), read: Math.max(0, log.length - CREDIT_FIT_WINDOW), scheduler: this.scheduler };
    } else this.fitted.credit.useIndex(built.index);
    const fit = this.fitted;
    const end = Math.min(log.length, fit.read + entries);
    if (fit.read < end) {
      built.byOldId ??= new Map(built.study.flatMap((c) => (c.legacyId ? [[c.legacyId, c] as const] : [])));
      for (; fit.read < end; fit.read++) {
        const e = log[fit.read]!;
        const card = built.byId.get(e.card) ?? built.byOldId.get(e.card);
        if (!e.via && card && card.kind !== 'missing-link') fit.credit.record(card, e.grade, new Date(e.at));
      }
    }
    return fit.credit;
  }

  /** A card's schedule, also when it was saved under the id cards had before (see DeckCard.legacyId). */
  private scheduleOf(store: ReviewStore, card: DeckCard | undefined): Schedule | undefined {
    if (!card) return undefined;
    return store.schedule(card.id) ?? (card.legacyId ? store.schedule(card.legacyId) : undefined);
  }

  private dto(card: DeckCard, store: ReviewStore, now: Date): ReviewCardDTO {
    const schedule = this.scheduleOf(store, card);
    return {
      id: card.id,
      kind: card.kind,
      front: card.front,
      back: card.answer(),
      nodeIds: card.nodeIds,
      nodeId: card.nodeIds[0]!,
      nodeLabels: card.nodeIds.map((n) => this.labelOf(n)),
      source: card.source,
      ...(card.options ? { options: card.options } : {}),
      state: schedule?.state ?? 'new',
      due: schedule?.due ?? null,
      next: this.scheduler.preview(schedule, now),
    };
  }

  private labelOf(nodeId: string): string {
    const deck = this.deck().deck;
    return deck.labels.get(nodeId) ?? deck.graph.nodes.get(nodeId)?.label ?? nodeId.replace(/^\w+:/, '').replace(/\.md$/, '').split('/').pop()!;
  }

  async queue(request: ReviewQueueRequest): Promise<ReviewQueueDTO> {
    const store = await this.openStore();
    const now = this.now();
    const built = this.deck();
    const spec: DeckSpec = request.deck ?? (request.nodeId ? { kind: 'hops', nodeId: request.nodeId, hops: 0 } : { kind: 'all' });
    const found = spec.kind === 'query' ? await this.search(spec.query) : [];
    const resolved = resolveDeck(spec, built.deck, this.source().notes(), found);
    const cards = built.study.filter((c) => inDeck(c, resolved));
    // Only the exercises this queue shows are read from their notes.
    const links = built.deck.links.first(LINKS_PER_QUEUE, (c) => inDeck(c, resolved) && !store.linkAnswer(c.id));
    const settings = store.settings;
    const today = store.reviewedSince(startOfDay(now));
    const schedule = (id: string): Schedule | undefined => this.scheduleOf(store, built.byId.get(id));
    const queue = buildQueue({
      cards,
      schedule,
      credit: this.creditFit(store, built).model(),
      now,
      index: built.index,
      depth: built.depth,
      distance: resolved.distance,
      newLeft: settings.newPerDay - today.fresh,
      reviewsLeft: settings.reviewsPerDay - (today.reviews - today.fresh),
    });
    const limit = request.limit ?? 20;
    return {
      cards: interleave([...queue.reviews, ...queue.fresh], links)
        .slice(0, limit)
        .map((c) => {
          const dto = this.dto(c, store, now);
          const clears = queue.hubs.get(c.id);
          return clears ? { ...dto, clears } : dto;
        }),
      dueCount: queue.dueCount,
      newCount: queue.newCount,
      totalCount: cards.length,
      reviewedToday: today.reviews,
      newToday: today.fresh,
      settings,
      deck: { label: resolved.label, nodeIds: resolved.nodes ? [...resolved.nodes] : [] },
      problem: store.problem,
    };
  }

  async grade(request: GradeRequest): Promise<GradeResult> {
    const store = await this.openStore();
    const built = this.deck();
    const card = built.byId.get(request.cardId);
    if (!card && built.deck.links.get(request.cardId)) throw new CairnError('bad-request', 'A missing-link exercise is answered yes or no (answerLinkSuggestion), not graded.');
    if (!card) throw new CairnError('not-found', `No such card: ${request.cardId} (its note may have changed).`);
    const now = this.now();
    const { change, credited, pulledForward } = gradeWithCredit(card, request.grade, now, {
      index: built.index,
      scheduler: this.scheduler,
      schedule: (id) => this.scheduleOf(store, built.byId.get(id)),
      credit: this.creditFit(store, built).model(),
    });
    await store.apply(change, now);
    const touched = new Set([card, ...credited.map((id) => built.byId.get(id)!), ...pulledForward.map((id) => built.byId.get(id)!)].flatMap((c) => c.nodeIds));
    const mastery = this.masteryNow(store, built, now, touched).nodes;
    return { card: this.dto(card, store, now), mastery, implicit: { credited, pulledForward } };
  }

  private masteryNow(store: ReviewStore, built: Built, now: Date, only?: ReadonlySet<string>): MasteryDTO {
    const horizon = horizonOf(store.settings.examDate, now);
    const m = masteryAt(built.study, (id) => this.scheduleOf(store, built.byId.get(id)), (s, when) => this.scheduler.recallAt(s, when), horizon, only);
    return { ...m, horizon: horizon.toISOString() };
  }

  async mastery(): Promise<MasteryDTO> {
    const store = await this.openStore();
    return this.masteryNow(store, this.deck(), this.now());
  }

  /** Where a missing-link exercise would write its link. */
  async linkOf(cardId: string): Promise<LinkTarget> {
    const card = this.deck().deck.links.get(cardId);
    if (!card) throw new CairnError('not-found', `No such link suggestion: ${cardId} (the note may have changed).`);
    return card.link;
  }

  async answerLink(cardId: string, answer: 'linked' | 'dismissed'): Promise<void> {
    await (await this.openStore()).recordLink(cardId, answer, this.now());
  }

  async settings(): Promise<ReviewSettingsDTO> {
    return (await this.openStore()).settings;
  }

  async saveSettings(change: Partial<ReviewSettingsDTO>): Promise<ReviewSettingsDTO> {
    const store = await this.openStore();
    const next = { ...store.settings, ...change };
    await store.saveSettings(next, this.now());
    return next;
  }

  async plan(): Promise<ReviewPlanDTO> {
    const store = await this.openStore();
    const built = this.deck();
    const now = this.now();
    const { examDate, newPerDay } = store.settings;
    const horizon = horizonOf(examDate, now);
    const scheduleOf = (id: string): Schedule | undefined => this.scheduleOf(store, built.byId.get(id));
    const m = masteryAt(built.study, scheduleOf, (s, when) => this.scheduler.recallAt(s, when), horizon);
    const counts = new Map<string, number>();
    for (const card of built.study) for (const n of card.nodeIds) counts.set(n, (counts.get(n) ?? 0) + 1);
    const concepts = [...counts]
      .filter(([id]) => built.deck.graph.nodes.has(id))
      .map(([nodeId, cards]) => ({ nodeId, label: built.deck.labels.get(nodeId) ?? nodeId, recall: m.nodes[nodeId] ?? 0, reviewed: m.coverage[nodeId]?.[0] ?? 0, cards }))
      .sort((a, b) => a.recall - b.recall || b.cards - a.cards || (a.label < b.label ? -1 : 1));
    const days = examDate ? Math.max(1, Math.min(365, Math.ceil((horizon.getTime() - startOfDay(now).getTime()) / DAY))) : 30;
    const forecast = planForecast(
      built.study.map((c) => scheduleOf(c.id)),
      this.scheduler,
      now,
      days,
      Math.max(0, newPerDay - store.reviewedSince(startOfDay(now)).fresh),
      newPerDay,
    );
    const done = [...explicitReviews(store.log).values()].reduce((n, l) => n + l.length, 0);
    const credit = this.creditFit(store, built);
    return { examDate, fit: store.fit, reviewsForFit: { done, needed: FIT_MINIMUM }, credit: creditDTO(credit.model(), credit.evidence), horizon: horizon.toISOString(), forecast, concepts, history: reviewHistory(store.log, now, 30) };
  }
}
