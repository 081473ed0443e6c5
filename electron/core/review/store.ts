import type { ReviewGrade } from '../../contract';
import type { VaultFs } from '../vault/vault-fs';
import type { Schedule } from './scheduler';

/** In the vault, like Obsidian's `.obsidian/`: the person's revision history travels with their notes. */
export const REVIEW_FILE = '.cairn/review.json';

interface ReviewFile {
  version: 1;
  cards: Record<string, Schedule>;
  log: { card: string; grade: ReviewGrade; at: string }[];
}

const empty = (): ReviewFile => ({ version: 1, cards: {}, log: [] });

function isReviewFile(v: unknown): v is ReviewFile {
  if (typeof v !== 'object' || v === null) return false;
  const f = v as Partial<ReviewFile>;
  return f.version === 1 && typeof f.cards === 'object' && f.cards !== null && Array.isArray(f.log);
}

/**
 * Card schedules and the review log, saved atomically after every grade. A file it cannot read is
 * never overwritten: its text is copied aside first, and `problem` says so.
 */
export class ReviewStore {
  private saving: Promise<void> = Promise.resolve();

  private constructor(
    private readonly vault: VaultFs,
    private data: ReviewFile,
    private unreadable: { text: string; reason: string } | null,
  ) {}

  static async open(vault: VaultFs): Promise<ReviewStore> {
    const bytes = await vault.read(REVIEW_FILE).catch(() => null);
    if (!bytes) return new ReviewStore(vault, empty(), null);
    const text = new TextDecoder('utf-8').decode(bytes);
    try {
      const parsed: unknown = JSON.parse(text);
      if (isReviewFile(parsed)) return new ReviewStore(vault, parsed, null);
      return new ReviewStore(vault, empty(), { text, reason: 'it is not a Cairn review file (version 1)' });
    } catch (error) {
      return new ReviewStore(vault, empty(), { text, reason: (error as Error).message });
    }
  }

  get problem(): string | null {
    return this.unreadable ? `${REVIEW_FILE} could not be read (${this.unreadable.reason}); it is kept aside and a new one starts on the next grade.` : null;
  }

  schedule(cardId: string): Schedule | undefined {
    return Object.prototype.hasOwnProperty.call(this.data.cards, cardId) ? this.data.cards[cardId] : undefined;
  }

  scheduled(): IterableIterator<[string, Schedule]> {
    return Object.entries(this.data.cards)[Symbol.iterator]();
  }

  reviewedSince(since: Date): number {
    const t = since.toISOString();
    let n = 0;
    for (let i = this.data.log.length - 1; i >= 0 && this.data.log[i]!.at >= t; i--) n++;
    return n;
  }

  /** Records a grade and saves; if the save fails, nothing is recorded and the error says why. */
  record(cardId: string, schedule: Schedule, grade: ReviewGrade, at: Date): Promise<void> {
    const run = this.saving.then(async () => {
      const next: ReviewFile = {
        version: 1,
        cards: { ...this.data.cards, [cardId]: schedule },
        log: [...this.data.log, { card: cardId, grade, at: at.toISOString() }],
      };
      if (this.unreadable) {
        const aside = REVIEW_FILE.replace(/\.json$/, `.unreadable-${at.getTime()}.json`);
        await this.vault.write(aside, this.unreadable.text);
        this.unreadable = null;
      }
      await this.vault.write(REVIEW_FILE, JSON.stringify(next, null, 1));
      this.data = next;
    });
    this.saving = run.catch(() => undefined);
    return run;
  }
}
