import type { NoteId } from '../../contract';
import type { MatchElsewhere } from '../concepts/engine';
import { EXTRACT_AHEAD_OF_SNAPSHOT, ExtractionPool } from '../concepts/extract-pool';
import type { NoteContribution } from '../graph/contribution';
import { LinkResolver } from '../markdown/resolve';
import type { ParsedNote } from '../markdown/types';
import { toSearchDoc } from '../search/doc';
import type { FileEntry } from '../vault/vault-fs';
import { nextTurn } from '../turn';
import { recordsById, type CacheData } from './cache';
import { conceptShapes } from './concept-shapes';
import type { IndexState } from './index-state';
import { BUILD_TURN, type BuildHooks, type BuildStats, type ProgressListener } from './index-types';
import { withoutText, type NoteRecord, type ReadRecord } from './note-record';
import { parsedOf, readAll } from './read-all';
import { snapshotWith, type OpeningSnapshot } from './snapshot';
import { linksGraph } from './links-graph';
import { restoreConcepts, restoreSearch } from './warm-start';

/** A build from the files opens the window on its notes and links once parsed from this many notes (BuildHooks). */
const OPEN_EARLY_FROM = 2000;

/**
 * A build from the files (those the cache's records do not hold unchanged): read and parse, then concepts,
 * graph and search. Without a saved concept state, helper threads read each note's concepts as soon as it
 * is parsed (extract-pool.ts).
 */
export async function buildFromFiles(
  index: IndexState,
  files: FileEntry[],
  cached: CacheData | null,
  searchImported: boolean,
  shown: boolean,
  onProgress: ProgressListener,
  hooks: BuildHooks,
): Promise<BuildStats> {
  // Built from the records: the search index is made again from them too.
  if (searchImported) for (const id of index.search.ids()) index.search.remove(id);
  const previous = recordsById(cached);
  const fresh = (entry: FileEntry): NoteRecord | undefined => {
    const old = previous.get(entry.id);
    return old && old.entry.size === entry.size && old.entry.mtimeMs === entry.mtimeMs ? old : undefined;
  };
  const toRead = files.filter((entry) => !fresh(entry));
  // Without a saved concept state every note's concepts are read: helper threads start on each note as
  // soon as it is parsed, while this thread parses the rest and builds the search index's text.
  const pool = cached?.concepts ? null : (hooks.helpers === undefined ? ExtractionPool.forBuild(files.length) : new ExtractionPool(hooks.helpers)).orNull();
  const pushed = new Set<NoteId>();
  const toPool = (notes: ParsedNote[]): void => {
    if (!pool) return;
    for (const note of notes) pushed.add(note.id);
    pool.push(notes);
  };
  try {
    const read = new Map(
      (await readAll(index.vault, toRead, (done) => onProgress('parse', done, toRead.length), (slice) => toPool(parsedOf(slice)))).map((r) => [r.entry.id, r]),
    );
    return await buildFrom(index, files, fresh, read, cached, pool, pushed, toRead.length, shown, onProgress, hooks);
  } finally {
    pool?.close();
  }
}

