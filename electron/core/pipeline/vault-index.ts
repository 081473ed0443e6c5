import type { NoteId } from '../../contract';
import { packContributions, unpackContributions } from '../graph/contribution-codec';
import { nextTurn } from '../turn';
import { CACHE_VERSION, type CacheStore } from './cache';
import { buildFromFiles } from './cold-build';
import { applyHeld, applyMove, catchUpSteps, drain, type MoveApply } from './held-changes';
import { IndexState } from './index-state';
import type { BuildHooks, BuildStats, ChangeResult, ProgressListener } from './index-types';
import { withoutText, type ReadRecord } from './note-record';
import { parsedOf } from './read-all';
import { readNoteRecord } from './read-note';
import { takeSnapshot } from './snapshot';
import { importSearch, reset, restore } from './warm-start';

export type { BuildHooks, BuildStats, ChangeResult, ProgressListener } from './index-types';
export type { MoveApply } from './held-changes';

/**
 * The whole index of one vault: records, link resolution, concepts, graph and search, kept consistent
 * under file changes. Pure core: the host decides where it runs and how changes arrive. The build from
 * the files is in cold-build.ts, from the cache in warm-start.ts, and changes are applied by held-changes.ts.
 */
export class VaultIndex extends IndexState {
  /**
   * Builds the index, from the cache where it can. From a cache with a snapshot, `onSnapshot` gets it
   * before the rest of the cache is read (the index it describes is what a successful restore starts
   * from), then the search part is imported first and `onSearchable` called: searches can be answered
   * while the rest loads, with what the cache knew until the files changed since are applied. A large
   * build from the files gives `onSnapshot` its notes and links once parsed (see `openEarlyFrom`), and
   * takes turns while it finds concepts, builds the graph and the search index.
   */
  async build(onProgress: ProgressListener = () => {}, cache: CacheStore | null = null, hooks: BuildHooks = {}): Promise<BuildStats> {
    this.generation++;
    let searchImported = false;
    let shown = false;
    if (cache && hooks.onSnapshot) {
      const snapshot = await cache.loadSnapshot();
      if (snapshot) {
        shown = true;
        hooks.onSnapshot(snapshot);
        // Whoever waited for it answers before the rest of the cache is read.
        await nextTurn();
        searchImported = await importSearch(this, cache);
        if (searchImported) hooks.onSearchable?.();
      }
    }
    onProgress('scan', 0, 1);
    const [scan, cached] = await Promise.all([this.vault.scan(), cache ? cache.load(searchImported) : Promise.resolve(null)]);
    this.skipped = scan.skipped;
    onProgress('scan', 1, 1);
    if (cached?.graph && cached.concepts) {
      const packed = cached.graph;
      const stats = await restore(this, cached, () => unpackContributions(packed), scan.files, onProgress, searchImported, (read, removed) => this.applyRecords(read, removed)).catch(() => null);
      if (stats) return stats;
      reset(this);
    }
    return buildFromFiles(this, scan.files, cached, searchImported, shown, onProgress, hooks);
  }

  /**
   * Parts are written one after another, and an edit may land between two of them. Snapshot, records,
   * concepts, graph and related sums must agree exactly (a warm start's delta is taken against the
   * snapshot). Each is made in its own turn, so requests are answered between them (made in one piece they
   * held the thread ~0.5 s on a hostile vault): an edit applied meanwhile is seen by the generation count,
   * and the write is given up, leaving the previous cache (false; the next write takes the edit in). The
   * search part is made last: made after an edit, it is newer than the size and mtime the records give that
   * file, so a warm start reads the file again and applies it over it.
   */
  async saveCache(cache: CacheStore): Promise<boolean> {
    const at = this.generation;
    const unchanged =
      <T>(make: () => T) =>
      (): T => {
        if (this.generation !== at) throw new CacheOutdated();
        return make();
      };
    try {
      await cache.save({
        version: () => CACHE_VERSION,
        snapshot: unchanged(() => takeSnapshot(this)),
        records: unchanged(() => [...this.records.values()]),
        concepts: unchanged(() => this.concepts.exportState()),
        graph: unchanged(() => packContributions(this.graph.allContributions())),
        related: unchanged(() => this.graph.relatedState()),
        // Last, and largest: FlexSearch's export, made once the other parts are written and let go.
        search: () => this.search.exportState(),
      });
      return true;
    } catch (error) {
      if (error instanceof CacheOutdated) return false;
      throw error;
    }
  }

