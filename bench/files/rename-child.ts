/**
 * One rename measured in its own process, against the checkout at `--src` (this one, or the baseline tree
 * `rename.ts` materialises): `node --import tsx bench/files/rename-child.ts --src DIR --notes N`. Prints one
 * `RESULT <json>` line. The vault comes from this checkout's generator; the service from `--src`.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Session } from 'node:inspector/promises';
import type { CairnService } from '../../electron/core/service';
import type { NodeVaultFs } from '../../electron/core/vault/node-vault-fs';
import { cachedVault } from '../vault/generate';

export const RESULT_PREFIX = 'RESULT ';
export const LINKERS = 500;

export interface RenameRun {
  linkers: number;
  rewritten: number;
  /** From the call until it answers: links rewritten, files written, links followed in the index and graph. */
  renameMs: number;
  /**
   * Of `renameMs`, the index taking the changed notes in (`VaultIndex.applyRecords`); the rest is planning,
   * reading, rewriting and the atomic writes. Absent in runs made before it was recorded.
   */
  indexMs?: number;
  /** Then until the concepts, graph parts and search entries the rename left waiting are made (0 when none wait). */
  catchUpMs: number;
  undoMs: number;
  undoCatchUpMs: number;
  /**
   * The longest the event loop was held during the rename's catch-up (ms): how long a request made then
   * (a search, opening a note, a save) could wait. The whole catch-up when it runs in one piece.
   */
  catchUpLongestBlockMs?: number;
  /** After the rename answered, every linker links to the new id and no link to the old name is missing; and still after the catch-up. */
  verified: boolean;
}

interface Modules {
  CairnService: typeof CairnService;
  NodeVaultFs: typeof NodeVaultFs;
  VaultIndex: { prototype: { applyRecords: (...args: never[]) => unknown } };
}

/** Time spent in `applyRecords` while `work` runs (both checkouts have it: the index's one way in). */
async function timeIndex<T>(m: Modules, work: () => Promise<T>): Promise<{ result: T; indexMs: number }> {
  const proto = m.VaultIndex.prototype;
  const original = proto.applyRecords;
  let indexMs = 0;
  proto.applyRecords = function (this: unknown, ...args: never[]) {
    const t = performance.now();
    try {
      return original.apply(this, args);
    } finally {
      indexMs += performance.now() - t;
    }
  };
  try {
    return { result: await work(), indexMs };
  } finally {
    proto.applyRecords = original;
  }
}

async function linkersOf(service: CairnService, id: string): Promise<Set<string>> {
  const target = `note:${id}`;
  const graph = await service.getGraph({});
  return new Set(graph.edges.filter((e) => (e.kind === 'link' || e.kind === 'embed') && e.target === target).map((e) => e.source.slice('note:'.length)));
}

/**
 * The longest gap between two ticks of a 5 ms timer until `stop`: how long the event loop was held. A timer
 * late behind a block made in one piece fires only after it, so `stop` waits for that tick.
 */
function longestBlock(): { stop: () => Promise<number> } {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const tick = (): void => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) timer = setTimeout(tick, 5);
  };
  let timer = setTimeout(tick, 5);
  return {
    stop: () =>
      new Promise((resolve) =>
        setTimeout(() => {
          running = false;
          clearTimeout(timer);
          resolve(longest);
        }, 20),
      ),
  };
}

