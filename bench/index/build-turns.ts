/**
 * How long a request waits while a first build runs:
 * `node --import tsx bench/index/build-turns.ts --dir DIR [--every 20]`.
 * Opens the vault without a cache, as the app does, then asks for the global graph every `--every` ms
 * until the build is done. Reports when the first answers came (the opening snapshot of notes and links),
 * and how long each ask waited beyond its timer, by build phase: the turns the build gives the event loop.
 */
import type { IndexPhase } from '../../electron/contract';
import { CairnService } from '../../electron/core/service';
import { NodeVaultFs } from '../../electron/core/vault/node-vault-fs';
import { emitResult, flag } from './args';
import { percentile } from './stats';

const args = process.argv.slice(2);
const dir = flag(args, '--dir');
const every = Number(flag(args, '--every') ?? 20);
if (!dir) throw new Error('--dir is required');

const service = new CairnService(await NodeVaultFs.open(dir), { host: 'cli' });
const start = performance.now();
// The progress phase last reported; the wait between the last `parse` tick and the first `concepts` one is the opening snapshot's.
let phase: IndexPhase | 'opening' = 'scan';
service.on((event) => {
  if (event.type === 'index-progress') phase = event.phase === 'parse' && event.done === event.total ? 'opening' : event.phase;
});
let built = false;
const ready = service.start().then(() => (built = true));
await Promise.all([service.getGraph({}), service.listNotes(), service.describeVault()]);
const firstAnswersMs = performance.now() - start;
const waits = new Map<string, number[]>();
let last = performance.now();
while (!built) {
  await new Promise((resolve) => setTimeout(resolve, every));
  const asked = phase;
  await service.getGraph({});
  const now = performance.now();
  const list = waits.get(asked) ?? [];
  list.push(Math.max(0, now - last - every));
  waits.set(asked, list);
  last = now;
}
await ready;
emitResult({
  dir,
  builtMs: performance.now() - start,
  firstAnswersMs,
  waits: Object.fromEntries([...waits].map(([name, list]) => [name, { asks: list.length, p50: percentile(list, 50), p95: percentile(list, 95), max: Math.max(...list) }])),
});
