/**
 * Revision bench: simulated students whose true memory follows FSRS with hidden parameters study the
 * sample vault's cards for 60 days before an exam, scheduled by plain FSRS per card (Anki, Obsidian's
 * Spaced Repetition plugin) or by Cairn's graph scheduling, with the same time a day. Reported: reviews
 * done and recall on exam day, with no transfer between neighbours in the students' memory, and with
 * transfer 0.1 and 0.3.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDeck } from '../../electron/core/review/deck';
import { indexCards } from '../../electron/core/review/implicit';
import { indexDeckSource } from '../../electron/core/review/index-source';
import { DEFAULT_WEIGHTS, Scheduler } from '../../electron/core/review/scheduler';
import { CairnService } from '../../electron/core/service';
import { NodeVaultFs } from '../../electron/core/vault/node-vault-fs';
import { rng, simulate, type SimResult } from './simulate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RevisionRow {
  transfer: number;
  /** At the default retention (0.9). */
  fsrs: SimResult;
  cairn: SimResult;
  /** Reviews plain FSRS needs for Cairn's exam recall, read off its curve over retention targets. */
  fsrsAtSameRecall: number | null;
  /** 1 − cairn reviews / fsrsAtSameRecall: how many fewer reviews Cairn needs for the same exam recall. */
  fewerReviews: number | null;
  /** cairn − fsrs exam recall at the same retention target, in points (0–100). */
  recallDelta: number;
  curves: { retention: number; fsrs: SimResult; cairn?: SimResult }[];
}

export interface RevisionResult {
  cards: number;
  concepts: number;
  students: number;
  days: number;
  perDay: number;
  newPerDay: number;
  rows: RevisionRow[];
}

/** A student: FSRS's default parameters, each of the memory ones moved by up to ±25 %. */
function student(seed: number): { weights: number[]; random: () => number } {
  const random = rng(seed);
  const weights = DEFAULT_WEIGHTS.map((w, i) => ([0, 1, 2, 3, 8, 9, 10, 11].includes(i) ? w * (0.75 + 0.5 * random()) : w));
  return { weights, random };
}

