/**
 * Concept quality, `npm run bench -- --only concepts`: the baseline extractor (commit 1714ddf) and the
 * checkout's, with its shipped glossary and without, on the seed note alone, the sample vault and the AWS EC2
 * guide, each scored against gold lists (see bench/README.md, "Concepts").
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RESULT_PREFIX } from '../index/args';
import { BASELINE_COMMIT, materialiseBaseline } from './baseline';
import { fold } from './fold';
import type { Dump } from './dump';
import { parseCardJudgements, parseConcepts, parseJudgements, parsePairs, parseRelations, readText, type GoldConcept, type GoldPair, type GoldRelation } from './gold';
import { conceptCards, conceptRecall, pairMerging, precisionByGold, precisionByJudgement, relationRecall, topByNotes, type CardResult, type JudgedPrecision, type PairResult, type Ratio, type RecallResult, type RelationResult } from './score';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const GOLD = path.join(here, 'gold');
/** Note sets scored like the seed, one note a folder: `heldout` (seen while tuning) and `sealed` (see below). */
const NOTE_SETS = { heldout: path.join(here, 'heldout'), sealed: path.join(here, 'sealed') } as const;
type NoteSet = keyof typeof NOTE_SETS;
const SHARED = path.resolve(root, '..', 'shared');
const TOP = 100;
/** Judged answers of the held-out notes' concept cards (bench/README.md, "Concept cards"). */
const CARDS_JUDGED = 'cards-judged.tsv';

type Extractor = 'baseline' | 'current' | 'current, no glossary';

interface Corpus {
  /** `heldout:<folder>` for a held-out note (bench/concepts/heldout/<folder>/), `sealed:<folder>` for a sealed one. */
  name: 'seed' | 'notes' | 'aws' | `${NoteSet}:${string}`;
  title: string;
  dir: string;
  /** How the table names the folder scored, when it is a temp one. */
  shownDir?: string;
  concepts: GoldConcept[];
  pairs: GoldPair[];
  relations: GoldRelation[];
  /** Precision by a judgement file (`judgedFile`, of the top `judgeTop` nodes by notes, or all); else against the gold list. */
  judged: Map<string, boolean> | null;
  judgedFile: string | null;
  judgeTop: number | null;
  /**
   * A held-out or sealed note's `judged.tsv`: nodes outside its gold list judged real or junk after a run. The
   * gold lists miss some real terms the notes name (`AES`, `TCP`), which the strict figure counts as junk.
   */
  noteJudged?: Map<string, boolean>;
  /** Whether the concept cards of its `must` concepts are scored (the held-out and sealed notes). */
  cards: boolean;
  targets: Targets;
}

interface Targets {
  must?: number;
  pairs?: number;
  relations?: number;
  nodesPerGold?: number;
  precision?: number;
}

export interface RunScore {
  extractor: Extractor;
  glossary: Dump['glossary'] | null;
  error: string | null;
  buildMs: number | null;
  conceptNodes: number;
  nodesPerGold: number;
  recall: RecallResult | null;
  pairs: PairResult | null;
  relations: RelationResult | null;
  /** Against the gold list (all nodes) or the judgement file (top 100 by notes). */
  precision: {
    method: string;
    value: number | null;
    judged: JudgedPrecision | null;
    byGold: (Ratio & { junk: string[] }) | null;
    /** A note's nodes judged by its gold list (real) and its judged.tsv; only where it has one. */
    goldAndJudged?: JudgedPrecision;
  } | null;
  /** Concept cards of the `must` concepts that are nodes, judged by gold/cards-judged.tsv; null where not scored. */
  cards: CardResult | null;
}

export interface CorpusScore {
  corpus: Corpus['name'];
  title: string;
  dir: string;
  goldConcepts: number;
  /** Gold rows marked `must`. */
  goldMust: number;
  targets: Targets;
  runs: RunScore[];
}

export interface ConceptsBenchResult {
  baseline: string;
  corpora: CorpusScore[];
  notRun: string[];
  seconds: number;
}

function judgements(file: string): Map<string, boolean> {
  const full = path.join(GOLD, file);
  return existsSync(full) ? parseJudgements(readText(full)) : new Map();
}

