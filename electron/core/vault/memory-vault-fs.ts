import { CairnError, type NoteId } from '../../contract';
import { checkNoteId, checkWritableId } from './paths';
import { isIgnoredSegment, type FileEntry, type ScanResult, type VaultFs, type WriteBatch, type WriteCheck } from './vault-fs';

/** In-memory vault for tests and benchmarks: same contract as the Node one, no disk. */
export class MemoryVaultFs implements VaultFs {
  private readonly files = new Map<NoteId, { data: Uint8Array; mtimeMs: number }>();
  private clock = 1;
  constructor(
    readonly name = 'memory',
    initial: Record<string, string | Uint8Array> = {},
  ) {
    for (const [id, content] of Object.entries(initial)) this.put(id, content);
  }

  put(id: NoteId, content: string | Uint8Array): FileEntry {
    const checked = checkNoteId(id);
    const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    this.files.set(checked, { data, mtimeMs: this.clock++ });
    return { id: checked, size: data.byteLength, mtimeMs: this.clock - 1 };
  }

  delete(id: NoteId): void {
    this.files.delete(checkNoteId(id));
  }

  async scan(): Promise<ScanResult> {
    const files = [...this.files.entries()]
      .filter(([id]) => !id.split('/').some(isIgnoredSegment))
      .map(([id, file]) => ({ id, size: file.data.byteLength, mtimeMs: file.mtimeMs }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    return { files, skipped: [] };
  }

  async stat(id: NoteId): Promise<FileEntry | null> {
    const file = this.files.get(checkNoteId(id));
    return file ? { id, size: file.data.byteLength, mtimeMs: file.mtimeMs } : null;
  }

  async read(id: NoteId): Promise<Uint8Array> {
    return this.readSync(id);
  }

  readSync(id: NoteId): Uint8Array {
    const file = this.files.get(checkNoteId(id));
    if (!file) throw new CairnError('not-found', `No such note: ${id}`);
    return file.data;
  }

  async write(id: NoteId, data: string, check?: WriteCheck): Promise<FileEntry> {
    const checked = checkWritableId(id);
    if (this.isFolder(checked)) throw new CairnError('conflict', `A folder has that name: ${id}`);
    check?.(this.files.get(checked)?.data ?? null);
    return this.put(checked, data);
  }

  async move(from: NoteId, to: NoteId): Promise<void> {
    const source = checkNoteId(from);
    const target = checkNoteId(to);
    if (this.files.has(target) || this.isFolder(target) || this.folders.has(target)) throw new CairnError('conflict', `${to} already exists.`);
    const file = this.files.get(source);
    if (file) {
      this.files.delete(source);
      this.files.set(target, file);
      return;
    }
    const inside = [...this.files.keys()].filter((id) => id.startsWith(`${source}/`));
    if (inside.length === 0 && !this.folders.has(source)) throw new CairnError('not-found', `No such file or folder: ${from}`);
    for (const id of inside) {
      const moved = this.files.get(id) as { data: Uint8Array; mtimeMs: number };
      this.files.delete(id);
      this.files.set(`${target}${id.slice(source.length)}`, moved);
    }
    if (this.folders.delete(source)) this.folders.add(target);
  }

  /** Nothing to flush in memory: the batch is the vault itself. */
  batch<T>(work: (batch: WriteBatch) => Promise<T>): Promise<T> {
    return work({ write: (id, data, check) => this.write(id, data, check), move: (from, to) => this.move(from, to) });
  }

  async remove(id: NoteId): Promise<void> {
    this.files.delete(checkNoteId(id));
  }

  async mkdir(id: NoteId): Promise<void> {
    const checked = checkNoteId(id);
    if (this.files.has(checked)) throw new CairnError('conflict', `A file has that name: ${id}`);
    this.folders.add(checked);
  }

  /** Folders made empty by `mkdir`; others exist through the files inside them. */
  private readonly folders = new Set<NoteId>();

  private isFolder(id: NoteId): boolean {
    for (const known of this.files.keys()) if (known.startsWith(`${id}/`)) return true;
    return this.folders.has(id);
  }
}
