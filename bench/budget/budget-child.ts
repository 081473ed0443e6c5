/**
 * The CPU budget of concept extraction on one vault, in a fresh Node:
 * `node --import tsx bench/budget/budget-child.ts --dir VAULT [--rounds 2] [--table] [--profiles DIR]`.
 *
 * Builds the vault's index on this one thread, then runs each concept stage a helper thread runs in a cold
 * build over every note: reading candidates (`extract`), matching them against the vault's dictionary
 * (`match`), typed relations (`relations`). Each stage's CPU is the best of `--rounds` unprofiled runs;
 * one more, profiled, run splits it by the extractor's source file (attribute.ts). Prints the result as
 * one JSON line (`BENCH-RESULT …`), or the Markdown table with `--table`.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { extractCandidates } from '../../electron/core/concepts/extract';
import { unpackHits } from '../../electron/core/concepts/packed';
import { typedRelations } from '../../electron/core/concepts/relations';
import { emitResult, flag } from '../index/args';
import { oneThreadBuild } from '../index/one-thread-build';
import { attribute, type CpuProfile } from './attribute';
import { budgetTable, type BudgetResult, type BudgetStage } from './table';

const args = process.argv.slice(2);
const dir = flag(args, '--dir');
if (!dir) throw new Error('--dir is required');
const rounds = Math.max(1, Number(flag(args, '--rounds') ?? 2));
// `--profiles DIR`: keep each stage's profile (DIR/extract.cpuprofile …) to open in a profiler's viewer.
const keep = flag(args, '--profiles');
const { notes, relationNames, candidates, matcher } = await oneThreadBuild(dir);
const hits = notes.map((n, i) => unpackHits(n, () => candidates[i]!, matcher.matchPacked(n, candidates[i]!)));

const stages: [string, () => unknown][] = [
  ['extract', () => notes.map((n) => extractCandidates(n))],
  ['match', () => notes.map((n, i) => matcher.matchPacked(n, candidates[i]!))],
  ['relations', () => notes.map((n, i) => typedRelations(n, hits[i]!, relationNames))],
];

const inspector = new Session();
inspector.connect();
await inspector.post('Profiler.enable');
await inspector.post('Profiler.setSamplingInterval', { interval: 250 });
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const result: BudgetResult = { notes: notes.length, rounds, stages: [] };
for (const [name, run] of stages) {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t = cpuMs();
    run();
    best = Math.min(best, cpuMs() - t);
  }
  await inspector.post('Profiler.start');
  run();
  const { profile } = await inspector.post('Profiler.stop');
  if (keep) writeFileSync(path.join(keep, `${name}.cpuprofile`), JSON.stringify(profile));
  const a = attribute(profile as unknown as CpuProfile);
  const share = (us: number): number => (a.total > 0 ? us / a.total : 0);
  const stage: BudgetStage = {
    name,
    ms: best,
    rules: [...a.rules].map(([file, us]) => ({ file, share: share(us) })).sort((x, y) => y.share - x.share),
    helpers: [...a.helpers].map(([file, us]) => ({ file, share: share(us) })).sort((x, y) => y.share - x.share),
  };
  result.stages.push(stage);
}
inspector.disconnect();
if (args.includes('--table')) console.log(budgetTable(result));
else emitResult(result);
