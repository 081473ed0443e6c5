import {
  CairnError,
  unpackGraphLazily,
  type BrokenLinkDTO,
  type CairnApi,
  type CairnEvent,
  type ConceptDTO,
  type ConceptSummaryDTO,
  type EvidenceDTO,
  type GradeRequest,
  type GradeResult,
  type GraphDTO,
  type GraphQuery,
  type HostKind,
  type NoteDTO,
  type NoteId,
  type NoteSummary,
  type MasteryDTO,
  type LinkAnswerRequest,
  type LinkAnswerResult,
  type ReviewFitDTO,
  type ReviewPlanDTO,
  type ReviewSettingsDTO,
  type ReviewQueueDTO,
  type ReviewQueueRequest,
  type SaveRequest,
  type SaveResult,
  type SearchRequest,
  type SearchResultDTO,
  type VaultInfo,
  type DraftDTO,
  type DraftRequest,
  type FileOperationDTO,
  type NoteAnchorsDTO,
  type RenameRequest,
  type UnlinkedMentionDTO,
} from '../contract';
import { conceptNodeId, noteNodeId } from './graph/contribution';
import { allProblems, type ReadRecord } from './pipeline/note-record';
import { hashBytes, recordFromBytes } from './pipeline/read-note';
import { decodeNoteBytes } from './markdown/decode';
import { parseFrontmatter } from './markdown/frontmatter';
import { VaultIndex, type BuildStats, type ChangeResult, type MoveApply } from './pipeline/vault-index';
import { noteSummaries, noteSummary, snapshotWire, vaultCounts, type OpeningSnapshot } from './pipeline/snapshot';
import type { CacheStore } from './pipeline/cache';
import { checkNoteId, checkWritableId } from './vault/paths';
import { isNoteId, type VaultFs } from './vault/vault-fs';
import { parseRequest } from './requests';
import { WARM_UP_NOTES, warmUpQueries } from './search/warm-up';
import { indexDeckSource } from './review/index-source';
import { writeLink } from './review/missing-links';
import { Reviewer } from './review/reviewer';
import { nextTurn } from './turn';
import { unlinkedMentionsOf } from './links/mentions-of';
import { FileOperations, type OsTrash } from './notes/file-ops';
import { DraftStore } from './notes/drafts';
import { OutsideRenames } from './notes/outside-renames';

export type EventListener = (event: CairnEvent) => void;

/** A pause in the changes long enough to take in new prose names (~1.5 s of work at 10k notes). */
const CATCH_UP_AFTER_MS = 1500;

export interface ServiceOptions {
  host: HostKind;
  /** Where the index is cached between starts; null for none. */
  cache?: CacheStore | null;
  /** The host's folder picker, for openVault; absent where a host serves one vault. */
  openVault?: () => Promise<VaultInfo | null>;
  /** The clock reviews are scheduled by; tests move it. */
  now?: () => Date;
  /** Run queries made from the vault once it is indexed, so the first real searches run optimised code. */
  warmUp?: boolean;
  /** Rewrite links to a file renamed outside Cairn (default true). */
  followExternalRenames?: boolean;
  /** A first build reading at least this many files opens on its notes and links before the rest (see VaultIndex.build). */
  openEarlyFrom?: number;
  /** The system's trash, where the host has one (the desktop app): deletes go there instead of `.trash/`. */
  osTrash?: OsTrash;
}

/** The one implementation of the contract. Hosts only adapt transport to it. */
export class CairnService implements CairnApi {
  readonly index: VaultIndex;
  private readonly listeners = new Set<EventListener>();
  private indexing = false;
  private fromLastIndex = false;
  private ready: Promise<void> = Promise.resolve();
  private updates: Promise<unknown> = Promise.resolve();

  constructor(
    readonly vault: VaultFs,
    private readonly options: ServiceOptions,
  ) {
    this.index = new VaultIndex(vault);
    this.reviewer = new Reviewer(() => indexDeckSource(this.index), vault, options.now, undefined, async (query) => {
      await this.searchable;
      const hits = this.index.search.search(query, 500);
      if (hits.error) throw new CairnError('bad-request', hits.error);
      return [...new Set(hits.hits.map((h) => h.noteId))];
    });
    this.files = new FileOperations(vault, this.index, (ids, written, move) => this.applyOperation(ids, written ?? [], move), options.osTrash ?? null);
    this.drafts = new DraftStore(vault, options.now);
  }

