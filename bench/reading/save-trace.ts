/**
 * What blocks the page after a save in the AWS guide, task by task: a Chromium trace (timeline events, the V8
 * sampler, stacks of the callbacks a task ran) around each save, and every main-thread task over `--over` ms
 * in the 6 s after it, with its longest trace events and the functions sampled in it. The Long Tasks API says
 * how long a task was; this says what it was.
 *
 *   node --import tsx bench/reading/save-trace.ts [--throttle 3] [--over 45] [--kept] [note.md[|typed text] ...]
 *
 * `--throttle N` slows the page's CPU N× (a 17 ms task shows as 50 ms at 3), to see the tasks a busy machine
 * would push over the bound. `--kept` reloads the page once laid out, so the saves run on kept positions, as in
 * the bench (whose second checkout opens on the first one's). Saves default to the bench's first three. Drives the built renderer (`npm run build`).
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type CDPSession } from '@playwright/test';
import { FLAGS } from '../graph/graph-bench';

const repo = path.resolve(import.meta.dirname, '../..');
const AWS_GUIDE = path.resolve(repo, '..', 'shared', 'corpora', 'aws-ec2-user-guide');
/** `--inclusive`: each long task's functions also with the time of what they called. */
const INCLUSIVE = process.argv.includes('--inclusive');
export const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'v8'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { startTime?: number; timeDeltas?: number[]; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] } } };
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber: number };
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

/** Each task over `overMs` after the `save` mark: its length, its longest events, and the functions sampled in it. */
export function tasksAfterSave(events: TraceEvent[], overMs: number): string[] {
  const mark = events.find((e) => e.name === 'save');
  if (!mark) return ['(no save mark in the trace)'];
  const { pid, tid } = mark;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const nodes = new Map<number, { label: string; parent?: number }>();
  const samples: { ts: number; id: number }[] = [];
  let ts = 0;
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile') ts = e.args?.data?.startTime ?? ts;
    if (e.name !== 'ProfileChunk') continue;
    const profile = e.args?.data?.cpuProfile;
    for (const n of profile?.nodes ?? []) nodes.set(n.id, { label: `${n.callFrame.functionName || '(anonymous)'}${n.callFrame.url ? `@${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}` : ''}`, parent: n.parent });
    const deltas = e.args?.data?.timeDeltas ?? [];
    (profile?.samples ?? []).forEach((id, i) => samples.push({ ts: (ts += deltas[i] ?? 0), id }));
  }
  const out: string[] = [];
  const ms = (us: number): string => (us / 1000).toFixed(1);
  for (const task of main.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > overMs * 1000 && e.ts >= mark.ts && e.ts < mark.ts + 6e6)) {
    const end = task.ts + task.dur!;
    const longest = new Map<string, number>();
    for (const e of main) if (e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) > 2000 && !e.name.startsWith('V8.GC_')) longest.set(e.name, Math.max(longest.get(e.name) ?? 0, e.dur!));
    const self = new Map<string, number>();
    const inTask = samples.filter((s) => s.ts >= task.ts && s.ts <= end);
    for (let i = 0; i + 1 < inTask.length; i++) {
      const label = nodes.get(inTask[i]!.id)?.label ?? '?';
      self.set(label, (self.get(label) ?? 0) + inTask[i + 1]!.ts - inTask[i]!.ts);
    }
    // Inclusive time: each function on a sample's stack, once per sample (who called what took the time).
    const total = new Map<string, number>();
    for (let i = 0; i + 1 < inTask.length; i++) {
      const seen = new Set<string>();
      for (let id: number | undefined = inTask[i]!.id; id !== undefined; id = nodes.get(id)?.parent) {
        const label = nodes.get(id)?.label ?? '?';
        if (seen.has(label)) continue;
        seen.add(label);
        total.set(label, (total.get(label) ?? 0) + inTask[i + 1]!.ts - inTask[i]!.ts);
      }
    }
    const top = (m: Map<string, number>, n: number): string => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ${ms(v)}`).join(' | ');
    out.push(`+${ms(task.ts - mark.ts)} ms: ${ms(task.dur!)} ms — ${top(longest, 6)}`, `    sampled (self): ${top(self, 8)}`);
    if (INCLUSIVE) out.push(`    sampled (with callees): ${top(total, 24)}`);
  }
  return out;
}

export async function readTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream! });
    text += chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream! });
  const raw = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(raw) ? raw : raw.traceEvents;
}

async function main(): Promise<void> {
  const throttle = option('--throttle', 1);
  const over = option('--over', 45);
  const args = process.argv.slice(2);
  const saves = args.filter((a, i) => !a.startsWith('--') && !['--throttle', '--over'].includes(args[i - 1] ?? ''));
  const wanted = (saves.length ? saves : ['AMIs.md', 'AMIs.md', 'instance-types.md']).map((s) => s.split('|') as [string, string?]);
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-save-trace-'));
  const vault = path.join(parent, 'vault');
  await fs.cp(AWS_GUIDE, vault, { recursive: true });
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(repo, 'electron/server/main.ts'), '--vault', vault, '--port', '0'], {
    cwd: repo,
    env: { ...process.env, INIT_CWD: repo, CAIRN_CACHE_DIR: path.join(parent, 'cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /(http:\/\/[\w.-]+:\d+\/\?token=[\w-]+)/.exec(output);
      if (match?.[1] && /Indexed|Opened/.test(output)) resolve(match[1]);
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
  });
  const browser = await chromium.launch({ executablePath: process.env.CAIRN_CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    await page.locator('[data-testid=graph-canvas][data-layout-state=done]').waitFor({ timeout: 900_000 });
    if (process.argv.includes('--kept')) {
      // As the bench's second checkout: the page opens again on the positions the first layout kept.
      await page.reload();
      await page.locator('[data-testid=graph-canvas][data-layout-state=done]').waitFor({ timeout: 900_000 });
    }
    const cdp = await page.context().newCDPSession(page);
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    for (const [i, [note, typed]] of wanted.entries()) {
      await page.locator(`[data-testid=file-item][data-note-id="${note}"]`).click();
      await page.getByTestId('note-title').filter({ hasText: note.replace(/\.md$/, '') }).waitFor();
      await page.waitForTimeout(4000);
      await page.getByTestId('note-edit').click();
      await page.locator('[data-testid=note-editor] .cm-content').click();
      await page.keyboard.press('Control+End');
      // Starting the trace is itself a long task: it is left out of what follows. It starts before the typing:
      // the editor saves by itself a second after the last key (AUTOSAVE_MS), before a Ctrl+S 1.5 s later.
      await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: CATEGORIES } });
      await page.waitForTimeout(1500);
      await page.keyboard.type(` ${typed ?? `Saved edit ${i} about Amazon EBS volumes.`}`);
      await page.evaluate(() => {
        (window as unknown as { __long: number[] }).__long = [];
        performance.mark('save');
      });
      await page.keyboard.press('Control+s');
      await page.waitForTimeout(6000);
      const events = await readTrace(cdp);
      const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
      console.log(`save ${i + 1} of ${note} (throttle ${throttle}×, load ${os.loadavg()[0]!.toFixed(1)}): long tasks ${long.join(', ') || 'none'}`);
      for (const line of tasksAfterSave(events, over)) console.log(`  ${line}`);
      await page.getByTestId('mode-reading').click();
    }
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await fs.rm(parent, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
