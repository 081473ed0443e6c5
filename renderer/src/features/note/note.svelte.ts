import type { NoteDTO, NoteId } from '../../../../electron/contract';
import type { CairnClient } from '../../lib/api/types';

/** The open note: what is shown, what is being edited, and the outcome of the last save. */
export class NoteState {
  note = $state.raw<NoteDTO | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  editing = $state(false);
  draft = $state('');
  saveError = $state<string | null>(null);
  saving = $state(false);
  dirty = $derived(this.editing && this.note !== null && this.draft !== this.note.content);

  constructor(private readonly client: CairnClient) {}

  get id(): NoteId | null {
    return this.note?.id ?? null;
  }

  async open(id: NoteId): Promise<void> {
    if (this.dirty && !confirm('Discard unsaved changes?')) return;
    this.loading = true;
    try {
      this.note = await this.client.readNote(id);
      this.error = null;
      this.editing = false;
      this.saveError = null;
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.loading = false;
    }
  }

  /** Re-reads the open note after a change on disk, unless the person is editing it. */
  async reloadIfShowing(id: NoteId): Promise<void> {
    if (this.note?.id !== id || this.editing) return;
    this.note = await this.client.readNote(id).catch(() => this.note);
  }

  startEditing(): void {
    if (!this.note || this.note.readOnly) return;
    this.draft = this.note.content;
    this.editing = true;
    this.saveError = null;
  }

  cancelEditing(): void {
    this.editing = false;
    this.saveError = null;
  }

  /** On failure the draft stays in the editor: nothing typed is lost. */
  async save(): Promise<boolean> {
    if (!this.note || this.saving) return false;
    this.saving = true;
    try {
      await this.client.saveNote({ id: this.note.id, content: this.draft, baseHash: this.note.hash });
      this.note = await this.client.readNote(this.note.id);
      this.saveError = null;
      this.editing = false;
      return true;
    } catch (error) {
      this.saveError = (error as Error).message;
      return false;
    } finally {
      this.saving = false;
    }
  }
}