  private readonly files: FileOperations;
  private readonly drafts: DraftStore;

  private readonly reviewer: Reviewer;

  buildStats: BuildStats | null = null;

  /**
   * Builds the index (from the cache where files are unchanged); calls made meanwhile wait for it. With a
   * cache, the vault opens on the cache's snapshot: the global graph, the note list and the vault's
   * description are answered from it, and searches from the cache's search part, while the index loads;
   * then what changed on disk since arrives as events, as any edit would.
   */
  start(): Promise<void> {
    this.indexing = true;
    const cache = this.options.cache ?? null;
    let opened = (): void => {};
    let searchable = (): void => {};
    let shown = false;
    this.opened = new Promise((resolve) => (opened = resolve));
    const early = new Promise<void>((resolve) => (searchable = resolve));
    const onSnapshot = (snapshot: OpeningSnapshot): void => {
      this.snapshot = snapshot;
      this.fromLastIndex = true;
      opened();
      this.emit({ type: 'vault-opened', vault: this.info() });
    };
    this.ready = this.index
      .build((phase, done, total) => this.emit({ type: 'index-progress', phase, done, total }), cache, { onSnapshot, onSearchable: () => searchable(), openEarlyFrom: this.options.openEarlyFrom })
      .then((stats) => {
        this.buildStats = stats;
      })
      .finally(() => {
        this.indexing = false;
        shown = this.snapshot !== null;
        this.snapshot = null;
        opened();
      })
      .then(async () => {
        const since = this.buildStats?.sinceSnapshot;
        if (shown && since) this.publish(since);
        // Built some other way than from the snapshot's index: the window asks for everything again.
        else this.emit({ type: 'vault-opened', vault: this.info() });
        this.idle = this.options.warmUp ? this.warmUpSearch().then(() => this.warmUpReview()) : Promise.resolve();
        // Written in the background: the person should not wait for the next start's benefit.
        if ((this.buildStats?.parsed ?? 0) > 0) this.dirty = true;
        if (cache && this.dirty) this.cacheWrite = this.idle.then(() => this.writeCache(cache));
      });
    this.searchable = Promise.race([early, this.ready]);
    return this.ready;
  }

  /** Resolves when searches can be answered: the cache's search part imported, or the index built. */
  private searchable: Promise<void> = Promise.resolve();

  /** The cache's snapshot while the index loads (see `start`); null before and after. */
  private snapshot: OpeningSnapshot | null = null;
  /** Resolves when the snapshot or the index can answer. */
  private opened: Promise<void> = Promise.resolve();

  private idle: Promise<void> = Promise.resolve();

  /** Resolves once the work that follows opening (search warm-up) is done. */
  async whenIdle(): Promise<void> {
    await this.ready;
    await this.idle;
  }

  /** One query per turn of the event loop: a real request waits for one warm-up query at most. */
  private async warmUpSearch(): Promise<void> {
    for (const query of warmUpQueries(this.index.search.sample(WARM_UP_NOTES))) {
      await nextTurn();
      try {
        this.index.search.search(query, 20);
      } catch {
        // A query the parser refuses warms nothing; the next ones still do.
      }
    }
  }

  /** The deck is built once the index is: at a thousand notes of cards that takes the better part of a second. */
  private async warmUpReview(): Promise<void> {
    await nextTurn();
    await this.reviewer.prepare();
  }

  /**
   * Writes the cache if this service has one and the index changed since it was last written (at 10k
   * notes a write takes seconds, and closing the app should not redo one for nothing); failures only cost
   * the next start some time.
   */
  async saveCache(): Promise<void> {
    const cache = this.options.cache;
    if (!cache) return;
    await this.ready.catch(() => undefined);
    // The cache holds the concepts as a cold build would make them: nothing left waiting.
    if (this.catchUpTimer) clearTimeout(this.catchUpTimer);
    this.catchUpTimer = null;
    await this.catchUpConcepts();
    await this.cacheWrite;
    if (this.dirty) await this.writeCache(cache);
  }

