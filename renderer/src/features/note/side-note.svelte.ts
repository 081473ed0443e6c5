import type { FileOperationDTO, NoteId, NoteSummary } from '../../../../electron/contract';
import type { CairnClient } from '../../lib/api/types';
import type { Visit } from '../reading/navigation.svelte';
import type { Anchor } from '../reading/scroll';
import { NoteState } from './note.svelte';

const storageKey = 'cairn:side-note';

/**
 * A second note, open beside the main one (Obsidian's "open to the right"): it takes the graph's place in
 * the middle of the window, behind a tab, so a note can be written while another is read or written. It
 * has its own editor, draft and conflicts (a `NoteState` like the main pane's), and comes back after a reload.
 */
export class SideNote {
  readonly doc: NoteState;
  /** Its tab is the one in front (else the graph is). */
  shown = $state(false);
  /** Where to scroll when it opens: a link's heading or block, else the top. */
  visit = $state.raw<Visit | null>(null);
  private serial = 0;

  constructor(client: CairnClient, notes: () => readonly NoteSummary[]) {
    this.doc = new NoteState(client, notes);
  }

  get id(): NoteId | null {
    return this.doc.id;
  }

  async open(id: NoteId, anchor: Anchor | null = null): Promise<void> {
    await this.doc.open(id);
    if (this.doc.id !== id) return;
    this.visit = { id, anchor, serial: ++this.serial, scroll: null };
    this.shown = true;
    this.remember();
  }

  show(front: boolean): void {
    this.shown = front && this.doc.note !== null;
    this.remember();
  }

  /** Saves and closes; a conflict still waiting keeps it open, so neither version is lost. */
  async close(): Promise<void> {
    await this.doc.stopEditing();
    if (this.doc.session) return;
    this.doc.note = null;
    this.shown = false;
    this.remember();
  }

  /** The note open beside at the last visit, if it is still in the vault. */
  async restore(): Promise<void> {
    let saved: unknown = null;
    try {
      saved = JSON.parse(localStorage.getItem(storageKey) ?? 'null');
    } catch {
      // Unreadable storage: nothing to bring back.
    }
    if (!saved || typeof saved !== 'object' || typeof (saved as { id?: unknown }).id !== 'string') return;
    const { id, shown } = saved as { id: NoteId; shown?: unknown };
    await this.open(id);
    if (this.doc.id !== id) {
      this.doc.error = null;
      this.remember();
      return;
    }
    this.shown = shown !== false;
  }

  /** Where a rename, move or delete made here took the note open beside: it follows, still being written if it was. */
  async follow(operation: FileOperationDTO, wasEditing: boolean): Promise<void> {
    const open = this.doc.id;
    const moved = operation.moved.find((m) => m.from === open || (open !== null && open.startsWith(`${m.from}/`)));
    if (!open || !moved) return;
    const to = moved.from === open ? moved.to : `${moved.to}${open.slice(moved.from.length)}`;
    if (to.startsWith('.trash/') || operation.osTrash) {
      this.doc.note = null;
      this.shown = false;
      this.remember();
      return;
    }
    await this.open(to);
    if (wasEditing) this.doc.startEditing();
  }

  private remember(): void {
    try {
      const id = this.doc.id;
      if (id) localStorage.setItem(storageKey, JSON.stringify({ id, shown: this.shown }));
      else localStorage.removeItem(storageKey);
    } catch {
      // Storage refused (private mode, quota): the side note lasts for this visit.
    }
  }
}
