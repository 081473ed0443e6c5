import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { NoteId } from '../../contract';
import type { ParsedNote } from '../markdown/types';
import { nextTurn } from '../turn';
import { spawnWorker } from '../worker/spawn';
import type { ConceptDictionary } from './dictionary';
import { parseCandidates } from './candidates-json';
import { extractCandidates } from './extract';
import { CALLER_CLAIM, HELPER_CLAIM, type HelperAnswer, type HelperRequest } from './helper-messages';
import type { TypedRelation } from './relations';
import type { NoteContribution } from '../graph/contribution';
import { unpackContributions } from '../graph/contribution-codec';
import type { ConceptKey, NoteCandidates, PackedHits } from './types';

/**
 * Reading a note's concepts from its prose (extract.ts) is most of a cold build's CPU and depends on that
 * note alone, so helper threads take it. Below this many notes a thread's start costs more than it saves.
 */
export const PARALLEL_FROM = 2000;
/** Notes per message to a helper: large enough that posting is cheap, small enough to share the tail. */
const CHUNK = 100;
/** The smallest message, near the end of the queue, so no thread is left with a long tail alone. */
const MIN_CHUNK = 10;
/** Messages a helper holds at once: the next one is there when it answers the last. */
const IN_FLIGHT = 4;
/**
 * Chunks of notes to read a helper holds at once: ~0.5 s of work, so it does not run dry between two
 * turns of the calling thread, while that thread can still take the queue's tail.
 */
const EXTRACT_IN_FLIGHT = 12;
/**
 * Held at once while the calling thread is busy in one piece after pushing the last note (the opening
 * snapshot, 0.7–2 s at 10k notes): with 12 the helper was seen idle 0.4–1.4 s of it.
 */
export const EXTRACT_AHEAD_OF_SNAPSHOT = 30;
/** Notes read on the calling thread between turns of its event loop (the helpers' answers arrive in those turns). */
const TURN = 25;
/** Graph parts handed on in order between turns of the calling thread (~10–20 ms of loading them). */
const FEED = 200;
/**
 * A helper's young generation: reading prose makes much short-lived garbage, and a larger nursery is
 * scavenged less often (bench/README.md, the cold build in the seventh session).
 */
const YOUNG_MB = 64;

export interface Extracted {
  candidates: Map<NoteId, NoteCandidates>;
  /** The digest of each note's names (names-digest.ts), for the notes a helper read. */
  digests: Map<NoteId, string>;
  /** How many notes the helper threads read (0 when none ran). */
  byHelper: number;
  /** Helper threads that took part. */
  helpers: number;
}

export interface Matched {
  hits: Map<NoteId, PackedHits>;
  /** Typed relations of the notes a helper matched (relations.ts, against the same dictionary). */
  relations: Map<NoteId, TypedRelation[]>;
  /** How many notes the helper threads matched. */
  byHelper: number;
}

/** Threads for a build: the machine's cores, or `CAIRN_BUILD_THREADS` (1 turns the helpers off, for comparisons). */
function threads(): number {
  const asked = Number(process.env.CAIRN_BUILD_THREADS);
  return Number.isInteger(asked) && asked > 0 ? asked : availableParallelism();
}

/** Helper threads for a build: one core is left to the thread that builds the rest of the index. */
export function helperCount(): number {
  const n = threads();
  return n <= 1 ? 0 : Math.max(1, n - 1);
}

/**
 * The helper's script beside this module: the TypeScript source when running from source, the bundle's
 * `extract-worker.js` in a build. Null when there is none (a bundle that left it out): then all is read here.
 */
function helperEntry(): URL | null {
  const ownUrl = import.meta.url;
  // In a build this module sits in a bundle or in a chunk beside or below the entries.
  const places = ownUrl.endsWith('.ts') ? ['./extract-worker.ts'] : ['./extract-worker.js', '../extract-worker.js'];
  for (const place of places) {
    const entry = new URL(place, ownUrl);
    if (entry.protocol === 'file:' && existsSync(fileURLToPath(entry))) return entry;
  }
  return null;
}

