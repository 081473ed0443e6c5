/**
 * Single-file update latency on a copy of a vault:
 * `node --import tsx bench/index/worker-update.ts --dir DIR [--samples 50]`.
 * End to end: append a line with a new wikilink to one note on disk, time until the session emits
 * `graph-delta` (watcher debounce + re-read + parse + graph + search). Then, with the watcher closed,
 * the same edit applied by `applyChanges` directly, to separate the core's cost from the watcher's.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CairnEvent } from '../../electron/contract';
import { openVaultSession } from '../../electron/core/session';
import { emitResult, flag, peakRssMB } from './args';
import { percentile } from './stats';

const args = process.argv.slice(2);
const source = flag(args, '--dir');
const samples = Number(flag(args, '--samples') ?? 50);
if (!source) throw new Error('--dir is required');

const copy = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-bench-update-'));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

try {
  await fs.cp(source, copy, { recursive: true });
  const openStart = performance.now();
  const session = await openVaultSession(copy, { host: 'cli', watch: true, cacheDir: null });
  const openMs = performance.now() - openStart;
  const ids = [...session.service.index.records.keys()].filter((id) => id.endsWith('.md'));
  // Spread the edited notes over the vault; link each to a note far from it in the sorted order.
  const pickId = (k: number, offset: number): string => ids[Math.floor(((k + offset) * ids.length) / (2 * samples + 1)) % ids.length] as string;
  const edit = async (k: number, round: string): Promise<string> => {
    const id = pickId(k, round === 'watch' ? 0 : samples);
    const target = path.posix.basename(pickId(k, Math.floor(samples / 2)), '.md');
    await fs.appendFile(path.join(copy, id), `\nVer también [[${target}]] (${round} ${k}).\n`);
    return id;
  };

  let waiting: ((event: CairnEvent) => void) | null = null;
  session.service.on((event) => {
    if (event.type === 'graph-delta') waiting?.(event);
  });
  const endToEnd: number[] = [];
  let timeouts = 0;
  for (let k = 0; k < samples; k++) {
    const arrived = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 5000);
      waiting = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
    const start = performance.now();
    await edit(k, 'watch');
    if (await arrived) endToEnd.push(performance.now() - start);
    else timeouts++;
    waiting = null;
    // Let the watcher's debounce window close so samples do not merge into one batch.
    await sleep(60);
  }
  await session.close();

  const direct: number[] = [];
  for (let k = 0; k < samples; k++) {
    const id = await edit(k, 'direct');
    const start = performance.now();
    await session.service.index.applyChanges([id]);
    direct.push(performance.now() - start);
  }

  // A new note brings a new title, so a new concept name: the path where every note is checked again.
  const created: number[] = [];
  const deleted: number[] = [];
  for (let k = 0; k < 3; k++) {
    const id = `Bench new note ${k}.md`;
    await fs.writeFile(path.join(copy, id), `# Bench new note ${k}\n\nA new note about [[${path.posix.basename(pickId(k, 1), '.md')}]].\n`);
    let start = performance.now();
    await session.service.index.applyChanges([id]);
    created.push(performance.now() - start);
    await fs.rm(path.join(copy, id));
    start = performance.now();
    await session.service.index.applyChanges([id]);
    deleted.push(performance.now() - start);
  }

  emitResult({
    dir: source,
    notes: ids.length,
    openMs,
    samples,
    timeouts,
    endToEnd: { p50: percentile(endToEnd, 50), p95: percentile(endToEnd, 95), max: Math.max(...endToEnd) },
    applyChanges: { p50: percentile(direct, 50), p95: percentile(direct, 95), max: Math.max(...direct) },
    createNote: { p50: percentile(created, 50), max: Math.max(...created) },
    deleteNote: { p50: percentile(deleted, 50), max: Math.max(...deleted) },
    peakRssMB: peakRssMB(),
  });
} finally {
  await fs.rm(copy, { recursive: true, force: true });
}