  private cacheWrite: Promise<void> = Promise.resolve();
  /** The index holds changes its cache does not. */
  private dirty = false;

  private writeCache(cache: CacheStore): Promise<void> {
    // A change applied during the write sets it again: its file's mtime is newer than the cache's record.
    this.dirty = false;
    return this.index.saveCache(cache).then(
      (written) => {
        // An edit landed mid-write: the old cache stays, and this state is written next time.
        if (!written) this.dirty = true;
      },
      (error: unknown) => {
        this.dirty = true;
        console.error('cairn: cache not saved:', (error as Error).message);
      },
    );
  }

  on(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: CairnEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** Applies file-system changes (from the watcher) and pushes what changed. */
  filesChanged(ids: Iterable<NoteId>): Promise<ChangeResult> {
    const batch = [...ids];
    // One batch at a time: two overlapping re-reads of the same file must not apply out of order.
    const run = this.updates.then(async () => {
      await this.ready;
      const hashes = new Map(batch.flatMap((id) => {
        const record = this.index.records.get(id);
        return record ? [[id, record.hash] as const] : [];
      }));
      const result = await this.index.applyChanges(batch);
      this.publish(result);
      if (this.options.followExternalRenames !== false) this.followRenames(result, hashes);
      return result;
    });
    this.updates = run.catch(() => undefined);
    return run;
  }

  private readonly outsideRenames = new OutsideRenames();

  /** A rename made outside: links to the file are rewritten as if it had been renamed here, so they keep working. */
  private followRenames(result: ChangeResult, hashes: Map<NoteId, string>): void {
    for (const { from, to } of this.outsideRenames.observe(result, hashes, (id) => this.index.records.get(id))) {
      void this.files
        .followMove(from, to)
        .then((operation) => {
          if (operation) this.emit({ type: 'file-operation', operation, external: true });
        })
        .catch((error: unknown) => console.error('cairn: links not followed after an outside rename:', (error as Error).message));
    }
  }

  /** A file operation's outcome: records it wrote, and ids to look at again; in turn with the watcher's batches. */
  private applyOperation(ids: NoteId[], written: ReadRecord[], move?: MoveApply): Promise<void> {
    const run = this.updates.then(async () => {
      await this.ready;
      // One pass over everything the operation changed: a rename's 500 rewritten linkers and its move
      // applied apart re-made the same notes twice, once against a vault without the moved note.
      const own = new Set(written.map((record) => record.entry.id));
      const disk = await this.index.readChanges(ids.filter((id) => !own.has(id)));
      this.publish(this.index.applyRecords([...written, ...disk.changed], disk.removed, move));
    });
    this.updates = run.catch(() => undefined);
    return run;
  }

  /** Prose names an edit left waiting are taken in after this pause in the changes (see `catchUpConcepts`). */
  private catchUpTimer: ReturnType<typeof setTimeout> | null = null;
  private catchingUp: Promise<void> = Promise.resolve();

  private scheduleCatchUp(): void {
    if (this.catchUpTimer) clearTimeout(this.catchUpTimer);
    this.catchUpTimer = null;
    if (!this.index.conceptsWaiting) return;
    this.catchUpTimer = setTimeout(() => {
      this.catchUpTimer = null;
      void this.catchUpConcepts();
    }, CATCH_UP_AFTER_MS);
    this.catchUpTimer.unref?.();
  }

  /**
   * Takes in the prose names edits left waiting, in turn with other updates; resolves when none wait. It
   * takes turns (`catchUpInTurns`): requests are answered meanwhile, and a save is applied between two of
   * them (watcher batches and file operations wait for it, as they wait for each other).
   */
  catchUpConcepts(): Promise<void> {
    const run = this.updates.then(async () => {
      if (!this.index.conceptsWaiting) return;
      const { delta } = await this.index.catchUpInTurns();
      this.dirty = true;
      this.reviewer.invalidate();
      if (delta.upsertNodes.length + delta.removeNodes.length + delta.upsertEdges.length + delta.removeEdges.length > 0) this.emit({ type: 'graph-delta', delta });
    });
    this.updates = run.catch(() => undefined);
    this.catchingUp = run.catch((error: unknown) => console.error('cairn: concepts not updated:', (error as Error).message));
    return this.catchingUp;
  }

  private publish(result: ChangeResult): void {
    this.scheduleCatchUp();
    if (result.changed.length === 0 && result.removed.length === 0) return;
    this.dirty = true;
    this.reviewer.invalidate();
    this.emit({ type: 'notes-changed', changed: result.changed, removed: result.removed });
    const { delta } = result;
    if (delta.upsertNodes.length + delta.removeNodes.length + delta.upsertEdges.length + delta.removeEdges.length > 0) {
      this.emit({ type: 'graph-delta', delta });
    }
  }

  async describeVault(): Promise<VaultInfo> {
    await this.opened;
    return this.info();
  }

  private info(): VaultInfo {
    const counts = this.snapshot?.counts ?? vaultCounts(this.index);
    return {
      name: this.vault.name,
      noteCount: counts.notes,
      attachmentCount: counts.attachments,
      problemCount: counts.problems,
      host: this.options.host,
      indexing: this.indexing,
      fromLastIndex: this.fromLastIndex,
    };
  }

  async openVault(): Promise<VaultInfo | null> {
    if (!this.options.openVault) throw new CairnError('unsupported', 'This host serves one vault; restart it with another --vault to switch.');
    return this.options.openVault();
  }

  async listNotes(): Promise<NoteSummary[]> {
    await this.opened;
    if (this.snapshot) return this.snapshot.notes;
    await this.ready;
    return noteSummaries(this.index);
  }

  async readNote(rawId: NoteId): Promise<NoteDTO> {
    const id = checkNoteId(parseRequest('readNote', rawId));
    await this.ready;
    const record = this.index.records.get(id);
    if (!record || !isNoteId(id)) throw new CairnError('not-found', `No such note: ${id}`);
    const bytes = await this.vault.read(id).catch((error: unknown) => {
      // Gone from disk before the watcher said so (the vault deleted, a file moved away): an empty note
      // here would open in the editor as if it were empty.
      if (!record.readOnly && error instanceof CairnError && error.code === 'not-found') throw new CairnError('not-found', `${id} is no longer on disk.`);
      return null;
    });
    const content = bytes ? new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '') : '';
    const parsed = record.parsed;
    const self = noteNodeId(id);
    const backlinks = this.index.graph
      .incident(self)
      .filter((edge) => edge.target === self && (edge.kind === 'link' || edge.kind === 'embed'))
      .flatMap((edge) => (this.index.graph.evidence(edge.id) ?? []).map((e) => ({ from: e.noteId, line: e.line, text: e.text })));
    return {
      ...noteSummary(record),
      content,
      // The index keeps no note's text: the body comes from the bytes just read, split as indexing does
      // (only the front matter: parsing all of a 12 MB note again cost the window most of a second).
      body: parsed && bytes ? parseFrontmatter(decodeNoteBytes(bytes).text).body : '',
      frontmatter: parsed?.frontmatter ?? {},
      headings: parsed?.headings ?? [],
      links: (parsed?.links ?? []).map((link) => ({ ...link, resolved: link.target === '' ? id : this.index.resolve(id, link.target, link.kind) })).map(({ col: _col, ...link }) => link),
      backlinks,
      hash: bytes ? hashBytes(bytes) : '',
    };
  }

