/**
 * Another commit's app, built, to run beside this checkout in the same bench run: its tree from `git archive`
 * in `.cache/reading-baseline-<commit>/` (git-ignored), on this checkout's `node_modules` (a link: a
 * baseline that needed other packages would fail to build, and the bench then says so and runs without it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Main before the graph patched deltas past the edge-layer threshold. */
export const READING_BASELINE = 'a7647c7';

export function builtBaseline(root: string, commit = READING_BASELINE): { dir: string } | { error: string } {
  const dir = path.join(root, '.cache', `reading-baseline-${commit}`);
  const done = path.join(dir, '.complete');
  if (existsSync(done)) return { dir };
  try {
    execFileSync('git', ['-C', root, 'cat-file', '-e', `${commit}^{commit}`], { stdio: 'ignore' });
  } catch {
    return { error: `commit ${commit} is not in this clone (a shallow clone? run \`git fetch --unshallow\`)` };
  }
  try {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const tar = `${dir}.tar`;
    execFileSync('git', ['-C', root, 'archive', '--output', tar, commit]);
    execFileSync('tar', ['-xf', tar, '-C', dir]);
    rmSync(tar, { force: true });
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: dir, stdio: 'ignore', timeout: 600_000 });
  } catch (error) {
    return { error: `building ${commit} failed: ${(error as Error).message.split('\n')[0]}` };
  }
  writeFileSync(done, `${commit}\n`);
  return { dir };
}
