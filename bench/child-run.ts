import { spawn } from 'node:child_process';

/**
 * Runs a bench's child script in a fresh Node (its own heap, so one checkout's garbage does not slow the
 * other's) and reads back the JSON it prints after `prefix`.
 */
export function runChild<T>(script: string, args: readonly string[], cwd: string, prefix: string, label: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--max-old-space-size=4096', '--import', 'tsx', script, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.on('close', (code, signal) => {
      const line = out.split('\n').find((l) => l.startsWith(prefix));
      if (code === 0 && line) resolve(JSON.parse(line.slice(prefix.length)) as T);
      else reject(new Error(`${label} run exited ${code ?? signal}: ${err.trim().split('\n').slice(-4).join(' | ')}`));
    });
  });
}
