import type { FileOperationDTO, NoteId } from '../../../../electron/contract';
import type { CairnClient } from '../../lib/api/types';
import type { NoteState } from '../note/note.svelte';

/** A question the file dialogs ask: a name to type, or a yes/no. */
export interface Ask {
  title: string;
  message?: string;
  /** Present for a text answer, prefilled. */
  value?: string;
  /** Suggestions for the text answer (existing folders). */
  options?: string[];
  confirm: string;
  danger?: boolean;
  answer: (value: string | null) => void;
}

/** Where a right-click in the file tree opened the menu, and on what. */
export interface MenuTarget {
  id: NoteId;
  folder: boolean;
  x: number;
  y: number;
}

const MD = /\.md$/i;
const parentOf = (id: NoteId): string => (id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : '');
const nameOf = (id: NoteId): string => id.slice(id.lastIndexOf('/') + 1);
const join = (folder: string, name: string): NoteId => (folder ? `${folder}/${name}` : name);
/** What a file name cannot hold on the systems a vault travels to (Obsidian refuses the same). */
const BAD_NAME = /[\\/:*?"<>|#^[\]]/;

/**
 * Rename, move, delete and create, from the file tree, the note's title and the command palette. Each
 * goes through the contract; the last operation can be undone from the message it leaves.
 */
export class FileActions {
  ask = $state.raw<Ask | null>(null);
  /** The last operation done here, with what to say about it; null once dismissed. */
  last = $state.raw<{ operation: FileOperationDTO; text: string } | null>(null);
  error = $state<string | null>(null);
  /** What is under way: a rename in a large vault rewrites and re-indexes many notes. */
  working = $state<string | null>(null);

  constructor(
    private readonly client: CairnClient,
    private readonly note: NoteState,
    private readonly open: (id: NoteId) => Promise<void>,
    private readonly folders: () => string[],
  ) {}

  private question(ask: Omit<Ask, 'answer'>): Promise<string | null> {
    return new Promise((resolve) => {
      this.ask = {
        ...ask,
        answer: (value) => {
          this.ask = null;
          resolve(value);
        },
      };
    });
  }

  private async attempt(task: () => Promise<void>, working: string | null = null): Promise<void> {
    this.error = null;
    this.working = working;
    try {
      await task();
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.working = null;
    }
  }

  /** Renames in place: only the name changes, the folder stays. */
  async rename(id: NoteId, isFolder = false): Promise<void> {
    const current = isFolder ? nameOf(id) : nameOf(id).replace(MD, '');
    const typed = await this.question({ title: isFolder ? 'Rename folder' : 'Rename note', message: 'Links to it are updated in every note.', value: current, confirm: 'Rename' });
    if (typed === null || typed.trim() === '' || typed.trim() === current) return;
    await this.renameTo(id, typed.trim(), isFolder);
  }

  async renameTo(id: NoteId, name: string, isFolder = false): Promise<void> {
    if (BAD_NAME.test(name)) {
      this.error = `A name cannot contain any of \\ / : * ? " < > | # ^ [ ]`;
      return;
    }
    const extension = isFolder ? '' : MD.test(id) ? '.md' : '';
    await this.move(id, join(parentOf(id), isFolder || !MD.test(id) ? name : `${name}${extension}`));
  }

  /** Moves to another folder, keeping the name. */
  async moveTo(id: NoteId): Promise<void> {
    const folder = await this.question({ title: 'Move to folder', message: 'A folder path inside the vault; empty for the top. Links are updated.', value: parentOf(id), options: this.folders(), confirm: 'Move' });
    if (folder === null) return;
    const clean = folder.trim().replace(/^\/+|\/+$/g, '');
    if (clean === parentOf(id)) return;
    await this.move(id, join(clean, nameOf(id)));
  }

  private async move(from: NoteId, to: NoteId): Promise<void> {
    await this.attempt(async () => {
      const operation = await this.note.aroundMove(
        [from],
        () => this.client.renameNote({ from, to }),
        async (op, wasEditing) => this.reopen(op, wasEditing),
      );
      const links = operation.rewritten.length;
      const skipped = operation.skipped.length ? ` (${operation.skipped.length} left as they were: ${operation.skipped.map((s) => `${s.noteId}: ${s.reason}`).join('; ')})` : '';
      this.last = { operation, text: `Moved ${from} → ${to}; links updated in ${links} note${links === 1 ? '' : 's'}${skipped}.` };
    }, `Moving ${from} → ${to} and updating the links to it…`);
  }

  private async reopen(operation: FileOperationDTO, wasEditing: boolean): Promise<void> {
    const open = this.note.id;
    const moved = operation.moved.find((m) => m.from === open) ?? operation.moved[0];
    if (!moved || moved.to.startsWith('.trash/')) {
      this.note.note = null;
      return;
    }
    await this.open(moved.to);
    if (wasEditing) this.note.startEditing();
  }

  async delete(id: NoteId, isFolder = false): Promise<void> {
    const answer = await this.question({
      title: isFolder ? 'Delete folder' : 'Delete note',
      message: `${id}${isFolder ? ' and everything in it' : ''} will go to the vault's .trash folder. Links to it will show as missing.`,
      confirm: 'Delete',
      danger: true,
    });
    if (answer === null) return;
    await this.attempt(async () => {
      const operation = await this.note.aroundMove(
        [id],
        () => this.client.deleteNote(id),
        async () => {
          this.note.note = null;
        },
      );
      this.last = { operation, text: `Deleted ${id} (moved to ${operation.moved[0]?.to.split('/').slice(0, 1)[0] ?? '.trash'}).` };
    });
  }

  async undo(): Promise<void> {
    const last = this.last;
    if (!last || !last.operation.undoable) return;
    await this.attempt(async () => {
      const ids = last.operation.moved.map((m) => m.to);
      const operation = await this.note.aroundMove(ids, () => this.client.undoFileOperation(last.operation.id), async (op, wasEditing) => this.reopen(op, wasEditing));
      const skipped = operation.skipped.length ? ` ${operation.skipped.length} note(s) changed since and were left as they are.` : '';
      this.last = { operation, text: `Undone: ${operation.moved.map((m) => `${m.from} → ${m.to}`).join(', ')}.${skipped}` };
      // A deleted note that comes back is shown again.
      if (last.operation.kind === 'delete' && operation.moved[0] && MD.test(operation.moved[0].to) && this.note.id === null) await this.open(operation.moved[0].to);
    }, 'Undoing…');
  }

  async newNote(folder = ''): Promise<void> {
    const name = await this.question({ title: 'New note', message: folder ? `In ${folder}/` : 'At the top of the vault', value: 'Untitled', confirm: 'Create' });
    if (name === null || name.trim() === '') return;
    if (BAD_NAME.test(name)) {
      this.error = `A name cannot contain any of \\ / : * ? " < > | # ^ [ ]`;
      return;
    }
    await this.create(join(folder, `${name.trim()}.md`));
  }

  /** Creates a note (empty but for its title) and opens it to write. */
  async create(id: NoteId): Promise<void> {
    await this.attempt(async () => {
      const title = nameOf(id).replace(MD, '');
      await this.client.saveNote({ id, content: `# ${title}\n\n`, baseHash: null });
      await this.open(id);
      this.note.startEditing();
    });
  }

  /** The core followed a rename made outside Cairn: say so, with Undo like any rename. */
  followed(operation: FileOperationDTO): void {
    const move = operation.moved[0];
    if (!move) return;
    const links = operation.rewritten.length;
    this.last = { operation, text: `${move.from} was renamed outside Cairn to ${move.to}; links updated in ${links} note${links === 1 ? '' : 's'}.` };
  }

  /** From a link to a note that does not exist yet (reading view, graph): asks, then creates and opens it. */
  async createFromLink(target: string): Promise<void> {
    const clean = target.trim().replace(/^\/+/, '').replace(MD, '');
    if (!clean || clean.split('/').some((part) => part === '..' || BAD_NAME.test(part))) {
      this.error = `"${target}" cannot be a note name.`;
      return;
    }
    const answer = await this.question({ title: 'Create note', message: `"${clean}" does not exist yet. Create ${clean}.md?`, confirm: 'Create' });
    if (answer === null) return;
    await this.create(`${clean}.md`);
  }

  async newFolder(parent = ''): Promise<void> {
    const name = await this.question({ title: 'New folder', message: parent ? `In ${parent}/` : 'At the top of the vault', value: '', confirm: 'Create' });
    if (name === null || name.trim() === '') return;
    if (BAD_NAME.test(name)) {
      this.error = `A name cannot contain any of \\ / : * ? " < > | # ^ [ ]`;
      return;
    }
    const folder = join(parent, name.trim());
    // A folder shows in the tree once it holds a note: the first one is made with it.
    await this.attempt(async () => {
      await this.client.createFolder(folder);
    });
    if (!this.error) await this.newNote(folder);
  }
}
