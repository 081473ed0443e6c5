import type { DeckSpec, ReviewCardDTO, ReviewGrade, ReviewPlanDTO, ReviewQueueDTO, ReviewSettingsDTO } from '../../../../electron/contract';
import type { CairnClient } from '../../lib/api/types';

export const GRADE_KEYS: Record<string, ReviewGrade> = { '1': 'again', '2': 'hard', '3': 'good', '4': 'easy' };

/** A review session: the deck, the queue, the card on screen, the mastery the graph paints, the exam plan. */
export class ReviewState {
  active = $state(false);
  queue = $state.raw<ReviewQueueDTO | null>(null);
  /** The card shown, out of `queue.cards`. */
  at = $state(0);
  revealed = $state(false);
  /** For a `kind-of` card: the option the person picked. */
  picked = $state<string | null>(null);
  error = $state<string | null>(null);
  deck = $state.raw<DeckSpec>({ kind: 'all' });
  /** The node a deck by hops is centred on, kept while the kind changes, and its name. */
  centre = $state.raw<{ nodeId: string; label: string } | null>(null);
  /** Graph node id → predicted recall at the horizon (0–1). */
  mastery = $state.raw<Record<string, number>>({});
  coverage = $state.raw<Record<string, [number, number]>>({});
  horizon = $state<string | null>(null);
  reviewedNow = $state(0);
  /** The line a missing-link answer just wrote, to show what changed. */
  linked = $state<string | null>(null);
  view = $state<'cards' | 'plan'>('cards');
  plan = $state.raw<ReviewPlanDTO | null>(null);
  settings = $state.raw<ReviewSettingsDTO | null>(null);

  constructor(private readonly client: CairnClient) {}

  current = $derived(this.queue?.cards[this.at] ?? null);

  /** What the graph lights up during review: the card's concepts (the view adds their neighbourhood). */
  focus = $derived(this.active && this.current ? new Set(this.current.nodeIds) : null);

  private masteryLoading: Promise<void> | null = null;
  private masteryAgain = false;

  /**
   * One request at a time, and once more after it when asked meanwhile: on a large vault mastery takes
   * seconds to compute, and requests piled up behind it (each change asks again) held the browser's
   * connections to the app, so opening a note waited behind them.
   */
  loadMastery(): Promise<void> {
    if (this.masteryLoading) {
      this.masteryAgain = true;
      return this.masteryLoading;
    }
    const run = async (): Promise<void> => {
      do {
        this.masteryAgain = false;
        const m = await this.client.getMastery().catch(() => null);
        if (!m) continue;
        this.mastery = m.nodes;
        this.coverage = m.coverage ?? {};
        this.horizon = m.horizon ?? null;
      } while (this.masteryAgain);
    };
    this.masteryLoading = run().finally(() => (this.masteryLoading = null));
    return this.masteryLoading;
  }

  /** Starts a session on a deck; a node given alone is revised with its neighbours one hop away. */
  async start(deck: DeckSpec = { kind: 'all' }, centre?: { nodeId: string; label: string }): Promise<void> {
    if (centre) this.centre = centre;
    this.deck = deck;
    this.active = true;
    this.view = 'cards';
    this.reviewedNow = 0;
    // Until the new deck's queue comes, no card is shown: one from the deck being left could otherwise be
    // graded under the new deck's name.
    this.queue = null;
    this.revealed = false;
    await this.refill();
  }

  async refill(): Promise<void> {
    this.error = null;
    try {
      this.queue = await this.client.reviewQueue({ limit: 20, deck: this.deck });
      this.settings = this.queue.settings;
    } catch (error) {
      this.error = (error as Error).message;
    }
    this.at = 0;
    this.revealed = false;
    this.picked = null;
  }

  reveal(): void {
    if (this.current) this.revealed = true;
  }

  pick(option: string): void {
    if (this.revealed) return;
    this.picked = option;
    this.revealed = true;
  }

  async grade(grade: ReviewGrade): Promise<void> {
    const card: ReviewCardDTO | null = this.current;
    if (!card || !this.revealed) return;
    this.linked = null;
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
          newToday: card.state === 'new' ? q.newToday + 1 : q.newToday,
          dueCount: card.state !== 'new' ? Math.max(0, q.dueCount - 1) : q.dueCount,
        };
      }
      // Implicit credit and weak spots change other cards' due dates: the queue is asked again.
      if (result.implicit.credited.length + result.implicit.pulledForward.length > 0) {
        this.error = null;
        await this.refill();
        return;
      }
    } catch (error) {
      // Not saved: the card stays on screen so the grade can be given again.
      this.error = (error as Error).message;
      return;
    }
    this.error = null;
    this.revealed = false;
    this.picked = null;
    if (this.at + 1 < (this.queue?.cards.length ?? 0)) this.at++;
    else await this.refill();
  }

  /** Answers a missing-link exercise; yes writes the link into the note. */
  async answerLink(accept: boolean): Promise<void> {
    const card = this.current;
    if (!card || card.kind !== 'missing-link') return;
    try {
      const result = await this.client.answerLinkSuggestion({ cardId: card.id, accept });
      this.linked = result.written ? `${result.written.noteId}:${result.written.line} — ${result.written.text}` : null;
      this.error = null;
    } catch (error) {
      this.error = (error as Error).message;
      return;
    }
    this.revealed = false;
    if (this.at + 1 < (this.queue?.cards.length ?? 0)) this.at++;
    else await this.refill();
  }

  async showPlan(): Promise<void> {
    this.view = 'plan';
    this.error = null;
    try {
      [this.plan, this.settings] = await Promise.all([this.client.reviewPlan(), this.client.getReviewSettings()]);
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  fitting = $state(false);

  /** Fits FSRS to the person's own history; the plan then shows the log loss before and after. */
  async fitParameters(): Promise<void> {
    this.fitting = true;
    try {
      await this.client.fitReviewParameters();
      this.error = null;
      await this.showPlan();
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.fitting = false;
    }
  }

  async saveSettings(change: Partial<ReviewSettingsDTO>): Promise<void> {
    try {
      this.settings = await this.client.setReviewSettings(change);
      this.error = null;
      await Promise.all([this.loadMastery(), this.view === 'plan' ? this.showPlan() : this.refill()]);
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  close(): void {
    this.active = false;
    this.queue = null;
  }
}
