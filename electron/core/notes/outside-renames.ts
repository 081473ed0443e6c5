import type { NoteId } from '../../contract';

/** How far apart the delete and the create of an outside rename may arrive (the watcher holds deletes ~0.1 s). */
export const RENAME_WINDOW_MS = 2000;

interface RecentFile {
  id: NoteId;
  hash: string;
  at: number;
}

/** One batch of changes as the index applied it. */
export interface AppliedBatch {
  removed: readonly NoteId[];
  changed: readonly NoteId[];
}

/** A file gone and one come with the same bytes: `from` was moved to `to` outside Cairn. */
export interface OutsideMove {
  from: NoteId;
  to: NoteId;
}

function byHash(files: readonly RecentFile[]): Map<string, RecentFile[]> {
  const map = new Map<string, RecentFile[]>();
  for (const f of files) {
    const list = map.get(f.hash);
    if (list) list.push(f);
    else map.set(f.hash, [f]);
  }
  return map;
}

/**
 * Tells renames made outside Cairn (a file manager, a terminal) from the watcher's batches: a file gone and
 * one come within a moment with the same bytes. An outside rename often arrives as two batches, so files
 * gone and come are remembered for RENAME_WINDOW_MS. Only one-to-one matches count; anything ambiguous
 * (copies, several alike gone) is left alone.
 */
export class OutsideRenames {
  private removed: RecentFile[] = [];
  private added: RecentFile[] = [];

  /**
   * Takes in one applied batch: `before` holds the hashes the index had for the batch's files before it,
   * `current` the record the index holds now. Returns the moves the batch completes.
   */
  observe(batch: AppliedBatch, before: ReadonlyMap<NoteId, string>, current: (id: NoteId) => { hash: string } | undefined, now = Date.now()): OutsideMove[] {
    const fresh = (f: RecentFile): boolean => now - f.at < RENAME_WINDOW_MS;
    this.removed = this.removed.filter(fresh);
    this.added = this.added.filter(fresh);
    for (const id of batch.removed) {
      const hash = before.get(id);
      if (hash !== undefined) this.removed.push({ id, hash, at: now });
    }
    for (const id of batch.changed) {
      const hash = current(id)?.hash;
      if (!before.has(id) && hash !== undefined) this.added.push({ id, hash, at: now });
    }
    if (batch.removed.length + batch.changed.length === 0) return [];
    const removedByHash = byHash(this.removed);
    const addedByHash = byHash(this.added);
    const moves: OutsideMove[] = [];
    for (const gone of [...this.removed]) {
      const came = (addedByHash.get(gone.hash) ?? []).filter((f) => current(f.id) !== undefined);
      const alike = removedByHash.get(gone.hash) ?? [];
      if (came.length !== 1 || alike.length !== 1 || current(gone.id) !== undefined) continue;
      const to = (came[0] as RecentFile).id;
      this.removed = this.removed.filter((f) => f !== gone);
      this.added = this.added.filter((f) => f.id !== to);
      moves.push({ from: gone.id, to });
    }
    return moves;
  }
}
