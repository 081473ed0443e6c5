import type { IndexPhase, NoteSummary, VaultInfo } from '../../../../electron/contract';
import type { CairnClient } from '../../lib/api/types';

export interface TreeFolder {
  name: string;
  path: string;
  folders: TreeFolder[];
  notes: NoteSummary[];
}

/** The vault as the sidebar and status bar see it: its description, its notes, indexing progress. */
export class VaultState {
  info = $state<VaultInfo | null>(null);
  notes = $state.raw<NoteSummary[]>([]);
  progress = $state<{ phase: IndexPhase; done: number; total: number } | null>(null);
  error = $state<string | null>(null);
  tree = $derived(buildTree(this.notes));
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
      this.notes = list;
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
    this.notes = await this.client.listNotes();
    this.info = await this.client.describeVault();
  }
}

function buildTree(notes: NoteSummary[]): TreeFolder {
  const root: TreeFolder = { name: '', path: '', folders: [], notes: [] };
  for (const note of notes) {
    let folder = root;
    if (note.folder) {
      for (const part of note.folder.split('/')) {
        const path = folder.path ? `${folder.path}/${part}` : part;
        let next = folder.folders.find((f) => f.name === part);
        if (!next) folder.folders.push((next = { name: part, path, folders: [], notes: [] }));
        folder = next;
      }
    }
    folder.notes.push(note);
  }
  const sort = (folder: TreeFolder): void => {
    folder.folders.sort((a, b) => a.name.localeCompare(b.name));
    folder.notes.sort((a, b) => a.title.localeCompare(b.title));
    folder.folders.forEach(sort);
  };
  sort(root);
  return root;
}
