import type { EvidenceDTO, GraphDelta, IndexPhase, NoteId } from '../../contract';
import { ConceptEngine, type ConceptEngineState, type ConceptUpdate, type MatchElsewhere, type UpdatePace } from '../concepts/engine';
import type { TypedRelation } from '../concepts/relations';
import { ExtractionPool } from '../concepts/extract-pool';
import { isGlossary } from '../concepts/glossary';
import { MAX_EVIDENCE_PER_EDGE, conceptNodeId, noteNodeId, sameList, type NoteContribution } from '../graph/contribution';
import { packContributions, unpackContributions } from '../graph/contribution-codec';
import { GraphModel } from '../graph/graph-model';
import { LinkResolver, nameKey, normalizeTarget } from '../markdown/resolve';
import { toSearchDoc } from '../search/doc';
import { FlexSearchIndex } from '../search/flexsearch-index';
import type { SearchIndex } from '../search/types';
import type { ParsedNote } from '../markdown/types';
import { isNoteId, type FileEntry, type SkippedEntry, type VaultFs } from '../vault/vault-fs';
import { MENTION_EVIDENCE, buildContribution } from './contributions';
import { mentionEvidence, relatedEvidence } from './related-pairs';
import { RARE_BELOW_NOTES } from './mention-targets';
import { withoutText, type NoteRecord, type ReadRecord } from './note-record';
import { NoteTexts } from './note-texts';
import { readNoteRecord, readNoteRecordSync } from './read-note';
import { CACHE_VERSION, recordsById, type CacheData, type CacheStore } from './cache';
import { takeSnapshot, type OpeningSnapshot } from './snapshot';
import { nextTurn } from '../turn';

export type ProgressListener = (phase: IndexPhase, done: number, total: number) => void;

export interface BuildHooks {
  onSnapshot?: (snapshot: OpeningSnapshot) => void;
  onSearchable?: () => void;
  /**
   * A build from the files calls `onSnapshot` with the notes and links once parsed if it read at least
   * this many (default 2,000, ~3 s of build). A smaller vault is built by then, and its window draws the
   * whole graph once rather than a links-only one and then the concepts joined into its layout.
   */
  openEarlyFrom?: number;
  /**
   * Helper threads that read concepts while this thread parses and builds the search index (default: one
   * per core but one, from PARALLEL_FROM notes; 0: this thread does all, one phase after another).
   */
  helpers?: number;
}

const OPEN_EARLY_FROM = 2000;

/** Notes a first build handles between two turns of the event loop: 20–60 ms of work at 10k notes. */
const BUILD_TURN = 100;

/** Graph parts or search entries a catch-up makes between two turns: ~30–60 ms of work at 10k notes. */
const CATCH_UP_SLICE = 50;

export interface BuildStats {
  files: number;
  /** Files read and parsed; the rest came from the cache unchanged. */
  parsed: number;
  searchFromCache: boolean;
  /** Notes whose concepts helper threads read (extract-pool.ts); 0 when one thread did it all. */
  extractedByHelper?: number;
  /** Notes whose concepts helper threads matched, and read the typed relations of. */
  matchedByHelper?: number;
  /** Notes whose graph part helper threads made. */
  partsByHelper?: number;
  /** Helper threads that read concepts (0: none ran). */
  helpers?: number;
  /**
   * A warm start's edits over the cached index (files changed, added or deleted since): the delta turns
   * the cache's snapshot into the index as built. Absent when the index was built otherwise.
   */
  sinceSnapshot?: ChangeResult;
}

export interface ChangeResult {
  changed: NoteId[];
  removed: NoteId[];
  delta: GraphDelta;
}

/** Files read and parsed between two turns of the event loop: ~10 ms of work for notes of ~3 KB. */
const READ_SLICE = 64;

/**
 * The whole index of one vault: records, link resolution, concepts, graph and search, kept consistent
 * under file changes. Pure core: the host decides where it runs and how changes arrive.
 */
export class VaultIndex {
  readonly records = new Map<NoteId, NoteRecord>();
  readonly graph = new GraphModel();
  /** Notes' text, read back from disk when needed: `records` keep none (see NoteMeta). */
  readonly texts: NoteTexts;
  concepts: ConceptEngine;
  readonly search: SearchIndex;
  skipped: SkippedEntry[] = [];
  private resolver = new LinkResolver([]);
  /** Lower-cased basename of each link target → notes whose links name it, to re-resolve on add/remove. */
  private readonly linkSources = new Map<string, Set<NoteId>>();