  /** One save at a time per note: two saves from the same base must not both pass the hash check. */
  private readonly saving = new Map<NoteId, Promise<unknown>>();

  async saveNote(raw: SaveRequest): Promise<SaveResult> {
    const request = parseRequest('saveNote', raw);
    const id = checkWritableId(request.id);
    if (!isNoteId(id)) throw new CairnError('bad-request', `Only Markdown notes (.md) can be saved: ${id}`);
    await this.ready;
    const previous = this.saving.get(id) ?? Promise.resolve();
    const turn = previous.catch(() => undefined).then(() => this.saveNow(id, request));
    this.saving.set(id, turn);
    try {
      return await turn;
    } finally {
      if (this.saving.get(id) === turn) this.saving.delete(id);
    }
  }

  private async saveNow(id: NoteId, request: SaveRequest): Promise<SaveResult> {
    const record = this.index.records.get(id);
    if (record?.readOnly) throw new CairnError('forbidden', `${id} is read-only: ${allProblems(record).map((p) => p.message).join('; ')}`);
    // Checked again right before the new file replaces the old: another program may write meanwhile.
    const check = (current: Uint8Array | null): void => {
      if (request.baseHash === null && current) throw new CairnError('conflict', `${id} already exists.`);
      if (request.baseHash !== null) {
        if (!current) throw new CairnError('conflict', `${id} was deleted since you opened it.`);
        if (hashBytes(current) !== request.baseHash) throw new CairnError('conflict', `${id} changed on disk since you opened it; your text was kept, reload to compare.`);
      }
    };
    check(await this.vault.read(id).catch(() => null));
    const entry = await this.vault.write(id, request.content, check);
    const bytes = new TextEncoder().encode(request.content);
    const result = this.index.applyRecords([recordFromBytes(entry, bytes)], []);
    this.publish(result);
    // Saved: the draft has done its job. Failing to delete it costs a stale offer, never text.
    await this.drafts.discard(id).catch(() => undefined);
    return { id, hash: hashBytes(bytes) };
  }

