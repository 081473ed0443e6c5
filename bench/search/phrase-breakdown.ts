import { FlexSearchIndex } from '../../electron/core/search/flexsearch-index';
import { PairIndex } from '../../electron/core/search/pair-index';
import { cachedVault } from '../vault/generate';
import { queriesFor } from './speed-queries';
import { loadVaultDocs } from './vault-docs';

/**
 * Where the time of each phrase query of the speed bench goes, by step: parse, pair lookup, scoring the
 * words' postings, text checks, hits (counts, snippets). Best of 5 runs per query (per step, so steps need not add up; the shared cores make medians noisy); the
 * slowest listed, and each step summed over all queries.
 * Not for the README (the index alone, no session heap): `npx tsx bench/search/phrase-breakdown.ts 10000`.
 */
const size = Number(process.argv[2] ?? '10000');
const vault = await cachedVault(size);
const docs = loadVaultDocs(vault.dir);
const qs = queriesFor(docs, size);
const index = new FlexSearchIndex();
for (const d of docs) index.upsert(d);
const spent: Record<string, number> = {};
function wrap(proto: Record<string, unknown>, name: string, label = name): void {
  const orig = proto[name] as (...a: unknown[]) => unknown;
  proto[name] = function (this: unknown, ...a: unknown[]) {
    const t = performance.now();
    try {
      return orig.apply(this, a);
    } finally {
      spent[label] = (spent[label] ?? 0) + performance.now() - t;
    }
  };
}
const fp = FlexSearchIndex.prototype as unknown as Record<string, unknown>;
for (const n of ['evaluate', 'evalExact', 'hasPhrase', 'rankHits', 'hit', 'coverage']) wrap(fp, n);
wrap(PairIndex.prototype as unknown as Record<string, unknown>, 'intersect');
for (let r = 0; r < 2; r++) for (const q of qs.phrase) index.search(q, 20);
const names = ['total', 'evaluate', 'intersect', 'evalExact', 'rankHits', 'hasPhrase', 'hit', 'coverage'];
const rows: { q: string; hits: number; med: Record<string, number> }[] = [];
for (const q of qs.phrase) {
  const runs: Record<string, number>[] = [];
  let hits = 0;
  for (let r = 0; r < 5; r++) {
    for (const k of Object.keys(spent)) spent[k] = 0;
    const s = performance.now();
    hits = index.search(q, 20).hits.length;
    runs.push({ ...spent, total: performance.now() - s });
  }
  const med: Record<string, number> = {};
  for (const n of names) med[n] = (runs.map((x) => x[n] ?? 0).sort((a, b) => a - b)[0] as number);
  rows.push({ q, hits, med });
}
rows.sort((a, b) => (b.med.total as number) - (a.med.total as number));
const all = rows.map((r) => r.med.total as number).sort((a, b) => a - b);
console.log(`${size} notes, phrase best-of-5 per query: p50 ${all[Math.floor(all.length / 2)]?.toFixed(2)} p95 ${all[Math.floor(all.length * 0.95)]?.toFixed(2)} max ${all[all.length - 1]?.toFixed(2)} ms`);
const sums = names.map((n) => `${n} ${rows.reduce((t, r) => t + (r.med[n] as number), 0).toFixed(1)}`);
console.log(`summed over ${rows.length} queries (ms): ${sums.join(', ')}`);
console.log(names.join(' | '));
for (const r of rows.slice(0, Number(process.argv[3] ?? 12))) console.log(names.map((n) => (r.med[n] as number).toFixed(2)).join(' '), r.hits, r.q);