  constructor(
    readonly vault: VaultFs,
    search?: SearchIndex,
  ) {
    this.search = search ?? new FlexSearchIndex();
    this.texts = new NoteTexts(vault, this.records);
    this.concepts = new ConceptEngine(this.texts);
    this.graph.setEvidenceSource((edge) => {
      if (edge.kind === 'related') return this.relatedEvidence(edge.source, edge.target);
      const noteId = edge.source.slice('note:'.length);
      return this.records.has(noteId) ? mentionEvidence(noteId, this.concepts, edge.target, MENTION_EVIDENCE) : [];
    });
  }

  /**
   * The sentences behind a `related` edge, found when a view asks: the notes that name both ends (or are
   * about one of them), in id order, re-walked the way the graph counted them.
   */
  private relatedEvidence(a: string, b: string): EvidenceDTO[] {
    const keysA = this.conceptsOfNode(a);
    const keysB = this.conceptsOfNode(b);
    const notesA = new Set(keysA.flatMap((key) => this.concepts.notesOf(key)));
    const candidates = new Set(keysB.flatMap((key) => this.concepts.notesOf(key)).filter((id) => notesA.has(id)));
    const subjects = new Set([...keysA, ...keysB]);
    for (const record of this.records.values()) {
      const title = record.parsed?.title;
      const key = title === undefined ? undefined : this.concepts.lookup(title);
      if (key !== undefined && subjects.has(key)) candidates.add(record.entry.id);
    }
    const out: EvidenceDTO[] = [];
    for (const id of [...candidates].sort()) {
      const parsed = this.records.get(id)?.parsed;
      // A glossary puts every concept on one page (see contributions.ts): not evidence that two are related.
      if (parsed && !isGlossary(parsed)) out.push(...relatedEvidence(parsed, id, this.concepts, a, b));
      if (out.length >= MAX_EVIDENCE_PER_EDGE) break;
    }
    return out.slice(0, MAX_EVIDENCE_PER_EDGE);
  }

