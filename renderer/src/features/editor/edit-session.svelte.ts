import type { NoteId } from '../../../../electron/contract';
import type { CairnClient } from '../../lib/api/types';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'failed';

/** The file as this session last knew it on disk; `hash` null when it is not there (deleted). */
export interface DiskVersion {
  content: string;
  hash: string | null;
}

/** Both versions, kept until the person chooses: neither is ever dropped without asking. */
export interface Conflict {
  mine: string;
  disk: DiskVersion;
}

export const AUTOSAVE_MS = 1000;
const DRAFT_MS = 250;

const codeOf = (error: unknown): string | undefined => (error as { code?: string } | null)?.code;

/**
 * One note being edited: what is typed, what is on disk, and the way between them. Every change is kept
 * as a draft in `.cairn/drafts/` within a quarter second and saved after a second's pause or when the
 * editor loses focus; a save the disk refuses (someone else changed the file) becomes a conflict to
 * resolve, and autosave waits until it is. Calls to the host run one at a time, in order, so a draft
 * written after a save never outlives it.
 */
export class EditSession {
  /** The text an editor starts from; while typing, the editor's own document is the truth (see `current`). */
  text = $state('');
  status = $state<SaveStatus>('saved');
  error = $state<string | null>(null);
  conflict = $state.raw<Conflict | null>(null);
  /** Bumped when the text is replaced from outside the editor (taking the disk's version, restoring a draft). */
  revision = $state(0);
  /** The first editor opens with the caret after the text (a note just made), not before it. */
  caretAtEnd = false;
  /** Or at the start of this line of the file (0-based), scrolled to the top: where the reading view was. */
  caretLine: number | null = null;

