import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..');

/** Builds the app once if `out/` is missing, so `npm start` works right after `npm install`. */
export function ensureBuild({ force = false } = {}) {
  if (!force && existsSync(path.join(repo, 'out/renderer/index.html')) && existsSync(path.join(repo, 'out/main/index.js'))) return;
  console.log('Building Cairn (first start)…');
  const result = spawnSync(process.execPath, [path.join(repo, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    console.error('cairn: the build failed (see above).');
    process.exit(1);
  }
}
