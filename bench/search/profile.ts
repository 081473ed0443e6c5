import { FlexSearchIndex } from '../../electron/core/search/flexsearch-index';
import { cachedVault } from '../vault/generate';
import { KINDS, type Kind, queriesFor } from './speed-queries';
import { loadVaultDocs } from './vault-docs';

/**
 * For finding where search time goes, not for the README: the index built straight from the parsed notes
 * (no pipeline, so a run takes seconds), the speed bench's queries, per-kind p50/p95 and the slowest
 * queries. CPU time (this process, GC threads included) is printed too: the machine is shared.
 * Run under `node --cpu-prof` (through tsx) to profile one kind:
 *   npx tsx bench/search/profile.ts --size 10000 --kind phrase --rounds 5
 * `--settle` collects the build's garbage before measuring (to tell a GC tail from the search's own).
 */

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const size = Number(arg('size', '10000'));
const rounds = Number(arg('rounds', '3'));
const only = arg('kind', '');
const vault = await cachedVault(size);
const docs = loadVaultDocs(vault.dir);
const qs = queriesFor(docs, size);
const t0 = performance.now();
const index = new FlexSearchIndex();
for (const d of docs) index.upsert(d);
console.log(`build ${((performance.now() - t0) / 1000).toFixed(2)} s, ${docs.length} notes`);
index.search('warm');
if (process.argv.includes('--settle')) {
  // Diagnosis only: collect the build's garbage first, to see how much of a tail is that collection.
  const { setFlagsFromString } = await import('node:v8');
  const { runInNewContext } = await import('node:vm');
  setFlagsFromString('--expose_gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  await new Promise((r) => setTimeout(r, 1000));
}
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] as number;
for (const kind of KINDS) {
  if (only && kind !== only) continue;
  const list = qs[kind as Kind];
  for (const q of list.slice(0, 10)) index.search(q, 20);
  const times: number[] = [];
  const cpu: number[] = [];
  const worst: [number, string][] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of list) {
      const c = process.cpuUsage();
      const s = performance.now();
      index.search(q, 20);
      const ms = performance.now() - s;
      const used = process.cpuUsage(c);
      times.push(ms);
      cpu.push((used.user + used.system) / 1000);
      worst.push([ms, q]);
    }
  }
  worst.sort((a, b) => b[0] - a[0]);
  console.log(`${kind}: p50 ${pct(times, 50).toFixed(2)} p95 ${pct(times, 95).toFixed(2)} ms (CPU p50 ${pct(cpu, 50).toFixed(2)} p95 ${pct(cpu, 95).toFixed(2)}); slowest ${worst.slice(0, 4).map(([ms, q]) => `${q} ${ms.toFixed(1)}`).join(', ')}`);
}
