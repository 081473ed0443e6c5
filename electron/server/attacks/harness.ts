import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { mulberry32 } from '../../core/testing/prng';

/*
 * The attack suite's harness: a real browser-mode server (`npm run serve`'s entry, index worker included)
 * in its own process, on a temp vault, reached over real sockets. Nothing here imports the server's code.
 */

const repo = path.resolve(import.meta.dirname, '../../..');

/** Text only a leak would carry out: it sits in files outside the vault. */
export const CANARY = 'CAIRN-CANARY-7f3a91';

export interface Running {
  port: number;
  token: string;
  /** The instance's own host name (`cairn-<random>.localhost`), the only one its cookie is good for. */
  hostName: string;
  child: ChildProcess;
  output(): string;
  alive(): boolean;
}

export interface StartOptions {
  cacheDir: string;
  /** Extra spawn options (a uid for the permission tests). */
  spawn?: Partial<SpawnOptions>;
}

/** Starts the browser-mode server as `npm run serve` does, and waits for its URL. */
export async function startServerProcess(vaultDir: string, options: StartOptions): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repo, 'electron/server/main.ts'), '--vault', vaultDir, '--port', '0', '--static', path.join(options.cacheDir, 'no-renderer')], {
    cwd: repo,
    env: { ...process.env, INIT_CWD: repo, CAIRN_CACHE_DIR: options.cacheDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options.spawn,
  });
  let output = '';
  let exited = false;
  child.once('exit', () => (exited = true));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /http:\/\/cairn-[0-9a-f]+\.localhost:\d+\/\?token=[\w-]+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${output}`));
    });
  });
  const parsed = new URL(url);
  return { port: Number(parsed.port), token: parsed.searchParams.get('token') ?? '', hostName: parsed.hostname, child, output: () => output, alive: () => !exited };
}

export async function stopServerProcess(server: Running, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!server.alive()) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill(signal);
  await exited;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  ms: number;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
}

/** One HTTP request on a fresh connection; a reset or a timeout is an answer with status 0. */
export function raw(port: number, urlPath: string, init: RawRequest = {}): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: urlPath, method: init.method ?? 'GET', headers: { connection: 'close', ...init.headers }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
      res.on('error', () => resolve({ status: 0, headers: {}, body: '', ms: performance.now() - started }));
    });
    req.setTimeout(init.timeoutMs ?? 30_000, () => req.destroy(new Error('timeout')));
    req.on('error', (error) => resolve({ status: 0, headers: {}, body: String(error.message), ms: performance.now() - started }));
    req.end(init.body);
  });
}

/** An authorised API call, as the page makes it. */
export function call(server: Running, method: string, arg: unknown, extra: RawRequest = {}): Promise<Answer> {
  return raw(server.port, `/api/${method}`, {
    method: 'POST',
    body: JSON.stringify(arg === undefined ? {} : { arg }),
    ...extra,
    headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', authorization: `Bearer ${server.token}`, ...extra.headers },
  });
}

/** Every file under a folder with a hash of its bytes (symlinks as their target text): what must not change. */
export async function fingerprint(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dir, full);
    if (entry.isSymbolicLink()) out[rel] = `-> ${await fs.readlink(full)}`;
    else if (entry.isFile()) out[rel] = createHash('sha256').update(await fs.readFile(full)).digest('hex');
    else if (entry.isDirectory()) out[rel] = 'dir';
  }
  return out;
}

export interface Hostile {
  root: string;
  vault: string;
  outside: string;
  cache: string;
  cleanup(): Promise<void>;
}

/** A vault holding the links, folders and files an attacker would plant, beside a folder that must stay untouched. */
export async function makeHostileVault(extra: Record<string, string | Buffer> = {}): Promise<Hostile> {
  const root = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-attack-')));
  const vault = path.join(root, 'vault');
  const outside = path.join(root, 'outside');
  const cache = path.join(root, 'cache');
  const files: Record<string, string | Buffer> = {
    'EC2.md': '---\naliases: [Elastic Compute Cloud]\ntags: [aws]\n---\n# EC2\n\nAmazon EC2 runs instances from an [[AMI]]. See [[ELB]].\n',
    'AMI.md': '# AMI\n\nAn Amazon Machine Image (AMI) is the template of an [[EC2]] instance.\n',
    'redes/ELB.md': '# ELB\n\nEl balanceador reparte peticiones entre instancias [[EC2]]. #aws/redes\n',
    'tarjetas.md': '# Tarjetas\n\n#flashcards\n\n¿Qué es EC2?::Cómputo elástico\n',
    'img.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
    '.git/config': '[core]\n',
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.obsidian/app.json': '{}',
    ...extra,
  };
  for (const [id, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(vault, id)), { recursive: true });
    await fs.writeFile(path.join(vault, id), content);
  }
  await fs.mkdir(path.join(outside, 'folder'), { recursive: true });
  await fs.writeFile(path.join(outside, 'secret.md'), `# Secret\n\n${CANARY}\n`);
  await fs.writeFile(path.join(outside, 'folder', 'inner.md'), `# Inner\n\n${CANARY}\n`);
  await fs.mkdir(cache);
  const link = (target: string, at: string): Promise<void> => fs.symlink(target, path.join(vault, at));
  await link(outside, 'linkdir');
  await link(path.join(outside, 'folder'), 'redes/linkroot');
  await link(path.join(outside, 'secret.md'), 'leak.md');
  await link(path.join(outside, 'missing.md'), 'dangling.md');
  await link(path.join(outside, 'no-such-folder'), 'ghostdir');
  await link('loop', 'loop');
  await link('.', 'selfloop');
  return { root, vault, outside, cache, cleanup: () => fs.rm(root, { recursive: true, force: true }) };
}

/** A deterministic generator (mulberry32), so a failing fuzz case can be replayed from its seed. */
export const seeded = mulberry32;

/**
 * What no answer may carry: the canary, an absolute path of the machine (the vault's, the outside
 * folder's, the repo's), or a stack trace.
 */
export function leaks(answer: Answer, hostile: Hostile): string[] {
  const found: string[] = [];
  if (answer.body.includes(CANARY)) found.push('canary');
  for (const p of [hostile.root, repo, os.homedir() === '/' ? null : os.homedir()]) if (p && answer.body.includes(p)) found.push(`path ${p}`);
  if (/\n\s+at \S+ \(|node:internal|\.ts:\d+:\d+/.test(answer.body)) found.push('stack');
  return found;
}