function loadCorpora(tmp: string, only: readonly string[] | undefined): { corpora: Corpus[]; notRun: string[] } {
  const ec2 = parseConcepts(readText(path.join(GOLD, 'ec2-concepts.tsv')));
  const ec2Pairs = parsePairs(readText(path.join(GOLD, 'ec2-concepts.pairs.tsv')));
  const ec2Relations = parseRelations(readText(path.join(GOLD, 'ec2-relations.tsv')));
  const seedNote = [path.join(SHARED, 'seed', 'ec2-study-notes.md'), path.join(root, 'notes', 'ec2-study-notes.md')].find((f) => existsSync(f)) as string;
  // The seed's folder holds the seed note and nothing else: a new user's first vault. It is a sibling of the
  // held-out notes' folders, not their parent (a vault is scanned recursively).
  const seedDir = path.join(tmp, 'seed');
  mkdirSync(seedDir, { recursive: true });
  copyFileSync(seedNote, path.join(seedDir, 'ec2-study-notes.md'));
  const corpora: Corpus[] = [
    { name: 'seed', title: 'Seed note alone', dir: seedDir, concepts: ec2, pairs: ec2Pairs, relations: ec2Relations, judged: null, judgedFile: null, judgeTop: null, cards: false, targets: { must: 0.9, pairs: 0.9, relations: 0.7, nodesPerGold: 2.5 } },
    { name: 'notes', title: 'Sample vault (notes/)', dir: path.join(root, 'notes'), concepts: ec2, pairs: ec2Pairs, relations: ec2Relations, judged: judgements('notes-judged.tsv'), judgedFile: 'notes-judged.tsv', judgeTop: null, cards: false, targets: {} },
  ];
  const notRun: string[] = [];
  corpora.push(...noteCorpora(tmp, 'heldout'));
  if (only?.includes('sealed')) {
    const sealed = noteCorpora(tmp, 'sealed');
    if (!sealed.length) notRun.push('sealed notes: none in bench/concepts/sealed/ yet');
    corpora.push(...sealed);
  }
  const aws = path.join(SHARED, 'corpora', 'aws-ec2-user-guide');
  const awsGold = path.join(GOLD, 'aws-concepts.tsv');
  if (!existsSync(aws)) notRun.push(`AWS EC2 guide: ${aws} is not here`);
  else if (!existsSync(awsGold)) notRun.push('AWS EC2 guide: no gold list yet');
  else {
    const pairsFile = path.join(GOLD, 'aws-concepts.pairs.tsv');
    corpora.push({
      name: 'aws',
      title: 'AWS EC2 user guide',
      dir: aws,
      concepts: parseConcepts(readText(awsGold)),
      pairs: existsSync(pairsFile) ? parsePairs(readText(pairsFile)) : [],
      relations: [],
      judged: judgements('aws-judged.tsv'),
      judgedFile: 'aws-judged.tsv',
      judgeTop: TOP,
      cards: false,
      targets: { must: 0.85, precision: 0.8 },
    });
  }
  return { corpora, notRun };
}

/**
 * The held-out notes: study notes by other students, in styles unlike the seed, each with gold lists written
 * before the extractor ran on it. Each note is scored alone in its own temp folder, as the seed is, with the
 * seed's targets: unseen notes are to be scored the same way. The sealed notes are loaded the same way, but
 * only when `--corpora` names them: whoever tunes the extractor never sees their scores, so they stay an
 * honest estimate until the end of a session (sealed/README.md).
 */