  /** Re-reads the given files (deleted ones are noticed) and applies the consequences everywhere. */
  async applyChanges(ids: Iterable<NoteId>): Promise<ChangeResult> {
    const { changed, removed } = await this.readChanges(ids);
    return this.applyRecords(changed, removed);
  }

  /**
   * What applyChanges would apply, read but not applied: the files changed on disk since the index took
   * them in, and those gone. A caller holding other records too applies them all in one `applyRecords`.
   */
  async readChanges(ids: Iterable<NoteId>): Promise<{ changed: ReadRecord[]; removed: NoteId[] }> {
    const changed: ReadRecord[] = [];
    const removed: NoteId[] = [];
    for (const id of new Set(ids)) {
      const entry = await this.vault.stat(id).catch(() => null);
      if (!entry) {
        if (this.records.has(id)) removed.push(id);
        else for (const known of this.records.keys()) if (known.startsWith(`${id}/`)) removed.push(known);
        continue;
      }
      const old = this.records.get(id);
      if (old && old.entry.size === entry.size && old.entry.mtimeMs === entry.mtimeMs) continue;
      changed.push(await readNoteRecord(this.vault, entry));
    }
    return { changed, removed };
  }

  /**
   * Applies records already read (by a save, or a worker) and deletions. With `move` (a rename or its
   * undo), the moved files and the notes whose links were rewritten are taken in at once, and the rest
   * waits for `catchUpConcepts` (see MoveApply).
   */
  applyRecords(changed: ReadRecord[], removed: NoteId[], move?: MoveApply): ChangeResult {
    this.generation++;
    return this.texts.batch(() => {
      this.texts.forget([...changed.map((record) => record.entry.id), ...removed]);
      this.texts.hold(parsedOf(changed));
      if (!move) return applyHeld(this, changed.map(withoutText), parsedOf(changed), removed);
      return applyMove(this, changed, removed, move);
    });
  }

  /** Whether concept names or notes wait for `catchUpConcepts` (see ConceptEngine's `UpdatePace`, MoveApply). */
  get conceptsWaiting(): boolean {
    return this.concepts.namesWaiting || this.pendingText.size > 0 || this.pendingParts.size > 0;
  }

  /**
   * Makes the concept dictionary again with the names edits left waiting, and the graph with it; takes in
   * the notes a rename left waiting.
   */
  catchUpConcepts(): ChangeResult {
    this.generation++;
    return this.texts.batch(() => drain(catchUpSteps(this)));
  }

  /**
   * `catchUpConcepts`, giving the event loop a turn every CATCH_UP_SLICE graph parts or search entries made:
   * after a rename in a 10k vault it re-makes thousands of each (20–150 s), and reads and saves are answered
   * meanwhile. The concept engine's update comes first, in one piece. A save applied between two turns is
   * made with the concepts as they are then, as the notes left are; every note is made from the final state.
   */
  async catchUpInTurns(): Promise<ChangeResult> {
    this.generation++;
    return this.texts.batchAsync(async () => {
      const steps = catchUpSteps(this);
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) return step.value;
        await nextTurn();
        // A cache write spanning these turns must see the index changed.
        this.generation++;
      }
    });
  }

  /**
   * Notes with a link naming a file of one of these names (any folder): the only notes whose links a
   * rename of such files can change, besides the moved notes' own relative links.
   */
  notesLinkingTo(ids: Iterable<NoteId>): Set<NoteId> {
    return this.linkSources.linkingTo(ids);
  }

  resolve(from: NoteId, target: string, kind: 'wiki' | 'markdown'): NoteId | null {
    return this.resolver.resolve(from, target, kind);
  }
}

/** A cache write found the index changed between two of its parts. */
class CacheOutdated extends Error {}
