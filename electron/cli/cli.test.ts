import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrokenLinkDTO, GraphDTO, SearchResultDTO } from '../contract';
import { runCli } from './main';

/* The command line as a script would use it: argv in, exit code and JSON out. */

const NOTES = path.resolve(import.meta.dirname, '../../notes');
const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpora/aws-ec2-user-guide');
const HAS_CORPUS = existsSync(CORPUS);
if (!HAS_CORPUS) console.warn(`cli.test: corpus tests skipped: ${CORPUS} is missing`);

async function run(...argv: string[]): Promise<{ code: number; text: string }> {
  const chunks: string[] = [];
  const code = await runCli(argv, (text) => chunks.push(text));
  return { code, text: chunks.join('\n') };
}

async function json<T>(...argv: string[]): Promise<T> {
  const { code, text } = await run(...argv);
  expect(code, text.slice(0, 500)).toBe(0);
  return JSON.parse(text) as T;
}

interface IndexOutput {
  vault: string;
  notes: number;
  attachments: number;
  nodes: number;
  edges: number;
  concepts: number;
  brokenLinks: number;
  problems: { note: string; code: string; message: string }[];
  skipped: unknown[];
}

interface ConceptRow {
  id: string;
  label: string;
  aliases: string[];
  note: string | null;
  notes: number;
  mentions: number;
}

describe('cairn CLI on the sample vault', () => {
  it('index prints note counts and problems as JSON', async () => {
    const out = await json<IndexOutput>('index', NOTES);
    expect(out.vault).toBe('notes');
    expect(out.notes).toBeGreaterThanOrEqual(20);
    expect(out.nodes).toBeGreaterThan(out.notes);
    expect(out.edges).toBeGreaterThan(0);
    expect(out.brokenLinks).toBeGreaterThanOrEqual(1);
    expect(Array.isArray(out.problems)).toBe(true);
    for (const problem of out.problems) expect(problem).toMatchObject({ note: expect.any(String), code: expect.any(String), message: expect.any(String) });
    expect(out.skipped).toEqual([]);
  });

  it('links --broken lists note, line and target, including [[Auto Scaling]]', async () => {
    const broken = await json<BrokenLinkDTO[]>('links', NOTES, '--broken');
    const autoScaling = broken.filter((b) => b.target === 'Auto Scaling');
    expect(autoScaling.length).toBeGreaterThanOrEqual(1);
    expect(autoScaling).toContainEqual({ from: 'Índice.md', line: 37, target: 'Auto Scaling' });
    for (const b of broken) expect(b).toEqual({ from: expect.stringMatching(/\.md$/), line: expect.any(Number), target: expect.any(String) });
    // Without --broken: every link, resolved or not, and the broken ones among them.
    const all = await json<{ from: string; line: number; target: string; resolved: string | null }[]>('links', NOTES);
    expect(all.length).toBeGreaterThan(broken.length);
    expect(all.filter((l) => l.resolved === null).length).toBe(broken.length);
  });

  it('concepts lists concepts with EC2 near the top, tied to its note', async () => {
    const rows = await json<ConceptRow[]>('concepts', NOTES, '--limit', '10');
    expect(rows.length).toBe(10);
    const ec2 = rows.findIndex((r) => r.id === 'concept:ec2');
    expect(ec2, rows.map((r) => r.id).join(', ')).toBeGreaterThanOrEqual(0);
    expect(ec2).toBeLessThan(3);
    expect(rows[ec2]).toMatchObject({ label: 'EC2', note: 'aws/cómputo/EC2.md' });
    // Sorted by how many notes mention them.
    expect(rows.map((r) => r.notes)).toEqual([...rows.map((r) => r.notes)].sort((a, b) => b - a));
  });

  it('search finds "Paginación de la CLI" without the accent', async () => {
    const result = await json<SearchResultDTO>('search', NOTES, 'paginacion');
    expect(result.error).toBeNull();
    expect(result.hits[0]?.noteId).toBe('aws/herramientas/Paginación de la CLI.md');
  });

  it('review lists the cards due on the sample vault, the written ones first, with no history yet', async () => {
    const out = await json<{ cards: { kind: string; front: string; back: string }[]; newCount: number; dueCount: number; mastery: Record<string, number> }>('review', NOTES, '--limit', '5');
    expect(out.cards).toHaveLength(5);
    expect(out.cards.every((c) => c.kind === 'note' && c.back.length > 0)).toBe(true);
    expect(out.newCount).toBeGreaterThan(12);
    expect(out.dueCount).toBe(0);
    expect(out.mastery).toEqual({});
  });

  it('graph --json parses as nodes and edges that refer to each other', async () => {
    const graph = await json<GraphDTO>('graph', NOTES, '--json');
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(ids.has('note:aws/cómputo/EC2.md')).toBe(true);
    // `[[Auto Scaling]]`, a note not yet written, names a concept the link goes to.
    expect(ids.has('concept:auto scaling')).toBe(true);
    expect(ids.has('missing:auto scaling')).toBe(false);
    for (const edge of graph.edges) {
      expect(ids.has(edge.source), edge.id).toBe(true);
      expect(ids.has(edge.target), edge.id).toBe(true);
    }
  });
});