/** Plain FSRS's retention targets: its reviews against exam recall, to read off what the same recall costs it. */
const RETENTIONS = [0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

/**
 * Plain FSRS's cost curve, made monotone: a higher retention target cannot lower exam recall in expectation,
 * so where the students' luck says otherwise the neighbouring targets are pooled (pool-adjacent-violators).
 */
export function monotoneCurve(points: readonly SimResult[]): { reviews: number; examRecall: number }[] {
  const blocks: { reviews: number; examRecall: number; n: number }[] = [];
  for (const p of points) {
    blocks.push({ reviews: p.reviews, examRecall: p.examRecall, n: 1 });
    while (blocks.length > 1 && blocks.at(-2)!.examRecall >= blocks.at(-1)!.examRecall) {
      const b = blocks.pop()!;
      const a = blocks.pop()!;
      const n = a.n + b.n;
      blocks.push({ reviews: (a.reviews * a.n + b.reviews * b.n) / n, examRecall: (a.examRecall * a.n + b.examRecall * b.n) / n, n });
    }
  }
  return blocks;
}

/** Reviews plain FSRS needs to reach `recall` on exam day: linear between the two points of its curve around it. */
function reviewsFor(recall: number, points: SimResult[]): number | null {
  const curve = monotoneCurve(points);
  for (let i = 1; i < curve.length; i++) {
    const [a, b] = [curve[i - 1]!, curve[i]!];
    if (recall >= a.examRecall && recall <= b.examRecall) return a.reviews + ((recall - a.examRecall) / (b.examRecall - a.examRecall)) * (b.reviews - a.reviews);
  }
  return null;
}

const mean = (rows: SimResult[]): SimResult => ({
  reviews: rows.reduce((n, r) => n + r.reviews, 0) / rows.length,
  implicit: rows.reduce((n, r) => n + r.implicit, 0) / rows.length,
  rate: rows.reduce((n, r) => n + r.rate, 0) / rows.length,
  gamma: rows.reduce((n, r) => n + r.gamma, 0) / rows.length,
  written: rows.reduce((n, r) => n + r.written, 0) / rows.length,
  reps: rows.reduce((n, r) => n + r.reps, 0) / rows.length,
  pulled: rows.reduce((n, r) => n + r.pulled, 0) / rows.length,
  early: rows.reduce((n, r) => n + r.early, 0) / rows.length,
  examRecall: rows.reduce((n, r) => n + r.examRecall, 0) / rows.length,
});

export async function runRevisionBench(log: (line: string) => void = () => {}, options: { students?: number; days?: number } = {}): Promise<RevisionResult> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-revision-bench-'));
  try {
    await fs.cp(path.join(root, 'notes'), dir, { recursive: true });
    const service = new CairnService(await NodeVaultFs.open(dir), { host: 'cli' });
    await service.start();
    const built = buildDeck(indexDeckSource(service.index));
    // Missing-link exercises are answered yes or no, never scheduled.
    const deck = { ...built, cards: built.cards.filter((c) => c.kind !== 'missing-link') };
    const index = indexCards(deck.cards, deck.graph);
    const students = options.students ?? 24;
    const days = options.days ?? 60;
    const perDay = 60;
    const newPerDay = 10;
    const start = new Date('2026-01-05T00:00:00Z');
    const rows: RevisionRow[] = [];
    for (const transfer of [0, 0.1, 0.3]) {
      const curves: RevisionRow['curves'] = [];
      for (const retention of RETENTIONS) {
        const runs = { fsrs: [] as SimResult[], cairn: [] as SimResult[] };
        for (let s = 0; s < students; s++) {
          // Cairn is compared at the default target only; FSRS at every one.
          for (const policy of retention === 0.9 ? (['fsrs', 'cairn'] as const) : (['fsrs'] as const)) {
            // The same student (parameters and luck) under both policies.
            const { weights, random } = student(1000 + s);
            const memory = new Scheduler({ fuzz: false, weights });
            runs[policy].push(simulate({ cards: deck.cards, index, graph: deck.graph, days, perDay, newPerDay, transfer, policy, student: { memory, random }, start, retention }));
          }
        }
        curves.push({ retention, fsrs: mean(runs.fsrs), ...(runs.cairn.length ? { cairn: mean(runs.cairn) } : {}) });
      }
      const at = curves.find((c) => c.retention === 0.9)! as Required<(typeof curves)[number]>;
      const same = reviewsFor(at.cairn.examRecall, curves.map((c) => c.fsrs));
      rows.push({
        transfer,
        fsrs: at.fsrs,
        cairn: at.cairn,
        fsrsAtSameRecall: same,
        fewerReviews: same === null ? null : 1 - at.cairn.reviews / same,
        recallDelta: (at.cairn.examRecall - at.fsrs.examRecall) * 100,
        curves,
      });
      log(`revision: transfer ${transfer}: fsrs ${at.fsrs.reviews.toFixed(0)} reviews, recall ${(at.fsrs.examRecall * 100).toFixed(1)}; cairn ${at.cairn.reviews.toFixed(0)}, ${(at.cairn.examRecall * 100).toFixed(1)}; fsrs for the same recall ${same?.toFixed(0) ?? '—'}`);
    }
    const concepts = new Set(deck.cards.flatMap((c) => c.nodeIds)).size;
    return { cards: deck.cards.length, concepts, students, days, perDay, newPerDay, rows };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export function revisionTable(r: RevisionResult): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  return [
    `${r.students} simulated students, ${r.days} days before the exam, the sample vault's ${r.cards} cards about ${r.concepts} nodes; at most ${r.perDay} cards and ${r.newPerDay} new a day for both schedulers. Means over the students.`,
    '',
    '| transfer in memory | FSRS reviews | FSRS exam recall | Cairn reviews | of which hubs before due | Cairn exam recall | credit fitted: rate, by kind, written | FSRS reviews for Cairn’s recall | fewer reviews, same recall | target |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...r.rows.map((row) => {
      const goal = row.transfer === 0 ? -0.05 : 0.2;
      const met = row.fewerReviews !== null && row.fewerReviews >= goal;
      const c = row.cairn;
      return `| ${row.transfer} | ${row.fsrs.reviews.toFixed(0)} | ${pct(row.fsrs.examRecall)} | ${c.reviews.toFixed(0)} | ${c.early.toFixed(0)} | ${pct(c.examRecall)} | ${c.rate.toFixed(2)}, ${c.gamma.toFixed(2)}, ${c.written.toFixed(2)} | ${row.fsrsAtSameRecall?.toFixed(0) ?? 'out of range'} | ${row.fewerReviews === null ? '—' : pct(row.fewerReviews)} | ${met ? '✓' : '✗'} ${row.transfer === 0 ? '≥ −5%' : '≥ 20%'} |`;
    }),
    '',
    `Both schedulers aim at 90% retention; the FSRS column for the same recall is read off plain FSRS run at retention targets ${RETENTIONS.join(', ')} (made monotone where luck broke the order). The credit model is fitted by Cairn to each student's answers (means at exam day; before any evidence: rate 0.2, by kind 1, written 0): a neighbour's recall gives a card rate × strength^(by kind) of a review, times "written" for the person's own cards; strength is 1 for the same concept or a typed relation, 0.6 a link, 0.4 a mention, 0.2 a shared section.`,
  ].join('\n');
}
