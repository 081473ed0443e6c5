/**
 * Renaming and moving a note linked from 500 notes of the synthetic vault (a copy on disk, so writes cost
 * what they cost): how long the one step takes, from the call to every link rewritten, the files written
 * and the links followed in the index; then how long the catch-up it leaves (concepts, graph parts and
 * search entries of the notes it touched) takes. `npm run bench -- --only files`. The issue's target: ≤ 2 s
 * at 10k notes.
 *
 * Two checkouts in the same run, each in its own process: the baseline (commit BASELINE_COMMIT: the parts
 * naming the moved note re-pointed note by note, the moved note's own part remade and its text read again
 * before the rename answered) and this one.
 */
import path from 'node:path';
import { runChild } from '../child-run';
import { fileURLToPath } from 'node:url';
import { baselineTree } from '../baseline-tree';
import { RESULT_PREFIX, type RenameRun } from './rename-child';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
/** Main before the moved note's edges were re-keyed in place and its own graph part moved with it. */
export const BASELINE_COMMIT = 'fb5ca74';

/** The baseline's `electron/` (bench/baseline-tree.ts) on this checkout's `node_modules`: it adds no package. */
const materialiseBaseline = (commit: string): { dir: string } | { error: string } =>
  baselineTree(root, { name: 'rename', commit, paths: ['electron', 'package.json', 'tsconfig.json'], modules: 'link' });

export interface RenameRow extends RenameRun {
  notes: number;
  checkout: string;
  /** Baseline rename time ÷ this one's, measured in the same run; null for the baseline row. */
  faster: number | null;
}

function child(src: string, notes: number): Promise<RenameRun> {
  return runChild<RenameRun>(path.join(here, 'rename-child.ts'), ['--src', src, '--notes', String(notes)], root, RESULT_PREFIX, 'rename');
}

export async function runRenameBench(sizes: number[]): Promise<RenameRow[]> {
  const rows: RenameRow[] = [];
  const baseline = materialiseBaseline(BASELINE_COMMIT);
  for (const n of sizes) {
    const before = 'dir' in baseline ? await child(baseline.dir, n).catch((error: unknown) => (error as Error)) : new Error(baseline.error);
    const now = await child(root, n);
    if (before instanceof Error) console.error(`rename bench: baseline ${BASELINE_COMMIT} not measured: ${before.message}`);
    else rows.push({ notes: n, checkout: `baseline ${BASELINE_COMMIT}`, ...before, faster: null });
    rows.push({ notes: n, checkout: 'this checkout', ...now, faster: before instanceof Error ? null : before.renameMs / now.renameMs });
  }
  return rows;
}

export function renameTable(rows: RenameRow[]): string {
  return [
    '| notes | checkout | linked from | notes rewritten | rename + move (ms) | of which index (ms) | then catch-up (ms) | longest block during the catch-up (ms) | undo (ms) | then catch-up (ms) | × faster than baseline | every link follows | target ≤ 2 s |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|:--:|:--:|',
    ...rows.map(
      (r) =>
        `| ${r.notes} | ${r.checkout} | ${r.linkers} | ${r.rewritten} | ${r.renameMs} | ${r.indexMs ?? '–'} | ${r.catchUpMs ?? '–'} | ${r.catchUpLongestBlockMs ?? '–'} | ${r.undoMs} | ${r.undoCatchUpMs ?? '–'} | ${r.faster === null ? '–' : `${r.faster.toFixed(1)}×`} | ${r.verified ? '✓' : '✗'} | ${r.renameMs <= 2000 ? '✓' : '✗'} |`,
    ),
  ].join('\n');
}
