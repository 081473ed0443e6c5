import { CairnError, type NoteId } from '../../contract';
import { checkNoteId } from './paths';
import { isIgnoredSegment, type FileEntry, type ScanResult, type VaultFs } from './vault-fs';

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

  async write(id: NoteId, data: string): Promise<FileEntry> {
    return this.put(id, data);
  }
}