  /** The concepts a graph node stands for: its own, or those its note names by title and aliases. */
  private conceptsOfNode(node: string): string[] {
    if (node.startsWith('concept:')) return [node.slice('concept:'.length)];
    if (!node.startsWith('note:')) return [];
    const noteId = node.slice('note:'.length);
    return this.concepts.conceptInfos().flatMap((concept) => (concept.noteId === noteId ? [concept.key] : []));
  }

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
        searchImported = await this.importSearch(cache);
        if (searchImported) hooks.onSearchable?.();
      }
    }
    onProgress('scan', 0, 1);
    const [scan, cached] = await Promise.all([this.vault.scan(), cache ? cache.load(searchImported) : Promise.resolve(null)]);
    this.skipped = scan.skipped;
    onProgress('scan', 1, 1);
    if (cached?.graph && cached.concepts) {
      const packed = cached.graph;
      const stats = await this.restore(cached, () => unpackContributions(packed), scan.files, onProgress, searchImported).catch(() => null);
      if (stats) return stats;
      this.reset();
    }
    // Built from the records: the search index is made again from them too.
    if (searchImported) for (const id of this.search.ids()) this.search.remove(id);
    const previous = recordsById(cached);
    const fresh = (entry: FileEntry): NoteRecord | undefined => {
      const old = previous.get(entry.id);
      return old && old.entry.size === entry.size && old.entry.mtimeMs === entry.mtimeMs ? old : undefined;
    };
    const toRead = scan.files.filter((entry) => !fresh(entry));
    // Without a saved concept state every note's concepts are read: helper threads start on each note as
    // soon as it is parsed, while this thread parses the rest and builds the search index's text.
    const pool = cached?.concepts ? null : (hooks.helpers === undefined ? ExtractionPool.forBuild(scan.files.length) : new ExtractionPool(hooks.helpers)).orNull();
    const pushed = new Set<NoteId>();
    const toPool = (notes: ParsedNote[]): void => {
      if (!pool) return;
      for (const note of notes) pushed.add(note.id);
      pool.push(notes);
    };
    try {
      const read = new Map(
        (await readAll(this.vault, toRead, (done) => onProgress('parse', done, toRead.length), (slice) => toPool(parsedOf(slice)))).map((r) => [r.entry.id, r]),
      );
      return await this.buildFrom(scan.files, fresh, read, cached, pool, pushed, toRead.length, shown, onProgress, hooks);
    } finally {
      pool?.close();
    }
  }

  /** The build from the records once the files are read (see `build`). */
  private buildFrom(
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
    return this.texts.batchAsync(async () => {
      this.texts.hold(parsedOf(read.values()));
      const records = files.map((entry) => fresh(entry) ?? withoutText(read.get(entry.id) as ReadRecord));
      this.resolver = new LinkResolver(records.map((record) => record.entry.id));
      for (const record of records) {
        this.records.set(record.entry.id, record);
        this.indexLinkSources(record, true);
      }
      // Notes from the cache's records (a cache without concept state) are read back and queued too.
      const notes = pool ? records.flatMap((record) => this.textOf(record)) : [];
      pool?.push(notes.filter((note) => !pushed.has(note.id)));
      onProgress('concepts', 0, 2 * records.length);
      if (hooks.onSnapshot && !shown && parsed >= (hooks.openEarlyFrom ?? OPEN_EARLY_FROM)) {
        hooks.onSnapshot(this.linksSnapshot(records));
        await nextTurn();
      }
      // The search index's text does not depend on concepts: it is built while the helpers read them,
      // and each note's concept names are added once known (the same index as adding them together).
      const textFirst = pool !== null && !cached?.search;
      if (textFirst) await this.searchText(records, onProgress);
      const restored = restoreConcepts(cached, this.texts, read);
      let extractedByHelper = 0;
      let matchedByHelper = 0;
      let helpers = 0;
      if (restored) this.concepts = restored;
      else {
        let shownAt = 0;
        const onTurn = (done: number, total: number): void => {
          if (done - shownAt < 500) return;
          shownAt = done;
          onProgress('concepts', done, total);
        };
        const all = pool ? notes : records.flatMap((record) => this.textOf(record));
        const extracted = pool ? await pool.finish((done) => onTurn(done, 2 * all.length)) : undefined;
        extractedByHelper = extracted?.byHelper ?? 0;
        helpers = extracted?.helpers ?? 0;
        // The helpers match the notes they read, and read their typed relations, against the dictionary
        // made here: the relations wait for the graph below.
        const matchElsewhere: MatchElsewhere | undefined = pool
          ? async (dictionary, matchHere) => {
              const matched = await pool.matchAll(dictionary, matchHere, (done) => onTurn(all.length + done, 2 * all.length));
              matchedByHelper = matched.byHelper;
              this.prepared = matched.relations;
              return matched.hits;
            }
          : undefined;
        await this.concepts.updateInTurns(all, [], BUILD_TURN, onTurn, extracted?.candidates, matchElsewhere);
      }
      this.shapes = conceptShapes(this.concepts);
      // The helpers make the graph parts of the notes they matched while this thread gives the search
      // index its concept names, then takes its own share; the graph takes them all in note order.
      let parts: Map<NoteId, NoteContribution | null> | null = null;
      let partsShown = 0;
      if (pool && textFirst) {
        parts = await pool.contributeAll(
          records.map((record) => record.entry.id),
          this.concepts.noteCounts(),
          async () => {
            await this.searchConcepts(records, onProgress);
            onProgress('graph', 0, records.length);
          },
          (id) => {
            const record = this.records.get(id);
            return record ? this.contribution(record) : null;
          },
          (done) => {
            if (done - partsShown < 500) return;
            partsShown = done;
            onProgress('graph', done, 2 * records.length);
          },
        );
      }
      onProgress('graph', parts ? records.length : 0, records.length);
      const contributions = function* (index: VaultIndex): Generator<[NoteId, NoteContribution | null]> {
        let done = 0;
        for (const record of records) {
          const id = record.entry.id;
          yield [id, parts?.has(id) ? (parts.get(id) ?? null) : index.contribution(record)];
          if (++done % 500 === 0) onProgress('graph', done, records.length);
        }
      };
      try {
        await this.graph.loadInTurns(contributions(this), undefined, BUILD_TURN);
      } finally {
        this.prepared = null;
      }
      this.graph.flush();
      const searchFromCache = parts ? false : textFirst ? await this.searchConcepts(records, onProgress) : await this.restoreSearch(cached, records, read, onProgress);
      this.concepts.releaseHits();
      onProgress('ready', records.length, records.length);
      return { files: records.length, parsed, searchFromCache, extractedByHelper, matchedByHelper, partsByHelper: pool?.partsByHelper ?? 0, helpers };
    });
  }

  /** Every note's search entry without its concept names (see `searchConcepts`). */
  private async searchText(records: NoteRecord[], onProgress: ProgressListener): Promise<void> {
    onProgress('search', 0, records.length);
    let done = 0;
    for (const record of records) {
      const note = this.textOf(record)[0];
      if (note) this.search.upsertText(toSearchDoc(note, []));
      if (++done % BUILD_TURN === 0) await nextTurn();
      if (done % 500 === 0) onProgress('search', done, records.length);
    }
    onProgress('search', done, records.length);
  }

  /** The concept names of every note `searchText` indexed, in the same order. */
  private async searchConcepts(records: NoteRecord[], onProgress: ProgressListener): Promise<false> {
    onProgress('search', 0, records.length);
    let done = 0;
    for (const record of records) {
      if (record.parsed) this.search.setConcepts(record.entry.id, this.conceptNames(record.entry.id));
      if (++done % BUILD_TURN === 0) await nextTurn();
    }
    return false;
  }

  /** The labels of the concepts a note names, as its search entry holds them. */
  private conceptNames(id: NoteId): string[] {
    return [...new Set(this.concepts.hitSections(id).keys.map((key) => this.concepts.conceptInfo(key)?.label ?? key))];
  }

  /**
   * What a first build can show before its concepts are found: every note with its links and tags, and
   * the vault's counts. The window opens on it once the files are parsed (~3 s at 10k notes) instead of
   * after the whole index (~15 s), and asks again when the index is built.
   */
  private linksSnapshot(records: NoteRecord[]): OpeningSnapshot {
    const graph = new GraphModel();
    const none = new ConceptEngine(this.texts);
    // No text for evidence: the snapshot's wire carries none (~1.2 s in all at 10k notes).
    graph.load(records.map((record) => [record.entry.id, buildContribution(record, this.resolver, none, () => '')]));
    return takeSnapshot(this, graph);
  }

  /** The note's full parse: held if just read, else read back from disk (none for attachments). */
  private textOf(record: NoteRecord): ParsedNote[] {
    const note = record.parsed ? this.texts.get(record.entry.id) : undefined;
    return note ? [note] : [];
  }

  private contribution(record: NoteRecord): NoteContribution | null {
    const id = record.entry.id;
    return buildContribution(record, this.resolver, this.concepts, () => this.texts.get(id)?.body ?? '', this.prepared?.get(id));
  }

  /** Typed relations helper threads read during a first build, by note, until its graph is made. */
  private prepared: ReadonlyMap<NoteId, TypedRelation[]> | null = null;

  /**
   * A warm start: the index exactly as the cache saved it (records, concepts, graph, search), then the
   * files changed, added or deleted since applied as edits; the incremental path is held to equal a fresh
   * build. Null when part of the cache does not fit this code (the caller then builds from the records).
   */
  private async restore(cached: CacheData, contributions: () => NoteContribution[], files: FileEntry[], onProgress: ProgressListener, searchImported: boolean): Promise<BuildStats | null> {
    if (!searchImported && !cached.search) return null;
    const graph = contributions();
    this.resolver = new LinkResolver(cached.records.map((record) => record.entry.id));
    for (const record of cached.records) {
      this.records.set(record.entry.id, record);
      this.indexLinkSources(record, true);
    }
    this.concepts = ConceptEngine.fromState(cached.concepts as ConceptEngineState, this.texts, this.texts);
    if (!searchImported) await this.search.importState(cached.search);
    this.shapes = conceptShapes(this.concepts);
    onProgress('graph', 0, graph.length);
    await this.graph.loadInTurns(
      graph.map((contribution): [NoteId, NoteContribution] => [contribution.noteId, contribution]),
      cached.related,
    );
    this.graph.flush();
    const present = new Set(files.map((entry) => entry.id));
    const toRead = files.filter((entry) => {
      const old = this.records.get(entry.id);
      return !old || old.entry.size !== entry.size || old.entry.mtimeMs !== entry.mtimeMs;
    });
    const removed = [...this.records.keys()].filter((id) => !present.has(id));
    const read = await readAll(this.vault, toRead, (done) => onProgress('parse', done, toRead.length));
    const sinceSnapshot = read.length > 0 || removed.length > 0 ? this.applyRecords(read, removed) : { changed: [], removed: [], delta: this.graph.flush() };
    this.concepts.releaseHits();
    onProgress('ready', files.length, files.length);
    return { files: files.length, parsed: toRead.length, searchFromCache: true, sinceSnapshot };
  }

  /** The cache's search part alone; false when there is none this code can import. */
  private async importSearch(cache: CacheStore): Promise<boolean> {
    const state = await cache.loadSearch();
    if (!state) return false;
    try {
      await this.search.importState(state);
      return true;
    } catch {
      for (const id of this.search.ids()) this.search.remove(id);
      return false;
    }
  }

  /** Forgets a restore that failed half-way, so a build from the records starts clean. */
  private reset(): void {
    for (const id of [...this.records.keys()]) {
      this.search.remove(id);
      this.graph.setNote(id, null);
    }
    this.graph.flush();
    this.records.clear();
    this.linkSources.clear();
    this.concepts = new ConceptEngine(this.texts);
  }

  /** Imports the cached search index and re-indexes only what changed; rebuilds when it cannot. */
  private async restoreSearch(cached: CacheData | null, records: NoteRecord[], read: Map<NoteId, ReadRecord>, onProgress: ProgressListener): Promise<boolean> {
    if (cached?.search) {
      try {
        await this.search.importState(cached.search);
        const present = new Set(records.map((r) => r.entry.id));
        for (const record of cached.records) if (!present.has(record.entry.id)) this.search.remove(record.entry.id);
        for (const record of read.values()) this.upsertSearch(record);
        return true;
      } catch {
        // A different FlexSearch version or configuration: fall through to a rebuild.
      }
    }
    onProgress('search', 0, records.length);
    let done = 0;
    for (const record of records) {
      this.upsertSearch(record);
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

  /** Counts the changes applied to the index, so a cache write that spans turns knows whether one landed. */
  private generation = 0;

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
      if (!move) return this.applyHeld(changed.map(withoutText), parsedOf(changed), removed);
      return this.applyMove(changed, removed, move);
    });
  }

  /** Notes whose concepts, graph part and search entry wait for `catchUpConcepts`: their text changed. */
  private readonly pendingText = new Set<NoteId>();
  /** Notes whose graph part waits to be made again from their text (it was only given new node ids). */
  private readonly pendingParts = new Set<NoteId>();

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
    return this.texts.batch(() => drain(this.catchUpSteps()));
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
      const steps = this.catchUpSteps();
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) return step.value;
        await nextTurn();
        // A cache write spanning these turns must see the index changed.
        this.generation++;
      }
    });
  }

  private catchUpSteps(): Generator<void, ChangeResult> {
    const parsed: ParsedNote[] = [];
    for (const id of this.pendingText) {
      const note = this.records.get(id)?.parsed ? this.texts.get(id) : undefined;
      if (note) parsed.push(note);
    }
    const parts = [...this.pendingParts];
    this.pendingText.clear();
    this.pendingParts.clear();
    const records = parsed.map((note) => this.records.get(note.id) as NoteRecord);
    return this.heldSteps(records, parsed, [], 'catch-up', parts, undefined, CATCH_UP_SLICE);
  }

  /**
   * A rename's files at once. The moved notes are taken in whole, under their new ids: the concept engine
   * keeps what it knew of each (`moveNotes`), and every other note's graph part that named one of them gets
   * the new node id without being made again (`remapNodes`). The notes whose links were rewritten get
   * their records now (so links, backlinks and the resolver follow at once) and their graph part re-pointed
   * so; their concepts, graph part and search entry are made from their new text by `catchUpConcepts`, as is
   * any change of concept names (a file name is one). Renaming a note linked from 500 in a 10k vault
   * re-made most of the vault before (~40 s); the catch-up does that work after the rename has answered.
   */
  private applyMove(changed: ReadRecord[], removed: NoteId[], move: MoveApply): ChangeResult {
    const movedTo = new Set(move.moves.values());
    const linkOnly = changed.filter((record) => move.rewritten.has(record.entry.id) && !movedTo.has(record.entry.id) && this.records.has(record.entry.id));
    const whole = changed.filter((record) => !linkOnly.includes(record));
    for (const record of linkOnly) {
      const id = record.entry.id;
      this.indexLinkSources(this.records.get(id) as NoteRecord, false);
      this.records.set(id, withoutText(record));
      this.indexLinkSources(record, true);
      this.pendingText.add(id);
    }
    const moves = new Map([...move.moves].filter(([from]) => removed.includes(from)));
    this.concepts.moveNotes(moves);
    const nodes = new Map([...moves].filter(([from]) => isNoteId(from)).map(([from, to]) => [noteNodeId(from), noteNodeId(to)]));
    const keep = new Set(linkOnly.map((record) => record.entry.id));
    const result = this.applyHeld(whole.map(withoutText), parsedOf(whole), removed, 'defer-names', [], { nodes, keep, forEngine: removed.filter((id) => !moves.has(id)) });
    return { ...result, changed: [...result.changed, ...keep] };
  }

  /** `applyRecords` with the changed notes' text held in `texts` (`parsed` is it) and `changed` without it. */
  private applyHeld(changed: NoteRecord[], parsed: ParsedNote[], removed: NoteId[], pace: UpdatePace = 'defer-prose', parts: NoteId[] = [], moved?: HeldMove): ChangeResult {
    return drain(this.heldSteps(changed, parsed, removed, pace, parts, moved, Infinity));
  }

  /** `applyHeld`, yielding after every `slice` graph parts or search entries it makes (see `catchUpInTurns`). */
  private *heldSteps(changed: NoteRecord[], parsed: ParsedNote[], removed: NoteId[], pace: UpdatePace, parts: NoteId[], moved: HeldMove | undefined, slice: number): Generator<void, ChangeResult> {
    const affected = new Set<NoteId>(parts.filter((id) => this.records.has(id)));
    const renamedBasenames = new Set<string>();
    for (const id of removed) {
      const old = this.records.get(id);
      if (!old) continue;
      this.indexLinkSources(old, false);
      this.records.delete(id);
      this.resolver.remove(id);
      renamedBasenames.add(nameKey(id));
      this.search.remove(id);
      this.graph.setNote(id, null);
    }
    for (const record of changed) {
      const id = record.entry.id;
      const old = this.records.get(id);
      if (old) this.indexLinkSources(old, false);
      else {
        this.resolver.add(id);
        renamedBasenames.add(nameKey(id));
      }
      this.records.set(id, record);
      this.indexLinkSources(record, true);
      affected.add(id);
    }
    // A new or deleted file can change what other notes' links resolve to.
    for (const base of renamedBasenames) for (const source of this.linkSources.get(base) ?? []) if (!moved?.keep.has(source)) affected.add(source);

    // The search index holds every other note's words as they are: it tells which notes a new name can reach.
    const update = this.concepts.update(parsed, moved?.forEngine ?? removed, (key) => this.search.notesHolding(key), pace);
    const { dictionaryChanged: namesChanged, rebuilt } = update;
    // Labels, owner notes and sources are not in the dictionary's signature, yet the graph shows them.
    // They come from the dictionary alone: when it was not made again, they are as they were.
    const shapes = rebuilt ? conceptShapes(this.concepts) : this.shapes;
    const relabelled = rebuilt ? [...shapes].filter(([key, shape]) => this.shapes.get(key)?.label !== shape.label).map(([key]) => key) : [];
    const shapeChanged = rebuilt && (shapes.size !== this.shapes.size || [...shapes].some(([key, shape]) => this.shapes.get(key)?.sig !== shape.sig));
    const shapesBefore = this.shapes;
    this.shapes = shapes;
    const dictionaryChanged = namesChanged || shapeChanged;
    if (!dictionaryChanged) for (const key of this.crossedLine(update)) for (const id of this.concepts.notesOf(key)) affected.add(id);
    let rebuild = dictionaryChanged ? [...this.reachedBy(update, shapesBefore, shapes, affected)] : [...affected];
    // Their engine state is still their old text's (see applyMove): they are re-pointed below instead.
    if (moved) rebuild = rebuild.filter((id) => !moved.keep.has(id));
    // Moved nodes get their new ids in every part first, those remade below included: the graph then keeps
    // its co-occurrence sums under the new ids instead of moving them note by note (GraphModel.remapNodes).
    if (moved && moved.nodes.size > 0) {
      const remade = new Set(rebuild);
      for (const id of this.graph.remapNodes(moved.nodes, new Set())) if (!remade.has(id)) this.pendingParts.add(id);
    }
    let made = 0;
    for (const id of rebuild) {
      const record = this.records.get(id);
      if (record) this.graph.setNote(id, this.contribution(record));
      if (++made % slice === 0) yield;
    }
    for (const key of relabelled) {
      const shape = shapes.get(key);
      if (shape) this.graph.relabel(conceptNodeId(key), shape.label);
    }
    const edited = new Set(changed);
    // A note's concept names change only with its hits or a label: both put it among those remade above.
    for (const id of dictionaryChanged ? rebuild : affected) {
      const record = this.records.get(id);
      // A note whose text did not change is indexed again only if the concepts it names did.
      if (record && (dictionaryChanged || edited.has(record))) this.upsertSearch(record, !edited.has(record));
      if (++made % slice === 0) yield;
    }
    if (dictionaryChanged) this.concepts.releaseHits();
    return { changed: changed.map((record) => record.entry.id), removed, delta: this.graph.flush() };
  }

  private shapes = new Map<string, ConceptShape>();

  /**
   * The notes whose graph part a change of dictionary can change: the notes changed or re-resolved, the
   * notes matched again, the notes naming a concept whose label, owner or sources changed and those
   * owners, the notes naming a concept that crossed the three-note line, and the notes titled or headed by
   * any such concept. Every note when the engine matched every note again. (Remaking all 10k parts cost
   * ~3.4 s, re-reading their text.)
   */
  private reachedBy(update: ConceptUpdate, before: Map<string, ConceptShape>, shapes: Map<string, ConceptShape>, affected: Set<NoteId>): Iterable<NoteId> {
    if (update.reach === null) return this.records.keys();
    const out = new Set([...affected, ...update.reach]);
    /** Concepts whose node changed: label, owner or sources, or a heading-only one crossing the line. */
    const moved = new Set<string>();
    for (const key of new Set([...shapes.keys(), ...before.keys()])) {
      const was = before.get(key);
      const now = shapes.get(key);
      if (was?.sig === now?.sig) continue;
      moved.add(key);
      if (was?.noteId) out.add(was.noteId);
      if (now?.noteId) out.add(now.noteId);
    }
    for (const key of this.crossedLine(update)) moved.add(key);
    if (moved.size === 0) return out;
    for (const key of moved) for (const id of this.concepts.notesOf(key)) out.add(id);
    // A note titled or headed by such a concept uses its node too (what the note is about, its sections).
    for (const id of this.mayBeNamedBy(moved)) {
      const record = this.records.get(id);
      if (out.has(id) || !record?.parsed) continue;
      const names = [record.parsed.title, ...record.parsed.headings.map((h) => h.text)];
      if (names.some((name) => moved.has(this.concepts.lookup(name) ?? ''))) out.add(id);
    }
    return out;
  }

  /**
   * The notes that may hold a name of these concepts in their title or headings: those holding the name's
   * rarest word, by the search index (every note when a word cannot be looked up). Folding every title and
   * heading of 10k notes cost ~90 ms per new or deleted note.
   */
  private mayBeNamedBy(keys: ReadonlySet<string>): Iterable<NoteId> {
    const out = new Set<NoteId>();
    for (const key of keys) {
      for (const name of this.concepts.namesOf(key)) {
        let fewest: Set<NoteId> | null = null;
        for (const word of new Set(name.split(' '))) {
          const holders = this.search.notesHolding(word);
          if (holders && (!fewest || holders.size < fewest.size)) fewest = holders;
        }
        if (!fewest) return this.records.keys();
        for (const id of fewest) out.add(id);
      }
    }
    return out;
  }

  /**
   * Concepts whose note count crossed RARE_BELOW_NOTES in this update. Every note naming a rare concept
   * keeps it (mention-targets.ts): crossing that line changes the edges of every note that uses it, not
   * only of the notes that changed.
   */
  private *crossedLine(update: ConceptUpdate): Generator<string> {
    for (const [key, delta] of update.keyDelta) {
      const after = this.concepts.noteCount(key);
      if (after - delta >= RARE_BELOW_NOTES !== after >= RARE_BELOW_NOTES) yield key;
    }
  }

  /**
   * Notes with a link naming a file of one of these names (any folder): the only notes whose links a
   * rename of such files can change, besides the moved notes' own relative links.
   */
  notesLinkingTo(ids: Iterable<NoteId>): Set<NoteId> {
    const out = new Set<NoteId>();
    for (const id of ids) for (const source of this.linkSources.get(nameKey(id)) ?? []) out.add(source);
    return out;
  }

  resolve(from: NoteId, target: string, kind: 'wiki' | 'markdown'): NoteId | null {
    return this.resolver.resolve(from, target, kind);
  }

  /**
   * Indexes the note for search. With `unlessSameConcepts`, a note indexed with the same concept names is
   * left as it is: when the dictionary changes (a note created or deleted), every note it may reach is
   * checked, and re-indexing them all cost ~10 s at 10k notes for the handful whose names moved.
   */
  private upsertSearch(record: NoteRecord, unlessSameConcepts = false): void {
    const names = this.conceptNames(record.entry.id);
    if (unlessSameConcepts && sameList(names, this.search.conceptsOf(record.entry.id))) return;
    const note = this.textOf(record)[0];
    if (!note) return;
    this.search.upsert(toSearchDoc(note, names));
  }

  private indexLinkSources(record: NoteRecord, add: boolean): void {
    for (const link of record.parsed?.links ?? []) {
      if (!link.target) continue;
      for (const base of linkKeys(link.target)) this.indexLinkSource(base, record.entry.id, add);
    }
  }

  private indexLinkSource(base: string, id: NoteId, add: boolean): void {
    {
      let set = this.linkSources.get(base);
      if (add) {
        if (!set) this.linkSources.set(base, (set = new Set()));
        set.add(id);
      } else if (set) {
        set.delete(id);
        if (set.size === 0) this.linkSources.delete(base);
      }
    }
  }
}