type Sent = { kind: 'extract'; notes: ParsedNote[]; claims: Int32Array } | { kind: 'ready' } | { kind: 'match'; ids: NoteId[] } | { kind: 'contribute'; ids: NoteId[] };

interface Helper {
  worker: Worker;
  /** What it was sent and has not answered, oldest first: it answers in order. */
  sent: Sent[];
  failed: boolean;
  /** The notes it extracted and keeps, in order: it matches them once the dictionary is made. */
  held: NoteId[];
  /** The notes it matched: the others it holds get their hits from the calling thread with their graph part's request. */
  matched: Set<NoteId>;
  /** While matching or making graph parts, `held[front..back)` is neither sent to it nor taken by the calling thread. */
  front: number;
  back: number;
}

/**
 * The shareable part of a cold build, on helper threads. Every note's candidates are read by the helpers
 * from a queue the caller fills as it parses (`push`), while the calling thread does other work; when it
 * has nothing else to do it calls `finish`, which takes chunks from the same queue on this thread until
 * every note has its candidates. Once the caller has made the dictionary from them, `matchAll` has each
 * helper match the notes it read, and `contributeAll` has it make their graph parts (the calling thread
 * takes from the ends of their shares when it is idle). A helper that fails (no script, a crash) gives its
 * notes back to the calling thread: the result is the same either way, only the time differs.
 */
export class ExtractionPool {
  private readonly out = new Map<NoteId, NoteCandidates>();
  private readonly digests = new Map<NoteId, string>();
  private readonly queue: ParsedNote[] = [];
  /** Notes of `queue` before this index were handed out. */
  private taken = 0;
  private readonly helpers: Helper[] = [];
  private byHelper = 0;
  private closed = false;
  /** Wakes the calling thread when a helper answers or fails. */
  private wake: () => void = () => {};
  /** Notes to match (or make the graph part of) on the calling thread: its own, and those of a helper that failed. */
  private readonly mine: NoteId[] = [];
  private matched: Matched | null = null;
  private parts: Map<NoteId, NoteContribution | null> | null = null;
  /** Graph parts the helper threads made (see `contributeAll`). */
  partsByHelper = 0;
  /** Helpers that have neither answered a request nor failed yet. */
  private readonly starting = new Set<Helper>();
  private allStarted: () => void = () => {};
  /**
   * Resolves once every helper has answered its first request or failed (at once when there is none):
   * from then on a helper reads beside this thread, its code loaded. A caller that must see helpers take
   * part, or wants to time their start, waits for it; a build does not (this thread reads meanwhile).
   */
  readonly started = new Promise<void>((resolve) => (this.allStarted = resolve));

  /**
   * A pool with `helpers` threads (0: all is read on the calling thread). Use `ExtractionPool.forBuild` to
   * size it from the machine.
   */
  constructor(helpers: number) {
    const entry = helpers > 0 ? helperEntry() : null;
    if (!entry) {
      this.allStarted();
      return;
    }
    for (let i = 0; i < helpers; i++) {
      try {
        const helper: Helper = { worker: spawnWorker(entry, undefined, { maxYoungGenerationSizeMb: YOUNG_MB }), sent: [], failed: false, held: [], matched: new Set(), front: 0, back: 0 };
        helper.worker.on('message', (answer: HelperAnswer) => this.answered(helper, answer));
        helper.worker.on('error', () => this.fail(helper));
        helper.worker.on('exit', (code) => code !== 0 && this.fail(helper));
        // An idle helper must not keep the process alive (a build that threw never calls `close`).
        helper.worker.unref();
        this.helpers.push(helper);
      } catch {
        break;
      }
    }
    for (const helper of this.helpers) this.starting.add(helper);
    this.markStarted(null);
  }

