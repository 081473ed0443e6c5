import type { IndexPhase, NoteSummary, VaultInfo } from '../../../../electron/contract';
import type { CairnClient } from '../../lib/api/types';
import { buildTree, sameTreeShape } from './tree';

export type { TreeFolder } from './tree';

/** The vault as the sidebar and status bar see it: its description, its notes, indexing progress. */
export class VaultState {
  info = $state<VaultInfo | null>(null);
  notes = $state.raw<NoteSummary[]>([]);
  /** The list the tree is drawn from: replaced only when the tree would change, not on a save's new size and time. */
  private treeNotes = $state.raw<NoteSummary[]>([]);
  progress = $state<{ phase: IndexPhase; done: number; total: number } | null>(null);
  error = $state<string | null>(null);
  tree = $derived(buildTree(this.treeNotes));
  byId = $derived(new Map(this.notes.map((note) => [note.id, note])));

  /** The list `load` asked for, until it arrives. */
  private loading: Promise<NoteSummary[]> | null = null;

  constructor(private readonly client: CairnClient) {}

  async load(): Promise<void> {
    const notes = this.client.listNotes();
    this.loading = notes;
    try {
      const [info, list] = await Promise.all([this.client.describeVault(), notes]);
      this.info = info;
      this.setNotes(list);
      this.error = null;
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      if (this.loading === notes) this.loading = null;
    }
  }

  /**
   * With `join`, the list `load` is still waiting for serves (the index reporting ready right after the
   * page asked: both are answered from the ready index, and at 10k notes the list is megabytes).
   */
  async refreshNotes(join = false): Promise<void> {
    const pending = join ? this.loading : null;
    if (pending) {
      await pending.catch(() => undefined);
      return;
    }
    this.setNotes(await this.client.listNotes());
    this.info = await this.client.describeVault();
  }

  private setNotes(list: NoteSummary[]): void {
    this.notes = list;
    if (!sameTreeShape(this.treeNotes, list)) this.treeNotes = list;
  }
}
