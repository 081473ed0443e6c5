import type { ReviewFitDTO, ReviewGrade, ReviewSettingsDTO } from '../../contract';
import type { VaultFs } from '../vault/vault-fs';
import type { Schedule } from './scheduler';

/** In the vault, like Obsidian's `.obsidian/`: the person's revision history travels with their notes. */
export const REVIEW_FILE = '.cairn/review.json';

export interface LogEntry {
  card: string;
  grade: ReviewGrade;
  at: string;
  /** Set in histories from before credit moved due days: a review given by implicit credit, not a grade. */
  via?: string;
}

export const DEFAULT_SETTINGS: ReviewSettingsDTO = { examDate: null, newPerDay: 20, reviewsPerDay: 200 };

interface ReviewFile {
  version: 1;
  cards: Record<string, Schedule>;
  log: LogEntry[];
  settings?: Partial<ReviewSettingsDTO>;
  /** Missing-link exercises answered: written, or declined (never asked again). */
  links?: Record<string, 'linked' | 'dismissed'>;
  /** FSRS's parameters fitted to this history (see optimizer.ts), used for scheduling once present. */
  fit?: ReviewFitDTO;
}

/** Everything one grade changes, saved at once. */
export interface ReviewChange {
  schedules: Record<string, Schedule>;
  log: LogEntry[];
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

  /** Grades given since `since` (implicit reviews not counted), and how many of them met a card for the first time. */
  reviewedSince(since: Date): { reviews: number; fresh: number } {
    const t = since.toISOString();
    const seenBefore = new Set<string>();
    const today: LogEntry[] = [];
    for (const entry of this.data.log) {
      if (entry.via) continue;
      if (entry.at < t) seenBefore.add(entry.card);
      else today.push(entry);
    }
    const fresh = new Set(today.filter((e) => !seenBefore.has(e.card)).map((e) => e.card));
    return { reviews: today.length, fresh: fresh.size };
  }

  get log(): readonly LogEntry[] {
    return this.data.log;
  }

  get fit(): ReviewFitDTO | null {
    return this.data.fit ?? null;
  }

  saveFit(fit: ReviewFitDTO, at: Date): Promise<void> {
    return this.write((data) => ({ ...data, fit }), at);
  }

  linkAnswer(cardId: string): 'linked' | 'dismissed' | undefined {
    return this.data.links?.[cardId];
  }

  recordLink(cardId: string, answer: 'linked' | 'dismissed', at: Date): Promise<void> {
    return this.write((data) => ({ ...data, links: { ...data.links, [cardId]: answer } }), at);
  }

  get settings(): ReviewSettingsDTO {
    return { ...DEFAULT_SETTINGS, ...this.data.settings };
  }

  /** Records a grade and saves; if the save fails, nothing is recorded and the error says why. */
  record(cardId: string, schedule: Schedule, grade: ReviewGrade, at: Date): Promise<void> {
    return this.apply({ schedules: { [cardId]: schedule }, log: [{ card: cardId, grade, at: at.toISOString() }] }, at);
  }

  saveSettings(settings: ReviewSettingsDTO, at: Date): Promise<void> {
    return this.write((data) => ({ ...data, settings }), at);
  }

  /** Saves a grade with what it did to other cards; if the save fails, nothing is recorded. */
  apply(change: ReviewChange, at: Date): Promise<void> {
    return this.write((data) => ({ ...data, cards: { ...data.cards, ...change.schedules }, log: [...data.log, ...change.log] }), at);
  }

  private write(update: (data: ReviewFile) => ReviewFile, at: Date): Promise<void> {
    const run = this.saving.then(async () => {
      const next = update(this.data);
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
