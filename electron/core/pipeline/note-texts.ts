import type { NoteId } from '../../contract';
import type { NoteSource } from '../concepts/types';
import type { ParsedNote } from '../markdown/types';
import type { VaultFs } from '../vault/vault-fs';
import type { NoteRecord } from './note-record';
import { parseBytes } from './read-note';

/** Notes read back recently: a view asking for one edge's evidence reads the same few notes again. */
const RECENT = 64;

/**
 * The text of indexed notes, read back from disk on demand: the index keeps only metadata per note.
 * Notes just read by the index are `hold`-en for the duration of a `batch`, so one change that touches
 * every note (a new concept name) parses each file once, not once per consumer.
 */
export class NoteTexts implements NoteSource {
  private readonly held = new Map<NoteId, ParsedNote>();
  private readonly recent = new Map<NoteId, ParsedNote>();
  private batches = 0;

  constructor(
    private readonly vault: VaultFs,
    private readonly records: ReadonlyMap<NoteId, NoteRecord>,
  ) {}

  has(id: NoteId): boolean {
    return Boolean(this.records.get(id)?.parsed);
  }

  /** The note's parse, from what was just read or from disk; undefined when it is no note or unreadable now. */
  get(id: NoteId): ParsedNote | undefined {
    const held = this.held.get(id) ?? this.recent.get(id);
    if (held) return held;
    if (!this.has(id)) return undefined;
    let note: ParsedNote;
    try {
      note = parseBytes(id, this.vault.readSync(id));
    } catch {
      // Deleted or moved since it was indexed: its change is on the way.
      return undefined;
    }
    if (this.batches > 0) this.held.set(id, note);
    else {
      if (this.recent.size >= RECENT) this.recent.delete(this.recent.keys().next().value as NoteId);
      this.recent.set(id, note);
    }
    return note;
  }

  /** Notes already parsed (just read from disk or saved): served as they are while a batch lasts. */
  hold(notes: Iterable<ParsedNote>): void {
    for (const note of notes) {
      this.recent.delete(note.id);
      this.held.set(note.id, note);
    }
  }

  /** Drops what is known of these notes' text: they changed. */
  forget(ids: Iterable<NoteId>): void {
    for (const id of ids) {
      this.held.delete(id);
      this.recent.delete(id);
    }
  }

  /** Runs `work` with every note read or held meanwhile kept, then lets them go. */
  batch<T>(work: () => T): T {
    this.batches++;
    try {
      return work();
    } finally {
      if (--this.batches === 0) this.held.clear();
    }
  }

  async batchAsync<T>(work: () => Promise<T>): Promise<T> {
    this.batches++;
    try {
      return await work();
    } finally {
      if (--this.batches === 0) this.held.clear();
    }
  }
}
