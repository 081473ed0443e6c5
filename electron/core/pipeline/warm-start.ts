import type { NoteId } from '../../contract';
import { ConceptEngine, type ConceptEngineState } from '../concepts/engine';
import type { NoteContribution } from '../graph/contribution';
import { LinkResolver } from '../markdown/resolve';
import type { FileEntry } from '../vault/vault-fs';
import { nextTurn } from '../turn';
import type { CacheData, CacheStore } from './cache';
import { conceptShapes } from './concept-shapes';
import type { IndexState } from './index-state';
import { BUILD_TURN, type BuildStats, type ChangeResult, type ProgressListener } from './index-types';
import type { NoteRecord, ReadRecord } from './note-record';
import type { NoteTexts } from './note-texts';
import { parsedOf, readAll } from './read-all';
/**
 * A warm start: the index exactly as the cache saved it (records, concepts, graph, search), then the
 * files changed, added or deleted since applied as edits; the incremental path is held to equal a fresh
 * build. Null when part of the cache does not fit this code (the caller then builds from the records).
 */
export async function restore(
  index: IndexState,
  cached: CacheData,
  contributions: () => NoteContribution[],
  files: FileEntry[],
  onProgress: ProgressListener,
  searchImported: boolean,
  applyRecords: (changed: ReadRecord[], removed: NoteId[]) => ChangeResult,
): Promise<BuildStats | null> {
  if (!searchImported && !cached.search) return null;
  const graph = contributions();
  index.resolver = new LinkResolver(cached.records.map((record) => record.entry.id));
  for (const record of cached.records) {
    index.records.set(record.entry.id, record);
    index.linkSources.index(record, true);
  }
  index.concepts = ConceptEngine.fromState(cached.concepts as ConceptEngineState, index.texts, index.texts);
  if (!searchImported) await index.search.importState(cached.search);
  index.shapes = conceptShapes(index.concepts);
  onProgress('graph', 0, graph.length);
  await index.graph.loadInTurns(
    graph.map((contribution): [NoteId, NoteContribution] => [contribution.noteId, contribution]),
    cached.related,
  );
  index.graph.flush();
  const present = new Set(files.map((entry) => entry.id));
  const toRead = files.filter((entry) => {
    const old = index.records.get(entry.id);
    return !old || old.entry.size !== entry.size || old.entry.mtimeMs !== entry.mtimeMs;
  });
  const removed = [...index.records.keys()].filter((id) => !present.has(id));
  const read = await readAll(index.vault, toRead, (done) => onProgress('parse', done, toRead.length));
  const sinceSnapshot = read.length > 0 || removed.length > 0 ? applyRecords(read, removed) : { changed: [], removed: [], delta: index.graph.flush() };
  index.concepts.releaseHits();
  onProgress('ready', files.length, files.length);
  return { files: files.length, parsed: toRead.length, searchFromCache: true, sinceSnapshot };
}

/** The cache's search part alone; false when there is none this code can import. */
export async function importSearch(index: IndexState, cache: CacheStore): Promise<boolean> {
  const state = await cache.loadSearch();
  if (!state) return false;
  try {
    await index.search.importState(state);
    return true;
  } catch {
    for (const id of index.search.ids()) index.search.remove(id);
    return false;
  }
}

/** Forgets a restore that failed half-way, so a build from the records starts clean. */
export function reset(index: IndexState): void {
  for (const id of [...index.records.keys()]) {
    index.search.remove(id);
    index.graph.setNote(id, null);
  }
  index.graph.flush();
  index.records.clear();
  index.linkSources.clear();
  index.concepts = new ConceptEngine(index.texts);
}

/** Imports the cached search index and re-indexes only what changed; rebuilds when it cannot. */
export async function restoreSearch(index: IndexState, cached: CacheData | null, records: NoteRecord[], read: Map<NoteId, ReadRecord>, onProgress: ProgressListener): Promise<boolean> {
  if (cached?.search) {
    try {
      await index.search.importState(cached.search);
      const present = new Set(records.map((r) => r.entry.id));
      for (const record of cached.records) if (!present.has(record.entry.id)) index.search.remove(record.entry.id);
      for (const record of read.values()) index.upsertSearch(record);
      return true;
    } catch {
      // A different FlexSearch version or configuration: fall through to a rebuild.
    }
  }
  onProgress('search', 0, records.length);
  let done = 0;
  for (const record of records) {
    index.upsertSearch(record);
    if (++done % BUILD_TURN === 0) await nextTurn();
    if (done % 500 === 0) onProgress('search', done, records.length);
  }
  return false;
}

/**
 * Parts are written one after another, and an edit may land between two of them. Snapshot, records,
 * concepts, graph and related sums must agree exactly (a warm start's delta is taken against the
 * snapshot). Each is made in its own turn, so requests are answered between them (made in one piece they
 * held the thread ~0.5 s on a hostile vault): an edit applied meanwhile is seen by the generation count,
 * and the write is given up, leaving the previous cache (false; the next write takes the edit in). The
 * search part is made last: made after an edit, it is newer than the size and mtime the records give that

/**
 * The cached concept engine brought up to date with the files read again (changed or new); notes gone
 * since are dropped by `fromState`. Null without a usable state: the caller extracts everything.
 */
export function restoreConcepts(cached: CacheData | null, texts: NoteTexts, read: Map<NoteId, ReadRecord>): ConceptEngine | null {
  if (!cached?.concepts) return null;
  try {
    const engine = ConceptEngine.fromState(cached.concepts, texts, texts);
    // Every note new or changed since the cache was read again, so `read` holds all of them.
    engine.update(parsedOf(read.values()), []);
    return engine;
  } catch {
    // Written by other extraction rules (CONCEPT_STATE_VERSION): extract again.
    return null;
  }
}
