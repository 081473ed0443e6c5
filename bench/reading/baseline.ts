/**
 * Another commit's app, built, to run beside this checkout in the same bench run (bench/baseline-tree.ts),
 * on this checkout's `node_modules`: a baseline that needed other packages would fail to build, and the
 * bench then says so and runs without it.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { baselineTree } from '../baseline-tree';

/**
 * `CAIRN_READING_BASELINE=<commit>` compares with another commit (main before a change, say). By default:
 * main before a save's graph update was split into tasks, the edge layer's redraw after a delta painted in
 * slices, and the graph's counts moved off Cytoscape's element (same graph, same concepts).
 */
export const READING_BASELINE = process.env.CAIRN_READING_BASELINE ?? 'd855d3c';

export function builtBaseline(root: string, commit = READING_BASELINE): { dir: string } | { error: string } {
  return baselineTree(root, {
    name: 'reading',
    commit,
    modules: 'link',
    prepare: (dir) => execFileSync(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: dir, stdio: 'ignore', timeout: 600_000 }),
  });
}