  private markStarted(helper: Helper | null): void {
    if (helper) this.starting.delete(helper);
    if (this.starting.size === 0) this.allStarted();
  }

  /** A pool for a build of `notes` notes: helpers from PARALLEL_FROM notes on a machine with more than one core. */
  static forBuild(notes: number): ExtractionPool {
    return new ExtractionPool(notes >= PARALLEL_FROM ? helperCount() : 0);
  }

  /** This pool, or null (and closed) when it has no helper thread: the caller then reads concepts as it did alone. */
  orNull(): ExtractionPool | null {
    if (this.helperThreads > 0) return this;
    this.close();
    return null;
  }

  /** Helper threads still working. */
  get helperThreads(): number {
    return this.live().length;
  }

  private live(): Helper[] {
    return this.helpers.filter((h) => !h.failed);
  }

  /** Whether `pushedAll` (or `finish`) was called: until then helpers are sent whole chunks only. */
  private complete = false;

  /** Chunks of notes to read a helper may hold at once. */
  private ahead = EXTRACT_IN_FLIGHT;

  /**
   * Every note is pushed: the last ones are sent as they are, in chunks that shrink near the end. `ahead`:
   * chunks a helper may hold from now on (more when this thread is about to be busy in one piece).
   */
  pushedAll(ahead = EXTRACT_IN_FLIGHT): void {
    this.complete = true;
    this.ahead = ahead;
    this.dispatch();
  }

  /** Queues notes; idle helpers start on them at once. A note pushed twice is read once. */
  push(notes: readonly ParsedNote[]): void {
    for (const note of notes) this.queue.push(note);
    this.dispatch();
  }

  /**
   * A note as a helper is sent it: the body holds only the lines a link or tag is on (the graph part
   * quotes them; the sections hold the text the rest reads), which halves what is copied to the helper.
   */
  private static forHelper(note: ParsedNote): ParsedNote {
    const lines = note.body.split(/\r?\n/);
    const quoted = new Array<string>(lines.length).fill('');
    for (const { line } of note.links) quote(line);
    for (const { line } of note.tags) quote(line);
    return { ...note, body: quoted.join('\n') };
    function quote(line: number): void {
      const at = line - note.bodyStartLine;
      if (at >= 0 && at < lines.length) quoted[at] = lines[at] as string;
    }
  }

  /** A chunk of `left` notes, smaller as they run out so every thread ends at about the same time. */
  private size(left: number, most: number): number {
    return Math.min(left, most, Math.max(MIN_CHUNK, Math.ceil(left / (2 * (this.helpers.length + 1)))));
  }

  private take(most: number): ParsedNote[] {
    const left = this.queue.length - this.taken;
    // Chunks shrink for the tail only: while notes are still being pushed, they come a few dozen at a time.
    const size = this.complete ? this.size(left, most) : Math.min(left, most);
    const chunk = this.queue.slice(this.taken, this.taken + size);
    this.taken += size;
    return chunk;
  }

  private send(helper: Helper, request: HelperRequest, sent: Sent): void {
    helper.sent.push(sent);
    helper.worker.ref();
    helper.worker.postMessage(request);
  }

  private dispatch(): void {
    if (this.closed) return;
    for (const helper of this.live()) {
      if (this.matched) {
        const matched = this.matched;
        while (helper.sent.length < IN_FLIGHT && helper.front < helper.back) {
          const size = this.size(helper.back - helper.front, CHUNK);
          const ids = helper.held.slice(helper.front, helper.front + size);
          helper.front += size;
          if (!this.parts) this.send(helper, { kind: 'match', ids }, { kind: 'match', ids });
          else {
            // Notes this thread matched come with their hits.
            const hits = ids.map((id) => (helper.matched.has(id) ? null : (matched.hits.get(id) ?? null)));
            this.send(helper, { kind: 'contribute', ids, hits }, { kind: 'contribute', ids });
          }
        }
        continue;
      }
      while (helper.sent.length < this.ahead && this.taken < this.queue.length) {
        // Whole chunks while notes are still coming: a chunk per slice parsed was ~16 notes, a message each.
        if (!this.complete && this.queue.length - this.taken < CHUNK) break;
        const notes = this.take(CHUNK);
        const claims = new Int32Array(new SharedArrayBuffer(4 * notes.length));
        this.send(helper, { kind: 'extract', notes: notes.map(ExtractionPool.forHelper), claims }, { kind: 'extract', notes, claims });
      }
    }
  }

