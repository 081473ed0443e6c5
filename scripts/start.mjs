import { spawn } from 'node:child_process';
import path from 'node:path';
import { findElectron } from './electron-binary.mjs';
import { ensureBuild } from './ensure-build.mjs';

const repo = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);

ensureBuild();
const electron = process.env.CAIRN_BROWSER ? { path: null, why: 'CAIRN_BROWSER is set' } : findElectron();
if (electron.path) {
  const child = spawn(electron.path, [repo, ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const why = `No Electron binary here (${electron.why}): starting Cairn in browser mode instead.`;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repo, 'electron/server/main.ts'), '--why', why, ...args], {
    cwd: repo,
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
  process.on('SIGINT', () => child.kill('SIGINT'));
  process.on('SIGTERM', () => child.kill('SIGTERM'));
}