describe('cairn as a process', () => {
  // Through a shell pipe, as `cairn graph DIR --json | jq` runs: a pipe(2) holds 64 KB, where the socket
  // pair Node gives a child's stdout holds the whole graph and would hide an early exit.
  it.skipIf(process.platform === 'win32')('writes the whole JSON to a shell pipe before exiting (the sample graph is ~120 KB)', async () => {
    const bin = path.resolve(import.meta.dirname, '../../bin/cairn.mjs');
    const child = spawn('sh', ['-c', '"$0" "$1" graph "$2" --json | cat', process.execPath, bin, NOTES], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const text = Buffer.concat(chunks).toString('utf8');
    expect(code).toBe(0);
    expect(text.length).toBeGreaterThan(65_536);
    const graph = JSON.parse(text) as GraphDTO;
    expect(graph.nodes.some((n) => n.id === 'note:aws/cómputo/EC2.md')).toBe(true);
  }, 60_000);
});

describe('cairn CLI usage errors', () => {
  it('no arguments: usage text and exit code 2', async () => {
    const { code, text } = await run();
    expect(code).toBe(2);
    expect(text).toMatch(/^Usage: cairn <command> DIR/);
  });

  it('an unknown command: usage text and exit code 2', async () => {
    const { code, text } = await run('frobnicate', NOTES);
    expect(code).toBe(2);
    expect(text).toMatch(/^Unknown command: frobnicate\n\nUsage: cairn/);
  });

  it('--help: usage text and exit code 0', async () => {
    const { code, text } = await run('--help');
    expect(code).toBe(0);
    expect(text).toMatch(/^Usage: cairn/);
  });

  it('a search with a query that cannot be parsed exits 1 with the error in the JSON', async () => {
    const { code, text } = await run('search', NOTES, '"unclosed');
    const result = JSON.parse(text) as SearchResultDTO;
    expect(result.error).toMatch(/Unclosed quote/);
    expect(result.hits).toEqual([]);
    expect(code).toBe(1);
  });

  it('a missing vault folder is an error, not an empty vault', async () => {
    await expect(run('index', path.join(NOTES, 'no-such-folder'))).rejects.toThrow(/Vault folder not found/);
  });

  // KNOWN BUG (electron/cli/main.ts:24): `return command || values.help ? 0 : 2` returns 0 when a
  // command is given without DIR. Remove `.fails` once fixed.
  it('a command without DIR: usage text and exit code 2', async () => {
    const { code, text } = await run('index');
    expect(text).toMatch(/^Usage: cairn/);
    expect(code).toBe(2);
  });

  // KNOWN BUG (electron/cli/main.ts:16): parseArgs is strict, so an unknown option throws
  // ERR_PARSE_ARGS_UNKNOWN_OPTION out of runCli (exit 1 from the bin) instead of usage + 2.
  it('an unknown option: usage text and exit code 2', async () => {
    const { code, text } = await run('index', NOTES, '--bogus');
    expect(text).toMatch(/Usage: cairn/);
    expect(code).toBe(2);
  });
});

describe.skipIf(!HAS_CORPUS)('cairn CLI on the AWS EC2 user guide corpus (553 pages)', () => {
  it('index counts every page and reports problems as a list', async () => {
    const out = await json<IndexOutput>('index', CORPUS);
    expect(out.notes).toBe(553);
    expect(out.concepts).toBeGreaterThan(100);
    expect(Array.isArray(out.problems)).toBe(true);
    expect(out.skipped).toEqual([]);
  }, 60_000);

  it('concepts puts EC2 near the top', async () => {
    const rows = await json<ConceptRow[]>('concepts', CORPUS, '--limit', '20');
    const ec2 = rows.findIndex((r) => r.id === 'concept:ec2');
    expect(ec2, rows.map((r) => r.id).join(', ')).toBeGreaterThanOrEqual(0);
    expect(ec2).toBeLessThan(5);
  }, 60_000);

  it('search finds the instance store pages', async () => {
    const result = await json<SearchResultDTO>('search', CORPUS, 'instance', 'store', 'volumes');
    expect(result.hits.slice(0, 5).map((h) => h.noteId)).toContain('add-instance-store-volumes.md');
  }, 60_000);

  it('graph --json parses', async () => {
    const graph = await json<GraphDTO>('graph', CORPUS, '--json');
    expect(graph.nodes.filter((n) => n.kind === 'note')).toHaveLength(553);
    expect(graph.edges.length).toBeGreaterThan(1000);
  }, 60_000);
});
