import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FlexSearchIndex } from '../../electron/core/search/flexsearch-index';
import type { SearchDoc } from '../../electron/core/search/types';
import { MiniSearchBaseline } from './minisearch-baseline';
import { loadVaultDocs } from './vault-docs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..');
const VAULTS = { notes: join(ROOT, 'notes'), aws: join(ROOT, '..', 'shared', 'corpora', 'aws-ec2-user-guide') } as const;
type VaultName = keyof typeof VAULTS;

interface QualityQuery {
  vault: VaultName;
  query: string;
  expected: string[];
}

export interface EngineQuality {
  mrr: number;
  recallAt5: number;
}

export interface SearchQualityResult {
  queries: number;
  cairn: EngineQuality;
  minisearch: EngineQuality;
  perQuery: { vault: VaultName; query: string; expected: string[]; cairn: string[]; minisearch: string[]; rrCairn: number; rrMini: number }[];
}

function reciprocalRank(got: string[], expected: string[]): number {
  const want = new Set(expected);
  const i = got.findIndex((id) => want.has(id));
  return i < 0 ? 0 : 1 / (i + 1);
}

function recallAt5(got: string[], expected: string[]): number {
  const top = new Set(got.slice(0, 5));
  const want = expected.slice(0, 5);
  return want.filter((id) => top.has(id)).length / want.length;
}

export async function runSearchQuality(): Promise<SearchQualityResult> {
  const queries = (JSON.parse(readFileSync(join(here, 'queries.json'), 'utf8')) as { queries: QualityQuery[] }).queries;
  const engines = new Map<VaultName, { cairn: FlexSearchIndex; mini: MiniSearchBaseline }>();
  for (const vault of Object.keys(VAULTS) as VaultName[]) {
    const docs: SearchDoc[] = loadVaultDocs(VAULTS[vault]);
    const cairn = new FlexSearchIndex();
    for (const d of docs) cairn.upsert(d);
    const mini = new MiniSearchBaseline();
    mini.add(docs);
    engines.set(vault, { cairn, mini });
  }
  const perQuery: SearchQualityResult['perQuery'] = [];
  const sum = { c: 0, m: 0, rc: 0, rm: 0 };
  for (const q of queries) {
    const e = engines.get(q.vault);
    if (!e) continue;
    const expected = q.expected.map((id) => id.normalize('NFC'));
    const res = e.cairn.search(q.query, 10);
    if (res.error) throw new Error(`query ${q.query}: ${res.error}`);
    const cairn = res.hits.map((h) => h.noteId);
    const minisearch = e.mini.search(q.query, 10);
    const rrCairn = reciprocalRank(cairn, expected);
    const rrMini = reciprocalRank(minisearch, expected);
    sum.c += rrCairn;
    sum.m += rrMini;
    sum.rc += recallAt5(cairn, expected);
    sum.rm += recallAt5(minisearch, expected);
    perQuery.push({ vault: q.vault, query: q.query, expected, cairn: cairn.slice(0, 5), minisearch: minisearch.slice(0, 5), rrCairn, rrMini });
  }
  const n = perQuery.length;
  return {
    queries: n,
    cairn: { mrr: sum.c / n, recallAt5: sum.rc / n },
    minisearch: { mrr: sum.m / n, recallAt5: sum.rm / n },
    perQuery,
  };
}

export function qualityTable(r: SearchQualityResult): string {
  const f = (x: number): string => x.toFixed(3);
  return [
    `Search quality (${r.queries} queries, notes/ + AWS EC2 guide)`,
    '',
    '| engine | MRR | recall@5 |',
    '| --- | --- | --- |',
    `| Cairn (FlexSearch) | ${f(r.cairn.mrr)} | ${f(r.cairn.recallAt5)} |`,
    `| MiniSearch (BM25) | ${f(r.minisearch.mrr)} | ${f(r.minisearch.recallAt5)} |`,
  ].join('\n');
}

async function main(): Promise<void> {
  const r = await runSearchQuality();
  if (process.argv.includes('--verbose')) {
    for (const q of r.perQuery) {
      if (q.rrCairn < 1 || q.rrMini < 1) console.log(`${q.rrCairn.toFixed(2)} ${q.rrMini.toFixed(2)}  [${q.vault}] ${q.query}\n   want ${q.expected.join(', ')}\n   cairn ${q.cairn.join(', ')}\n   mini  ${q.minisearch.join(', ')}`);
    }
  }
  console.log(qualityTable(r));
  const out = join(ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'search-quality.json'), `${JSON.stringify(r, null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
