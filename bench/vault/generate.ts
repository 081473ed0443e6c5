import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { planVault } from './plan';
import { renderNote, type LinkKind, type NoteStats } from './render';

/** Bump when the output changes: cached vaults of an older version are regenerated. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20240601;

export interface VaultStats {
  version: number;
  seed: number;
  notes: number;
  bytes: number;
  words: number;
  links: Record<LinkKind, number>;
  totalLinks: number;
  brokenLinks: number;
  frontMatterNotes: number;
  badYamlNotes: number;
  inlineTags: number;
  codeBlocks: number;
  callouts: number;
  definitions: number;
  /** Word count of the longest note, to show the long tail is there. */
  maxWords: number;
  medianWords: number;
}

export interface GeneratedNote {
  id: string;
  text: string;
  stats: NoteStats;
}

/** The vault as data, without touching the disk. */
export function* generateNotes(count: number, seed = DEFAULT_SEED): Generator<GeneratedNote> {
  const plan = planVault(count, seed);
  for (const note of plan.notes) {
    const { text, stats } = renderNote(plan, note, seed);
    yield { id: note.id, text, stats };
  }
}

export function summarize(notes: Iterable<{ text: string; stats: NoteStats }>, seed: number): VaultStats {
  const out: VaultStats = {
    version: GENERATOR_VERSION,
    seed,
    notes: 0,
    bytes: 0,
    words: 0,
    links: { wiki: 0, alias: 0, heading: 0, block: 0, embed: 0, markdown: 0 },
    totalLinks: 0,
    brokenLinks: 0,
    frontMatterNotes: 0,
    badYamlNotes: 0,
    inlineTags: 0,
    codeBlocks: 0,
    callouts: 0,
    definitions: 0,
    maxWords: 0,
    medianWords: 0,
  };
  const words: number[] = [];
  for (const { text, stats } of notes) {
    out.notes++;
    out.bytes += Buffer.byteLength(text);
    out.words += stats.words;
    words.push(stats.words);
    for (const kind of Object.keys(stats.links) as LinkKind[]) {
      out.links[kind] += stats.links[kind];
      out.totalLinks += stats.links[kind];
    }
    out.brokenLinks += stats.broken;
    if (stats.frontMatter) out.frontMatterNotes++;
    if (stats.badYaml) out.badYamlNotes++;
    out.inlineTags += stats.inlineTags;
    out.codeBlocks += stats.codeBlocks;
    out.callouts += stats.callouts;
    out.definitions += stats.definitions;
    out.maxWords = Math.max(out.maxWords, stats.words);
  }
  words.sort((a, b) => a - b);
  out.medianWords = words[Math.floor(words.length / 2)] ?? 0;
  return out;
}

/** Writes `count` notes under `dir` (which must not hold other notes) and returns what was written. */
export async function generateVault(dir: string, count: number, seed = DEFAULT_SEED): Promise<VaultStats> {
  const notes = [...generateNotes(count, seed)];
  const folders = new Set(notes.map((n) => path.dirname(path.join(dir, n.id))));
  for (const folder of folders) await fs.mkdir(folder, { recursive: true });
  let next = 0;
  const writer = async (): Promise<void> => {
    while (next < notes.length) {
      const note = notes[next++] as GeneratedNote;
      await fs.writeFile(path.join(dir, note.id), note.text);
    }
  };
  await Promise.all(Array.from({ length: 32 }, writer));
  return summarize(notes, seed);
}

export function benchRoot(): string {
  return path.join(os.tmpdir(), 'cairn-bench');
}

/**
 * A generated vault of `count` notes, reused across runs: `<tmp>/cairn-bench/<count>` with a stats file
 * beside it (not inside: the stats file is not a note) that records the generator version and seed.
 */
export async function cachedVault(count: number, seed = DEFAULT_SEED): Promise<{ dir: string; stats: VaultStats; generatedMs: number | null }> {
  const root = benchRoot();
  const dir = path.join(root, String(count));
  const statsFile = path.join(root, `${count}.json`);
  try {
    const stats = JSON.parse(await fs.readFile(statsFile, 'utf8')) as VaultStats;
    if (stats.version === GENERATOR_VERSION && stats.seed === seed && stats.notes === count) return { dir, stats, generatedMs: null };
  } catch {
    // No cache or an unreadable one: generate.
  }
  const start = performance.now();
  await fs.rm(statsFile, { force: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  await fs.rm(tmp, { recursive: true, force: true });
  const stats = await generateVault(tmp, count, seed);
  await fs.rm(dir, { recursive: true, force: true });
  await fs.rename(tmp, dir);
  await fs.writeFile(statsFile, JSON.stringify(stats, null, 2));
  return { dir, stats, generatedMs: performance.now() - start };
}

function argValue(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  const count = Number(argValue(args, '--notes') ?? 1000);
  const seed = Number(argValue(args, '--seed') ?? DEFAULT_SEED);
  const out = argValue(args, '--out');
  if (!Number.isInteger(count) || count <= 0) throw new Error('--notes must be a positive integer');
  const start = performance.now();
  let stats: VaultStats;
  let dir: string;
  if (out) {
    dir = path.resolve(out);
    const existing = await fs.readdir(dir).catch(() => []);
    if (existing.length > 0) throw new Error(`${dir} is not empty; pick a new folder`);
    stats = await generateVault(dir, count, seed);
  } else {
    ({ dir, stats } = await cachedVault(count, seed));
  }
  console.log(JSON.stringify({ dir, ms: Math.round(performance.now() - start), ...stats }, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