  /**
   * Candidates helpers sent while notes were still being pushed: parsed once the last one is, so that the
   * calling thread parses files (and the window opens on them) without reading the helpers' JSON too.
   */
  private readonly unread: { helper: Helper; notes: ParsedNote[]; candidates: (string | null)[]; digests: (string | null)[] }[] = [];

  private read(helper: Helper, notes: ParsedNote[], candidates: (string | null)[], digests: (string | null)[]): void {
    notes.forEach((note, k) => {
      const json = candidates[k];
      const nc = json === undefined || json === null || this.out.has(note.id) ? null : parseCandidates(note.id, json);
      if (!nc) return;
      this.out.set(note.id, nc);
      const digest = digests[k];
      if (typeof digest === 'string') this.digests.set(note.id, digest);
      helper.held.push(note.id);
      this.byHelper++;
    });
  }

  private readUnread(): void {
    for (const { helper, notes, candidates, digests } of this.unread.splice(0)) this.read(helper, notes, candidates, digests);
  }

  private answered(helper: Helper, answer: HelperAnswer): void {
    this.markStarted(helper);
    const sent = helper.sent.shift();
    if (!sent || helper.failed) return;
    if (sent.kind === 'extract' && answer.kind === 'extracted') {
      if (!this.complete) this.unread.push({ helper, notes: sent.notes, candidates: answer.candidates, digests: answer.digests });
      else {
        this.readUnread();
        this.read(helper, sent.notes, answer.candidates, answer.digests);
      }
    } else if (sent.kind === 'match' && answer.kind === 'matched' && this.matched) {
      const matched = this.matched;
      sent.ids.forEach((id, k) => {
        const hits = answer.hits[k];
        if (!hits || matched.hits.has(id)) return;
        matched.hits.set(id, hits);
        matched.relations.set(id, answer.relations[k] ?? []);
        matched.byHelper++;
        helper.matched.add(id);
      });
    } else if (sent.kind === 'contribute' && answer.kind === 'contributed' && this.parts) {
      const parts = this.parts;
      const made = unpackContributions(answer.parts);
      const none = new Set(answer.none);
      let next = 0;
      sent.ids.forEach((id, k) => {
        const part = none.has(k) ? null : made[next++];
        if (part === undefined || parts.has(id)) return;
        parts.set(id, part);
        this.partsByHelper++;
      });
    }
    if (helper.sent.length === 0) helper.worker.unref();
    this.dispatch();
    this.wake();
  }

  private fail(helper: Helper): void {
    this.markStarted(helper);
    if (helper.failed) return;
    this.readUnread();
    helper.failed = true;
    // What it was reading goes back to the queue; what it kept is matched on the calling thread.
    for (const sent of helper.sent) if (sent.kind === 'extract') this.queue.push(...sent.notes.filter((_, k) => sent.claims[k] !== CALLER_CLAIM));
    if (this.parts) {
      for (const sent of helper.sent) if (sent.kind === 'contribute') this.mine.push(...sent.ids);
      this.mine.push(...helper.held.slice(helper.front, helper.back));
    } else if (this.matched) {
      for (const sent of helper.sent) if (sent.kind === 'match') this.mine.push(...sent.ids);
      this.mine.push(...helper.held.slice(helper.front, helper.back));
    } else this.mine.push(...helper.held);
    helper.sent = [];
    helper.held = [];
    helper.matched = new Set();
    helper.front = helper.back = 0;
    void helper.worker.terminate();
    this.dispatch();
    this.wake();
  }

