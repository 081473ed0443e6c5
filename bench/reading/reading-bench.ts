/**
 * The reading and writing side in the real page (browser mode, Debian's Chromium): the long tasks that
 * follow a save in the AWS guide (issue 15: "blocks the page 1-6 s after each save"), the script time per
 * keystroke typing in a 5,000-line note, both for this checkout and for the baseline commit built beside it
 * (same run, same machine); and how long each hostile note of issue 17 takes to show, or to fail clearly.
 * `npm run bench -- --only reading`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { FLAGS } from '../graph/graph-bench';
import { hostileNotes } from './hostile-notes';
import { READING_BASELINE, builtBaseline } from './baseline';
import { TYPED, longNote, typingFigures, type TypingFigures } from './typing';
import { CATEGORIES, readTrace, tasksAfterSave } from './save-trace';

const repo = path.resolve(import.meta.dirname, '../..');
const AWS_GUIDE = path.resolve(repo, '..', 'shared', 'corpora', 'aws-ec2-user-guide');
const CHROMIUM = process.env.CAIRN_CHROMIUM ?? '/usr/bin/chromium';
/**
 * The notes saved, each with the sentence typed at its end. The sixth links a note that does not exist: the
 * graph gains a node (and its edge), which Cytoscape and the edge layer take in and place.
 */
const SAVES: { note: string; typed: (i: number) => string }[] = [
  ...['AMIs.md', 'AMIs.md', 'instance-types.md', 'AMIs.md', 'instance-types.md'].map((note) => ({ note, typed: (i: number) => ` Saved edit ${i} about Amazon EBS volumes.` })),
  { note: 'AMIs.md', typed: (i) => ` Saved edit ${i}: see [[Saved edit new note]] about Amazon EBS volumes.` },
];
/** `--trace 6` (or `3,6`, or `all`): those saves are traced, and each task over 20 ms after them broken down (save-trace.ts). */
const TRACE_ARG = process.argv.includes('--trace') ? (process.argv[process.argv.indexOf('--trace') + 1] ?? '') : '';
const traced = (save: number): boolean => TRACE_ARG === 'all' || TRACE_ARG.split(',').map(Number).includes(save);
/** A hostile note that takes longer than this to show counts as failed. */
export const HOSTILE_BOUND_MS = 10_000;

export interface SaveRun {
  /** Which build: `this checkout` or `baseline <commit>`. */
  checkout: string;
  /** Until the first layout of the 7.6k-node graph was done (the saves wait for it: see below). */
  layoutMs: number;
  /** `load`: the machine's 1-minute load average when the save's 6 s ended (2 cores shared with other sessions). */
  saves: { note: string; longTasksMs: number[]; longestMs: number; load: number }[];
}

export interface ReadingBench {
  /** Null when the AWS guide is not on this machine. */
  saves: SaveRun[] | null;
  typing: (TypingFigures & { checkout: string })[];
  /** Why the baseline was not run, if it was not. */
  baselineError?: string;
  hostile: { note: string; bytes: number; shownMs: number | null; outcome: 'rendered' | 'render-error' | 'plain-text' | 'timeout' | 'crash' }[];
}

interface Checkout {
  name: string;
  root: string;
}

