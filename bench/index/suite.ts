import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RESULT_PREFIX } from './args';
import type { CairnBuildResult, PhaseTimes } from './cairn';
import type { FloorResult } from './floor';
import type { PeerResult } from './peer';
import { median } from './stats';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface Targets {
  floorRatio: number;
  peerSpeedup: number;
  updateP95Ms: number;
  rssMB: number;
  /** Warm start, to the first answers a window needs. */
  warmMs: number;
}
/** The figures DESIGN/README promise; the update and RSS targets are stated for 10k notes. */
export const TARGETS: Targets = { floorRatio: 3, peerSpeedup: 5, updateP95Ms: 50, rssMB: 400, warmMs: 500 };

export interface UpdateResult {
  notes: number;
  openMs: number;
  samples: number;
  timeouts: number;
  endToEnd: { p50: number; p95: number; max: number };
  applyChanges: { p50: number; p95: number; max: number };
  /** A note created, then deleted (each changes the concept dictionary), applied directly: 3 samples. */
  createNote?: { p50: number; max: number };
  deleteNote?: { p50: number; max: number };
  peakRssMB: number;
}

type Measured<T> = T & { peakRssMB: number; heapUsedMB: number };

export interface IndexRow {
  vault: string;
  notes: number;
  files: number;
  mb: number;
  /** Median over `runs` cold processes. */
  runs: number;
  floorMs: number | null;
  peerMs: number | null;
  cairnMs: number | null;
  cairnMBps: number | null;
  vsFloor: number | null;
  peerSpeedup: number | null;
  phases: PhaseTimes | null;
  warmMs: number | null;
  /** Warm start: when the first answers were given from the cache's snapshot. */
  /** A cold start's first answers, from the notes and links (median run). */
  coldOpenedMs: number | null;
  warmOpenedMs: number | null;
  /** Warm start: when a first search had been answered. */
  warmSearchableMs: number | null;
  warmParsed: number | null;
  warmSearchFromCache: boolean | null;
  cacheMB: number | null;
  saveCacheMs: number | null;
  peakRssMB: number | null;
  links: { generator: number | null; peer: number | null; cairn: number | null };
  broken: { generator: number | null; peer: number | null; cairn: number | null };
  update: UpdateResult | null;
  errors: string[];
}

export interface SuiteOptions {
  /** Wall-clock instant after which no new child is started. */
  deadline: number;
  runs: number;
  updateSamples: number;
  log: (line: string) => void;
}

/** Runs one bench worker in its own Node process and returns its result line, or throws with its stderr. */
export function runWorker<T>(script: string, args: string[], timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, script), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), Math.max(1000, timeoutMs));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      if (code === 0 && line) resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as T);
      else if (signal === 'SIGKILL') reject(new Error(`${script} ${args.join(' ')}: time-boxed after ${Math.round(timeoutMs / 1000)} s`));
      else reject(new Error(`${script} exited ${code ?? signal}: ${err.trim().split('\n').slice(-4).join(' | ')}`));
    });
  });
}

