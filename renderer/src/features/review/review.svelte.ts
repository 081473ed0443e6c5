import type { ReviewCardDTO, ReviewGrade, ReviewQueueDTO } from '../../../../electron/contract';
import type { CairnClient } from '../../lib/api/types';

export const GRADE_KEYS: Record<string, ReviewGrade> = { '1': 'again', '2': 'hard', '3': 'good', '4': 'easy' };

/** A review session: the queue, the card on screen, and the mastery the graph paints. */
export class ReviewState {
  active = $state(false);
  queue = $state.raw<ReviewQueueDTO | null>(null);
  /** The card shown, out of `queue.cards`. */
  at = $state(0);
  revealed = $state(false);
  error = $state<string | null>(null);
  /** Title of what is being reviewed, when the session is about one node. */
  scopeLabel = $state<string | null>(null);
  /** Graph node id → recall probability (0–1). */
  mastery = $state.raw<Record<string, number>>({});
  reviewedNow = $state(0);
  private scope: string | undefined;

  constructor(private readonly client: CairnClient) {}

  current = $derived(this.queue?.cards[this.at] ?? null);

  async loadMastery(): Promise<void> {
    this.mastery = (await this.client.getMastery().catch(() => ({ nodes: {} }))).nodes;
  }

  async start(scope?: { nodeId: string; label: string }): Promise<void> {
    this.scope = scope?.nodeId;
    this.scopeLabel = scope?.label ?? null;
    this.active = true;
    this.reviewedNow = 0;
    await this.refill();
  }

  private async refill(): Promise<void> {
    this.error = null;
    try {
      this.queue = await this.client.reviewQueue({ limit: 20, ...(this.scope ? { nodeId: this.scope } : {}) });
    } catch (error) {
      this.error = (error as Error).message;
    }
    this.at = 0;
    this.revealed = false;
  }

  reveal(): void {
    if (this.current) this.revealed = true;
  }

  async grade(grade: ReviewGrade): Promise<void> {
    const card: ReviewCardDTO | null = this.current;
    if (!card || !this.revealed) return;
    try {
      const result = await this.client.gradeCard({ cardId: card.id, grade });
      this.mastery = { ...this.mastery, ...result.mastery };
      this.reviewedNow++;
      if (this.queue) {
        const q = this.queue;
        this.queue = {
          ...q,
          reviewedToday: q.reviewedToday + 1,
          newCount: card.state === 'new' ? Math.max(0, q.newCount - 1) : q.newCount,
          dueCount: card.state !== 'new' ? Math.max(0, q.dueCount - 1) : q.dueCount,
        };
      }
    } catch (error) {
      // Not saved: the card stays on screen so the grade can be given again.
      this.error = (error as Error).message;
      return;
    }
    this.error = null;
    this.revealed = false;
    if (this.at + 1 < (this.queue?.cards.length ?? 0)) this.at++;
    else await this.refill();
  }

  close(): void {
    this.active = false;
    this.queue = null;
  }
}