  /** Every note pushed so far has its candidates (none queued, none being read by a helper). */
  get extractionDone(): boolean {
    return this.taken >= this.queue.length && !this.helpers.some((h) => !h.failed && h.sent.some((sent) => sent.kind === 'extract'));
  }

  private get inFlight(): boolean {
    return this.helpers.some((h) => !h.failed && h.sent.length > 0);
  }

  /** Until a helper answers or fails. */
  private async waitForHelper(): Promise<void> {
    await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = () => {};
  }

  /**
   * Reads what is left of the queue on this thread, beside the helpers, and waits for their last answers.
   * Every pushed note has its candidates in the result.
   */
  async finish(onProgress: (done: number) => void = () => {}): Promise<Extracted> {
    this.pushedAll();
    this.readUnread();
    for (;;) {
      if (this.taken < this.queue.length) {
        for (const note of this.take(TURN)) {
          if (this.out.has(note.id)) continue;
          this.out.set(note.id, extractCandidates(note));
          this.mine.push(note.id);
        }
        onProgress(this.out.size);
        // Helpers' answers are taken in between, and they are sent their next chunk.
        await nextTurn();
        continue;
      }
      if (this.claim()) {
        onProgress(this.out.size);
        await nextTurn();
        continue;
      }
      if (!this.inFlight) break;
      await this.waitForHelper();
      onProgress(this.out.size);
    }
    onProgress(this.out.size);
    return { candidates: this.out, digests: this.digests, byHelper: this.byHelper, helpers: this.helperThreads };
  }

  /**
   * Reads here up to TURN notes from the ends of the chunks helpers were sent and have not reached: the
   * queue is empty, and a helper may still hold a second of notes to read while this thread would wait.
   * A helper reads a chunk's notes in order, each claimed first, so its first claim met from the end
   * means it has reached that far. False when there was nothing to take.
   */
  private claim(): boolean {
    let took = 0;
    for (const helper of this.live()) {
      reached: for (let s = helper.sent.length - 1; s >= 0 && took < TURN; s--) {
        const sent = helper.sent[s] as Sent;
        if (sent.kind !== 'extract') continue;
        for (let k = sent.notes.length - 1; k >= 0 && took < TURN; k--) {
          const was = Atomics.compareExchange(sent.claims, k, 0, CALLER_CLAIM);
          if (was === HELPER_CLAIM) break reached;
          if (was !== 0) continue;
          const note = sent.notes[k] as ParsedNote;
          took++;
          if (this.out.has(note.id)) continue;
          this.out.set(note.id, extractCandidates(note));
          this.mine.push(note.id);
        }
      }
    }
    return took > 0;
  }

  /**
   * After `finish`: every pushed note matched against `dictionary`, each by the helper that read it or by
   * `matchHere` on this thread, which takes its own notes and then the ends of the helpers' shares. The
   * helpers start at once; `meanwhile` runs here first (the build's work that needs no hits).
   */
  async matchAll(
    dictionary: ConceptDictionary,
    matchHere: (note: ParsedNote) => PackedHits,
    onProgress: (done: number) => void = () => {},
    meanwhile: () => Promise<void> = async () => {},
  ): Promise<Matched> {
    const matched: Matched = { hits: new Map(), relations: new Map(), byHelper: 0 };
    this.matched = matched;
    const byId = new Map(this.queue.map((note) => [note.id, note]));
    const state = dictionary.exportState();
    for (const helper of this.live()) {
      helper.front = 0;
      helper.back = helper.held.length;
      this.send(helper, { kind: 'dictionary', state }, { kind: 'ready' });
    }
    this.dispatch();
    await meanwhile();
    const matchOne = (id: NoteId): void => {
      const note = byId.get(id);
      if (note && !matched.hits.has(id)) matched.hits.set(id, matchHere(note));
    };
    await this.share(matchOne, () => onProgress(matched.hits.size));
    return matched;
  }

