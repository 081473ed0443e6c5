import { spawnSync } from 'node:child_process';

/**
 * Where the Electron binary is, or why there is none. Asked in a child process because
 * `require('electron')` tries a download and prints its own noise when the binary is missing.
 */
export function findElectron() {
  const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (probe.status === 0 && probe.stdout) return { path: probe.stdout, why: null };
  const detail = (probe.stderr || '').match(/Error: ([^\n]+)/)?.[1] ?? 'no output';
  return { path: null, why: `Electron downloads its binary on first run, and that download failed: ${detail}` };
}
