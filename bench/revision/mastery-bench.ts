/**
 * Mastery and queues on a large vault: the generated vault of 2,400 notes with a month of reviews, as the
 * app asks for them (getMastery when it opens and after an edit, a concept + 2 hops deck, the daily queue).
 * `npm run bench -- --only mastery`. Two trees in the same run, each in its own process, alternating: the
 * baseline is this checkout's commit with `electron/core/review/` as it was at BASELINE_COMMIT (every
 * missing-link exercise confirmed against its note for each deck, every definition ranked, the credit fit
 * replayed per model over every tie), so the concept engine and the index are the same on both sides; and
 * this checkout. The machine is shared: compare within a run.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runChild } from '../child-run';
import { fileURLToPath } from 'node:url';
import { deckSteps } from '../../electron/core/review/deck';
import { indexDeckSource } from '../../electron/core/review/index-source';
import { Scheduler, type Schedule } from '../../electron/core/review/scheduler';
import { drain } from '../../electron/core/review/steps';
import { REVIEW_FILE, type LogEntry } from '../../electron/core/review/store';
import { CairnService } from '../../electron/core/service';
import { NodeVaultFs } from '../../electron/core/vault/node-vault-fs';
import { baselineTree } from '../baseline-tree';
import { cachedVault } from '../vault/generate';
import { RESULT_PREFIX, type MasteryRun, type Took } from './mastery-child';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
/** Main just before mastery stopped confirming every missing-link exercise: the revision code it had. */
export const BASELINE_COMMIT = 'aea311d';

/** This checkout's commit with the revision code of BASELINE_COMMIT (see bench/baseline-tree.ts). */
function baselineReview(): { dir: string } | { error: string } {
  const head = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD']).toString().trim();
  return baselineTree(root, {
    name: `mastery-review-${BASELINE_COMMIT}`,
    commit: head,
    paths: ['electron', 'package.json', 'tsconfig.json'],
    modules: 'link',
    prepare: (dir) => {
      rmSync(path.join(dir, 'electron/core/review'), { recursive: true, force: true });
      const tar = path.join(dir, 'review.tar');
      execFileSync('git', ['-C', root, 'archive', '--output', tar, BASELINE_COMMIT, 'electron/core/review']);
      execFileSync('tar', ['-xf', tar, '-C', dir]);
      rmSync(tar);
    },
  });
}

const DAY = 86_400_000;
const GRADES = ['good', 'again', 'good', 'easy', 'hard', 'good', 'good'] as const;

/**
 * A month of reviews written into the vault's review file: each day the due cards, then 20 new ones in the
 * deck's order, graded in a fixed pattern (Again one time in seven). Made with this checkout's deck; card
 * ids are the same in both checkouts.
 */
async function seedReviews(dir: string, days: number): Promise<number> {
  const service = new CairnService(await NodeVaultFs.open(dir), { host: 'test' });
  await service.start();
  const cards = drain(deckSteps(indexDeckSource(service.index))).cards;
  const scheduler = new Scheduler();
  const schedules: Record<string, Schedule> = {};
  const log: LogEntry[] = [];
  const start = Date.now() - days * DAY;
  let next = 0;
  for (let day = 0; day < days; day++) {
    let at = start + day * DAY;
    const due = cards.filter((c) => schedules[c.id] && new Date(schedules[c.id]!.due).getTime() <= at);
    for (const card of [...due, ...cards.slice(next, (next += 20))]) {
      at += 20_000;
      const grade = GRADES[log.length % GRADES.length]!;
      schedules[card.id] = scheduler.grade(schedules[card.id], grade, new Date(at));
      log.push({ card: card.id, grade, at: new Date(at).toISOString() });
    }
  }
  await fs.mkdir(path.join(dir, path.dirname(REVIEW_FILE)), { recursive: true });
  await fs.writeFile(path.join(dir, REVIEW_FILE), JSON.stringify({ version: 1, cards: schedules, log }));
  return log.length;
}

function child(src: string, vault: string): Promise<MasteryRun> {
  return runChild<MasteryRun>(path.join(here, 'mastery-child.ts'), ['--src', src, '--vault', vault], root, RESULT_PREFIX, 'mastery');
}

export interface MasteryResult {
  notes: number;
  reviews: number;
  baseline: string;
  /** One run per checkout per round, alternating. */
  before: MasteryRun[];
  after: MasteryRun[];
  load: [number, number];
}

export async function runMasteryBench(log: (line: string) => void = console.log, options: { notes?: number; rounds?: number } = {}): Promise<MasteryResult> {
  const notes = options.notes ?? 2400;
  const load0 = os.loadavg()[0] ?? 0;
  const generated = await cachedVault(notes);
  const vault = path.join(os.tmpdir(), 'cairn-bench', `mastery-${notes}`);
  await fs.rm(vault, { recursive: true, force: true });
  await fs.cp(generated.dir, vault, { recursive: true });
  const reviews = await seedReviews(vault, 30);
  log(`mastery: ${notes} notes, ${reviews} reviews seeded`);
  const baseline = baselineReview();
  if ('error' in baseline) throw new Error(`baseline ${BASELINE_COMMIT}: ${baseline.error}`);
  const before: MasteryRun[] = [];
  const after: MasteryRun[] = [];
  for (let round = 0; round < (options.rounds ?? 2); round++) {
    // Alternating, so a change in the machine's load falls on both.
    before.push(await child(baseline.dir, vault));
    log(`mastery: round ${round + 1} baseline done`);
    after.push(await child(root, vault));
    log(`mastery: round ${round + 1} this checkout done`);
  }
  await fs.rm(vault, { recursive: true, force: true });
  return { notes, reviews, baseline: BASELINE_COMMIT, before, after, load: [load0, os.loadavg()[0] ?? 0] };
}

const ROWS: [keyof MasteryRun, string][] = [
  ['masteryFirst', 'getMastery, first after the index'],
  ['masteryAfterEdit', 'getMastery after an edit (deck rebuilt)'],
  ['masteryCached', 'getMastery, deck unchanged'],
  ['queueFirst', 'first queue, concept + 2 hops (credit fit replayed)'],
  ['hopsAfterEdit', 'concept + 2 hops after an edit'],
  ['dailyAfterEdit', 'daily queue after an edit'],
  ['appQueueFirst', 'app: first queue (concept + 2 hops) after the warm-up'],
  ['appDaily', 'app: daily queue after it'],
];

const best = (runs: MasteryRun[], key: keyof MasteryRun): Took => {
  const xs = runs.map((r) => r[key] as Took);
  return { wall: Math.min(...xs.map((x) => x.wall)), cpu: Math.min(...xs.map((x) => x.cpu)) };
};
const ms = (t: Took): string => `${t.wall} / ${t.cpu}`;

export function masteryTable(r: MasteryResult): string {
  const lines = [
    `${r.notes} generated notes, ${r.reviews} reviews; ${r.before.length} alternating runs per checkout (best shown); load ${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)}. Milliseconds, wall / CPU.`,
    '',
    `| request | review code of ${r.baseline} | this checkout | faster (CPU) |`,
    '| --- | ---: | ---: | ---: |',
  ];
  for (const [key, label] of ROWS) {
    const [b, a] = [best(r.before, key), best(r.after, key)];
    lines.push(`| ${label} | ${ms(b)} | ${ms(a)} | ${(b.cpu / Math.max(1, a.cpu)).toFixed(1)}× |`);
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const result = await runMasteryBench(console.log, { rounds: Number(process.argv[2] ?? 2) });
  console.log(masteryTable(result));
  process.exit(0);
}
