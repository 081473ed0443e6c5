import type { FileOperationDTO, NoteId } from '../../../../electron/contract';
import type { CairnClient } from '../../lib/api/types';
import type { NoteState } from '../note/note.svelte';
import { t } from '../../i18n/i18n';

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
    /** The note open beside the main one, if any: saved before a file operation, and following it. */
    private readonly beside: () => { doc: NoteState; follow: (operation: FileOperationDTO, wasEditing: boolean) => Promise<void> } | null = () => null,
  ) {}

  /** `NoteState.aroundMove` for the main note and, around it, for the note open beside. */
  private aroundMove(ids: NoteId[], move: () => Promise<FileOperationDTO>, reopen: (operation: FileOperationDTO, wasEditing: boolean) => Promise<void>): Promise<FileOperationDTO> {
    const main = (): Promise<FileOperationDTO> => this.note.aroundMove(ids, move, reopen);
    const side = this.beside();
    return side ? side.doc.aroundMove(ids, main, (operation, wasEditing) => side.follow(operation, wasEditing)) : main();
  }

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
    const typed = await this.question({ title: t(isFolder ? 'files.renameFolder' : 'files.renameNote'), message: t('files.renameMessage'), value: current, confirm: t('files.rename') });
    if (typed === null || typed.trim() === '' || typed.trim() === current) return;
    await this.renameTo(id, typed.trim(), isFolder);
  }

  async renameTo(id: NoteId, name: string, isFolder = false): Promise<void> {
    if (BAD_NAME.test(name)) {
      this.error = t('files.badName');
      return;
    }
    const extension = isFolder ? '' : MD.test(id) ? '.md' : '';
    await this.move(id, join(parentOf(id), isFolder || !MD.test(id) ? name : `${name}${extension}`));
  }

  /** Moves to another folder, keeping the name. */
  async moveTo(id: NoteId): Promise<void> {
    const folder = await this.question({ title: t('files.moveTitle'), message: t('files.moveMessage'), value: parentOf(id), options: this.folders(), confirm: t('files.move') });
    if (folder === null) return;
    const clean = folder.trim().replace(/^\/+|\/+$/g, '');
    if (clean === parentOf(id)) return;
    await this.move(id, join(clean, nameOf(id)));
  }

  private async move(from: NoteId, to: NoteId): Promise<void> {
    await this.attempt(async () => {
      const operation = await this.aroundMove(
        [from],
        () => this.client.renameNote({ from, to }),
        async (op, wasEditing) => this.reopen(op, wasEditing),
      );
      const links = operation.rewritten.length;
      const skipped = operation.skipped.length ? t('files.skipped', { count: operation.skipped.length, list: operation.skipped.map((s) => `${s.noteId}: ${s.reason}`).join('; ') }) : 'none';
      this.last = { operation, text: t('files.moved', { from, to, links, skipped }) };
    }, t('files.moving', { from, to }));
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
    // The desktop app deletes to the system's trash; other hosts to the vault's .trash folder.
    const osTrash = (await this.client.describeVault().catch(() => null))?.host === 'electron';
    const answer = await this.question({
      title: t(isFolder ? 'files.deleteFolder' : 'files.deleteNote'),
      message: osTrash ? t('files.deleteMessageOsTrash', { id, folder: isFolder ? 'yes' : 'no' }) : t('files.deleteMessage', { id, folder: isFolder ? 'yes' : 'no' }),
      confirm: t('files.delete'),
      danger: true,
    });
    if (answer === null) return;
    await this.attempt(async () => {
      const operation = await this.aroundMove(
        [id],
        () => this.client.deleteNote(id),
        async () => {
          this.note.note = null;
        },
      );
      this.last = { operation, text: operation.osTrash ? t('files.deletedToOsTrash', { id }) : t('files.deleted', { id, trash: operation.moved[0]?.to.split('/').slice(0, 1)[0] ?? '.trash' }) };
    });
  }

  async undo(): Promise<void> {
    const last = this.last;
    if (!last || !last.operation.undoable) return;
    await this.attempt(async () => {
      const ids = last.operation.moved.map((m) => m.to);
      const operation = await this.aroundMove(ids, () => this.client.undoFileOperation(last.operation.id), async (op, wasEditing) => this.reopen(op, wasEditing));
      this.last = { operation, text: t('files.undone', { moves: operation.moved.map((m) => `${m.from} → ${m.to}`).join(', '), skipped: operation.skipped.length }) };
      // A deleted note that comes back is shown again.
      if (last.operation.kind === 'delete' && operation.moved[0] && MD.test(operation.moved[0].to) && this.note.id === null) await this.open(operation.moved[0].to);
    }, t('files.undoing'));
  }

  async newNote(folder = ''): Promise<void> {
    const name = await this.question({ title: t('app.newNote'), message: folder ? t('files.inFolder', { folder }) : t('files.atTop'), value: t('files.untitled'), confirm: t('files.create') });
    if (name === null || name.trim() === '') return;
    if (BAD_NAME.test(name)) {
      this.error = t('files.badName');
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
      this.note.startEditing(null, 'end');
    });
  }

  /** The core followed a rename made outside Cairn: say so, with Undo like any rename. */
  followed(operation: FileOperationDTO): void {
    const move = operation.moved[0];
    if (!move) return;
    const links = operation.rewritten.length;
    this.last = { operation, text: t('files.renamedOutside', { from: move.from, to: move.to, links }) };
  }

  /** From a link to a note that does not exist yet (reading view, graph): asks, then creates and opens it. */
  async createFromLink(target: string): Promise<void> {
    const clean = target.trim().replace(/^\/+/, '').replace(MD, '');
    if (!clean || clean.split('/').some((part) => part === '..' || BAD_NAME.test(part))) {
      this.error = t('files.notANoteName', { target });
      return;
    }
    const answer = await this.question({ title: t('files.createTitle'), message: t('files.createMessage', { name: clean }), confirm: t('files.create') });
    if (answer === null) return;
    await this.create(`${clean}.md`);
  }

  async newFolder(parent = ''): Promise<void> {
    const name = await this.question({ title: t('app.newFolder'), message: parent ? t('files.inFolder', { folder: parent }) : t('files.atTop'), value: '', confirm: t('files.create') });
    if (name === null || name.trim() === '') return;
    if (BAD_NAME.test(name)) {
      this.error = t('files.badName');
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
