import { promises as fs, readdirSync, readFileSync, realpath as realpathCb, realpathSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { CairnError, type NoteId } from '../../contract';
import { fsError } from './fs-errors';
import { atomicWrite, isStaleDebris, isWriteDebris, syncFolder } from './atomic-write';
import { checkNoteId, checkWritableId, isInside } from './paths';
import { isIgnoredSegment, type FileEntry, type ScanResult, type SkippedEntry, type VaultFs, type WriteBatch, type WriteCheck } from './vault-fs';
import { nextTurn } from '../turn';
import { eachLimited } from './each-limited';

/**
 * The OS's realpath(3) in one thread-pool call: `fs.promises.realpath` walks the path in JavaScript, an
 * lstat per component, which cost ~0.4 s of the main thread per 10k notes read.
 */
const realpath = promisify(realpathCb.native);
const SCAN_SLICE = 256;
/** Folders a batch flushes at once, at its end. */
const FOLDER_SYNCS = 8;

export class NodeVaultFs implements VaultFs {
  readonly name: string;
  private constructor(readonly root: string) {
    this.name = path.basename(root);
  }

  /** The root is resolved to its real path once, so containment checks compare real paths. */
  static async open(dir: string): Promise<NodeVaultFs> {
    const root = await realpath(path.resolve(dir)).catch(() => {
      throw new CairnError('not-found', `Vault folder not found: ${dir}`);
    });
    const stat = await fs.stat(root).catch((error: unknown) => {
      throw fsError(error, path.basename(root));
    });
    if (!stat.isDirectory()) throw new CairnError('bad-request', `Not a folder: ${dir}`);
    return new NodeVaultFs(root);
  }

  /**
   * Synchronous calls, with a turn of the event loop every SCAN_SLICE entries: the index's thread waits for
   * the scan anyway, and 10k `fs.promises.stat` calls cost it 0.5 s where `statSync` takes a tenth of that.
   */
  async scan(): Promise<ScanResult> {
    const files: FileEntry[] = [];
    const skipped: SkippedEntry[] = [];
    const visited = new Set<string>();
    let seen = 0;
    const walk = async (realDir: string, idPrefix: string): Promise<void> => {
      if (visited.has(realDir)) {
        skipped.push({ id: idPrefix, reason: 'symlink-loop', message: `Folder already visited through another link: ${idPrefix}` });
        return;
      }
      visited.add(realDir);
      let entries;
      try {
        entries = readdirSync(realDir, { withFileTypes: true });
      } catch (error) {
        skipped.push({ id: idPrefix || '.', reason: 'unreadable', message: (fsError(error, idPrefix) as Error).message });
        return;
      }
      const names = new Set(entries.map((entry) => entry.name));
      for (const entry of entries) {
        if (isWriteDebris(entry.name)) {
          // A save killed half-way left its temp file: never a note, and removed once its writer is gone.
          if (entry.isFile() && isStaleDebris(entry.name, names)) {
            try {
              unlinkSync(path.join(realDir, entry.name));
            } catch {
              // Another start removed it first, or the folder is read-only: it stays ignored either way.
            }
          }
          continue;
        }
        if (isIgnoredSegment(entry.name)) continue;
        if (++seen % SCAN_SLICE === 0) await nextTurn();
        const id = idPrefix ? `${idPrefix}/${entry.name}` : entry.name;
        const absolute = path.join(realDir, entry.name);
        let real = absolute;
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          try {
            real = realpathSync.native(absolute);
          } catch {
            skipped.push({ id, reason: 'symlink-loop', message: `Broken or looping symlink: ${id}` });
            continue;
          }
          if (!isInside(this.root, real)) {
            skipped.push({ id, reason: 'symlink-outside', message: `Symlink points outside the vault: ${id}` });
            continue;
          }
          const stat = statSync(real, { throwIfNoEntry: false });
          isDir = stat?.isDirectory() ?? false;
          isFile = stat?.isFile() ?? false;
        }
        if (isDir) await walk(real, id);
        else if (isFile) {
          try {
            const stat = statSync(real);
            files.push({ id, size: stat.size, mtimeMs: stat.mtimeMs });
          } catch (error) {
            skipped.push({ id, reason: 'unreadable', message: (fsError(error, id) as Error).message });
          }
        }
      }
    };
    await walk(this.root, '');
    files.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { files, skipped };
  }

  /** Absolute path for an id, after checking it and its real path stay inside the vault. */
  async resolve(id: NoteId, { mustExist }: { mustExist: boolean }): Promise<string> {
    const checked = checkNoteId(id);
    const absolute = path.join(this.root, ...checked.split('/'));
    if (!isInside(this.root, absolute)) throw new CairnError('forbidden', `Path leaves the vault: ${id}`);
    const real = await realpath(absolute).catch(() => null);
    if (real === null) {
      if (mustExist) throw new CairnError('not-found', `No such note: ${id}`);
      const parent = await realpath(path.dirname(absolute)).catch(() => null);
      if (parent !== null && !isInside(this.root, parent)) throw new CairnError('forbidden', `Path leaves the vault through a symlink: ${id}`);
      return absolute;
    }
    if (!isInside(this.root, real)) throw new CairnError('forbidden', `Path leaves the vault through a symlink: ${id}`);
    return real;
  }

  async absolutePath(id: NoteId): Promise<string> {
    await this.resolve(id, { mustExist: true });
    const absolute = path.join(this.root, ...checkNoteId(id).split('/'));
    // The entry itself must sit in a folder inside the vault: `resolve` checked where it leads.
    const parent = await realpath(path.dirname(absolute));
    if (!isInside(this.root, parent) && parent !== this.root) throw new CairnError('forbidden', `Path leaves the vault through a symlink: ${id}`);
    return absolute;
  }

  async stat(id: NoteId): Promise<FileEntry | null> {
    const absolute = await this.resolve(id, { mustExist: false });
    const stat = await fs.stat(absolute).catch(() => null);
    if (!stat || !stat.isFile()) return null;
    return { id: checkNoteId(id), size: stat.size, mtimeMs: stat.mtimeMs };
  }

  async read(id: NoteId): Promise<Uint8Array> {
    const absolute = await this.resolve(id, { mustExist: true });
    return fs.readFile(absolute).catch((error: unknown) => {
      throw fsError(error, id);
    });
  }

  readSync(id: NoteId): Uint8Array {
    const checked = checkNoteId(id);
    const absolute = path.join(this.root, ...checked.split('/'));
    if (!isInside(this.root, absolute)) throw new CairnError('forbidden', `Path leaves the vault: ${id}`);
    let real: string;
    try {
      real = realpathSync.native(absolute);
    } catch {
      throw new CairnError('not-found', `No such note: ${id}`);
    }
    if (!isInside(this.root, real)) throw new CairnError('forbidden', `Path leaves the vault through a symlink: ${id}`);
    try {
      return readFileSync(real);
    } catch (error) {
      throw fsError(error, id);
    }
  }

  /**
   * Walks `id` one component at a time through what exists: every symlink on the way must resolve inside
   * the vault, and a dangling or looping link is refused, because `mkdir -p`, a write or a rename would
   * follow it (or replace it). Returns the real path of the deepest component that exists and the names
   * after it, which do not exist yet.
   */
  private async walkReal(id: NoteId): Promise<{ real: string; rest: string[] }> {
    const segments = id.split('/');
    let real = this.root;
    for (const [i, segment] of segments.entries()) {
      const next = path.join(real, segment);
      const stat = await fs.lstat(next).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw fsError(error, id);
      });
      if (stat === null) return { real, rest: segments.slice(i) };
      if (stat.isSymbolicLink()) {
        const target = await realpath(next).catch(() => null);
        if (target === null) throw new CairnError('forbidden', `${segments.slice(0, i + 1).join('/')} is a broken or looping symlink: ${id} cannot be written.`);
        if (!isInside(this.root, target)) throw new CairnError('forbidden', `Path leaves the vault through a symlink: ${id}`);
        real = target;
      } else real = next;
      if (i < segments.length - 1 && !(await fs.stat(real)).isDirectory()) throw new CairnError('bad-request', `${segments.slice(0, i + 1).join('/')} is a file, not a folder: ${id} cannot be written.`);
    }
    return { real, rest: [] };
  }

  /** Creates `names` one by one under the real folder `base`, each checked to be a real folder once made. */
  private async makeFolders(base: string, names: string[], id: NoteId): Promise<string> {
    let folder = base;
    for (const name of names) {
      folder = path.join(folder, name);
      await fs.mkdir(folder).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
      // Made by someone else meanwhile: only a real folder is written into, never a link planted there.
      if (!(await fs.lstat(folder)).isDirectory()) throw new CairnError('forbidden', `${name} changed while ${id} was being written.`);
    }
    return folder;
  }

  write(id: NoteId, data: string, check?: WriteCheck): Promise<FileEntry> {
    return this.writeInto(id, data, check, null);
  }

  move(from: NoteId, to: NoteId): Promise<void> {
    return this.moveInto(from, to, null);
  }

  async batch<T>(work: (batch: WriteBatch) => Promise<T>): Promise<T> {
    const folders = new Set<string>();
    try {
      return await work({ write: (id, data, check) => this.writeInto(id, data, check, folders), move: (from, to) => this.moveInto(from, to, folders) });
    } finally {
      await eachLimited([...folders], FOLDER_SYNCS, syncFolder);
    }
  }

  /** `write`; with `folders`, the folder written into is added there for the batch to flush, not flushed. */
  private async writeInto(id: NoteId, data: string, check: WriteCheck | undefined, folders: Set<string> | null): Promise<FileEntry> {
    try {
      const checked = checkWritableId(id);
      const { real, rest } = await this.walkReal(checked);
      let target = real;
      let mode: number | undefined;
      if (rest.length === 0) {
        const stat = await fs.stat(real);
        if (stat.isDirectory()) throw new CairnError('bad-request', `${id} is a folder.`);
        mode = stat.mode & 0o777;
      } else target = path.join(await this.makeFolders(real, rest.slice(0, -1), checked), rest[rest.length - 1] as string);
      const beforeRename = check ? (current: Buffer | null) => check(current === null ? null : new Uint8Array(current)) : undefined;
      await atomicWrite(target, data, { beforeRename, mode: mode ?? 0o666, syncFolder: folders === null });
      folders?.add(path.dirname(target));
      const stat = await fs.stat(target);
      return { id: checked, size: stat.size, mtimeMs: stat.mtimeMs };
    } catch (error) {
      throw fsError(error, id);
    }
  }

  private async moveInto(from: NoteId, to: NoteId, folders: Set<string> | null): Promise<void> {
    try {
      const source = await this.resolve(from, { mustExist: true });
      if (source === this.root) throw new CairnError('forbidden', 'The vault itself cannot be moved.');
      const checked = checkNoteId(to);
      const { real, rest } = await this.walkReal(checked);
      if (rest.length === 0) throw new CairnError('conflict', `${to} already exists.`);
      const folder = await this.makeFolders(real, rest.slice(0, -1), checked);
      await fs.rename(source, path.join(folder, rest[rest.length - 1] as string));
      // Both folders' entries changed: a move outside a batch is flushed at once, as a write is.
      const changed = [path.dirname(source), folder];
      if (folders) for (const dir of changed) folders.add(dir);
      else await Promise.all([...new Set(changed)].map(syncFolder));
    } catch (error) {
      throw fsError(error, from);
    }
  }

  async remove(id: NoteId): Promise<void> {
    const absolute = await this.resolve(id, { mustExist: false });
    await fs.rm(absolute, { force: true }).catch((error: unknown) => {
      throw fsError(error, id);
    });
  }

  async mkdir(id: NoteId): Promise<void> {
    try {
      const checked = checkNoteId(id);
      const { real, rest } = await this.walkReal(checked);
      if (rest.length === 0 && !(await fs.stat(real)).isDirectory()) throw new CairnError('conflict', `A file has that name: ${id}`);
      await this.makeFolders(real, rest, checked);
    } catch (error) {
      throw fsError(error, id);
    }
  }
}
