/**
 * Reads every note of a vault with the concept extractor in this process and reports its CPU per note, or
 * dumps what it found, so two checkouts' extractors can be compared byte for byte:
 *
 *   node --import tsx bench/concepts/extract-identity.ts --dir VAULT [--code TREE] [--dump OUT.jsonl]
 *     [--rounds N] [--prof OUT.cpuprofile]
 *
 * `--code` is the root of the checkout whose `electron/core` is used (this one by default): run it once
 * against another worktree and once against this one, then `cmp` the two dumps. Notes are read and parsed
 * first, untimed; each round then extracts every note in id order, timing each one.
 */
import { promises as fs } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { flag } from '../index/args';

const args = process.argv.slice(2);
const dir = flag(args, '--dir');
if (!dir) throw new Error('--dir is required');
const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const code = path.resolve(flag(args, '--code') ?? here);
const dump = flag(args, '--dump');
const rounds = Number(flag(args, '--rounds') ?? '1');
const prof = flag(args, '--prof');

type Module = Record<string, (...a: never[]) => unknown>;
const load = async (rel: string): Promise<Module> => (await import(pathToFileURL(path.join(code, rel)).href)) as Module;
const { parseNote } = (await load('electron/core/markdown/parse.ts')) as unknown as { parseNote: (id: string, text: string) => unknown };
const { decodeNoteBytes } = (await load('electron/core/markdown/decode.ts')) as unknown as { decodeNoteBytes: (b: Buffer) => { text: string } };
const { extractCandidates } = (await load('electron/core/concepts/extract.ts')) as unknown as { extractCandidates: (n: unknown) => unknown };

async function files(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(path.join(root, rel), { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await files(root, p)));
    else if (e.name.endsWith('.md')) out.push(p);
  }
  return out;
}

const ids = (await files(dir)).sort();
const notes = await Promise.all(ids.map(async (id) => parseNote(id, decodeNoteBytes(await fs.readFile(path.join(dir, id))).text)));

const inspector = new Session();
if (prof) {
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.start');
}
const perNote: number[] = [];
let results: unknown[] = [];
/** CPU seconds of each round; the first pays for loading the lexicons and warming up. */
const roundCpu: number[] = [];
for (let r = 0; r < rounds; r++) {
  results = [];
  const cpu0 = process.cpuUsage();
  for (const note of notes) {
    const t = performance.now();
    results.push(extractCandidates(note));
    perNote.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  roundCpu.push((cpu.user + cpu.system) / 1e6);
}
if (prof) {
  const { profile } = await inspector.post('Profiler.stop');
  await fs.writeFile(prof, JSON.stringify(profile));
}
if (dump) await fs.writeFile(dump, `${results.map((r) => JSON.stringify(r)).join('\n')}\n`);

perNote.sort((a, b) => a - b);
const q = (p: number): string => (perNote[Math.min(perNote.length - 1, Math.floor(p * perNote.length))] ?? 0).toFixed(2);
const cpuS = roundCpu.reduce((a, b) => a + b, 0);
console.log(JSON.stringify({
  code, dir, notes: notes.length, rounds,
  cpuS: +cpuS.toFixed(2), roundCpuS: roundCpu.map((c) => +c.toFixed(2)), cpuMsPerNote: +((cpuS * 1000) / (notes.length * rounds)).toFixed(3),
  p50: q(0.5), p95: q(0.95), max: q(1),
}));
