import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { CairnEvent } from '../../electron/contract';
import { FlexSearchIndex } from '../../electron/core/search/flexsearch-index';
import type { SearchDoc } from '../../electron/core/search/types';
import { spread, WARM_UP_NOTES, warmUpQueries } from '../../electron/core/search/warm-up';
import { openVaultSession } from '../../electron/core/session';
import { cachedVault } from '../vault/generate';
import { MiniSearchBaseline } from './minisearch-baseline';
import { KINDS, type Kind, queriesFor } from './speed-queries';
import { loadVaultDocs } from './vault-docs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..');

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;


interface Latency {
  p50: number;
  p95: number;
  /**
   * The same percentile of this process's CPU time per query (GC threads included). On a shared machine
   * wall time also counts the time the query waited for a core; CPU time is what the engine itself spent.
   */
  cpuP95?: number;
}

export interface EngineSpeed {
  /** Building the engine from the parsed notes, alone. */
  buildMs: number;
  heapMB: number;
  /** Cairn only: the search phase inside the real cold vault index (pipeline progress events). */
  pipelineSearchMs?: number;
  /** Cairn's session: from ready to the end of its search warm-up. */
  warmUpMs?: number;
  latency: Record<Kind, Latency>;
}

export interface SearchSpeedResult {
  sizes: { notes: number; cairn: EngineSpeed; minisearch: EngineSpeed }[];
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

async function measure(run: (q: string) => Promise<unknown> | unknown, qs: string[]): Promise<Latency> {
  for (const q of qs.slice(0, 10)) await run(q);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of qs) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await run(q);
      times.push(performance.now() - t0);
      const used = process.cpuUsage(c0);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return { p50: pct(times, 50), p95: pct(times, 95), cpuP95: pct(cpu, 95) };
}

