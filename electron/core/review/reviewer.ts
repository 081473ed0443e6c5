import { CairnError, type GradeRequest, type GradeResult, type MasteryDTO, type ReviewCardDTO, type ReviewQueueDTO, type ReviewQueueRequest } from '../../contract';
import type { VaultFs } from '../vault/vault-fs';
import { buildDeck, type DeckCard, type DeckSource } from './deck';
import { Scheduler } from './scheduler';
import { ReviewStore } from './store';

const startOfDay = (now: Date): Date => new Date(now.getFullYear(), now.getMonth(), now.getDate());

/** Spaced repetition over the vault's cards: what is due, grading, and mastery per graph node. */
export class Reviewer {
  private deck: DeckCard[] | null = null;
  private byId = new Map<string, DeckCard>();
  private store: Promise<ReviewStore> | null = null;

  constructor(
    private readonly source: () => DeckSource,
    private readonly vault: VaultFs,
    private readonly now: () => Date = () => new Date(),
    private readonly scheduler = new Scheduler(),
  ) {}

  /** The vault changed: cards are rebuilt on the next request. */
  invalidate(): void {
    this.deck = null;
  }

  private cards(): DeckCard[] {
    if (!this.deck) {
      this.deck = buildDeck(this.source());
      this.byId = new Map(this.deck.map((c) => [c.id, c]));
    }
    return this.deck;
  }

  private openStore(): Promise<ReviewStore> {
    this.store ??= ReviewStore.open(this.vault);
    return this.store;
  }

  private dto(card: DeckCard, store: ReviewStore, now: Date): ReviewCardDTO {
    const schedule = store.schedule(card.id);
    return {
      id: card.id,
      kind: card.kind,
      front: card.front,
      back: card.answer(),
      nodeId: card.nodeId,
      source: card.source,
      state: schedule?.state ?? 'new',
      due: schedule?.due ?? null,
      next: this.scheduler.preview(schedule, now),
    };
  }

  async queue(request: ReviewQueueRequest): Promise<ReviewQueueDTO> {
    const store = await this.openStore();
    const now = this.now();
    const limit = request.limit ?? 20;
    const scope = request.nodeId;
    const inScope = this.cards().filter((c) => !scope || c.nodeId === scope);
    const due: { card: DeckCard; at: string }[] = [];
    const fresh: DeckCard[] = [];
    for (const card of inScope) {
      const s = store.schedule(card.id);
      if (!s) fresh.push(card);
      else if (new Date(s.due) <= now) due.push({ card, at: s.due });
    }
    due.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    const cards: ReviewCardDTO[] = [];
    let empty = 0;
    for (const card of [...due.map((d) => d.card), ...fresh]) {
      if (cards.length >= limit) break;
      const dto = this.dto(card, store, now);
      // A concept note with no prose yet has nothing to recall.
      if (!dto.back) {
        empty++;
        continue;
      }
      cards.push(dto);
    }
    return {
      cards,
      dueCount: due.length,
      newCount: fresh.length - empty,
      totalCount: inScope.length - empty,
      reviewedToday: store.reviewedSince(startOfDay(now)),
      problem: store.problem,
    };
  }

  async grade(request: GradeRequest): Promise<GradeResult> {
    const store = await this.openStore();
    this.cards();
    const card = this.byId.get(request.cardId);
    if (!card) throw new CairnError('not-found', `No such card: ${request.cardId} (its note may have changed).`);
    const now = this.now();
    const schedule = this.scheduler.grade(store.schedule(card.id), request.grade, now);
    await store.record(card.id, schedule, request.grade, now);
    const mastery = this.masteryOf(store, now, card.nodeId);
    return { card: this.dto(card, store, now), mastery: { [card.nodeId]: mastery[card.nodeId] ?? 0 } };
  }

  async mastery(): Promise<MasteryDTO> {
    const store = await this.openStore();
    this.cards();
    return { nodes: this.masteryOf(store, this.now()) };
  }

  /** Per node (or for one node), the mean recall probability of its reviewed cards. */
  private masteryOf(store: ReviewStore, now: Date, only?: string): Record<string, number> {
    const sums = new Map<string, { sum: number; n: number }>();
    for (const [id, schedule] of store.scheduled()) {
      const card = this.byId.get(id);
      if (!card || (only !== undefined && card.nodeId !== only)) continue;
      const s = sums.get(card.nodeId) ?? { sum: 0, n: 0 };
      s.sum += this.scheduler.recall(schedule, now);
      s.n++;
      sums.set(card.nodeId, s);
    }
    const out: Record<string, number> = {};
    for (const [node, { sum, n }] of sums) out[node] = Math.round((sum / n) * 1000) / 1000;
    return out;
  }
}
