/**
 * The reading side in the real page (browser mode, Debian's Chromium): the long tasks that follow a save
 * in the AWS guide (issue 15: "blocks the page 1-6 s after each save"), and how long each hostile note of
 * issue 17 takes to show, or to fail clearly. `npm run bench -- --only reading`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { FLAGS } from '../graph/graph-bench';
import { hostileNotes } from './hostile-notes';

const repo = path.resolve(import.meta.dirname, '../..');
const AWS_GUIDE = path.resolve(repo, '..', 'shared', 'corpora', 'aws-ec2-user-guide');
const CHROMIUM = process.env.CAIRN_CHROMIUM ?? '/usr/bin/chromium';
const SAVES = 5;
/** A hostile note that takes longer than this to show counts as failed. */
export const HOSTILE_BOUND_MS = 10_000;

export interface ReadingBench {
  saves: { note: string; longTasksMs: number[]; longestMs: number }[] | null;
  hostile: { note: string; bytes: number; shownMs: number | null; outcome: 'rendered' | 'render-error' | 'plain-text' | 'timeout' | 'crash' }[];
}

async function serve(vault: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repo, 'electron/server/main.ts'), '--vault', vault, '--port', '0'], {
    cwd: repo,
    env: { ...process.env, INIT_CWD: repo, CAIRN_CACHE_DIR: path.join(path.dirname(vault), 'cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match?.[1] && /Indexed|Opened/.test(output)) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
  });
  return { url, child };
}

/** Stops the server as Ctrl+C does and waits: it writes its cache on the way out. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function tempVault(files: Record<string, string> | null, copyFrom?: string): Promise<string> {
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-reading-bench-'));
  const dir = path.join(parent, 'vault');
  if (copyFrom) await fs.cp(copyFrom, dir, { recursive: true });
  else await fs.mkdir(dir);
  for (const [id, text] of Object.entries(files ?? {})) await fs.writeFile(path.join(dir, id), text);
  return dir;
}

async function openNote(page: Page, id: string): Promise<void> {
  await page.locator(`[data-testid=file-item][data-note-id="${id}"]`).click();
  await page.getByTestId('note-title').filter({ hasText: id.replace(/\.md$/, '') }).waitFor();
}

/** Long tasks (Long Tasks API) in the 6 s after each save of an edit at the end of a note. */
async function saveFreeze(log: (line: string) => void): Promise<ReadingBench['saves']> {
  if (!existsSync(AWS_GUIDE)) return null;
  const vault = await tempVault(null, AWS_GUIDE);
  const { url, child } = await serve(vault);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    const out: NonNullable<ReadingBench['saves']> = [];
    for (const [i, note] of ['AMIs.md', 'AMIs.md', 'instance-types.md', 'AMIs.md', 'instance-types.md'].slice(0, SAVES).entries()) {
      await openNote(page, note);
      await page.waitForTimeout(4000);
      await page.getByTestId('note-edit').click();
      const editor = page.locator('[data-testid=note-editor] .cm-content');
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(` Saved edit ${i} about Amazon EBS volumes.`);
      await page.evaluate(() => ((window as unknown as { __long: number[] }).__long = []));
      await page.keyboard.press('Control+s');
      await page.waitForTimeout(6000);
      const tasks = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
      out.push({ note, longTasksMs: tasks, longestMs: Math.max(0, ...tasks) });
      log(`reading: save ${i + 1} of ${note}: long tasks ${tasks.join(', ') || 'none'}`);
      await page.getByTestId('mode-reading').click();
    }
    return out;
  } finally {
    await browser.close();
    await stop(child);
    await fs.rm(path.dirname(vault), { recursive: true, force: true });
  }
}

async function hostile(log: (line: string) => void): Promise<ReadingBench['hostile']> {
  const notes = hostileNotes();
  const vault = await tempVault({ ...notes, 'Plain.md': '# Plain\n\nok\n' });
  const { url, child } = await serve(vault);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const out: ReadingBench['hostile'] = [];
  try {
    for (const [id, text] of Object.entries(notes)) {
      // A fresh page per note: one that crashed the tab must not count against the next.
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      let crashed = false;
      page.on('crash', () => (crashed = true));
      await page.goto(url);
      await openNote(page, 'Plain.md');
      const started = Date.now();
      await page.locator(`[data-testid=file-item][data-note-id="${id}"]`).click();
      let outcome: ReadingBench['hostile'][number]['outcome'] = 'timeout';
      try {
        await page.waitForFunction(
          () => document.querySelector('[data-testid=note-title]')?.textContent !== 'Plain' && !!(document.querySelector('[data-testid=note-body]') || document.querySelector('[data-testid=render-error]') || document.querySelector('[data-testid=render-too-large]')),
          null,
          { timeout: HOSTILE_BOUND_MS },
        );
        outcome = (await page.getByTestId('render-error').count()) > 0 ? 'render-error' : (await page.getByTestId('render-too-large').count()) > 0 ? 'plain-text' : 'rendered';
      } catch {
        if (crashed) outcome = 'crash';
      }
      const shownMs = outcome === 'timeout' || outcome === 'crash' ? null : Date.now() - started;
      out.push({ note: id, bytes: Buffer.byteLength(text), shownMs, outcome });
      log(`reading: ${id}: ${outcome}${shownMs === null ? '' : ` in ${shownMs} ms`}`);
      await page.close().catch(() => undefined);
    }
    return out;
  } finally {
    await browser.close();
    await stop(child);
    await fs.rm(path.dirname(vault), { recursive: true, force: true });
  }
}

export async function runReadingBench(log: (line: string) => void = () => undefined): Promise<ReadingBench> {
  if (!existsSync(path.join(repo, 'out/renderer/index.html'))) throw new Error('Run `npm run build` first: the bench drives the built renderer.');
  return { saves: await saveFreeze(log), hostile: await hostile(log) };
}

export function readingTable(result: ReadingBench): string {
  const lines = ['| save (AWS guide) | long tasks after it (ms) | longest |', '|---|---|---|'];
  for (const s of result.saves ?? []) lines.push(`| ${s.note} | ${s.longTasksMs.join(', ') || 'none'} | ${s.longestMs} |`);
  if (!result.saves) lines.push('| (AWS guide not found) | | |');
  lines.push('', `| hostile note | size | shown in (ms, bound ${HOSTILE_BOUND_MS}) | outcome |`, '|---|---|---|---|');
  for (const h of result.hostile) lines.push(`| ${h.note} | ${(h.bytes / 1024).toFixed(0)} KB | ${h.shownMs ?? '—'} | ${h.outcome} |`);
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  runReadingBench((line) => console.error(line))
    .then((result) => console.log(readingTable(result)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
