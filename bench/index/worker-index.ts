/**
 * One cold index of one vault by one implementation, in a fresh process so nothing is warm but the OS
 * page cache: `node --import tsx bench/index/worker-index.ts --impl cairn|floor|peer --dir DIR
 * [--save-cache FILE] [--load-cache FILE]`.
 */
import { emitResult, flag, peakRssMB } from './args';

const args = process.argv.slice(2);
const impl = flag(args, '--impl');
const dir = flag(args, '--dir');
if (!dir) throw new Error('--dir is required');

async function run(): Promise<unknown> {
  if (impl === 'floor') return (await import('./floor')).runFloor(dir as string);
  if (impl === 'peer') return (await import('./peer')).runPeer(dir as string);
  if (impl === 'cairn') {
    const { runCairn } = await import('./cairn');
    return runCairn(dir as string, { loadCache: flag(args, '--load-cache'), saveCache: flag(args, '--save-cache') });
  }
  throw new Error(`--impl must be cairn, floor or peer, not ${impl}`);
}

const result = await run();
const cpu = process.cpuUsage();
// CPU seconds beside wall time: on a shared machine other load stretches the wall clock, much less the CPU time.
emitResult({ impl, dir, ...(result as object), cpuS: (cpu.user + cpu.system) / 1e6, peakRssMB: peakRssMB(), heapUsedMB: process.memoryUsage().heapUsed / 2 ** 20 });
