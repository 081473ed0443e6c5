import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuild } from './ensure-build.mjs';

const repo = path.resolve(import.meta.dirname, '..');
ensureBuild();
const child = spawn(process.execPath, ['--import', 'tsx', path.join(repo, 'electron/server/main.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
process.on('SIGINT', () => child.kill('SIGINT'));
process.on('SIGTERM', () => child.kill('SIGTERM'));