  async getGraph(raw: GraphQuery): Promise<GraphDTO> {
    const query = parseRequest('getGraph', raw ?? {});
    await this.opened;
    const global = query.kinds === undefined && query.center === undefined && query.minWeight === undefined;
    // Handed over packed: the worker sends the wire as it is (see contract/wire.ts).
    if (this.snapshot && global) return unpackGraphLazily(snapshotWire(this.snapshot.graph));
    await this.ready;
    return this.index.graph.snapshot(query);
  }

  async getConcept(raw: string): Promise<ConceptDTO> {
    const id = parseRequest('getConcept', raw);
    await this.ready;
    const key = id.startsWith('concept:') ? id.slice('concept:'.length) : id;
    const concept = this.index.concepts.concept(key);
    if (!concept) throw new CairnError('not-found', `No such concept: ${id}`);
    const nodeId = concept.noteId ? noteNodeId(concept.noteId) : conceptNodeId(key);
    const related = this.index.graph
      .incident(nodeId)
      .filter((edge) => edge.kind === 'related')
      .map((edge) => {
        const other = this.index.graph.node(edge.source === nodeId ? edge.target : edge.source);
        return { id: other?.concept ?? other?.id ?? '', label: other?.label ?? '', weight: edge.weight };
      })
      .filter((r) => r.id)
      .sort((a, b) => b.weight - a.weight);
    const toEvidence = (o: { noteId: NoteId; line: number; sentence: string }): EvidenceDTO => ({ noteId: o.noteId, line: o.line, text: o.sentence });
    return {
      id: conceptNodeId(key),
      label: concept.label,
      aliases: concept.aliases,
      noteId: concept.noteId,
      sources: concept.sources,
      definitions: concept.definitions.map(toEvidence),
      mentions: oncePerSentence([...this.index.concepts.mentionsOf(key, 200), ...this.index.concepts.namedWithoutGloss(key, 200)].sort(byPlace))
        .slice(0, 200)
        .map(toEvidence),
      related,
    };
  }

  async listConcepts(): Promise<ConceptSummaryDTO[]> {
    await this.ready;
    return this.index.concepts.conceptInfos().map((c) => ({ id: conceptNodeId(c.key), label: c.label, aliases: c.aliases, noteId: c.noteId }));
  }

  async getEdgeEvidence(raw: string): Promise<EvidenceDTO[]> {
    const edgeId = parseRequest('getEdgeEvidence', raw);
    await this.ready;
    const evidence = this.index.graph.evidence(edgeId);
    if (!evidence) throw new CairnError('not-found', `No such edge: ${edgeId}`);
    return evidence;
  }

  async brokenLinks(): Promise<BrokenLinkDTO[]> {
    await this.ready;
    const out: BrokenLinkDTO[] = [];
    for (const record of this.index.records.values()) {
      for (const link of record.parsed?.links ?? []) {
        if (link.target !== '' && !this.index.resolve(record.entry.id, link.target, link.kind)) {
          out.push({ from: record.entry.id, line: link.line, target: link.target });
        }
      }
    }
    return out;
  }