  private base: DiskVersion;
  /** Reads the editor's document: only when a draft or a save needs it, never per keystroke (5,000 lines). */
  private live: (() => string) | null = null;
  /** Typed since the text last matched the disk. */
  private edited = false;
  private draftTimer: ReturnType<typeof setTimeout> | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly client: CairnClient,
    readonly id: NoteId,
    disk: DiskVersion,
    /** Told of every hash this session saved, so the note view can follow without a conflict. */
    private readonly onSaved: (hash: string) => void,
  ) {
    this.base = disk;
    this.text = disk.content;
  }

  get dirty(): boolean {
    return this.edited || this.base.hash === null;
  }

  /** The text as it is now in the editor. */
  current(): string {
    return this.live ? this.live() : this.text;
  }

  /** Replaces the text from outside the editor, which is then started again from it. */
  private replace(text: string): void {
    this.live = null;
    this.text = text;
    this.edited = text !== this.base.content;
    this.revision++;
  }

  /**
   * Brings back a draft left from before. Started from the file as it is, it is simply unsaved text
   * (autosave follows); started from an older version, both are shown side by side first.
   */
  restore(draft: { content: string; baseHash: string | null }): void {
    this.replace(draft.content);
    if (draft.baseHash === this.base.hash) {
      this.status = this.dirty ? 'unsaved' : 'saved';
      this.schedule(AUTOSAVE_MS);
      return;
    }
    this.conflict = { mine: draft.content, disk: this.base };
    this.status = 'conflict';
  }

  /** The editor's text changed; `read` gives it when needed. */
  change(read: () => string): void {
    this.live = read;
    this.edited = true;
    if (this.conflict) {
      // Typing goes on during a conflict (in the note behind it): the draft follows, the save waits for the person's choice.
      this.scheduleDraft();
      return;
    }
    this.status = 'unsaved';
    this.scheduleDraft();
    this.schedule(AUTOSAVE_MS);
  }

  /** Saves now if anything is unsaved (Ctrl+S, the editor losing focus, leaving the note). */
  async flush(): Promise<boolean> {
    this.clearTimers();
    if (this.conflict) return false;
    if (!this.dirty) return true;
    return this.save();
  }

  private schedule(ms: number): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.save();
    }, ms);
  }

  private scheduleDraft(): void {
    if (this.draftTimer) clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => {
      this.draftTimer = null;
      void this.writeDraft();
    }, DRAFT_MS);
  }

  private clearTimers(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    if (this.draftTimer) clearTimeout(this.draftTimer);
    this.saveTimer = this.draftTimer = null;
  }

  private run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private writeDraft(): Promise<void> {
    return this.run(async () => {
      if (this.closed || (!this.dirty && !this.conflict)) return;
      const content = this.current();
      if (content === this.base.content && !this.conflict) return;
      await this.client.saveDraft({ id: this.id, content, baseHash: this.base.hash }).catch(() => undefined);
    });
  }

  /** Saves the text against the version it was started from; a refusal becomes a conflict. */
  save(): Promise<boolean> {
    if (this.conflict) return Promise.resolve(false);
    if (this.draftTimer) {
      clearTimeout(this.draftTimer);
      this.draftTimer = null;
    }
    return this.run(async () => {
      if (this.conflict || !this.dirty) return !this.conflict;
      const content = this.current();
      if (content === this.base.content && this.base.hash !== null) {
        // Typed and undone back to what is on disk: nothing to write.
        this.edited = false;
        this.status = 'saved';
        await this.client.discardDraft(this.id).catch(() => undefined);
        return true;
      }
      this.status = 'saving';
      try {
        const saved = await this.client.saveNote({ id: this.id, content, baseHash: this.base.hash });
        this.base = { content, hash: saved.hash };
        this.onSaved(saved.hash);
        this.error = null;
        this.edited = this.current() !== content;
        this.status = this.dirty ? 'unsaved' : 'saved';
        // Typed while saving: that goes to disk too, after the usual pause.
        if (this.dirty) this.schedule(AUTOSAVE_MS);
        return true;
      } catch (error) {
        if (codeOf(error) === 'conflict') {
          await this.enterConflict(content);
          return false;
        }
        this.status = 'failed';
        this.error = (error as Error).message;
        // The draft keeps the text meanwhile; the next change or Ctrl+S tries again.
        await this.client.saveDraft({ id: this.id, content, baseHash: this.base.hash }).catch(() => undefined);
        return false;
      }
    });
  }

  private async readDisk(): Promise<DiskVersion> {
    try {
      const note = await this.client.readNote(this.id);
      return { content: note.content, hash: note.hash };
    } catch (error) {
      if (codeOf(error) === 'not-found') return { content: '', hash: null };
      throw error;
    }
  }

  private async enterConflict(mine: string): Promise<void> {
    const disk = await this.readDisk();
    this.clearTimers();
    this.conflict = { mine, disk };
    this.status = 'conflict';
    this.error = null;
    await this.client.saveDraft({ id: this.id, content: mine, baseHash: this.base.hash }).catch(() => undefined);
  }

  /**
   * The file changed (or went) on disk. Our own save is recognised by its hash. With nothing unsaved the
   * editor takes the new text; with unsaved text the person is told at once, with both versions.
   */
  diskChanged(): Promise<void> {
    return this.run(async () => {
      if (this.closed) return;
      const disk = await this.readDisk().catch(() => null);
      if (!disk || disk.hash === this.base.hash) return;
      if (this.conflict) {
        this.conflict = { ...this.conflict, disk };
        return;
      }
      if (!this.dirty && disk.hash !== null) {
        this.base = disk;
        this.replace(disk.content);
        this.onSaved(disk.hash);
        return;
      }
      await this.enterConflict(this.current());
    });
  }

  /** Keep mine: write my text over the disk's (or recreate the deleted file). */
  keepMine(content = this.conflict?.mine ?? this.current()): Promise<boolean> {
    return this.resolveWith(content);
  }

  /** Take the disk's version; mine is dropped (the view asks first). A deleted file leaves nothing to edit. */
  takeDisk(): Promise<void> {
    return this.run(async () => {
      const conflict = this.conflict;
      if (!conflict) return;
      this.base = conflict.disk;
      this.conflict = null;
      this.replace(conflict.disk.content);
      this.status = 'saved';
      await this.client.discardDraft(this.id).catch(() => undefined);
      if (conflict.disk.hash) this.onSaved(conflict.disk.hash);
    });
  }

  /** Saves the merged text (or mine) against the disk's version as it is now. */
  private async resolveWith(content: string): Promise<boolean> {
    const conflict = this.conflict;
    if (!conflict) return false;
    this.base = conflict.disk;
    this.conflict = null;
    this.replace(content);
    this.edited = true;
    this.status = 'unsaved';
    return this.save();
  }

  /** Drops the unsaved text and its draft (the view asks first). */
  discard(): Promise<void> {
    this.clearTimers();
    return this.run(async () => {
      this.conflict = null;
      this.replace(this.base.content);
      this.status = 'saved';
      await this.client.discardDraft(this.id).catch(() => undefined);
    });
  }

  /** Stops the timers, writing the draft first if there is unsaved text: it waits on disk for the next visit. */
  close(): Promise<void> {
    const pending = this.draftTimer !== null;
    this.clearTimers();
    const last = pending ? this.writeDraft() : Promise.resolve();
    return last.then(() => {
      this.closed = true;
    });
  }
}