export function noteCorpora(tmp: string, set: NoteSet, setsDir: string | null = null): Corpus[] {
  const setDir = setsDir === null ? NOTE_SETS[set] : path.join(setsDir, set);
  if (!existsSync(setDir)) return [];
  const out: Corpus[] = [];
  for (const folder of readdirSync(setDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const src = path.join(setDir, folder);
    const notes = readdirSync(src).filter((f) => f.endsWith('.md'));
    if (!notes.length || !existsSync(path.join(src, 'concepts.tsv'))) continue;
    const dir = path.join(tmp, set, folder);
    mkdirSync(dir, { recursive: true });
    for (const note of notes) copyFileSync(path.join(src, note), path.join(dir, note));
    const optional = (file: string): string | null => (existsSync(path.join(src, file)) ? readText(path.join(src, file)) : null);
    const pairs = optional('pairs.tsv');
    const relations = optional('relations.tsv');
    const judgedTsv = optional('judged.tsv');
    out.push({
      name: `${set}:${folder}`,
      title: `${set === 'sealed' ? 'Sealed' : 'Held-out'} note: ${folder}`,
      dir,
      shownDir: `(temp folder holding only ${set}/${folder}/${notes.join(', ')})`,
      concepts: parseConcepts(readText(path.join(src, 'concepts.tsv'))),
      pairs: pairs ? parsePairs(pairs) : [],
      relations: relations ? parseRelations(relations) : [],
      judged: null,
      judgedFile: null,
      judgeTop: null,
      ...(judgedTsv ? { noteJudged: parseJudgements(judgedTsv) } : {}),
      cards: true,
      targets: { must: 0.9, pairs: 0.9, relations: 0.7, nodesPerGold: 2.5 },
    });
  }
  return out;
}

export function runDump(src: string, dir: string, glossaryOff: boolean, evidence: boolean, cards = false): Promise<Dump> {
  return runDumpScript<Dump>(['--src', src, '--dir', dir, ...(glossaryOff ? ['--glossary', 'none'] : []), ...(evidence ? ['--evidence'] : []), ...(cards ? ['--cards'] : [])]);
}

/** Whether the checkout's CLI knows `--glossary none`; without it the "no glossary" run would repeat the default one. */
export async function knowsGlossaryFlag(src: string): Promise<boolean> {
  return (await runDumpScript<{ glossaryFlag: boolean }>(['--src', src, '--probe-glossary'])).glossaryFlag;
}

function runDumpScript<T>(scriptArgs: string[]): Promise<T> {
  const args = ['--import', 'tsx', path.join(here, 'dump.ts'), ...scriptArgs];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    // The AWS guide takes ~40 s on a quiet machine; on two cores shared by many processes it took over 3 minutes.
    const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      if (code === 0 && line) resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as T);
      else reject(new Error(`dump exited ${code ?? signal}: ${err.trim().split('\n').slice(-4).join(' | ')}`));
    });
  });
}

export function scoreDump(corpus: Corpus, extractor: Extractor, dump: Dump, judgedCards: ReadonlyMap<string, boolean> = new Map()): RunScore {
  const nodes = dump.conceptNodes;
  const gold = corpus.concepts;
  const judged = corpus.judged ? precisionByJudgement(corpus.judgeTop === null ? nodes : topByNotes(nodes, corpus.judgeTop), corpus.judged) : null;
  const byGold = corpus.judged ? null : precisionByGold(gold, nodes);
  const goldAndJudged = corpus.noteJudged ? precisionByJudgement(nodes, goldOverJudged(gold, corpus.noteJudged)) : null;
  return {
    extractor,
    glossary: dump.glossary,
    error: null,
    buildMs: Math.round(dump.buildMs),
    conceptNodes: nodes.length,
    nodesPerGold: nodes.length / gold.length,
    recall: conceptRecall(gold, nodes),
    pairs: corpus.pairs.length ? pairMerging(corpus.pairs, nodes) : null,
    relations: corpus.relations.length ? relationRecall(corpus.relations, gold, nodes, dump.edges) : null,
    precision: judged
      ? { method: corpus.judgeTop === null ? `judged, all nodes, by gold/${corpus.judgedFile}` : `judged, top ${corpus.judgeTop} by notes, by gold/${corpus.judgedFile}`, value: judged.precision, judged, byGold: null }
      : { method: 'vs gold list, all nodes', value: byGold && byGold.total ? byGold.hit / byGold.total : null, judged: null, byGold, ...(goldAndJudged ? { goldAndJudged } : {}) },
    cards: corpus.cards && dump.cards ? conceptCards(gold, nodes, dump.cards, judgedCards) : null,
  };
}

