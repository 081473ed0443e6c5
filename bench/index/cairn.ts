import { promises as fs, readFileSync } from 'node:fs';
import type { IndexPhase } from '../../electron/contract';
import { FileCacheStore } from '../../electron/core/pipeline/cache';
import { CairnService } from '../../electron/core/service';
import { NodeVaultFs } from '../../electron/core/vault/node-vault-fs';

/**
 * Milliseconds of the build's own thread per stage, cut at the progress callback's ticks (see README for
 * the boundaries). The stages need not follow one another: a build on several threads makes the search
 * index's text before its concepts, and its time is counted under `search` wherever it falls.
 */
export interface PhaseTimes {
  scan: number;
  /** Read + decode + hash + parse of every file. */
  parse: number;
  /** Link resolver, concept extraction (what this thread waited for or did of it), dictionary and matching. */
  concepts: number;
  graph: number;
  search: number;
}

/**
 * Each stretch between two ticks goes to the stage the later tick reports, unless that tick opens a stage
 * (done = 0) or says the build is ready: then it is the end of the earlier tick's stage.
 */
export function phaseTimes(marks: { phase: IndexPhase; done: number; at: number }[], start: number, end: number): PhaseTimes {
  const out: PhaseTimes = { scan: 0, parse: 0, concepts: 0, graph: 0, search: 0 };
  let at = start;
  let current: IndexPhase = 'scan';
  for (const mark of [...marks, { phase: 'ready' as IndexPhase, done: 1, at: end }]) {
    const phase = mark.phase === 'ready' || mark.done === 0 ? current : mark.phase;
    if (phase !== 'ready') out[phase] += mark.at - at;
    at = mark.at;
    current = mark.phase;
  }
  return out;
}

/**
 * CPU milliseconds of the calling thread (`/proc/thread-self/stat`, 10 ms ticks), or NaN off Linux: a stage's
 * wall time on a shared machine is mostly other processes', its CPU is its own.
 */
export function threadCpuMs(): number {
  try {
    return statCpuMs(readFileSync('/proc/thread-self/stat', 'utf8'));
  } catch {
    return Number.NaN;
  }
}

function statCpuMs(stat: string): number {
  // Fields after the command's closing parenthesis: state is field 3, utime 14 and stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export interface CairnBuildResult {
  files: number;
  parsed: number;
  bytes: number;
  ms: number;
  phases: PhaseTimes;
  /** CPU ms of the build's own thread per stage, cut as `phases` is. */
  phasesCpu: PhaseTimes;
  /** CPU ms of the build's own thread in all, and of the process's other threads (helpers that ended included). */
  buildThreadCpuMs: number;
  otherThreadsCpuMs: number;
  searchFromCache: boolean;
  /** Notes whose concepts the build's helper threads read. */
  extractedByHelper: number;
  /** Helper threads that read concepts. */
  helpers: number;
  /** Notes the helper threads matched, and made the graph part of. */
  matchedByHelper: number;
  partsByHelper: number;
  links: number;
  unresolved: number;
  tags: number;
  graphNodes: number;
  graphEdges: number;
  saveCacheMs: number | null;
  cacheBytes: number | null;
  /**
   * When the service had answered what a window asks first (the global graph, the note list, the vault's
   * description): from the cache's snapshot on a warm start, from the notes and links once parsed on a
   * cold one. The rest of the index is loaded by `ms`.
   */
  openedMs: number | null;
  /** From a cache: when a first search had been answered. */
  searchableMs: number | null;
}

/** One build of the whole index, from a cold VaultIndex; with `cacheFile` the cache is read (and/or written). */
export async function runCairn(dir: string, options: { loadCache?: string; saveCache?: string } = {}): Promise<CairnBuildResult> {
  const marks: { phase: IndexPhase; done: number; at: number }[] = [];
  const cpuMarks: { phase: IndexPhase; done: number; at: number }[] = [];
  const start = performance.now();
  const startCpu = threadCpuMs();
  const load = options.loadCache ? new FileCacheStore(options.loadCache) : null;
  // Through the service, as the app opens a vault: a warm start answers first questions before it is built.
  const service = new CairnService(await NodeVaultFs.open(dir), { host: 'cli', cache: load });
  service.on((event) => {
    if (event.type !== 'index-progress') return;
    marks.push({ phase: event.phase, done: event.done, at: performance.now() });
    cpuMarks.push({ phase: event.phase, done: event.done, at: threadCpuMs() });
  });
  const built = service.start();
  const opened = Promise.all([service.getGraph({}), service.listNotes(), service.describeVault()]).then(() => performance.now() - start);
  const searchable = load ? service.search({ query: 'instance' }).then(() => performance.now() - start) : null;
  await built;
  const ms = performance.now() - start;
  const endCpu = threadCpuMs();
  const usage = process.cpuUsage();
  const otherCpu = (usage.user + usage.system) / 1000 - endCpu;
  const openedMs = await opened;
  const searchableMs = searchable ? await searchable : null;
  const index = service.index;
  const stats = service.buildStats;
  if (!stats) throw new Error('the service reported ready without build stats');

  const phases = phaseTimes(marks, start, start + ms);
  const phasesCpu = phaseTimes(cpuMarks, startCpu, endCpu);
  let bytes = 0;
  let links = 0;
  let unresolved = 0;
  let tags = 0;
  for (const record of index.records.values()) {
    bytes += record.entry.size;
    if (!record.parsed) continue;
    tags += record.parsed.tags.length;
    for (const link of record.parsed.links) {
      if (!link.target) continue;
      links++;
      if (index.resolve(record.entry.id, link.target, link.kind) === null) unresolved++;
    }
  }
  let saveCacheMs: number | null = null;
  let cacheBytes: number | null = null;
  if (options.saveCache) {
    const saveStart = performance.now();
    await index.saveCache(new FileCacheStore(options.saveCache));
    saveCacheMs = performance.now() - saveStart;
    cacheBytes = (await fs.stat(options.saveCache)).size;
  }
  return {
    files: stats.files,
    parsed: stats.parsed,
    bytes,
    ms,
    phases,
    phasesCpu,
    buildThreadCpuMs: endCpu - startCpu,
    otherThreadsCpuMs: otherCpu,
    searchFromCache: stats.searchFromCache,
    extractedByHelper: stats.extractedByHelper ?? 0,
    helpers: stats.helpers ?? 0,
    matchedByHelper: stats.matchedByHelper ?? 0,
    partsByHelper: stats.partsByHelper ?? 0,
    links,
    unresolved,
    tags,
    graphNodes: index.graph.nodeCount,
    graphEdges: index.graph.edgeCount,
    saveCacheMs,
    cacheBytes,
    openedMs,
    searchableMs,
  };
}
