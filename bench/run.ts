/**
 * `npm run bench [-- --quick] [-- --sizes 1000,10000,50000] [-- --only index,search,graph,concepts,budget,files,reading,revision,mastery] [-- --budget-min 15] [-- --check] [-- --corpora seed,notes,aws,heldout,sealed]`
 * `--corpora sealed`: the sealed notes (bench/concepts/sealed/), scored only when named, at the end of a session.
 * `--check`: exit 1 when a bench that states a target misses it (the graph's pan and zoom at 10k, both densities).
 * Index figures (each in its own child process), then the search, graph and concepts benches where their files exist.
 * Everything lands in bench/results/*.json and bench/results/summary.md; the Markdown also goes to stdout.
 */
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { flag } from './index/args';
import { indexTable, measureVault, type IndexRow } from './index/suite';
import { cachedVault } from './vault/generate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'bench', 'results');
const AWS_GUIDE = path.resolve(root, '..', 'shared', 'corpora', 'aws-ec2-user-guide');

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const sizes = quick ? [1000] : (flag(args, '--sizes') ?? '1000,10000,50000').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
const only = new Set((flag(args, '--only') ?? 'index,search,graph,concepts,budget,files,reading,revision').split(','));
const started = Date.now();
const budgetMs = Number(flag(args, '--budget-min') ?? (quick ? 5 : 15)) * 60_000;
const log = (line: string): void => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${line}`);

interface Section {
  title: string;
  markdown: string;
}
const sections: Section[] = [];

async function writeJson(name: string, value: unknown): Promise<void> {
  await fs.mkdir(results, { recursive: true });
  await fs.writeFile(path.join(results, name), `${JSON.stringify(value, null, 2)}\n`);
}

/** Index sizes up to 10k first; the largest size runs last with whatever time the budget has left. */
async function indexBench(phase: 'small' | 'large', rows: IndexRow[]): Promise<void> {
  const big = (n: number): boolean => n > 10000;
  const deadline = started + budgetMs;
  if (phase === 'small' && existsSync(AWS_GUIDE)) {
    log('index: AWS EC2 user guide');
    rows.push(await measureVault('AWS EC2 guide', AWS_GUIDE, null, { deadline, runs: 3, updateSamples: 50, log }));
  }
  for (const n of sizes.filter((s) => (phase === 'large' ? big(s) : !big(s)))) {
    const vault = await cachedVault(n);
    log(`index: ${n} notes in ${vault.dir}${vault.generatedMs === null ? ' (cached)' : ` (generated in ${(vault.generatedMs / 1000).toFixed(1)} s)`}`);
    rows.push(await measureVault(`synthetic ${n}`, vault.dir, vault.stats, { deadline, runs: n <= 2000 ? 3 : 1, updateSamples: big(n) ? 20 : 50, log }));
  }
}

/** Loads a bench module by the function it exports, so the search and graph benches can name files freely. */
async function findExport(folder: string, name: string): Promise<Record<string, unknown> | null> {
  const dir = path.join(root, 'bench', folder);
  if (!existsSync(dir)) return null;
  for (const file of (await fs.readdir(dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort()) {
    const text = await fs.readFile(path.join(dir, file), 'utf8');
    if (!new RegExp(`export\\s+(async\\s+)?function\\s+${name}\\b`).test(text)) continue;
    return (await import(pathToFileURL(path.join(dir, file)).href)) as Record<string, unknown>;
  }
  return null;
}

/** A module's own table function if it has exactly one, else the JSON. */
function toMarkdown(module: Record<string, unknown>, result: unknown): string {
  const tables = Object.entries(module).filter(([key, value]) => /Table$/.test(key) && typeof value === 'function');
  if (tables.length === 1) return ((tables[0] as [string, (r: unknown) => string])[1])(result);
  return ['```json', JSON.stringify(result, null, 2), '```'].join('\n');
}

/** Misses of stated targets, for `--check`. */
const missed: string[] = [];

async function peerBench(folder: string, fn: string, title: string, jsonName: string, call: (f: (...a: unknown[]) => Promise<unknown>) => Promise<unknown>): Promise<void> {
  const module = await findExport(folder, fn);
  if (!module) {
    sections.push({ title, markdown: `Not run: no bench/${folder}/*.ts exports ${fn}().` });
    return;
  }
  const check = module.missedTargets as ((r: unknown) => string[]) | undefined;
  log(`${title}: running ${fn}`);
  const start = Date.now();
  try {
    const result = await call(module[fn] as (...a: unknown[]) => Promise<unknown>);
    await writeJson(jsonName, result);
    if (check) missed.push(...check(result).map((m) => `${title}: ${m}`));
    sections.push({ title, markdown: `${toMarkdown(module, result)}\n\n(${((Date.now() - start) / 1000).toFixed(0)} s)` });
  } catch (error) {
    sections.push({ title, markdown: `Failed: ${(error as Error).stack ?? String(error)}` });
    if (check) missed.push(`${title}: failed, ${(error as Error).message}`);
  }
}

async function main(): Promise<void> {
  const rows: IndexRow[] = [];
  if (only.has('index')) await indexBench('small', rows);
  if (only.has('search')) {
    await peerBench('search', 'runSearchQuality', 'Search quality', 'search-quality.json', (f) => f());
    await peerBench('search', 'runSearchSpeed', 'Search speed', 'search-speed.json', (f) => f(sizes.filter((n) => n >= 10000).length ? sizes.filter((n) => n >= 10000) : sizes));
  }
  if (only.has('graph')) await peerBench('graph', 'runGraphBench', 'Graph', 'graph.json', (f) => f(sizes, log));
  // `--corpora seed,heldout` scores only those (seed, notes, aws, heldout, sealed): a quick loop while working on one.
  // Without it every corpus but `sealed` is scored: the sealed notes are named only at the end of a session.
  if (only.has('concepts')) await peerBench('concepts', 'runConceptsBench', 'Concepts', 'concepts.json', (f) => f(log, flag(args, '--corpora')?.split(',')));
  // What each stage and rule file of concept extraction costs at 10k notes (~2 min).
  if (only.has('budget')) await peerBench('budget', 'runCpuBudget', 'CPU budget of concept extraction (10k notes)', 'cpu-budget.json', (f) => f(log));
  if (only.has('files')) await peerBench('files', 'runRenameBench', 'Rename with link rewriting', 'rename.json', (f) => f(sizes.filter((n) => n <= 10000)));
  if (only.has('reading')) await peerBench('reading', 'runReadingBench', 'Reading (saves in the AWS guide, hostile notes)', 'reading.json', (f) => f(log));
  // `review` is the same bench by the name of the feature.
  if (only.has('revision') || only.has('review')) await peerBench('revision', 'runRevisionBench', 'Revision', 'revision.json', (f) => f(log, quick ? { students: 4 } : {}));
  // Not in the default run (~4 min): `--only mastery`.
  if (only.has('mastery')) await peerBench('revision', 'runMasteryBench', 'Mastery and queues on a large vault', 'mastery.json', (f) => f(log, quick ? { notes: 600, rounds: 1 } : {}));
  if (only.has('index')) {
    await indexBench('large', rows);
    await writeJson('index.json', { machine: machine(), sizes, rows });
    sections.unshift({ title: 'Index', markdown: indexTable(rows) });
  }
  const m = machine();
  const summary = [
    '# Cairn benchmarks',
    '',
    `${new Date().toISOString()} · Node ${m.node} · ${m.cpus}× ${m.cpu} · ${m.memGB} GB · load ${m.loadAtStart.toFixed(1)} → ${m.loadAtEnd.toFixed(1)} · ${quick ? 'quick' : `sizes ${sizes.join(', ')}`} · ${((Date.now() - started) / 60_000).toFixed(1)} min`,
    '',
    ...sections.flatMap((s) => [`## ${s.title}`, '', s.markdown, '']),
  ].join('\n');
  await fs.mkdir(results, { recursive: true });
  await fs.writeFile(path.join(results, 'summary.md'), summary);
  process.stdout.write(summary);
  if (args.includes('--check') && missed.length) {
    console.error(`Targets missed:\n${missed.join('\n')}`);
    process.exitCode = 1;
  }
}

const loadAtStart = os.loadavg()[0] ?? 0;

/** The load average is printed because other work on a 2-core machine moves every figure. */
function machine(): { node: string; cpus: number; cpu: string; memGB: number; loadAtStart: number; loadAtEnd: number } {
  const cpus = os.cpus();
  return { node: process.version, cpus: cpus.length, cpu: cpus[0]?.model.trim() ?? 'unknown', memGB: Math.round(os.totalmem() / 2 ** 30), loadAtStart, loadAtEnd: os.loadavg()[0] ?? 0 };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
