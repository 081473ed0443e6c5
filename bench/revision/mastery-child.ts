/**
 * One checkout's figures for mastery-bench.ts, in a process of its own: `--src` is the checkout whose core
 * is measured, `--vault` a vault with a review history (copied, never written). Prints one RESULT line.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CairnApi } from '../../electron/contract';

export const RESULT_PREFIX = 'MASTERY-RESULT ';

/** Wall and CPU milliseconds (the machine is shared: CPU says what the work cost, wall what a person waits). */
export interface Took {
  wall: number;
  cpu: number;
}

export interface MasteryRun {
  indexMs: number;
  /** The first getMastery once the index is built, nothing warmed up: the deck is built for it. */
  masteryFirst: Took;
  masteryCached: Took;
  /** After an edit (the deck is rebuilt), median of EDITS. */
  masteryAfterEdit: Took;
  /** The first queue of the session, a concept + 2 hops: the credit fit replays the history for it. */
  queueFirst: Took;
  hopsAfterEdit: Took;
  dailyAfterEdit: Took;
  /** As the app opens: the background warm-up done, the first queue (concept + 2 hops), then the daily one. */
  appQueueFirst: Took;
  appDaily: Took;
  nodes: number;
  reviews: number;
}

const EDITS = 3;
const arg = (name: string): string => {
  const i = process.argv.indexOf(name);
  if (i < 0 || !process.argv[i + 1]) throw new Error(`missing ${name}`);
  return process.argv[i + 1]!;
};

async function timed<T>(work: () => Promise<T>): Promise<[T, Took]> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const out = await work();
  const used = process.cpuUsage(cpu);
  return [out, { wall: Math.round(performance.now() - start), cpu: Math.round((used.user + used.system) / 1000) }];
}

const median = (xs: Took[]): Took => {
  const mid = (v: number[]): number => v.sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  return { wall: mid(xs.map((x) => x.wall)), cpu: mid(xs.map((x) => x.cpu)) };
};

interface Session {
  service: CairnApi & { catchUpConcepts(): Promise<void> };
  ready: Promise<void>;
  close(): Promise<void>;
}

async function main(): Promise<void> {
  const src = arg('--src');
  const { openVaultSession } = (await import(pathToFileURL(path.join(src, 'electron/core/session.ts')).href)) as {
    openVaultSession(dir: string, o: Record<string, unknown>): Promise<Session>;
  };
  const work = mkdtempSync(path.join(os.tmpdir(), 'cairn-mastery-'));
  const vault = path.join(work, 'vault');
  const cacheDir = path.join(work, 'cache');
  cpSync(arg('--vault'), vault, { recursive: true });
  try {
    const indexStart = performance.now();
    const s = await openVaultSession(vault, { host: 'browser', watch: false, cacheDir, warmUp: false });
    const indexMs = Math.round(performance.now() - indexStart);
    const [mastery, masteryFirst] = await timed(() => s.service.getMastery());
    const [, masteryCached] = await timed(() => s.service.getMastery());
    // The concept with the most cards: the deck a person would open by hops.
    const centre = Object.entries(mastery.coverage).sort((a, b) => b[1][1] - a[1][1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const hops = { kind: 'hops', nodeId: centre, hops: 2 } as const;
    const [, queueFirst] = await timed(() => s.service.reviewQueue({ deck: hops, limit: 20 }));
    const notes = await s.service.listNotes();
    const edits: Took[][] = [[], [], []];
    for (let i = 0; i < EDITS; i++) {
      const id = notes[(i * 97) % notes.length]!.id;
      const note = await s.service.readNote(id);
      await s.service.saveNote({ id, content: `${note.content}\n\nEdited ${i}.\n`, baseHash: note.hash });
      await s.service.catchUpConcepts();
      edits[0]!.push((await timed(() => s.service.getMastery()))[1]);
      edits[1]!.push((await timed(() => s.service.reviewQueue({ deck: hops, limit: 20 })))[1]);
      edits[2]!.push((await timed(() => s.service.reviewQueue({ limit: 20 })))[1]);
    }
    await s.close();
    // As the app opens the vault: from the cache just written, warm-up on, a person opening the review after it.
    const app = await openVaultSession(vault, { host: 'browser', watch: false, cacheDir, warmUp: true });
    await (app.service as unknown as { idle: Promise<void> }).idle;
    const [, appQueueFirst] = await timed(() => app.service.reviewQueue({ deck: hops, limit: 20 }));
    const [, appDaily] = await timed(() => app.service.reviewQueue({ limit: 20 }));
    const reviews = (await app.service.reviewPlan()).reviewsForFit.done;
    const run: MasteryRun = {
      indexMs,
      masteryFirst,
      masteryCached,
      masteryAfterEdit: median(edits[0]!),
      queueFirst,
      hopsAfterEdit: median(edits[1]!),
      dailyAfterEdit: median(edits[2]!),
      appQueueFirst,
      appDaily,
      nodes: Object.keys(mastery.nodes).length,
      reviews,
    };
    process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(run)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.exit(0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