async function serve(vault: string, root = repo): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'electron/server/main.ts'), '--vault', vault, '--port', '0'], {
    cwd: root,
    env: { ...process.env, INIT_CWD: root, CAIRN_CACHE_DIR: path.join(path.dirname(vault), 'cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /(http:\/\/[\w.-]+:\d+\/\?token=[\w-]+)/.exec(output);
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

/** What the page keeps in localStorage under `cairn:` (graph positions, community colours), to hand to the next checkout's page. */
type Stored = Record<string, string>;

/**
 * Long tasks (Long Tasks API) in the 6 s after each save of an edit at the end of a note. The saves start
 * once the graph's first layout is done: a person's vault opens on its kept positions, and a save made
 * while a layout still runs redraws the whole graph whatever the code does. The first checkout's page
 * lays the graph out; its positions are handed to the next one, so both save over the same picture.
 */
async function saveFreeze(checkout: Checkout, stored: Stored, log: (line: string) => void): Promise<{ run: SaveRun; stored: Stored }> {
  const vault = await tempVault(null, AWS_GUIDE);
  const { url, child } = await serve(vault, checkout.root);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript((kept: Stored) => {
      if (sessionStorage.getItem('bench-seeded') === null) {
        for (const [key, value] of Object.entries(kept)) localStorage.setItem(key, value);
        sessionStorage.setItem('bench-seeded', '1');
      }
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
      // Long animation frames name the scripts they ran, without a trace's cost: what a long task was (`--frames`).
      const f = window as unknown as { __frames: string[] };
      f.__frames = [];
      new PerformanceObserver((list) =>
        list.getEntries().forEach((entry) => {
          const e = entry as PerformanceEntry & { renderStart: number; styleAndLayoutStart: number; scripts: { invoker: string; sourceFunctionName: string; sourceURL: string; sourceCharPosition: number; duration: number; forcedStyleAndLayoutDuration: number }[] };
          if (e.duration <= 50) return;
          const scripts = e.scripts.map((s) => `${s.invoker}${s.sourceFunctionName ? ` ${s.sourceFunctionName}` : ''}@${s.sourceURL.split('/').pop()}:${s.sourceCharPosition} ${Math.round(s.duration)}${s.forcedStyleAndLayoutDuration > 1 ? ` (layout ${Math.round(s.forcedStyleAndLayoutDuration)})` : ''}`);
          const render = e.renderStart ? Math.round(e.startTime + e.duration - e.renderStart) : 0;
          f.__frames.push(`${Math.round(e.duration)} ms: ${scripts.join(', ') || 'no script'}; rendering ${render} ms (style and layout ${e.styleAndLayoutStart ? Math.round(e.startTime + e.duration - e.styleAndLayoutStart) : 0})`);
        }),
      ).observe({ type: 'long-animation-frame', buffered: false });
    }, stored);
    const opened = Date.now();
    await page.goto(url);
    await page.locator('[data-testid=graph-canvas][data-layout-state=done]').waitFor({ timeout: 900_000 });
    const layoutMs = Date.now() - opened;
    log(`reading: ${checkout.name}: graph laid out in ${(layoutMs / 1000).toFixed(1)} s`);
    const out: SaveRun['saves'] = [];
    for (const [i, { note, typed }] of SAVES.entries()) {
      await openNote(page, note);
      await page.waitForTimeout(4000);
      await page.getByTestId('note-edit').click();
      const editor = page.locator('[data-testid=note-editor] .cm-content');
      await editor.click();
      await page.keyboard.press('Control+End');
      // Started before the typing: the editor saves by itself a second after the last key (AUTOSAVE_MS).
      const cdp = traced(i + 1) ? await page.context().newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: CATEGORIES } });
        await page.waitForTimeout(1500);
      }
      await page.keyboard.type(typed(i));
      await page.evaluate(() => {
        (window as unknown as { __long: number[] }).__long = [];
        (window as unknown as { __frames: string[] }).__frames = [];
        performance.mark('save');
      });
      await page.keyboard.press('Control+s');
      await page.waitForTimeout(6000);
      const tasks = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
      if (process.argv.includes('--frames')) for (const frame of await page.evaluate(() => (window as unknown as { __frames: string[] }).__frames)) log(`reading: ${checkout.name}:   long frame ${frame}`);
      if (cdp) for (const line of tasksAfterSave(await readTrace(cdp), 20)) log(`reading: ${checkout.name}:   ${line}`);
      const load = Math.round(os.loadavg()[0]! * 10) / 10;
      out.push({ note, longTasksMs: tasks, longestMs: Math.max(0, ...tasks), load });
      log(`reading: ${checkout.name}: save ${i + 1} of ${note}: long tasks ${tasks.join(', ') || 'none'} (load ${load})`);
      await page.getByTestId('mode-reading').click();
    }
    const kept = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('cairn:')).map((k) => [k, localStorage.getItem(k) ?? ''])));
    return { run: { checkout: checkout.name, layoutMs, saves: out }, stored: kept };
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

/** Script time per keystroke typing in the middle of a 5,000-line note (see typing.ts), in a vault of its own. */
async function typing(checkout: Checkout, log: (line: string) => void): Promise<TypingFigures> {
  const vault = await tempVault({ 'Larga.md': longNote(), 'Otra nota.md': '# Otra nota\n' });
  const { url, child } = await serve(vault, checkout.root);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url);
    await openNote(page, 'Larga.md');
    await page.getByTestId('note-edit').click();
    await page.locator('[data-testid=note-editor] .cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('PageUp');
    const figures = await typingFigures(page, TYPED);
    log(`reading: ${checkout.name}: typing in a 5,000-line note, script per keystroke: median ${figures.medianMs} ms, p95 ${figures.p95Ms} ms, max ${figures.maxMs} ms`);
    return figures;
  } finally {
    await browser.close();
    await stop(child);
    await fs.rm(path.dirname(vault), { recursive: true, force: true });
  }
}