  async search(raw: SearchRequest): Promise<SearchResultDTO> {
    const request = parseRequest('search', raw);
    await this.searchable;
    const result = this.index.search.search(conceptNamesAsLabels(request.query, this.index.concepts), request.limit ?? 50);
    const concepts = conceptsNamed(request.query, this.index.concepts);
    return concepts.length > 0 ? { ...result, concepts } : result;
  }

  async reviewQueue(raw: ReviewQueueRequest): Promise<ReviewQueueDTO> {
    const request = parseRequest('reviewQueue', raw ?? {});
    await this.ready;
    return this.reviewer.queue(request);
  }

  async gradeCard(raw: GradeRequest): Promise<GradeResult> {
    const request = parseRequest('gradeCard', raw);
    await this.ready;
    return this.reviewer.grade(request);
  }

  async getMastery(): Promise<MasteryDTO> {
    await this.ready;
    return this.reviewer.mastery();
  }

  async getReviewSettings(): Promise<ReviewSettingsDTO> {
    return this.reviewer.settings();
  }

  async setReviewSettings(raw: Partial<ReviewSettingsDTO>): Promise<ReviewSettingsDTO> {
    const request = parseRequest('setReviewSettings', raw);
    return this.reviewer.saveSettings(request);
  }

  async reviewPlan(): Promise<ReviewPlanDTO> {
    await this.ready;
    return this.reviewer.plan();
  }

  async fitReviewParameters(): Promise<ReviewFitDTO> {
    await this.ready;
    return this.reviewer.fit();
  }

  async answerLinkSuggestion(raw: LinkAnswerRequest): Promise<LinkAnswerResult> {
    const request = parseRequest('answerLinkSuggestion', raw);
    await this.ready;
    const link = await this.reviewer.linkOf(request.cardId);
    if (!request.accept) {
      await this.reviewer.answerLink(request.cardId, 'dismissed');
      return { written: null };
    }
    const bytes = await this.vault.read(link.noteId);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new CairnError('forbidden', `${link.noteId} is not valid UTF-8; Cairn does not write into it.`);
    }
    // A file name another note shares would make the link ambiguous: then the path names it.
    const base = link.target.split('/').pop()!.replace(/\.md$/i, '');
    const shared = [...this.index.records.keys()].filter((id) => id.split('/').pop()!.replace(/\.md$/i, '').toLowerCase() === base.toLowerCase()).length > 1;
    const written = writeLink(text, link, shared ? link.target.replace(/\.md$/i, '') : base);
    if (!written) throw new CairnError('conflict', `${link.noteId} no longer names it on line ${link.line}; nothing was written.`);
    await this.saveNote({ id: link.noteId, content: written.text, baseHash: hashBytes(bytes) });
    await this.reviewer.answerLink(request.cardId, 'linked');
    return { written: { noteId: link.noteId, line: link.line, text: written.line } };
  }

  async renameNote(raw: RenameRequest): Promise<FileOperationDTO> {
    const request = parseRequest('renameNote', raw);
    const from = checkNoteId(request.from);
    const to = checkWritableId(request.to);
    await this.ready;
    const operation = await this.files.rename(from, to);
    for (const { from: old, to: now } of operation.moved) await this.drafts.move(old, now).catch(() => undefined);
    return operation;
  }

  async deleteNote(raw: NoteId): Promise<FileOperationDTO> {
    const id = checkNoteId(parseRequest('deleteNote', raw));
    await this.ready;
    return this.files.delete(id);
  }

  async undoFileOperation(raw: string): Promise<FileOperationDTO> {
    const operationId = parseRequest('undoFileOperation', raw);
    await this.ready;
    const operation = await this.files.undo(operationId);
    for (const { from: old, to: now } of operation.moved) await this.drafts.move(old, now).catch(() => undefined);
    return operation;
  }

  async createFolder(raw: NoteId): Promise<{ id: NoteId }> {
    const id = checkWritableId(parseRequest('createFolder', raw));
    if (id.split('/').some((segment) => segment.startsWith('.'))) throw new CairnError('bad-request', `Names starting with "." are hidden from the vault: ${id}`);
    await this.vault.mkdir(id);
    return { id };
  }

  async noteAnchors(raw: NoteId): Promise<NoteAnchorsDTO> {
    const id = checkNoteId(parseRequest('noteAnchors', raw));
    await this.ready;
    const parsed = this.index.records.get(id)?.parsed;
    if (!parsed) throw new CairnError('not-found', `No such note: ${id}`);
    const lines = parsed.blockIds.length > 0 ? new TextDecoder('utf-8').decode(await this.vault.read(id)).split(/\r?\n/) : [];
    const blocks = parsed.blockIds.map((block) => ({
      id: block.id,
      line: block.line,
      text: (lines[block.line - 1] ?? '').replace(/\s*\^[A-Za-z0-9-]+\s*$/, '').trim().slice(0, 160),
    }));
    return { id, headings: parsed.headings.map((h) => ({ level: h.level, text: h.text, line: h.line })), blocks };
  }

  async unlinkedMentions(raw: NoteId): Promise<UnlinkedMentionDTO[]> {
    const id = checkNoteId(parseRequest('unlinkedMentions', raw));
    await this.searchable;
    await this.ready;
    return unlinkedMentionsOf(this.index, this.vault, id);
  }

  async readDraft(raw: NoteId): Promise<DraftDTO | null> {
    const id = checkNoteId(parseRequest('readDraft', raw));
    return this.drafts.read(id);
  }

  async saveDraft(raw: DraftRequest): Promise<DraftDTO> {
    const request = parseRequest('saveDraft', raw);
    const id = checkNoteId(request.id);
    if (!isNoteId(id)) throw new CairnError('bad-request', `Only Markdown notes (.md) have drafts: ${id}`);
    return this.drafts.save({ ...request, id });
  }

  async discardDraft(raw: NoteId): Promise<null> {
    const id = checkNoteId(parseRequest('discardDraft', raw));
    await this.drafts.discard(id);
    return null;
  }
}

