import type { DraftDTO, NoteDTO, NoteId, NoteSummary } from '../../../../electron/contract';
import type { CairnClient } from '../../lib/api/types';
import { EditSession } from '../editor/edit-session.svelte';
import type { CompletionFeed } from '../editor/completion';
import type { EditorMode } from '../editor/setup';
import { t } from '../../i18n/i18n';

const MODE_KEY = 'cairn.editor.mode';

function storedMode(): EditorMode {
  try {
    return localStorage.getItem(MODE_KEY) === 'source' ? 'source' : 'live';
  } catch {
    return 'live';
  }
}

/** The open note: what is shown, the editing session if it is being written, and a draft left from before. */
export class NoteState {
  note = $state.raw<NoteDTO | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  session = $state.raw<EditSession | null>(null);
  /** Live preview or source, remembered between notes and visits. */
  mode = $state<EditorMode>(storedMode());
  /** Unsaved text found for this note in `.cairn/drafts/` when it was opened (a crash, a reload). */
  pendingDraft = $state.raw<DraftDTO | null>(null);
  editing = $derived(this.session !== null);
  dirty = $derived(this.session !== null && this.session.status !== 'saved');
  /** A rename or move of the open note made here: its delete and create are ours, not a conflict. */
  private moving: NoteId | null = null;
  /** Why editing was refused just now (the note is being written in the other pane); cleared on the next open. */
  refused = $state<string | null>(null);
  /** Whether another pane is writing this note: two editors on one file would each take the other's save for a change on disk. */
  editingElsewhere: (id: NoteId) => boolean = () => false;
  /** While the reading view is shown: the line of the file at its top (or the block clicked), where editing starts. */
  readingLine: (() => number | null) | null = null;

  /** What `[[` and `#` complete from: the vault's notes, and a note's headings and blocks, through the contract. */
  readonly feed: CompletionFeed;

  constructor(
    private readonly client: CairnClient,
    notes: () => readonly NoteSummary[] = () => [],
  ) {
    this.feed = { notes, anchors: (id) => client.noteAnchors(id) };
  }

  get id(): NoteId | null {
    return this.note?.id ?? null;
  }

  setMode(mode: EditorMode): void {
    this.mode = mode;
    try {
      localStorage.setItem(MODE_KEY, mode);
    } catch {
      // Private windows may refuse storage: the mode then lasts for this visit.
    }
  }

  /** Leaving a note saves it; what cannot be saved (a conflict) stays as a draft, offered on return. */
  async open(id: NoteId): Promise<void> {
    await this.closeSession();
    this.refused = null;
    this.loading = true;
    try {
      const note = await this.client.readNote(id);
      // Editing started on the note still shown while this one loaded: it is saved and closed as any leave is,
      // or the pane would show this note's title over the other note's text.
      if (this.session && this.session.id !== note.id) await this.closeSession();
      this.note = note;
      this.error = null;
      this.pendingDraft = await this.findDraft(this.note);
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.loading = false;
    }
  }

  private async findDraft(note: NoteDTO): Promise<DraftDTO | null> {
    const draft = await this.client.readDraft(note.id).catch(() => null);
    if (draft && draft.content === note.content) {
      // Saved after all (the draft outlived its save): nothing to offer.
      await this.client.discardDraft(note.id).catch(() => undefined);
      return null;
    }
    return draft;
  }

  private async closeSession(): Promise<void> {
    const session = this.session;
    if (!session) return;
    await session.flush();
    await session.close();
    this.session = null;
  }

  /**
   * Starts editing, from the file or from a draft left from before (a conflict if the file changed since).
   * `caret: 'end'` for a note just made: what is typed at once goes under its title, not in front of it;
   * `'reading'` (from the reading view) keeps the place being read, not the top of the file.
   */
  startEditing(draft: DraftDTO | null = null, caret: 'start' | 'end' | 'reading' = 'reading'): void {
    const note = this.note;
    if (!note || note.readOnly || this.session) return;
    if (this.editingElsewhere(note.id)) {
      this.refused = t('note.editingElsewhere');
      return;
    }
    this.refused = null;
    const session = new EditSession(this.client, note.id, { content: note.content, hash: note.hash }, () => undefined);
    if (draft) session.restore(draft);
    session.caretAtEnd = caret === 'end';
    session.caretLine = caret === 'reading' ? (this.readingLine?.() ?? null) : null;
    this.pendingDraft = null;
    this.session = session;
  }

  /** Back to reading: saves first; a conflict keeps the editor open until it is resolved. */
  async stopEditing(): Promise<void> {
    const session = this.session;
    if (!session) return;
    if (!(await session.flush()) && session.conflict) return;
    await session.close();
    this.session = null;
    if (this.note) this.note = await this.client.readNote(session.id).catch(() => this.note);
  }

  async discardPendingDraft(): Promise<void> {
    const note = this.note;
    if (!note) return;
    await this.client.discardDraft(note.id).catch(() => undefined);
    this.pendingDraft = null;
  }

  /** Saves now (Ctrl+S). */
  async save(): Promise<boolean> {
    return this.session ? this.session.flush() : true;
  }

  /** Re-reads the open note after a change on disk; while it is edited, the session decides (see diskChanged). */
  async reloadIfShowing(id: NoteId): Promise<void> {
    if (this.note?.id !== id || this.moving === id) return;
    if (this.session) return this.session.diskChanged();
    this.note = await this.client.readNote(id).catch(() => this.note);
  }

  /** The note last closed because it went from disk: if it was only renamed outside, it opens again under its new name. */
  goneFromDisk: NoteId | null = null;

  /** The open note went from disk: a session shows the conflict, a note only read is closed. */
  removedOnDisk(id: NoteId): void {
    if (this.note?.id !== id || this.moving === id) return;
    if (this.session) void this.session.diskChanged();
    else {
      this.goneFromDisk = id;
      this.note = null;
    }
  }

  /**
   * Around a rename, move or delete made here: the open note is saved first (refused while a conflict
   * waits), its delete and create are not taken for a change on disk, and `reopen` gets where it went.
   */
  async aroundMove<T>(ids: NoteId[], move: () => Promise<T>, reopen: (result: T, wasEditing: boolean) => Promise<void>): Promise<T> {
    const open = this.note?.id;
    const affected = open !== undefined && ids.some((id) => id === open || open.startsWith(`${id}/`));
    // Saved first even when it does not move: a rename may rewrite a link in it, which must not meet unsaved text.
    if (this.session && !(await this.session.flush()) && affected) throw new Error(t('note.resolveConflictFirst'));
    if (!affected) return move();
    const wasEditing = this.session !== null;
    this.moving = open;
    try {
      const result = await move();
      await this.session?.close();
      this.session = null;
      await reopen(result, wasEditing);
      return result;
    } finally {
      this.moving = null;
    }
  }
}