/** Floor, peer, Cairn cold (×runs), Cairn warm from its cache, update latency: each in its own process. */
export async function measureVault(label: string, dir: string, generated: { notes: number; totalLinks: number; brokenLinks: number } | null, options: SuiteOptions): Promise<IndexRow> {
  const row: IndexRow = {
    vault: label,
    notes: generated?.notes ?? 0,
    files: 0,
    mb: 0,
    runs: 0,
    floorMs: null,
    peerMs: null,
    cairnMs: null,
    cairnMBps: null,
    vsFloor: null,
    peerSpeedup: null,
    phases: null,
    warmMs: null,
    coldOpenedMs: null,
    warmOpenedMs: null,
    warmSearchableMs: null,
    warmParsed: null,
    warmSearchFromCache: null,
    cacheMB: null,
    saveCacheMs: null,
    peakRssMB: null,
    links: { generator: generated?.totalLinks ?? null, peer: null, cairn: null },
    broken: { generator: generated?.brokenLinks ?? null, peer: null, cairn: null },
    update: null,
    errors: [],
  };
  const left = (): number => options.deadline - Date.now();
  const attempt = async <T>(what: string, script: string, args: string[]): Promise<T | null> => {
    if (left() <= 0) {
      row.errors.push(`${what}: skipped, time budget spent`);
      return null;
    }
    const start = Date.now();
    try {
      const result = await runWorker<T>(script, args, left());
      options.log(`  ${label} ${what}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
      return result;
    } catch (error) {
      row.errors.push(`${what}: ${(error as Error).message}`);
      options.log(`  ${label} ${what}: FAILED ${(error as Error).message}`);
      return null;
    }
  };

  const cacheFile = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-bench-cache-')), 'index.cache');
  const floors: number[] = [];
  const peers: number[] = [];
  const cairns: Measured<CairnBuildResult>[] = [];
  // Interleaved so a slow spell of the machine hits all three alike.
  for (let run = 0; run < options.runs; run++) {
    const floor = await attempt<Measured<FloorResult>>(`floor #${run + 1}`, 'worker-index.ts', ['--impl', 'floor', '--dir', dir]);
    if (floor) {
      floors.push(floor.ms);
      row.files = floor.files;
      row.mb = floor.bytes / 2 ** 20;
      if (!generated) row.notes = floor.files;
    }
    const peer = await attempt<Measured<PeerResult>>(`peer #${run + 1}`, 'worker-index.ts', ['--impl', 'peer', '--dir', dir]);
    if (peer) {
      peers.push(peer.ms);
      row.links.peer = peer.links;
      row.broken.peer = peer.unresolved;
    }
    const last = run === options.runs - 1;
    const cairn = await attempt<Measured<CairnBuildResult>>(`cairn cold #${run + 1}`, 'worker-index.ts', ['--impl', 'cairn', '--dir', dir, ...(last ? ['--save-cache', cacheFile] : [])]);
    if (cairn) cairns.push(cairn);
  }
  row.runs = cairns.length;
  row.floorMs = floors.length ? median(floors) : null;
  row.peerMs = peers.length ? median(peers) : null;
  if (cairns.length) {
    const mid = [...cairns].sort((a, b) => a.ms - b.ms)[Math.floor((cairns.length - 1) / 2)] as Measured<CairnBuildResult>;
    row.cairnMs = mid.ms;
    row.cairnMBps = mid.bytes / 2 ** 20 / (mid.ms / 1000);
    row.phases = mid.phases;
    row.coldOpenedMs = mid.openedMs;
    row.peakRssMB = Math.max(...cairns.map((c) => c.peakRssMB));
    row.links.cairn = mid.links;
    row.broken.cairn = mid.unresolved;
    const saved = cairns.find((c) => c.saveCacheMs !== null);
    row.saveCacheMs = saved?.saveCacheMs ?? null;
    row.cacheMB = saved?.cacheBytes != null ? saved.cacheBytes / 2 ** 20 : null;
    if (row.floorMs) row.vsFloor = row.cairnMs / row.floorMs;
    if (row.peerMs) row.peerSpeedup = row.peerMs / row.cairnMs;
  }
  if (row.saveCacheMs !== null) {
    const warm = await attempt<Measured<CairnBuildResult>>('cairn warm', 'worker-index.ts', ['--impl', 'cairn', '--dir', dir, '--load-cache', cacheFile]);
    if (warm) {
      row.warmMs = warm.ms;
      row.warmOpenedMs = warm.openedMs;
      row.warmSearchableMs = warm.searchableMs;
      row.warmParsed = warm.parsed;
      row.warmSearchFromCache = warm.searchFromCache;
    }
  }
  await fs.rm(path.dirname(cacheFile), { recursive: true, force: true });
  if (options.updateSamples > 0) row.update = await attempt<UpdateResult>('update latency', 'worker-update.ts', ['--dir', dir, '--samples', String(options.updateSamples)]);
  return row;
}

const f = (value: number | null | undefined, digits = 0): string => (value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits));
const ok = (good: boolean | null): string => (good === null ? '' : good ? ' ✓' : ' ✗');

export function indexTable(rows: IndexRow[]): string {
  const lines = [
    `Index build (cold, median of runs; each run a fresh process). Targets: ≤ ${TARGETS.floorRatio}× floor, ≥ ${TARGETS.peerSpeedup}× faster than peer, update p95 < ${TARGETS.updateP95Ms} ms and peak RSS < ${TARGETS.rssMB} MB at 10k.`,
    '',
    '| vault | notes | MB | floor ms | peer ms | Cairn ms | Cairn MB/s | × floor | × faster than peer | warm ms | update p50 / p95 ms | apply p50 / p95 ms | peak RSS MB |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const at10k = r.notes >= 10000 && r.notes < 50000;
    const upd = r.update;
    lines.push(
      `| ${r.vault} | ${r.notes} | ${f(r.mb, 1)} | ${f(r.floorMs)} | ${f(r.peerMs)} | ${f(r.cairnMs)} | ${f(r.cairnMBps, 1)} | ${f(r.vsFloor, 1)}${ok(r.vsFloor === null ? null : r.vsFloor <= TARGETS.floorRatio)} | ${f(r.peerSpeedup, 2)}${ok(r.peerSpeedup === null ? null : r.peerSpeedup >= TARGETS.peerSpeedup)} | ${r.warmMs === null ? 'not yet' : f(r.warmMs)} | ${upd ? `${f(upd.endToEnd.p50, 1)} / ${f(upd.endToEnd.p95, 1)}${at10k ? ok(upd.endToEnd.p95 < TARGETS.updateP95Ms) : ''}` : '—'} | ${upd ? `${f(upd.applyChanges.p50, 1)} / ${f(upd.applyChanges.p95, 1)}` : '—'} | ${f(r.peakRssMB)}${at10k && r.peakRssMB !== null ? ok(r.peakRssMB < TARGETS.rssMB) : ''} |`,
    );
  }
  lines.push('', 'Cairn cold build by phase (ms): scan · read+parse · resolve+concepts · graph · search', '', '| vault | scan | parse | concepts | graph | search | cache MB / save ms | links found (gen / peer / Cairn) | broken (gen / peer / Cairn) |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    const p = r.phases;
    lines.push(`| ${r.vault} | ${f(p?.scan)} | ${f(p?.parse)} | ${f(p?.concepts)} | ${f(p?.graph)} | ${f(p?.search)} | ${f(r.cacheMB, 1)} / ${f(r.saveCacheMs)} | ${f(r.links.generator)} / ${f(r.links.peer)} / ${f(r.links.cairn)} | ${f(r.broken.generator)} / ${f(r.broken.peer)} / ${f(r.broken.cairn)} |`);
  }
  lines.push(
    '',
    'Through the service: a window\'s first answers (global graph, note list, description) on a cold start, from the notes and links once parsed, and on a warm one, from the cache\'s snapshot; a warm start\'s first search from the cache\'s search part, then the whole index loaded. Creating and deleting a note (each changes the concept dictionary), applied directly, median / max of 3:',
    '',
    '| vault | cold: first answers ms | warm: first answers ms | warm: first search ms | warm: index loaded ms | create a note ms | delete a note ms |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const r of rows) {
    const u = r.update;
    lines.push(`| ${r.vault} | ${f(r.coldOpenedMs)} | ${f(r.warmOpenedMs)}${r.notes >= 10000 && r.warmOpenedMs !== null ? ok(r.warmOpenedMs < TARGETS.warmMs) : ''} | ${f(r.warmSearchableMs)} | ${f(r.warmMs)} | ${u?.createNote ? `${f(u.createNote.p50)} / ${f(u.createNote.max)}` : '—'} | ${u?.deleteNote ? `${f(u.deleteNote.p50)} / ${f(u.deleteNote.max)}` : '—'} |`);
  }
  const notes = rows.flatMap((r) => r.errors.map((e) => `- ${r.vault}: ${e}`));
  if (notes.length) lines.push('', 'Not measured:', ...notes);
  return lines.join('\n');
}
