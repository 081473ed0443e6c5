import type { ParsedNote } from '../markdown/types';
import type { FileEntry, VaultFs } from '../vault/vault-fs';
import { nextTurn } from '../turn';
import type { ReadRecord } from './note-record';
import { readNoteRecordSync } from './read-note';

/** Files read and parsed between two turns of the event loop: ~10 ms of work for notes of ~3 KB. */
const READ_SLICE = 64;

/** The parsed notes of these records (attachments and unreadable files have none). */
export function parsedOf(records: Iterable<ReadRecord>): ParsedNote[] {
  const out: ParsedNote[] = [];
  for (const record of records) if (record.parsed) out.push(record.parsed);
  return out;
}

/** Reads and parses the files; `onSlice` gets each slice's records as soon as they are parsed. */
export async function readAll(vault: VaultFs, files: FileEntry[], onProgress: (done: number) => void, onSlice: (records: ReadRecord[]) => void = () => {}): Promise<ReadRecord[]> {
  const out: ReadRecord[] = new Array(files.length);
  for (let i = 0; i < files.length; i++) {
    out[i] = readNoteRecordSync(vault, files[i] as FileEntry);
    if ((i + 1) % READ_SLICE !== 0 && i + 1 < files.length) continue;
    onSlice(out.slice(i + 1 - (((i + 1) % READ_SLICE) || READ_SLICE), i + 1));
    if ((i + 1) % READ_SLICE !== 0) continue;
    if ((i + 1) % (4 * READ_SLICE) === 0) onProgress(i + 1);
    // Requests and progress events get a turn between slices.
    await nextTurn();
  }
  onProgress(files.length);
  return out;
}
