import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FlexSearchIndex } from '../../electron/core/search/flexsearch-index';
import { MiniSearchBaseline } from './minisearch-baseline';
import { rng, syntheticVault } from './synthetic';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..');

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

type Kind = 'one-word' | 'prefix' | 'phrase' | 'operator';
const KINDS: Kind[] = ['one-word', 'prefix', 'phrase', 'operator'];

interface Latency {
  p50: number;
  p95: number;
}

export interface EngineSpeed {
  buildMs: number;
  heapMB: number;
  upsertMs?: number;
  latency: Record<Kind, Latency>;
}

export interface SearchSpeedResult {
  sizes: { notes: number; cairn: EngineSpeed; minisearch: EngineSpeed }[];
}

function queriesFor(vocabulary: string[], docs: { sections: { text: string }[] }[], seed: number): Record<Kind, string[]> {
  const rand = rng(seed);
  const word = (lo: number, hi: number): string => vocabulary[lo + Math.floor(rand() * (hi - lo))] as string;
  const out: Record<Kind, string[]> = { 'one-word': [], prefix: [], phrase: [], operator: [] };
  for (let i = 0; i < 60; i++) {
    // Mix of common (top 200) and mid-frequency words, as people type both.
    out['one-word'].push(i % 2 ? word(5, 200) : word(200, 5000));
    const w = word(5, 3000);
    out.prefix.push(w.slice(0, Math.max(3, Math.ceil(w.length / 2))));
    const doc = docs[Math.floor(rand() * docs.length)];
    const text = doc?.sections[1]?.text ?? doc?.sections[0]?.text ?? '';
    const ws = text.split('\n')[1]?.split(/\s+/) ?? [];
    const at = Math.floor(rand() * Math.max(1, ws.length - 2));
    out.phrase.push(`"${(ws.slice(at, at + 2).join(' ') || 'instancia ec2').replace(/[."]/g, '')}"`);
    out.operator.push(`${word(5, 500)} tag:aws/compute -${word(5, 100)}`);
  }
  return out;
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

function measure(run: (q: string) => unknown, qs: string[]): Latency {
  for (const q of qs.slice(0, 10)) run(q);
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of qs) {
      const t0 = performance.now();
      run(q);
      times.push(performance.now() - t0);
    }
  }
  return { p50: pct(times, 50), p95: pct(times, 95) };
}

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

type Vault = ReturnType<typeof syntheticVault>;

/** Engines live only inside these functions, so the heap of one is gone before the other is built. */
function measureCairn(vault: Vault, qs: Record<Kind, string[]>): EngineSpeed {
  const h0 = heapUsed();
  const t0 = performance.now();
  const cairn = new FlexSearchIndex();
  for (const d of vault.docs) cairn.upsert(d);
  const buildMs = performance.now() - t0;
  cairn.search('warm'); // the prefix vocabulary is sorted lazily on first use
  const heapMB = (heapUsed() - h0) / 2 ** 20;
  const ups: number[] = [];
  const n = vault.docs.length;
  for (let i = 0; i < 50; i++) {
    const d = vault.docs[(i * 7919) % n];
    if (!d) continue;
    const t = performance.now();
    cairn.upsert({ ...d, sections: d.sections.map((s) => ({ ...s, text: `${s.text} editado${i}` })) });
    ups.push(performance.now() - t);
  }
  const latency = Object.fromEntries(KINDS.map((k) => [k, measure((q) => cairn.search(q, 20), qs[k])])) as Record<Kind, Latency>;
  return { buildMs, heapMB, upsertMs: pct(ups, 50), latency };
}

function measureMini(vault: Vault, qs: Record<Kind, string[]>): EngineSpeed {
  const h0 = heapUsed();
  const t0 = performance.now();
  const mini = new MiniSearchBaseline();
  mini.add(vault.docs);
  const buildMs = performance.now() - t0;
  const heapMB = (heapUsed() - h0) / 2 ** 20;
  const latency = Object.fromEntries(KINDS.map((k) => [k, measure((q) => mini.search(q, 20), qs[k])])) as Record<Kind, Latency>;
  return { buildMs, heapMB, latency };
}

export async function runSearchSpeed(sizes: number[] = [10000, 50000]): Promise<SearchSpeedResult> {
  const result: SearchSpeedResult = { sizes: [] };
  for (const n of sizes) {
    // The notes' text is input to both engines and not counted in either heap figure.
    const vault = syntheticVault(n);
    const qs = queriesFor(vault.vocabulary, vault.docs, n);
    const cairn = measureCairn(vault, qs);
    const minisearch = measureMini(vault, qs);
    result.sizes.push({ notes: n, cairn, minisearch });
  }
  return result;
}

export function speedTable(r: SearchSpeedResult): string {
  const f = (x: number): string => x.toFixed(2);
  const rows = ['| notes | engine | build s | heap MB | ' + KINDS.map((k) => `${k} p50/p95 ms`).join(' | ') + ' |', '| --- | --- | --- | --- | ' + KINDS.map(() => '---').join(' | ') + ' |'];
  for (const s of r.sizes) {
    for (const [name, e] of [['Cairn', s.cairn], ['MiniSearch', s.minisearch]] as const) {
      rows.push(`| ${s.notes} | ${name} | ${(e.buildMs / 1000).toFixed(1)} | ${e.heapMB.toFixed(0)} | ` + KINDS.map((k) => `${f(e.latency[k].p50)} / ${f(e.latency[k].p95)}`).join(' | ') + ' |');
    }
  }
  const ups = r.sizes.map((s) => `${s.notes}: ${s.cairn.upsertMs?.toFixed(2)} ms`).join(', ');
  return ['Search speed (synthetic vaults, ~300 words/note; Cairn latency includes snippets)', '', ...rows, '', `Cairn one-note upsert p50 — ${ups}`].join('\n');
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--sizes');
  const sizes = i > 0 ? (process.argv[i + 1] ?? '').split(',').map(Number).filter((n) => n > 0) : [10000, 50000];
  const r = await runSearchSpeed(sizes);
  console.log(speedTable(r));
  const out = join(ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'search-speed.json'), `${JSON.stringify(r, null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