/** `savesOnly`: the AWS guide's saves alone (`node --import tsx bench/reading/reading-bench.ts --saves`). */
export async function runReadingBench(log: (line: string) => void = () => undefined, savesOnly = false): Promise<ReadingBench> {
  if (!existsSync(path.join(repo, 'out/renderer/index.html'))) throw new Error('Run `npm run build` first: the bench drives the built renderer.');
  log(`reading: building the baseline ${READING_BASELINE} (once, in .cache/)`);
  const base = builtBaseline(repo);
  const checkouts: Checkout[] = [...('dir' in base ? [{ name: `baseline ${READING_BASELINE}`, root: base.dir }] : []), { name: 'this checkout', root: repo }];
  if ('error' in base) log(`reading: baseline not run: ${base.error}`);
  let saves: SaveRun[] | null = null;
  if (existsSync(AWS_GUIDE)) {
    saves = [];
    let stored: Stored = {};
    for (const checkout of checkouts) {
      const done = await saveFreeze(checkout, stored, log);
      saves.push(done.run);
      stored = { ...done.stored, ...stored };
    }
  }
  if (savesOnly) return { saves, typing: [], ...('error' in base ? { baselineError: base.error } : {}), hostile: [] };
  const typed: ReadingBench['typing'] = [];
  for (const checkout of checkouts) typed.push({ checkout: checkout.name, ...(await typing(checkout, log)) });
  return { saves, typing: typed, ...('error' in base ? { baselineError: base.error } : {}), hostile: await hostile(log) };
}

export function readingTable(result: ReadingBench): string {
  const lines = ['| checkout | save (AWS guide) | long tasks after it (ms) | longest | blocked (sum) | load |', '|---|---|---|---|---|---|'];
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  for (const run of result.saves ?? []) {
    for (const s of run.saves) lines.push(`| ${run.checkout} | ${s.note} | ${s.longTasksMs.join(', ') || 'none'} | ${s.longestMs} | ${sum(s.longTasksMs)} | ${s.load} |`);
  }
  if (!result.saves) lines.push('| | (AWS guide not found) | | |');
  if (result.saves && result.saves.length > 0) {
    lines.push('', '| checkout | graph laid out in | saves with no task over 50 ms | longest task after a save | blocked in all (sum of the tasks) | target: none over 50 ms |', '|---|---|---|---|---|---|');
    for (const run of result.saves) {
      const longest = Math.max(0, ...run.saves.map((s) => s.longestMs));
      lines.push(`| ${run.checkout} | ${(run.layoutMs / 1000).toFixed(1)} s | ${run.saves.filter((s) => s.longestMs === 0).length} of ${run.saves.length} | ${longest} ms | ${sum(run.saves.flatMap((s) => s.longTasksMs))} ms | ${longest <= 50 ? '✓' : '✗'} |`);
    }
  }
  lines.push('', '| checkout | typing in a 5,000-line note: script per keystroke, median / p95 / max | keystrokes (reported over 16 ms) | target: median < 16 ms |', '|---|---|---|---|');
  for (const t of result.typing) lines.push(`| ${t.checkout} | ${t.medianMs} / ${t.p95Ms} / ${t.maxMs} ms | ${t.keystrokes} (${t.reported}) | ${t.medianMs < 16 ? '✓' : '✗'} |`);
  if (result.baselineError) lines.push('', `Baseline not run: ${result.baselineError}`);
  lines.push('', `| hostile note | size | shown in (ms, bound ${HOSTILE_BOUND_MS}) | outcome |`, '|---|---|---|---|');
  for (const h of result.hostile) lines.push(`| ${h.note} | ${(h.bytes / 1024).toFixed(0)} KB | ${h.shownMs ?? '—'} | ${h.outcome} |`);
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  runReadingBench((line) => console.error(line), process.argv.includes('--saves'))
    .then((result) => console.log(readingTable(result)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
