import path from 'node:path';
import { CairnError, type FileOperationDTO, type NoteId } from '../../contract';
import { decodeNoteBytes } from '../markdown/decode';
import { parseNote } from '../markdown/parse';
import { LinkResolver, nameKey } from '../markdown/resolve';
import type { MoveApply, VaultIndex } from '../pipeline/vault-index';
import { hashBytes, recordFromBytes } from '../pipeline/read-note';
import type { ReadRecord } from '../pipeline/note-record';
import type { ParsedNote } from '../markdown/types';
import { checkNoteId } from '../vault/paths';
import { eachLimited } from '../vault/each-limited';
import { isNoteId, type VaultFs, type WriteBatch } from '../vault/vault-fs';
import { keptFrontmatter, needsRewrite, rewriteLinks, type RewriteContext } from './link-rewrite';

/** Obsidian's choice for a vault without an OS trash at hand; a dot folder, so the index never sees it. */
export const TRASH_FOLDER = '.trash';
const HISTORY = 20;

interface Edit {
  /** The note's id after the operation. */
  id: NoteId;
  before: string;
  afterHash: string;
  /** The record of the file as written, for the index. */
  record?: ReadRecord;
  /** The front matter of `before`, as parsed: an undo writing it back need not read its YAML again. */
  frontmatter: Pick<ParsedNote, 'frontmatter' | 'bodyStartLine' | 'problems'>;
}

interface Operation {
  dto: FileOperationDTO;
  /** The one move made: a file, or a folder with everything in it. */
  root: { from: NoteId; to: NoteId };
  edits: Edit[];
}

/**
 * What the index must take in once files moved or changed: ids to look at again on disk, and records of
 * files just written here (their bytes are at hand: reading 500 notes back would cost the rename a second).
 */
export type Refresh = (ids: NoteId[], written?: ReadRecord[], move?: MoveApply) => Promise<void>;

/**
 * The system's trash, as a host offers it (Electron's `shell.trashItem`), given a file's absolute path. A
 * host without one (browser mode, the CLI) leaves it out and deletes go to the vault's `.trash/` folder.
 */
export type OsTrash = (absolutePath: string) => Promise<void>;

/** Rewrites run this many at a time: each write waits on its fsync, and the disk can take several at once. */
const WRITERS = 16;

/**
 * Rename, move and delete, each one step that can be undone. A rename rewrites, in every note, the links
 * that would otherwise stop naming what moved; the texts they had are kept so an undo can put them back
 * (unless the note changed since, which the undo reports instead of overwriting).
 */
