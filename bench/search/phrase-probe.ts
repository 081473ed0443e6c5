import { FlexSearchIndex } from '../../electron/core/search/flexsearch-index';
import { cachedVault } from '../vault/generate';
import { queriesFor } from './speed-queries';
import { loadVaultDocs } from './vault-docs';

/** Per phrase query of the speed bench: best of 3 wall times and where it went (evaluate, rank, hits). */
const size = Number(process.argv[2] ?? '10000');
const vault = await cachedVault(size);
const docs = loadVaultDocs(vault.dir);
const qs = queriesFor(docs, size);
const index = new FlexSearchIndex();
for (const d of docs) index.upsert(d);
index.search('warm');
const pairs = (index as unknown as { pairs: { bytes: number } }).pairs;
console.log(`pair index ${(pairs.bytes / 2 ** 20).toFixed(1)} MB`);
const proto = FlexSearchIndex.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
const spent: Record<string, number> = {};
for (const name of ['evaluate', 'rankHits', 'hit']) {
  const orig = proto[name] as (...a: unknown[]) => unknown;
  proto[name] = function (this: unknown, ...a: unknown[]) {
    const t = performance.now();
    try {
      return orig.apply(this, a);
    } finally {
      spent[name] = (spent[name] ?? 0) + performance.now() - t;
    }
  };
}
for (const q of qs.phrase) index.search(q, 20);
const rows: [number, string, number, string][] = [];
for (const q of qs.phrase) {
  let best = Infinity;
  let hits = 0;
  let parts = '';
  for (let r = 0; r < 3; r++) {
    for (const k of Object.keys(spent)) spent[k] = 0;
    const s = performance.now();
    hits = index.search(q, 20).hits.length;
    const ms = performance.now() - s;
    if (ms < best) {
      best = ms;
      parts = Object.entries(spent).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ');
    }
  }
  rows.push([best, q, hits, parts]);
}
rows.sort((a, b) => b[0] - a[0]);
for (const [ms, q, h, p] of rows.slice(0, Number(process.argv[3] ?? 60))) console.log(ms.toFixed(2), h, q, '|', p);
