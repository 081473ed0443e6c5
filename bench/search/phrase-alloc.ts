import { FlexSearchIndex } from '../../electron/core/search/flexsearch-index';
import { Highlighter } from '../../electron/core/search/highlight';
import { cachedVault } from '../vault/generate';
import { queriesFor } from './speed-queries';
import { loadVaultDocs } from './vault-docs';

/**
 * Bytes a phrase query allocates (garbage the session's GC then has to collect), by step. Run with a young
 * generation large enough that no scavenge happens in a step:
 *   node --min-semi-space-size=64 --max-semi-space-size=64 --import tsx bench/search/phrase-alloc.ts 10000
 */
const size = Number(process.argv[2] ?? '10000');
const docs = loadVaultDocs((await cachedVault(size)).dir);
const qs = queriesFor(docs, size).phrase;
const index = new FlexSearchIndex();
for (const d of docs) index.upsert(d);
for (const q of qs) index.search(q, 20);
const bytes: Record<string, number> = {};
let depth = 0;
function wrap(proto: Record<string, unknown>, name: string): void {
  const orig = proto[name] as (...a: unknown[]) => unknown;
  proto[name] = function (this: unknown, ...a: unknown[]) {
    if (depth > 0) return orig.apply(this, a);
    depth++;
    const h = process.memoryUsage().heapUsed;
    try {
      return orig.apply(this, a);
    } finally {
      bytes[name] = (bytes[name] ?? 0) + process.memoryUsage().heapUsed - h;
      depth--;
    }
  };
}
const fp = FlexSearchIndex.prototype as unknown as Record<string, unknown>;
for (const n of ['evaluate', 'hit', 'coverage', 'hasPhrase']) wrap(fp, n);
wrap(Highlighter.prototype as unknown as Record<string, unknown>, 'count');
const rounds = Number(process.argv[3] ?? '1');
const h0 = process.memoryUsage().heapUsed;
for (let r = 0; r < rounds; r++) for (const q of qs) index.search(q, 20);
const total = process.memoryUsage().heapUsed - h0;
const per = (b: number): string => `${(b / rounds / qs.length / 1024).toFixed(0)} KB`;
console.log(`${size} notes: per phrase query ${per(total)} allocated; ${Object.entries(bytes).map(([k, v]) => `${k} ${per(v)}`).join(', ')} (negative or low: a scavenge ran)`);