/** The build from the records once the files are read (see `buildFromFiles`). */
function buildFrom(
  index: IndexState,
  files: FileEntry[],
  fresh: (entry: FileEntry) => NoteRecord | undefined,
  read: Map<NoteId, ReadRecord>,
  cached: CacheData | null,
  pool: ExtractionPool | null,
  pushed: Set<NoteId>,
  parsed: number,
  shown: boolean,
  onProgress: ProgressListener,
  hooks: BuildHooks,
): Promise<BuildStats> {
  // The text of every note read is held while the index is built from it, and let go after.
  return index.texts.batchAsync(async () => {
    index.texts.hold(parsedOf(read.values()));
    const records = files.map((entry) => fresh(entry) ?? withoutText(read.get(entry.id) as ReadRecord));
    index.resolver = new LinkResolver(records.map((record) => record.entry.id));
    for (const record of records) {
      index.records.set(record.entry.id, record);
      index.linkSources.index(record, true);
    }
    // Notes from the cache's records (a cache without concept state) are read back and queued too.
    const notes = pool ? records.flatMap((record) => index.textOf(record)) : [];
    pool?.push(notes.filter((note) => !pushed.has(note.id)));
    const snapshot = hooks.onSnapshot && !shown && parsed >= (hooks.openEarlyFrom ?? OPEN_EARLY_FROM);
    pool?.pushedAll(snapshot ? EXTRACT_AHEAD_OF_SNAPSHOT : undefined);
    onProgress('concepts', 0, 2 * records.length);
    if (hooks.onSnapshot && snapshot) {
      hooks.onSnapshot(linksSnapshot(index, records));
      await nextTurn();
    }
    // The search index's text does not depend on concepts: it is built while the helpers read them,
    // and each note's concept names are added once known (the same index as adding them together).
    const textFirst = pool !== null && !cached?.search;
    // It stops when the helpers have read every note's concepts: the dictionary is made then, and the rest
    // of the text is indexed while they match (a helper waiting for the dictionary is a core left idle).
    let textDone = textFirst && pool ? await searchText(index, records, onProgress, 0, () => pool.extractionDone) : records.length;
    const restOfText = async (): Promise<void> => {
      if (textFirst && textDone < records.length) textDone = await searchText(index, records, onProgress, textDone);
    };
    const restored = restoreConcepts(cached, index.texts, read);
    let extractedByHelper = 0;
    let matchedByHelper = 0;
    let helpers = 0;
    if (restored) index.concepts = restored;
    else {
      let shownAt = 0;
      const onTurn = (done: number, total: number): void => {
        if (done - shownAt < 500) return;
        shownAt = done;
        onProgress('concepts', done, total);
      };
      const all = pool ? notes : records.flatMap((record) => index.textOf(record));
      const extracted = pool ? await pool.finish((done) => onTurn(done, 2 * all.length)) : undefined;
      extractedByHelper = extracted?.byHelper ?? 0;
      helpers = extracted?.helpers ?? 0;
      // The helpers match the notes they read, and read their typed relations, against the dictionary
      // made here: the relations wait for the graph below.
      const matchElsewhere: MatchElsewhere | undefined = pool
        ? async (dictionary, matchHere) => {
            const matched = await pool.matchAll(dictionary, matchHere, (done) => onTurn(all.length + done, 2 * all.length), restOfText);
            matchedByHelper = matched.byHelper;
            index.prepared = matched.relations;
            return matched.hits;
          }
        : undefined;
      await index.concepts.updateInTurns(all, [], BUILD_TURN, onTurn, extracted, matchElsewhere);
      // A dictionary like the empty one's (no concepts) is not matched anywhere: the text is still due.
      await restOfText();
    }
    index.shapes = conceptShapes(index.concepts);
    // The helpers make the graph parts of the notes they matched while this thread gives the search
    // index its concept names; then this thread loads each part as soon as it and all before it are made
    // (in note order, as one load would), and makes parts itself when none is ready.
    const streamed = pool !== null && textFirst;
    try {
      if (streamed) {
        const loader = index.graph.startLoading();
        try {
          let loaded = 0;
          await pool.contributeAll(
            records.map((record) => record.entry.id),
            index.concepts.noteCounts(),
            async () => {
              await searchConcepts(index, records, onProgress);
              onProgress('graph', 0, records.length);
            },
            (id) => {
              const record = index.records.get(id);
              return record ? index.contribution(record) : null;
            },
            (id, part) => {
              loader.add(id, part);
              if (++loaded % 500 === 0) onProgress('graph', loaded, records.length);
            },
          );
          loader.finish();
        } finally {
          loader.end();
        }
      } else {
        onProgress('graph', 0, records.length);
        const contributions = function* (index: IndexState): Generator<[NoteId, NoteContribution | null]> {
          let done = 0;
          for (const record of records) {
            yield [record.entry.id, index.contribution(record)];
            if (++done % 500 === 0) onProgress('graph', done, records.length);
          }
        };
        await index.graph.loadInTurns(contributions(index), undefined, BUILD_TURN);
      }
    } finally {
      index.prepared = null;
    }
    index.graph.flush();
    const searchFromCache = streamed ? false : textFirst ? await searchConcepts(index, records, onProgress) : await restoreSearch(index, cached, records, read, onProgress);
    index.concepts.releaseHits();
    onProgress('ready', records.length, records.length);
    return { files: records.length, parsed, searchFromCache, extractedByHelper, matchedByHelper, partsByHelper: pool?.partsByHelper ?? 0, helpers };
  });
}
/**
 * Every note's search entry without its concept names (see `searchConcepts`), from `from` on, until
 * `until()` says to stop between two turns. Returns where it stopped (`records.length` when done).
 */
async function searchText(index: IndexState, records: NoteRecord[], onProgress: ProgressListener, from = 0, until: () => boolean = () => false): Promise<number> {
  if (from === 0) onProgress('search', 0, records.length);
  let done = from;
  while (done < records.length) {
    if (until()) return done;
    const end = Math.min(records.length, done + BUILD_TURN);
    for (; done < end; done++) {
      const note = index.textOf(records[done] as NoteRecord)[0];
      if (note) index.search.upsertText(toSearchDoc(note, []));
    }
    if (done < records.length || done % BUILD_TURN === 0) await nextTurn();
    if (done % 500 === 0) onProgress('search', done, records.length);
  }
  onProgress('search', done, records.length);
  return done;
}

/** The concept names of every note `searchText` indexed, in the same order. */
async function searchConcepts(index: IndexState, records: NoteRecord[], onProgress: ProgressListener): Promise<false> {
  onProgress('search', 0, records.length);
  let done = 0;
  for (const record of records) {
    if (record.parsed) index.search.setConcepts(record.entry.id, index.conceptNames(record.entry.id));
    if (++done % BUILD_TURN === 0) await nextTurn();
  }
  return false;
}


/**
 * What a first build can show before its concepts are found: every note with its links and tags, and
 * the vault's counts. The window opens on it once the files are parsed (~3 s at 10k notes) instead of
 * after the whole index (~15 s), and asks again when the index is built.
 */
function linksSnapshot(index: IndexState, records: NoteRecord[]): OpeningSnapshot {
  // No concepts yet: reading each note for them (typed relations, hit sections) found none and cost ~0.3 s
  // at 10k notes. Made without a graph model (links-graph.ts).
  return snapshotWith(index, linksGraph(records, index.resolver));
}