/**
 * `concept:` takes any name of a concept (acronym, alias, expansion, a heading in capitals): the search
 * index knows each concept by its label, so a name the dictionary knows becomes that label.
 */
export function conceptNamesAsLabels(query: string, concepts: { lookup(text: string): string | undefined; concept(key: string): { label: string } | undefined }): string {
  if (!query.includes('concept:')) return query;
  return query.replace(/concept:(?:"([^"]+)"|(\S+))/g, (whole, quoted: string | undefined, bare: string | undefined) => {
    const name = quoted ?? bare ?? '';
    const key = concepts.lookup(name);
    const label = key === undefined ? undefined : concepts.concept(key)?.label;
    if (!label) return whole;
    return label.includes(' ') ? `concept:"${label}"` : `concept:${label}`;
  });
}

/**
 * The concepts a query's `concept:` filters name, as graph ids: the graph lights them beside the notes found
 * (it dimmed the very concept searched for). A negated filter (`-concept:X`) names none.
 */
export function conceptsNamed(query: string, concepts: { lookup(text: string): string | undefined }): string[] {
  if (!query.includes('concept:')) return [];
  const out = new Set<string>();
  for (const m of query.matchAll(/(^|[\s(])concept:(?:"([^"]+)"|(\S+))/g)) {
    const key = concepts.lookup(m[2] ?? m[3] ?? '');
    if (key !== undefined) out.add(conceptNodeId(key));
  }
  return [...out];
}

/** A sentence naming a concept twice (`the original KMS key, … the specified KMS key`) is one row of its pane. */
/** In note order, then line order: how the pane lists where a concept is named. */
function byPlace(a: { noteId: NoteId; line: number }, b: { noteId: NoteId; line: number }): number {
  return a.noteId < b.noteId ? -1 : a.noteId > b.noteId ? 1 : a.line - b.line;
}

function oncePerSentence<T extends { noteId: NoteId; line: number; sentence: string }>(occurrences: T[]): T[] {
  const seen = new Set<string>();
  return occurrences.filter((o) => {
    const k = `${o.noteId}\u0000${o.line}\u0000${o.sentence}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