/** A gold list's names are real; the other judged names keep their verdict. */
function goldOverJudged(gold: readonly GoldConcept[], judged: ReadonlyMap<string, boolean>): Map<string, boolean> {
  const out = new Map(judged);
  for (const c of gold) for (const name of [c.canonical, ...c.aliases]) out.set(fold(name), true);
  return out;
}

/** Runs up to `width` jobs at once: two cores are shared, and each job is one Node process. */
async function pool<T>(jobs: (() => Promise<T>)[], width: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, jobs.length) }, async () => {
      while (next < jobs.length) {
        const i = next++;
        out[i] = await (jobs[i] as () => Promise<T>)();
      }
    }),
  );
  return out;
}

/** `heldout` picks every held-out note, `sealed` every sealed one; other names pick the corpus of that name. No list picks all but the sealed notes. */
export const picked = (name: string, only: readonly string[] | undefined): boolean => {
  const set = /^(heldout|sealed):/.exec(name)?.[1] ?? name;
  return only ? only.includes(set) : set !== 'sealed';
};

export async function runConceptsBench(log: (line: string) => void = (l) => console.error(l), only?: readonly string[]): Promise<ConceptsBenchResult> {
  const started = Date.now();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cairn-concepts-seed-'));
  try {
    const loaded = loadCorpora(tmp, only);
    const judgedCards = existsSync(path.join(GOLD, CARDS_JUDGED)) ? parseCardJudgements(readText(path.join(GOLD, CARDS_JUDGED))) : new Map<string, boolean>();
    const corpora = loaded.corpora.filter((c) => picked(c.name, only));
    const notRun = loaded.notRun.filter((line) => !only || only.includes('aws') || !line.startsWith('AWS'));
    const baseline = materialiseBaseline(root);
    if ('error' in baseline) notRun.push(`baseline ${BASELINE_COMMIT}: ${baseline.error}`);
    const extractors: { name: Extractor; src: string; glossaryOff: boolean }[] = [
      ...('dir' in baseline ? [{ name: 'baseline' as const, src: baseline.dir, glossaryOff: false }] : []),
      { name: 'current', src: root, glossaryOff: false },
    ];
    if (await knowsGlossaryFlag(root)) extractors.push({ name: 'current, no glossary', src: root, glossaryOff: true });
    else notRun.push('current, no glossary: this checkout\'s CLI does not know `--glossary none` (no shipped glossary to turn off)');
    // The AWS guide's builds are the long ones: started first, the two processes end about together.
    const longestFirst = [...corpora].sort((x, y) => Number(y.name === 'aws') - Number(x.name === 'aws'));
    const jobs = longestFirst.flatMap((corpus) =>
      extractors.map((x) => async (): Promise<[Corpus, RunScore]> => {
        const t = Date.now();
        try {
          const dump = await runDump(x.src, corpus.dir, x.glossaryOff, corpus.relations.length > 0, corpus.cards);
          log(`concepts: ${corpus.name} × ${x.name}: ${dump.conceptNodes.length} concept nodes (${((Date.now() - t) / 1000).toFixed(1)} s)`);
          return [corpus, scoreDump(corpus, x.name, dump, judgedCards)];
        } catch (error) {
          log(`concepts: ${corpus.name} × ${x.name} failed: ${(error as Error).message}`);
          return [corpus, { extractor: x.name, glossary: null, error: (error as Error).message, buildMs: null, conceptNodes: 0, nodesPerGold: 0, recall: null, pairs: null, relations: null, precision: null, cards: null }];
        }
      }),
    );
    const scored = await pool(jobs, 2);
    return {
      baseline: BASELINE_COMMIT,
      corpora: corpora.map((c) => ({ corpus: c.name, title: c.title, dir: c.name === 'seed' ? '(temp folder holding only ec2-study-notes.md)' : (c.shownDir ?? path.relative(root, c.dir)), goldConcepts: c.concepts.length, goldMust: c.concepts.filter((g) => g.must).length, targets: c.targets, runs: scored.filter(([k]) => k === c).map(([, r]) => r) })),
      notRun,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const pct = (r: Ratio | null | undefined): string => (r && r.total ? `${Math.round((100 * r.hit) / r.total)}% (${r.hit}/${r.total})` : '–');
const share = (hit: number, total: number): Ratio => ({ hit, total });

interface Metric {
  name: string;
  target: string;
  value: (r: RunScore) => number | null;
  show: (r: RunScore) => string;
  /** Whether a run meets the target; absent where there is none. */
  meets?: (r: RunScore) => boolean | null;
}

function metrics(c: CorpusScore): Metric[] {
  const t = c.targets;
  const atLeast = (x: number | undefined): string => (x === undefined ? '' : `≥ ${Math.round(x * 100)}%`);
  const reaches = (x: number | undefined, value: (r: RunScore) => number | null): Metric['meets'] => (x === undefined ? undefined : (r) => (value(r) === null ? null : (value(r) as number) >= x));
  const ratio = (r: Ratio | null | undefined): number | null => (r && r.total ? r.hit / r.total : null);
  const rel = (r: RunScore, k: 'anyEdge' | 'withEvidence' | 'stated' | 'typed' | 'typedAsGold' | 'typedOrStated'): Ratio | null => (r.relations ? share(r.relations[k], r.relations.total) : null);
  const list: Metric[] = [
    { name: '`must` concepts found', target: atLeast(t.must), value: (r) => ratio(r.recall?.must), show: (r) => pct(r.recall?.must), meets: reaches(t.must, (r) => ratio(r.recall?.must)) },
    { name: 'all gold concepts found', target: '', value: (r) => ratio(r.recall?.all), show: (r) => pct(r.recall?.all) },
  ];
  if (c.runs.some((r) => r.pairs)) list.push({ name: 'pairs merged', target: atLeast(t.pairs), value: (r) => ratio(r.pairs), show: (r) => pct(r.pairs), meets: reaches(t.pairs, (r) => ratio(r.pairs)) });
  if (c.runs.some((r) => r.relations)) {
    list.push(
      { name: 'relations: typed, or a sentence naming both', target: atLeast(t.relations), value: (r) => ratio(rel(r, 'typedOrStated')), show: (r) => pct(rel(r, 'typedOrStated')), meets: reaches(t.relations, (r) => ratio(rel(r, 'typedOrStated'))) },
      { name: 'relations: typed', target: '', value: (r) => ratio(rel(r, 'typed')), show: (r) => pct(rel(r, 'typed')) },
      { name: 'relations: typed with the gold list\'s name', target: '', value: (r) => ratio(rel(r, 'typedAsGold')), show: (r) => pct(rel(r, 'typedAsGold')) },
      { name: 'relations: typed as the gold text reads (of typed, readable rows)', target: '', value: (r) => ratio(typeRight(r)), show: (r) => pct(typeRight(r)) },
      { name: 'typed edges between gold concepts with a type a gold row contradicts', target: '', value: (r) => ratio(typeWrong(r)), show: (r) => showTypeWrong(r) },
      { name: 'relations: edge with any evidence', target: '', value: (r) => ratio(rel(r, 'withEvidence')), show: (r) => pct(rel(r, 'withEvidence')) },
      { name: 'relations: any edge', target: '', value: (r) => ratio(rel(r, 'anyEdge')), show: (r) => pct(rel(r, 'anyEdge')) },
    );
  }
  list.push({
    name: 'concept nodes (× gold list)',
    target: t.nodesPerGold === undefined ? '' : `≤ ${t.nodesPerGold}×`,
    value: (r) => (r.error ? null : r.conceptNodes),
    show: (r) => (r.error ? '–' : `${r.conceptNodes} (${r.nodesPerGold.toFixed(1)}×)`),
    meets: t.nodesPerGold === undefined ? undefined : (r) => (r.error ? null : r.nodesPerGold <= (t.nodesPerGold as number)),
  });
  list.push({
    name: `precision (${c.runs.find((r) => r.precision)?.precision?.method ?? ''})`,
    target: atLeast(t.precision),
    value: (r) => r.precision?.value ?? null,
    meets: reaches(t.precision, (r) => r.precision?.value ?? null),
    show: (r) => {
      const p = r.precision;
      if (!p || p.value === null) return p?.judged ? `– (unjudged: ${p.judged.unjudged})` : '–';
      if (p.judged) return `${Math.round(p.value * 100)}% (${p.judged.real}/${p.judged.real + p.judged.junk}${p.judged.unjudged ? `, unjudged: ${p.judged.unjudged}` : ''})`;
      return pct(p.byGold);
    },
  });
  if (c.runs.some((r) => r.precision?.goldAndJudged)) {
    list.push({
      name: 'precision (gold list + judged.tsv)',
      target: '',
      value: (r) => r.precision?.goldAndJudged?.precision ?? null,
      show: (r) => showJudged(r.precision?.goldAndJudged),
    });
  }
  if (c.runs.some((r) => r.cards)) list.push(...cardMetrics());
  list.push({ name: 'ms for `cairn graph` (2 processes at once)', target: '', value: (r) => r.buildMs, show: (r) => (r.buildMs === null ? '–' : String(r.buildMs)) });
  return list;
}

const CARDS_COVERAGE = 'concept cards: `must` nodes with one';
const CARDS_RIGHT = `concept cards: answers right (judged, gold/${CARDS_JUDGED})`;

function showJudged(j: JudgedPrecision | undefined): string {
  if (!j || j.precision === null) return j ? `– (unjudged: ${j.unjudged})` : '–';
  return `${Math.round(j.precision * 100)}% (${j.real}/${j.real + j.junk}${j.unjudged ? `, unjudged: ${j.unjudged}` : ''})`;
}

/** "47% (7/15, unjudged: 2)": right of judged, the unjudged ones said, never counted. */
function showRight(right: number, wrong: number, unjudged: number): string {
  const left = unjudged ? `unjudged: ${unjudged}` : '';
  if (!(right + wrong)) return left ? `– (${left})` : '–';
  return `${Math.round((100 * right) / (right + wrong))}% (${right}/${right + wrong}${left ? `, ${left}` : ''})`;
}

function cardMetrics(): Metric[] {
  return [
    { name: CARDS_COVERAGE, target: '', value: (r) => (r.cards?.coverage.total ? r.cards.coverage.hit / r.cards.coverage.total : null), show: (r) => pct(r.cards?.coverage) },
    { name: CARDS_RIGHT, target: '', value: (r) => r.cards?.precision ?? null, show: (r) => (r.cards ? showRight(r.cards.right, r.cards.wrong, r.cards.unjudged) : '–') },
  ];
}

/** Typed gold rows whose type is right, of those whose gold text has a reading (relation-types.ts). */
const typeRight = (r: RunScore): Ratio | null => (r.relations ? { hit: r.relations.typeAgrees, total: r.relations.typeJudged } : null);
/** Typed edges between two gold concepts whose type a readable gold row of the pair contradicts, of all typed edges between gold concepts. */
const typeWrong = (r: RunScore): Ratio | null => (r.relations ? { hit: r.relations.goldTypedWrong, total: r.relations.goldTypedEdges } : null);
const showTypeWrong = (r: RunScore): string => (r.relations?.goldTypedEdges ? `${pct(typeWrong(r))}; ${r.relations.goldTypedJudged} with a readable row` : '–');

const sum = (ratios: (Ratio | null | undefined)[]): Ratio => ratios.reduce<Ratio>((acc, r) => ({ hit: acc.hit + (r?.hit ?? 0), total: acc.total + (r?.total ?? 0) }), { hit: 0, total: 0 });

/** A set's notes together: each note's figures summed over the notes (every note scored alone). */
function togetherTable(result: ConceptsBenchResult, set: NoteSet): string[] {
  const held = result.corpora.filter((c) => c.corpus.startsWith(`${set}:`));
  if (!held.length) return [];
  const names = [...new Set(held.flatMap((c) => c.runs.map((r) => r.extractor)))];
  const runsOf = (x: Extractor): RunScore[] => held.flatMap((c) => c.runs.filter((r) => r.extractor === x && !r.error));
  const rel = (r: RunScore): Ratio | null => (r.relations ? { hit: r.relations.typedOrStated, total: r.relations.total } : null);
  const gold = held.reduce((n, c) => n + c.goldConcepts, 0);
  const rows: [string, string, (runs: RunScore[]) => string][] = [
    ['`must` concepts found', '≥ 90%', (runs) => pct(sum(runs.map((r) => r.recall?.must)))],
    ['all gold concepts found', '', (runs) => pct(sum(runs.map((r) => r.recall?.all)))],
    ['pairs merged', '≥ 90%', (runs) => pct(sum(runs.map((r) => r.pairs)))],
    ['relations: typed, or a sentence naming both', '≥ 70%', (runs) => pct(sum(runs.map(rel)))],
    ['relations: typed as the gold text reads (of typed, readable rows)', '', (runs) => pct(sum(runs.map(typeRight)))],
    ['typed edges between gold concepts with a type a gold row contradicts', '', (runs) => (runs.some((r) => r.relations?.goldTypedEdges) ? `${pct(sum(runs.map(typeWrong)))}; ${runs.reduce((n, r) => n + (r.relations?.goldTypedJudged ?? 0), 0)} with a readable row` : '–')],
    ['concept nodes (× gold lists)', '≤ 2.5× each', (runs) => { const n = runs.reduce((k, r) => k + r.conceptNodes, 0); return `${n} (${(n / gold).toFixed(1)}×)`; }],
    ['precision (vs gold lists, all nodes)', '', (runs) => pct(sum(runs.map((r) => r.precision?.byGold)))],
    ['precision (gold lists + judged.tsv; notes with one)', '', (runs) => {
      const js = runs.flatMap((r) => (r.precision?.goldAndJudged ? [r.precision.goldAndJudged] : []));
      const n = (k: 'real' | 'junk' | 'unjudged'): number => js.reduce((t, j) => t + j[k], 0);
      return js.length ? showJudged({ real: n('real'), junk: n('junk'), unjudged: n('unjudged'), precision: n('real') + n('junk') ? n('real') / (n('real') + n('junk')) : null, junkTerms: [], unjudgedTerms: [] }) : '–';
    }],
    [CARDS_COVERAGE, '', (runs) => pct(sum(runs.map((r) => r.cards?.coverage)))],
    [CARDS_RIGHT, '', (runs) => { const n = (k: 'right' | 'wrong' | 'unjudged'): number => runs.reduce((t, r) => t + (r.cards?.[k] ?? 0), 0); return runs.some((r) => r.cards) ? showRight(n('right'), n('wrong'), n('unjudged')) : '–'; }],
    ['notes meeting every seed target', '', (runs) => `${runs.filter((r) => { const c = held.find((h) => h.runs.includes(r)); return c ? metrics(c).every((m) => m.meets?.(r) !== false) : false; }).length}/${held.length}`],
  ];
  return [
    `### ${set === 'sealed' ? 'Sealed' : 'Held-out'} notes, together (${held.length} notes, each alone in a temp folder; ${gold} gold concepts, ${held.reduce((n, c) => n + c.goldMust, 0)} \`must\`)`,
    '',
    `| what | target | ${names.map((x) => (x === 'baseline' ? `baseline ${result.baseline}` : x)).join(' | ')} |`,
    `| --- | --- | ${names.map(() => '---').join(' | ')} |`,
    ...rows.map(([what, target, show]) => `| ${what} | ${target} | ${names.map((x) => show(runsOf(x))).join(' | ')} |`),
    '',
  ];
}

export function conceptsTable(result: ConceptsBenchResult): string {
  const out: string[] = [];
  for (const c of result.corpora) {
    const base = c.runs.find((r) => r.extractor === 'baseline');
    const current = c.runs.find((r) => r.extractor === 'current');
    out.push(`### ${c.title}`, '', `${c.dir}; gold list: ${c.goldConcepts} concepts.`, '');
    out.push(`| what | target | ${c.runs.map((r) => (r.extractor === 'baseline' ? `baseline ${result.baseline}` : r.extractor)).join(' | ')} | current ÷ baseline |`);
    out.push(`| --- | --- | ${c.runs.map(() => '---').join(' | ')} | --- |`);
    for (const m of metrics(c)) {
      const b = base ? m.value(base) : null;
      const n = current ? m.value(current) : null;
      const times = b !== null && n !== null ? (b === 0 ? (n === 0 ? '=' : 'new') : `${(n / b).toFixed(2)}×`) : '–';
      const mark = (r: RunScore): string => ({ true: ' ✓', false: ' ✗', null: '' })[String(m.meets?.(r) ?? null) as 'true' | 'false' | 'null'];
      out.push(`| ${m.name} | ${m.target} | ${c.runs.map((r) => (r.error ? 'failed' : `${m.show(r)}${mark(r)}`)).join(' | ')} | ${times} |`);
    }
    out.push('');
    for (const r of c.runs) {
      if (r.error) out.push(`- ${r.extractor}: failed: ${r.error}`);
      if (r.error) continue;
      if (r.glossary === 'unsupported' && r.extractor !== 'baseline') {
        out.push(`- ${r.extractor}: this CLI does not know \`--glossary none\`; the run is the default one.`);
        continue;
      }
      const missed = r.recall?.missedMust ?? [];
      if (missed.length) out.push(`- ${r.extractor}, missed \`must\`: ${missed.join(', ')}`);
      const unstated = r.extractor === 'baseline' ? [] : (r.relations?.rows ?? []).filter((row) => row.found !== 'typed' && row.found !== 'stated');
      if (unstated.length) out.push(`- ${r.extractor}, relations neither typed nor stated: ${unstated.length > 12 ? `${unstated.length} (listed in concepts.json)` : unstated.map((row) => `${row.a} → ${row.b}`).join('; ')}`);
      const wrongTypes = r.extractor === 'current' ? (r.relations?.wrongTypes ?? []) : [];
      if (wrongTypes.length) out.push(`- ${r.extractor}, typed edges a gold row contradicts: ${wrongTypes.length > 8 ? `${wrongTypes.length} (\`relations.wrongTypes\` in concepts.json)` : wrongTypes.join('; ')}`);
      if (r.pairs?.notMerged.length) out.push(`- ${r.extractor}, pairs not merged: ${r.pairs.notMerged.join('; ')}`);
      const junk = r.precision?.byGold?.junk ?? [];
      if (junk.length && r.extractor === 'current') out.push(`- ${r.extractor}, nodes not in the gold list: ${junk.length > 30 ? `${junk.slice(0, 30).join(', ')} … (${junk.length})` : junk.join(', ')}`);
      if (r.cards?.wrongCards.length && r.extractor === 'current') out.push(`- ${r.extractor}, wrong concept cards: ${r.cards.wrongCards.map((w) => `${w.concept} → “${w.answer.length > 90 ? `${w.answer.slice(0, 89)}…` : w.answer}”`).join('; ')}`);
      if (r.cards?.noCard.length && r.extractor === 'current') out.push(`- ${r.extractor}, \`must\` nodes with no concept card: ${r.cards.noCard.join(', ')}`);
      if (r.cards?.unjudged) out.push(`- ${r.extractor}, concept cards unjudged: ${r.cards.unjudged} (\`cards.unjudgedCards\` in concepts.json; judge them in gold/${CARDS_JUDGED})`);
      const notJudged = r.precision?.goldAndJudged?.unjudgedTerms ?? [];
      if (notJudged.length && r.extractor === 'current') out.push(`- ${r.extractor}, nodes neither in the gold list nor in judged.tsv: ${notJudged.join(', ')}`);
      if (r.precision?.judged?.unjudged) out.push(`- ${r.extractor}, unjudged: ${r.precision.judged.unjudged} (\`unjudgedTerms\` in concepts.json; judge them in gold/, see bench/README.md)`);
    }
    out.push('');
  }
  out.push(...togetherTable(result, 'heldout'), ...togetherTable(result, 'sealed'));
  for (const line of result.notRun) out.push(`- Not run: ${line}`);
  out.push(`(${result.seconds.toFixed(0)} s in all)`);
  return out.join('\n');
}
