/**
 * Where a new and a deleted note's time goes: `node --import tsx bench/index/profile-create.ts --dir DIR
 * [--cache DIR] [--prof OUT.cpuprofile]`. Opens the vault (warm when `--cache` holds a saved index), then
 * creates and deletes a note three times through `index.applyChanges`, profiling only those.
 */
import { promises as fs } from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { openVaultSession } from '../../electron/core/session';
import { flag } from './args';

const args = process.argv.slice(2);
const source = flag(args, '--dir');
const cacheDir = flag(args, '--cache') ?? null;
const out = flag(args, '--prof');
if (!source) throw new Error('--dir is required');

const copy = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-bench-create-'));
try {
  await fs.cp(source, copy, { recursive: true });
  let t = performance.now();
  const session = await openVaultSession(copy, { host: 'cli', watch: false, cacheDir });
  console.log(`open ${(performance.now() - t).toFixed(0)} ms`);
  const inspector = new Session();
  if (out) {
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.start');
  }
  const ids = [...session.service.index.records.keys()];
  for (let k = 0; k < 3; k++) {
    const id = `Bench new note ${k}.md`;
    const target = path.posix.basename(ids[(k * 997) % ids.length] ?? '', '.md');
    await fs.writeFile(path.join(copy, id), `# Bench new note ${k}\n\nA new note about [[${target}]].\n`);
    t = performance.now();
    await session.service.index.applyChanges([id]);
    const created = performance.now() - t;
    await fs.rm(path.join(copy, id));
    t = performance.now();
    await session.service.index.applyChanges([id]);
    console.log(`create ${created.toFixed(0)} ms, delete ${(performance.now() - t).toFixed(0)} ms`);
  }
  if (out) {
    const { profile } = await inspector.post('Profiler.stop');
    await fs.writeFile(out, JSON.stringify(profile));
  }
  await session.close();
} finally {
  await fs.rm(copy, { recursive: true, force: true });
}
