import { openVaultSession } from '../../electron/core/session';
import { cachedVault } from '../vault/generate';
import { type Kind, queriesFor } from './speed-queries';
import { loadVaultDocs } from './vault-docs';

/**
 * For finding where a kind's tail goes through the real session (the heap of the whole index, its GC),
 * not for the README: every query of one kind of the speed bench, 3 rounds, the slowest listed with the
 * GC time seen during it (run with --expose-gc off; PerformanceObserver reports GC).
 *   npx tsx bench/search/service-probe.ts --size 10000 --kind phrase
 */
function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
const size = Number(arg('size', '10000'));
const kind = arg('kind', 'phrase') as Kind;
const vault = await cachedVault(size);
const qs = queriesFor(loadVaultDocs(vault.dir), size)[kind];
const session = await openVaultSession(vault.dir, { host: 'cli', watch: false, cacheDir: null, warmUp: true });
await session.service.whenIdle();
const { PerformanceObserver } = await import('node:perf_hooks');
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ['gc'] });
for (const q of qs.slice(0, 10)) await session.service.search({ query: q, limit: 20 });
const rows: [number, number, string][] = [];
const cpu: number[] = [];
for (let r = 0; r < 3; r++) {
  for (const q of qs) {
    const g0 = gcMs;
    const c0 = process.cpuUsage();
    const t = performance.now();
    await session.service.search({ query: q, limit: 20 });
    const ms = performance.now() - t;
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
    await new Promise((res) => setImmediate(res));
    rows.push([ms, gcMs - g0, q]);
  }
}
const sorted = [...rows].sort((a, b) => a[0] - b[0]);
const pct = (p: number): number => (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as [number, number, string])[0];
const cpuSorted = [...cpu].sort((a, b) => a - b);
const cpuP95 = cpuSorted[Math.min(cpuSorted.length - 1, Math.floor(0.95 * cpuSorted.length))] as number;
console.log(`${size} notes, ${kind}: p50 ${pct(50).toFixed(2)} p95 ${pct(95).toFixed(2)} ms (CPU p95 ${cpuP95.toFixed(2)}); slowest (ms, gc ms, query):`);
for (const [ms, g, q] of sorted.slice(-12).reverse()) console.log(`  ${ms.toFixed(2)} ${g.toFixed(2)} ${q}`);
process.exit(0);