/** `--profile DIR`: a CPU profile of the rename call alone (not the build before it), for Chrome's DevTools. */
async function profiled<T>(dir: string | undefined, name: string, work: () => Promise<T>): Promise<T> {
  if (!dir) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

/**
 * Picks the most linked-to note with at most LINKERS linkers and makes it linked from exactly LINKERS by
 * appending links. The service that found it is let go before the one measured is made: a session holds
 * one index, and two 10k indexes in one heap made the measured rename's garbage collection twice as long.
 */
async function prepareHub(m: Modules, dir: string): Promise<string> {
  const probe = new m.CairnService(await m.NodeVaultFs.open(dir), { host: 'test' });
  await probe.start();
  const graph = await probe.getGraph({});
  const counts = new Map<string, number>();
  for (const e of graph.edges) if (e.kind === 'link' && e.target.startsWith('note:')) counts.set(e.target, (counts.get(e.target) ?? 0) + 1);
  const hub = [...counts].filter(([, c]) => c <= LINKERS).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0].slice('note:'.length);
  if (!hub) throw new Error('no linked note in the vault');
  const already = await linkersOf(probe, hub);
  const name = path.posix.basename(hub, '.md');
  const notes = (await probe.listNotes()).map((x) => x.id).filter((id) => id !== hub && !already.has(id));
  for (const id of notes.slice(0, Math.max(0, LINKERS - already.size))) await fs.appendFile(path.join(dir, id), `\n\nSee [[${name}]] and [more](${path.posix.relative(path.posix.dirname(id), hub).replace(/ /g, '%20')}).\n`);
  return hub;
}

async function run(src: string, n: number, profileDir?: string): Promise<RenameRun> {
  const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(path.join(src, file)).href)) as T;
  const m: Modules = {
    CairnService: (await load<{ CairnService: Modules['CairnService'] }>('electron/core/service.ts')).CairnService,
    NodeVaultFs: (await load<{ NodeVaultFs: Modules['NodeVaultFs'] }>('electron/core/vault/node-vault-fs.ts')).NodeVaultFs,
    VaultIndex: (await load<{ VaultIndex: Modules['VaultIndex'] }>('electron/core/pipeline/vault-index.ts')).VaultIndex,
  };
  const source = await cachedVault(n);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-rename-bench-'));
  try {
    await fs.cp(source.dir, dir, { recursive: true });
    const hub = await prepareHub(m, dir);
    const name = path.posix.basename(hub, '.md');
    const service = new m.CairnService(await m.NodeVaultFs.open(dir), { host: 'test' });
    await service.start();
    const linkers = await linkersOf(service, hub);
    const to = `renamed/${name} (renamed).md`;
    const t0 = performance.now();
    const { result: op, indexMs } = await timeIndex(m, () => profiled(profileDir, `rename-${n}`, () => service.renameNote({ from: hub, to })));
    const renameMs = performance.now() - t0;
    const follows = async (): Promise<boolean> => {
      const after = await linkersOf(service, to);
      const missing = (await service.getGraph({})).nodes.some((node) => node.kind === 'missing' && node.label.toLowerCase() === name.toLowerCase());
      return [...linkers].every((id) => after.has(id)) && !missing;
    };
    const followedAtOnce = await follows();
    const t1 = performance.now();
    const blocked = longestBlock();
    await profiled(profileDir, `catch-up-${n}`, () => service.catchUpConcepts());
    const catchUpMs = performance.now() - t1;
    const catchUpLongestBlockMs = await blocked.stop();
    const verified = followedAtOnce && (await follows());
    const t2 = performance.now();
    await profiled(profileDir, `undo-${n}`, () => service.undoFileOperation(op.id));
    const undoMs = performance.now() - t2;
    const t3 = performance.now();
    await service.catchUpConcepts();
    const undoCatchUpMs = performance.now() - t3;
    const ms = Math.round;
    return { linkers: linkers.size, rewritten: op.rewritten.length, renameMs: ms(renameMs), indexMs: ms(indexMs), catchUpMs: ms(catchUpMs), undoMs: ms(undoMs), undoCatchUpMs: ms(undoCatchUpMs), catchUpLongestBlockMs: ms(catchUpLongestBlockMs), verified };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run(path.resolve(arg('--src') ?? '.'), Number(arg('--notes') ?? 1000), arg('--profile'))
    .then((result) => {
      console.log(RESULT_PREFIX + JSON.stringify(result));
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error((error as Error).stack ?? String(error));
      process.exit(1);
    });
}