export class FileOperations {
  private readonly history: Operation[] = [];
  private counter = 0;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly vault: VaultFs,
    private readonly index: VaultIndex,
    private readonly refresh: Refresh,
    private readonly osTrash: OsTrash | null = null,
  ) {}

  rename(from: NoteId, to: NoteId): Promise<FileOperationDTO> {
    return this.serial(() => this.doRename(checkNoteId(from), checkNoteId(to)));
  }

  /** A move already made on disk (outside Cairn): rewrites the links that named `from`; null when none did. */
  followMove(from: NoteId, to: NoteId): Promise<FileOperationDTO | null> {
    return this.serial(() => this.doFollow(from, to));
  }

  delete(id: NoteId): Promise<FileOperationDTO> {
    return this.serial(() => this.doDelete(checkNoteId(id)));
  }

  undo(operationId: string): Promise<FileOperationDTO> {
    return this.serial(() => this.doUndo(operationId));
  }

  /** Two operations at once would each plan against a vault the other is changing. */
  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.running.then(run);
    this.running = next.catch(() => undefined);
    return next;
  }

  /** The files an id names: one file, or everything the index knows under a folder. */
  private filesAt(id: NoteId): NoteId[] {
    if (this.index.records.has(id)) return [id];
    const prefix = `${id}/`;
    return [...this.index.records.keys()].filter((known) => known.startsWith(prefix));
  }

  private async doRename(from: NoteId, to: NoteId): Promise<FileOperationDTO> {
    if (from === to) throw new CairnError('bad-request', 'The new name is the same as the old one.');
    if (isNoteId(from) !== isNoteId(to) && this.index.records.has(from)) {
      throw new CairnError('bad-request', `A note keeps the .md extension, and an attachment its own: ${to}`);
    }
    if (to.startsWith(`${from}/`)) throw new CairnError('bad-request', 'A folder cannot be moved inside itself.');
    if (to.split('/').some((segment) => segment.startsWith('.'))) throw new CairnError('bad-request', `Names starting with "." are hidden from the vault: ${to}`);
    const files = this.filesAt(from);
    if (files.length === 0) throw new CairnError('not-found', `No such note, file or folder: ${from}`);
    if ((await this.vault.stat(to)) || this.filesAt(to).length > 0) throw new CairnError('conflict', `${to} already exists.`);

    const moved = (id: NoteId): NoteId => (id === from ? to : id.startsWith(`${from}/`) ? to + id.slice(from.length) : id);
    // The index resolves as the vault is before the move: only the resolution after it is built here.
    const resolverBefore = this.index;
    const resolverAfter = this.index.resolver.copy();
    for (const id of files) resolverAfter.remove(id);
    for (const id of files) resolverAfter.add(moved(id));
    const names = new Set(files.flatMap((id) => [nameKey(id), nameKey(moved(id))]));
    const contextOf = (id: NoteId): RewriteContext => ({ before: id, after: moved(id), resolverBefore, resolverAfter, moved, names });
    // Only links naming a moved file's old or new name can change what they resolve to (checking every
    // note's links took ~0.5 s at 10k notes); the moved notes' own relative links move with them.
    const reach = this.index.notesLinkingTo([...files, ...files.map(moved)]);
    for (const id of files) reach.add(id);
    const candidates = [...reach].sort().filter((id) => {
      const links = this.index.records.get(id)?.parsed?.links;
      return links !== undefined && needsRewrite(links, contextOf(id));
    });

    // One batch: the move and every rewrite are each atomic, and all are durable once it ends.
    const { edits, skipped } = await this.vault.batch(async (batch) => {
      await batch.move(from, to);
      return this.rewriteAll(batch, candidates, moved, contextOf);
    });
    edits.sort((a, b) => (a.id < b.id ? -1 : 1));
    const written = edits.flatMap((e) => (e.record ? [e.record] : []));
    const rewrittenIds = new Set(written.map((r) => r.entry.id));
    await this.refresh([...files, ...files.map(moved)].filter((id) => !rewrittenIds.has(id)), written, { moves: new Map(files.map((id) => [id, moved(id)])), rewritten: rewrittenIds });
    for (const edit of edits) delete edit.record;
    return this.remember({ kind: 'rename', moved: files.map((id) => ({ from: id, to: moved(id) })), rewritten: edits.map((e) => e.id), skipped }, { from, to }, edits);
  }

  private async doFollow(from: NoteId, to: NoteId): Promise<FileOperationDTO | null> {
    if (!this.index.records.has(to) || this.index.records.has(from)) return null;
    const before = (id: NoteId): NoteId => (id === to ? from : id);
    const ids = [...this.index.records.keys()];
    const resolverBefore = new LinkResolver(ids.map(before));
    const resolverAfter = new LinkResolver(ids);
    const moved = (id: NoteId): NoteId => (id === from ? to : id);
    const contextOf = (id: NoteId): RewriteContext => ({ before: before(id), after: id, resolverBefore, resolverAfter, moved });
    const candidates = ids.filter((id) => {
      const links = this.index.records.get(id)?.parsed?.links;
      return links !== undefined && needsRewrite(links, contextOf(id));
    });
    if (candidates.length === 0) return null;
    const { edits, skipped } = await this.vault.batch((batch) => this.rewriteAll(batch, candidates, (id) => id, contextOf));
    if (edits.length === 0) return null;
    edits.sort((a, b) => (a.id < b.id ? -1 : 1));
    await this.refresh([], edits.flatMap((e) => (e.record ? [e.record] : [])));
    for (const edit of edits) delete edit.record;
    return this.remember({ kind: 'rename', moved: [{ from, to }], rewritten: edits.map((e) => e.id), skipped }, { from, to }, edits);
  }

  /** Rewrites the links of every candidate (at its place `at` after the operation), a few at a time. */
  private async rewriteAll(
    batch: WriteBatch,
    candidates: NoteId[],
    at: (id: NoteId) => NoteId,
    contextOf: (id: NoteId) => RewriteContext,
  ): Promise<{ edits: Edit[]; skipped: FileOperationDTO['skipped'] }> {
    const edits: Edit[] = [];
    const skipped: FileOperationDTO['skipped'] = [];
    await eachLimited(candidates, WRITERS, async (id) => {
      const after = at(id);
      try {
        const result = await this.rewriteOne(batch, after, contextOf(id));
        if (result.edit) edits.push(result.edit);
        skipped.push(...result.skipped.map((reason) => ({ noteId: after, reason })));
      } catch (error) {
        skipped.push({ noteId: after, reason: (error as Error).message });
      }
    });
    return { edits, skipped };
  }

  /** Reads the note as it is now, rewrites its links and writes it back, keeping the text it had. */
  private async rewriteOne(batch: WriteBatch, id: NoteId, context: RewriteContext): Promise<{ edit: Edit | null; skipped: string[] }> {
    // A synchronous read: the four calls of an asynchronous one cost the rename more than the read itself.
    const original = this.vault.readSync(id);
    const decoded = decodeNoteBytes(original);
    if (decoded.readOnly) return { edit: null, skipped: ['the note is read-only (not valid UTF-8 text); its links were left as they were'] };
    const bom = original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf ? '\uFEFF' : '';
    // The index parsed these very bytes: its links (with their lines and columns) are those of this text.
    const known = this.index.records.get(context.before);
    const parsed = known?.parsed && known.hash === hashBytes(original) ? known.parsed : parseNote(context.before, decoded.text);
    const result = rewriteLinks(decoded.text, parsed.links, context);
    const skipped = result.unmatched.map((link) => `link on line ${link.line} to "${link.target}" was not where expected; left as it was`);
    if (result.changed === 0) return { edit: null, skipped };
    const after = bom + result.text;
    const entry = await batch.write(id, after);
    const record = recordFromBytes(entry, new TextEncoder().encode(after), keptFrontmatter(parsed, result.text, result.firstLine));
    const { frontmatter, bodyStartLine, problems } = parsed;
    return { edit: { id, before: bom + decoded.text, afterHash: record.hash, record, frontmatter: { frontmatter, bodyStartLine, problems } }, skipped };
  }

  private async doDelete(id: NoteId): Promise<FileOperationDTO> {
    if (id === TRASH_FOLDER || id.startsWith(`${TRASH_FOLDER}/`)) throw new CairnError('bad-request', 'That is already in the trash.');
    const files = this.filesAt(id);
    if (files.length === 0) throw new CairnError('not-found', `No such note, file or folder: ${id}`);
    if (this.osTrash && this.vault.absolutePath) {
      await this.osTrash(await this.vault.absolutePath(id));
      await this.refresh(files);
      // Restored from the system's trash, where this history cannot reach.
      return { id: `op-${Date.now().toString(36)}-${++this.counter}`, kind: 'delete', moved: files.map((file) => ({ from: file, to: file })), rewritten: [], skipped: [], undoable: false, osTrash: true };
    }
    const trashed = await this.moveToTrash(id);
    await this.refresh(files);
    const moved = files.map((file) => ({ from: file, to: trashed + file.slice(id.length) }));
    return this.remember({ kind: 'delete', moved, rewritten: [], skipped: [] }, { from: id, to: trashed }, []);
  }

  /** `.trash/<path>`, numbered when something of that name is already there. */
  private async moveToTrash(id: NoteId): Promise<NoteId> {
    const extension = path.posix.extname(id);
    const stem = id.slice(0, id.length - extension.length);
    for (let n = 1; n < 1000; n++) {
      const candidate = `${TRASH_FOLDER}/${n === 1 ? id : `${stem} ${n}${extension}`}`;
      if (await this.vault.stat(candidate)) continue;
      try {
        await this.vault.move(id, candidate);
        return candidate;
      } catch (error) {
        if (!(error instanceof CairnError && error.code === 'conflict')) throw error;
      }
    }
    throw new CairnError('conflict', `The trash already holds too many files named ${id}.`);
  }

  private async doUndo(operationId: string): Promise<FileOperationDTO> {
    const operation = this.history.find((op) => op.dto.id === operationId);
    if (!operation) throw new CairnError('not-found', 'That operation is no longer known (only the last ones of this session can be undone).');
    if (!operation.dto.undoable) throw new CairnError('conflict', 'That operation was already undone.');
    const { root } = operation;
    if ((await this.vault.stat(root.from)) || this.filesAt(root.from).length > 0) throw new CairnError('conflict', `${root.from} exists again; move it away first to undo.`);
    const skipped: FileOperationDTO['skipped'] = [];
    const restored: NoteId[] = [];
    const written: ReadRecord[] = [];
    await this.vault.batch(async (batch) => {
      await eachLimited(operation.edits, WRITERS, async (edit) => {
        let now: Uint8Array | null = null;
        try {
          now = this.vault.readSync(edit.id);
        } catch {
          // Gone or unreadable: reported below as changed since.
        }
        if (!now || hashBytes(now) !== edit.afterHash) {
          skipped.push({ noteId: edit.id, reason: 'the note changed since; its links were left as they are now' });
          return;
        }
        const entry = await batch.write(edit.id, edit.before);
        const text = edit.before.startsWith('\uFEFF') ? edit.before.slice(1) : edit.before;
        written.push(recordFromBytes(entry, new TextEncoder().encode(edit.before), keptFrontmatter(edit.frontmatter, text, Infinity)));
        restored.push(edit.id);
      });
      await batch.move(root.to, root.from);
    });
    restored.sort();
    operation.dto.undoable = false;
    const moved = operation.dto.moved.map((m) => ({ from: m.to, to: m.from }));
    const unmoved = (id: NoteId): NoteId => moved.find((m) => m.from === id)?.to ?? id;
    // Restored texts sit at the ids they had after the operation: those of moved files are read again where they went back to.
    const stay = written.filter((r) => unmoved(r.entry.id) === r.entry.id);
    await this.refresh([...moved.flatMap((m) => [m.from, m.to]), ...restored.map(unmoved).filter((id) => !stay.some((r) => r.entry.id === id))], stay, {
      moves: new Map(moved.map((m) => [m.from, m.to])),
      rewritten: new Set(stay.map((r) => r.entry.id)),
    });
    return this.remember({ kind: 'undo', moved, rewritten: restored.map(unmoved), skipped }, { from: root.to, to: root.from }, []);
  }

  private remember(fields: Omit<FileOperationDTO, 'id' | 'undoable'>, root: Operation['root'], edits: Edit[]): FileOperationDTO {
    const dto: FileOperationDTO = { id: `op-${Date.now().toString(36)}-${++this.counter}`, ...fields, undoable: fields.kind !== 'undo' };
    if (fields.kind === 'undo') return dto;
    this.history.push({ dto, root, edits });
    if (this.history.length > HISTORY) this.history.shift();
    return dto;
  }
}
