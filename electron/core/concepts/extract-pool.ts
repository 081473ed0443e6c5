import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { NoteId } from '../../contract';
import type { ParsedNote } from '../markdown/types';
import { nextTurn } from '../turn';
import { spawnWorker } from '../worker/spawn';
import { extractCandidates } from './extract';
import type { NoteCandidates } from './types';

/**
 * Reading a note's concepts from its prose (extract.ts) is most of a cold build's CPU and depends on that
 * note alone, so a second thread takes part of it. Below this many notes the thread's start costs more
 * than it saves.
 */
export const PARALLEL_FROM = 2000;
/** Notes per message to the helper thread: large enough that posting is cheap, small enough to share the tail. */
const CHUNK = 200;
/** Notes read on this thread between turns of its event loop (the helper's answers arrive in those turns). */
const TURN = 100;

export interface Extracted {
  candidates: Map<NoteId, NoteCandidates>;
  /** How many notes the helper thread read (0 when it did not run). */
  byHelper: number;
}

/** Threads for a build: the machine's cores, or `CAIRN_BUILD_THREADS` (1 turns the helper off, for comparisons). */
function threads(): number {
  const asked = Number(process.env.CAIRN_BUILD_THREADS);
  return Number.isInteger(asked) && asked > 0 ? asked : availableParallelism();
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

/**
 * Every note's candidates, read here from the front of the list and by a helper thread from the back until
 * the two meet. Any failure of the helper (no script, a crash) leaves its share to this thread: the result
 * is the same either way, only the time differs.
 */
export async function extractAll(notes: readonly ParsedNote[], onProgress: (done: number) => void = () => {}): Promise<Extracted> {
  const out = new Map<NoteId, NoteCandidates>();
  let byHelper = 0;
  const entry = notes.length >= PARALLEL_FROM && threads() > 1 ? helperEntry() : null;
  let worker: Worker | null = null;
  /** The helper owns notes[claimed..]; this thread reads below it. */
  let claimed = notes.length;
  let pending: { from: number; to: number } | null = null;
  let failed = false;
  let settle: () => void = () => {};
  const idle = (): Promise<void> => (pending === null || failed ? Promise.resolve() : new Promise<void>((resolve) => (settle = resolve)));
  let next = 0;
  const sendNext = (): void => {
    if (!worker || failed) return;
    const from = Math.max(next + CHUNK, claimed - CHUNK);
    if (from >= claimed) {
      pending = null;
      return;
    }
    pending = { from, to: claimed };
    claimed = from;
    worker.postMessage(notes.slice(from, pending.to));
  };
  if (entry) {
    try {
      worker = spawnWorker(entry);
      worker.on('message', (answer: NoteCandidates[]) => {
        const chunk = pending;
        if (!chunk) return;
        answer.forEach((nc, k) => out.set((notes[chunk.from + k] as ParsedNote).id, nc));
        byHelper += answer.length;
        sendNext();
        if (pending === null) settle();
      });
      const giveUp = (): void => {
        failed = true;
        // What the helper held is read here after all.
        if (pending) for (let i = pending.from; i < pending.to; i++) out.delete((notes[i] as ParsedNote).id);
        byHelper = 0;
        pending = null;
        claimed = notes.length;
        settle();
      };
      worker.on('error', giveUp);
      worker.on('exit', (code) => code !== 0 && giveUp());
      sendNext();
    } catch {
      worker = null;
    }
  }
  try {
    for (; next < (failed ? notes.length : claimed); next++) {
      const note = notes[next] as ParsedNote;
      if (!out.has(note.id)) out.set(note.id, extractCandidates(note));
      if ((next + 1) % TURN === 0) {
        onProgress(out.size);
        await nextTurn();
      }
    }
    await idle();
    // After a failure, whatever the helper never answered for.
    for (const note of notes) if (!out.has(note.id)) out.set(note.id, extractCandidates(note));
  } finally {
    void worker?.terminate();
  }
  onProgress(out.size);
  return { candidates: out, byHelper: failed ? 0 : byHelper };
}