  /**
   * Takes `mine`, then the ends of the helpers' shares (from `back`), doing `one` for each
   * note on this thread, and waits for the helpers' last answers. `first`, when it has work, goes first.
   */
  private async share(one: (id: NoteId) => void, onProgress: () => void, first: () => boolean = () => false): Promise<void> {
    for (;;) {
      if (first()) {
        // Work only this thread can do comes before work a helper could do.
      } else if (this.mine.length > 0) {
        for (const id of this.mine.splice(0, TURN)) one(id);
      } else {
        // The helper with the most left loses the end of its share.
        const helper = this.live().reduce<Helper | null>((best, h) => (h.back - h.front > (best ? best.back - best.front : 0) ? h : best), null);
        if (helper) {
          const from = Math.max(helper.front, helper.back - TURN);
          for (const id of helper.held.slice(from, helper.back)) one(id);
          helper.back = from;
        } else if (this.inFlight) {
          await this.waitForHelper();
          onProgress();
          continue;
        } else break;
      }
      onProgress();
      await nextTurn();
    }
  }

  /**
   * After `matchAll`: the graph part of every note in `ids`, each made by the helper that read it or by
   * `buildHere` on this thread. The helpers start at once; `meanwhile` runs here before this thread takes
   * its share (the build's work that needs no graph part). Each part is handed to `inOrder` in the order
   * of `ids` as soon as it and every part before it are made, before this thread makes more itself: the
   * graph loads while the helpers work, rather than alone after them.
   */
  async contributeAll(
    ids: readonly NoteId[],
    counts: [ConceptKey, number][],
    meanwhile: () => Promise<void>,
    buildHere: (id: NoteId) => NoteContribution | null,
    inOrder: (id: NoteId, part: NoteContribution | null) => void,
  ): Promise<void> {
    const parts = new Map<NoteId, NoteContribution | null>();
    this.parts = parts;
    const theirs = new Set<NoteId>();
    for (const helper of this.live()) {
      for (const id of helper.held) theirs.add(id);
      helper.front = 0;
      helper.back = helper.held.length;
      this.send(helper, { kind: 'vault', ids: [...ids], counts }, { kind: 'ready' });
    }
    this.mine.length = 0;
    for (const id of ids) if (!theirs.has(id)) this.mine.push(id);
    this.dispatch();
    await meanwhile();
    const one = (id: NoteId): void => {
      if (!parts.has(id)) parts.set(id, buildHere(id));
    };
    let next = 0;
    const feed = (): boolean => {
      const start = next;
      for (let id = ids[next]; id !== undefined && next - start < FEED && parts.has(id); id = ids[++next]) {
        inOrder(id, parts.get(id) ?? null);
      }
      return next > start;
    };
    await this.share(one, () => {}, feed);
    // Nothing is left for the helpers: their heaps go now rather than when the build ends.
    this.close();
    while (feed()) await nextTurn();
    if (next < ids.length) throw new Error(`graph part of ${ids[next]} was never made`);
  }

  /** Ends the helper threads (a build given up, or finished). */
  close(): void {
    this.closed = true;
    this.starting.clear();
    this.allStarted();
    for (const helper of this.helpers) void helper.worker.terminate();
  }
}

/** Every note's candidates, read here and by helper threads (see ExtractionPool). */
export async function extractAll(notes: readonly ParsedNote[], onProgress: (done: number) => void = () => {}): Promise<Extracted> {
  const pool = ExtractionPool.forBuild(notes.length);
  try {
    pool.push(notes);
    return await pool.finish(onProgress);
  } finally {
    pool.close();
  }
}