/**
 * The cached concept engine brought up to date with the files read again (changed or new); notes gone
 * since are dropped by `fromState`. Null without a usable state: the caller extracts everything.
 */
function restoreConcepts(cached: CacheData | null, texts: NoteTexts, read: Map<NoteId, ReadRecord>): ConceptEngine | null {
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

/**
 * A rename as the index takes it (see `applyMove`): files moved, old id → new id, and the notes whose only
 * change is links rewritten to follow them.
 */
export interface MoveApply {
  moves: ReadonlyMap<NoteId, NoteId>;
  rewritten: ReadonlySet<NoteId>;
}

interface HeldMove {
  /** Graph node ids of moved notes, old → new. */
  nodes: ReadonlyMap<string, string>;
  /** Notes left with their old concepts and graph part, re-pointed rather than made again. */
  keep: ReadonlySet<NoteId>;
  /** The removed ids the concept engine must forget (moved notes it keeps under their new ids). */
  forEngine: NoteId[];
}

interface ConceptShape {
  label: string;
  noteId: NoteId | null;
  /** Label, owner, sources and names: what the graph shows of a concept, and what relations read from its names. */
  sig: string;
}

function conceptShapes(engine: ConceptEngine): Map<string, ConceptShape> {
  const out = new Map<string, ConceptShape>();
  for (const c of engine.conceptInfos()) out.set(c.key, { label: c.label, noteId: c.noteId, sig: `${c.label}\u0000${c.noteId ?? ''}\u0000${c.sources.join(',')}\u0000${c.aliases.join('\u0001')}` });
  return out;
}

/** The names the resolver may look a target up by: as written, and URL-decoded (it tries both). */
function linkKeys(target: string): string[] {
  const keys = [nameKey(normalizeTarget(target))];
  if (/%[0-9a-f]{2}/i.test(target)) {
    try {
      keys.push(nameKey(normalizeTarget(decodeURIComponent(target))));
    } catch {
      // Not decodable: the resolver does not find it decoded either.
    }
  }
  return keys;
}


/** Runs steps that could yield to the event loop in one piece. */
function drain<T>(steps: Generator<void, T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

function parsedOf(records: Iterable<ReadRecord>): ParsedNote[] {
  const out: ParsedNote[] = [];
  for (const record of records) if (record.parsed) out.push(record.parsed);
  return out;
}

/** Reads and parses the files; `onSlice` gets each slice's records as soon as they are parsed. */
async function readAll(vault: VaultFs, files: FileEntry[], onProgress: (done: number) => void, onSlice: (records: ReadRecord[]) => void = () => {}): Promise<ReadRecord[]> {
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

/** A cache write found the index changed between two of its parts. */
class CacheOutdated extends Error {}