/** JS heap plus array buffers: typed arrays (Cairn's slot tables, its phrase pairs) live outside the heap. */
function heapUsed(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

async function latencies(run: (q: string) => Promise<unknown> | unknown, qs: Record<Kind, string[]>): Promise<Record<Kind, Latency>> {
  const out = {} as Record<Kind, Latency>;
  for (const k of KINDS) out[k] = await measure(run, qs[k]);
  return out;
}

/**
 * Cairn end to end: the real session on the generated vault (scan, parse, concepts, graph, search), and
 * every query through `CairnService.search`, the method all three hosts call.
 */
async function cairnThroughService(dir: string, qs: Record<Kind, string[]>): Promise<{ latency: Record<Kind, Latency>; pipelineSearchMs: number; warmUpMs: number }> {
  let searchStart = 0;
  let searchEnd = 0;
  const onEvent = (e: CairnEvent): void => {
    if (e.type !== 'index-progress') return;
    if (e.phase === 'search' && !searchStart) searchStart = performance.now();
    if (e.phase === 'ready') searchEnd = performance.now();
  };
  // Opened as the app's hosts open it: the search code is warmed up once the index is ready, and queries
  // are measured once that is done, as a person searches once the graph is on screen.
  const session = await openVaultSession(dir, { host: 'cli', watch: false, cacheDir: null, onEvent, warmUp: true });
  if (!searchEnd) searchEnd = performance.now();
  const w0 = performance.now();
  await session.service.whenIdle();
  const warmUpMs = performance.now() - w0;
  const latency = await latencies((q) => session.service.search({ query: q, limit: 20 }), qs);
  return { latency, pipelineSearchMs: searchEnd - searchStart, warmUpMs };
}

function buildCairn(docs: SearchDoc[]): { buildMs: number; heapMB: number; index: FlexSearchIndex } {
  const h0 = heapUsed();
  const t0 = performance.now();
  const index = new FlexSearchIndex();
  for (const d of docs) index.upsert(d);
  const buildMs = performance.now() - t0;
  index.search('warm'); // the prefix vocabulary is sorted lazily on first use
  return { buildMs, heapMB: (heapUsed() - h0) / 2 ** 20, index };
}

function buildMini(docs: SearchDoc[]): { buildMs: number; heapMB: number; index: MiniSearchBaseline } {
  const h0 = heapUsed();
  const t0 = performance.now();
  const index = new MiniSearchBaseline();
  index.add(docs);
  return { buildMs: performance.now() - t0, heapMB: (heapUsed() - h0) / 2 ** 20, index };
}

export async function runSearchSpeed(sizes: number[] = [10000, 50000], log: (s: string) => void = (s) => console.error(s)): Promise<SearchSpeedResult> {
  const result: SearchSpeedResult = { sizes: [] };
  for (const n of sizes) {
    const vault = await cachedVault(n);
    log(`search speed: ${n} notes in ${vault.dir}`);
    // The same parsed notes feed both engines' build figures; the notes' text is in neither heap figure.
    const docs = loadVaultDocs(vault.dir);
    const qs = queriesFor(docs, n);
    const service = await cairnThroughService(vault.dir, qs);
    log(`search speed: ${n} Cairn through the service done`);
    // In a function so the built index is garbage before MiniSearch's heap is measured.
    const cairn = ((): EngineSpeed => {
      const built = buildCairn(docs);
      return { buildMs: built.buildMs, heapMB: built.heapMB, pipelineSearchMs: service.pipelineSearchMs, warmUpMs: service.warmUpMs, latency: service.latency };
    })();
    const mini = buildMini(docs);
    const index = mini.index;
    // The same kind of warm-up as Cairn's session runs, so both engines are measured with optimised code.
    for (const q of warmUpQueries(spread(docs, WARM_UP_NOTES))) index.search(q, 20);
    const minisearch: EngineSpeed = { buildMs: mini.buildMs, heapMB: mini.heapMB, latency: await latencies((q) => index.search(q, 20), qs) };
    result.sizes.push({ notes: n, cairn, minisearch });
  }
  return result;
}

export function speedTable(r: SearchSpeedResult): string {
  const f = (x: number): string => x.toFixed(2);
  const rows = [
    '| notes | engine | build s | heap MB | ' + KINDS.map((k) => `${k} p50 / p95 (CPU p95) ms`).join(' | ') + ' |',
    '| --- | --- | --- | --- | ' + KINDS.map(() => '---').join(' | ') + ' |',
  ];
  for (const s of r.sizes) {
    for (const [name, e] of [['Cairn (through CairnService)', s.cairn], ['MiniSearch', s.minisearch]] as const) {
      rows.push(`| ${s.notes} | ${name} | ${(e.buildMs / 1000).toFixed(2)} | ${e.heapMB.toFixed(0)} | ` + KINDS.map((k) => `${f(e.latency[k].p50)} / ${f(e.latency[k].p95)} (${f(e.latency[k].cpuP95 ?? NaN)})`).join(' | ') + ' |');
    }
  }
  const pipe = r.sizes.map((s) => `${s.notes}: ${((s.cairn.pipelineSearchMs ?? 0) / 1000).toFixed(2)} s`).join(', ');
  return [
    'Search speed (bench/vault synthetic vaults; Cairn queried through `CairnService.search` on an opened session, results with snippets; 60 queries per kind × 3 rounds; wall time, and in brackets the p95 of the process CPU time per query)',
    '',
    ...rows,
    '',
    `Search phase of the cold vault index (pipeline) — ${pipe}`,
    '',
    `Cairn's search warm-up after ready (in the background; both engines then get the same warm-up queries before the 10 per kind) — ${r.sizes.map((s) => `${s.notes}: ${((s.cairn.warmUpMs ?? 0) / 1000).toFixed(2)} s`).join(', ')}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--sizes');
  const sizes = i > 0 ? (process.argv[i + 1] ?? '').split(',').map(Number).filter((n) => n > 0) : [10000, 50000];
  const r = await runSearchSpeed(sizes);
  console.log(speedTable(r));
  const out = join(ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'search-speed.json'), `${JSON.stringify(r, null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
