/**
 * Today's extractor, kept runnable beside the checkout's: the tree of one commit, extracted once into
 * `.cache/concepts-baseline-<commit>/` (git-ignored, and outside `bench/` so typecheck, lint and vitest never
 * see it), with its own `node_modules` installed from its own lock: the checkout's dependencies moved on
 * (write-file-atomic left), and the baseline must run as it was.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Main before the concept rewrite began (issue 14). */
export const BASELINE_COMMIT = '1714ddf';

/** The folder holding the baseline checkout, or an error a person can act on (e.g. a shallow clone). */
export function materialiseBaseline(root: string, commit = BASELINE_COMMIT): { dir: string } | { error: string } {
  const dir = path.join(root, '.cache', `concepts-baseline-${commit}`);
  const done = path.join(dir, '.complete');
  if (existsSync(done)) return { dir };
  try {
    execFileSync('git', ['-C', root, 'cat-file', '-e', `${commit}^{commit}`], { stdio: 'ignore' });
  } catch {
    return { error: `commit ${commit} is not in this clone (a shallow clone? run \`git fetch --unshallow\`)` };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tar = path.join(dir, '..', `concepts-baseline-${commit}.tar`);
  execFileSync('git', ['-C', root, 'archive', '--output', tar, commit, 'electron', 'package.json', 'package-lock.json', 'tsconfig.json']);
  execFileSync('tar', ['-xf', tar, '-C', dir]);
  rmSync(tar, { force: true });
  try {
    execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore', timeout: 600_000 });
  } catch (e) {
    return { error: `installing the baseline's dependencies failed (npm ci in ${dir}): ${(e as Error).message.split('\n')[0]}` };
  }
  writeFileSync(done, `${commit}\n`);
  return { dir };
}
