/**
 * Another commit's tree, to run beside this checkout in the same bench run (times on a shared machine are
 * compared as ratios): extracted once with `git archive` into `.cache/<name>-baseline-<commit>/` (git-ignored,
 * and outside `bench/` so typecheck, lint and vitest never see it), then given its packages: a link to this
 * checkout's `node_modules` when the baseline adds none, or its own `npm ci` from its own lock when the
 * checkout's dependencies moved on since. `prepare` (a build, say) runs before the tree counts as ready.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface BaselineSpec {
  /** Names the folder: `.cache/<name>-baseline-<commit>`. */
  name: string;
  commit: string;
  /** What of the tree to extract; all of it when absent. */
  paths?: string[];
  modules: 'link' | 'install';
  prepare?: (dir: string) => void;
}

/** The folder holding the baseline, or an error a person can act on (e.g. a shallow clone). */
export function baselineTree(root: string, spec: BaselineSpec): { dir: string } | { error: string } {
  const dir = path.join(root, '.cache', `${spec.name}-baseline-${spec.commit}`);
  const done = path.join(dir, '.complete');
  if (existsSync(done)) return { dir };
  try {
    execFileSync('git', ['-C', root, 'cat-file', '-e', `${spec.commit}^{commit}`], { stdio: 'ignore' });
  } catch {
    return { error: `commit ${spec.commit} is not in this clone (a shallow clone? run \`git fetch --unshallow\`)` };
  }
  try {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const tar = `${dir}.tar`;
    execFileSync('git', ['-C', root, 'archive', '--output', tar, spec.commit, ...(spec.paths ?? [])]);
    execFileSync('tar', ['-xf', tar, '-C', dir]);
    rmSync(tar, { force: true });
  } catch (error) {
    return { error: `extracting ${spec.commit} failed: ${(error as Error).message.split('\n')[0]}` };
  }
  if (spec.modules === 'link') symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  else {
    try {
      execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore', timeout: 600_000 });
    } catch (error) {
      return { error: `installing the baseline's dependencies failed (npm ci in ${dir}): ${(error as Error).message.split('\n')[0]}` };
    }
  }
  try {
    spec.prepare?.(dir);
  } catch (error) {
    return { error: `preparing ${spec.commit} failed: ${(error as Error).message.split('\n')[0]}` };
  }
  writeFileSync(done, `${spec.commit}\n`);
  return { dir };
}
