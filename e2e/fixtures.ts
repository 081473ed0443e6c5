import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, _electron as electron, type Locator, type Page, type Response } from '@playwright/test';
import { findElectron } from '../scripts/electron-binary.mjs';

const repo = path.resolve(import.meta.dirname, '..');
const electronBinary = findElectron();

export interface Fixtures {
  /** Files of the temp vault; null copies the sample vault `notes/`. */
  vaultFiles: Record<string, string> | null;
  /** A fresh temp folder per test holding the vault. */
  vaultDir: string;
  /** The app, opened on the temp vault: browser mode or the Electron window, by project. */
  app: Page;
  /** Browser mode: the API methods the page called, in order, from its first load (Electron: none). */
  apiCalls: string[];
  /** Browser mode: the answers to those calls, in the order they came (Electron: none). */
  apiResponses: { method: string; response: Response }[];
}

export const test = base.extend<Fixtures>({
  vaultFiles: [null, { option: true }],

  vaultDir: async ({ vaultFiles }, use) => {
    const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-e2e-'));
    // The folder name is the vault name the app shows.
    const dir = path.join(parent, vaultFiles ? 'vault' : 'notes');
    await fs.mkdir(dir);
    if (vaultFiles) {
      for (const [id, content] of Object.entries(vaultFiles)) {
        await fs.mkdir(path.dirname(path.join(dir, id)), { recursive: true });
        await fs.writeFile(path.join(dir, id), content);
      }
    } else {
      await fs.cp(path.join(repo, 'notes'), dir, { recursive: true });
    }
    await use(dir);
    // The server may still be writing its index cache here as it stops: retried, not failed, on ENOTEMPTY.
    await fs.rm(parent, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  },

  // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  apiCalls: async ({}, use) => {
    await use([]);
  },

  // eslint-disable-next-line no-empty-pattern
  apiResponses: async ({}, use) => {
    await use([]);
  },

  app: async ({ vaultDir, page, apiCalls, apiResponses }, use, testInfo) => {
    if (testInfo.project.name === 'electron') {
      test.skip(!electronBinary.path, `No Electron binary on this machine (${electronBinary.why}); the browser project runs the same flows.`);
      const app = await electron.launch({ executablePath: electronBinary.path as string, args: [repo, '--vault', vaultDir] });
      const window = await app.firstWindow();
      await window.setViewportSize({ width: 1440, height: 900 });
      await use(window);
      await app.close();
      return;
    }
    const server = await startServer(vaultDir, cacheDirOf(vaultDir));
    page.on('request', (request) => {
      const method = /^\/api\/(\w+)$/.exec(new URL(request.url()).pathname)?.[1];
      if (method) apiCalls.push(method);
    });
    page.on('response', (response) => {
      const method = /^\/api\/(\w+)$/.exec(new URL(response.url()).pathname)?.[1];
      if (method) apiResponses.push({ method, response });
    });
    try {
      await page.goto(server.url);
      await use(page);
    } finally {
      server.process.kill('SIGTERM');
    }
  },
});

export const expect = test.expect;

/**
 * Presses a shortcut on the page until what it opens is visible. Once, at load 17 in CI, a first Ctrl+O
 * opened nothing and the same test passed on its retry; a second press is what a person would do.
 */
export async function pressUntilOpen(app: Page, keys: string, opened: Locator): Promise<void> {
  await expect(async () => {
    if (!(await opened.isVisible())) await app.locator('body').press(keys);
    await expect(opened).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 30_000 });
}

/** Each test's index cache, in its temp folder (beside the vault, not in it): gone with the test. */
export function cacheDirOf(vaultDir: string): string {
  return path.join(path.dirname(vaultDir), 'cache');
}

export interface Server {
  url: string;
  process: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
}

/** The browser-mode server on the vault, as `npm run serve` starts it. */
export async function startServer(vaultDir: string, cacheDir: string): Promise<Server> {
  if (!existsSync(path.join(repo, 'out/renderer/index.html'))) throw new Error('Run `npm run build` before the e2e suite (npm run test:e2e does).');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repo, 'electron/server/main.ts'), '--vault', vaultDir, '--port', '0'], {
    cwd: repo,
    env: { ...process.env, INIT_CWD: repo, CAIRN_CACHE_DIR: cacheDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = output.match(/(http:\/\/cairn-[0-9a-f]+\.localhost:\d+\/\?token=[\w-]+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return { url, process: child, output: () => output };
}

/** Stops it as Ctrl+C would (it writes its cache first) and waits until it has exited. */
export async function stopServer(server: Server): Promise<void> {
  if (server.process.exitCode !== null) return;
  const exited = new Promise((resolve) => server.process.once('exit', resolve));
  server.process.kill('SIGTERM');
  await exited;
}
