import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CairnEvent, GraphDelta, GraphDTO } from '../../contract';
import { openVaultSession } from '../session';
import { CairnService } from '../service';
import { NodeVaultFs } from '../vault/node-vault-fs';
import { readFrames, writeFrames } from './cache-frames';
import { makeTempVault, SMALL_VAULT, type TempVault } from '../testing/temp-vault';

/** A delta applied to a whole graph, as a view does. */
function applied(graph: GraphDTO, deltas: GraphDelta[]): GraphDTO {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const edges = new Map(graph.edges.map((e) => [e.id, e]));
  for (const delta of deltas) {
    for (const id of delta.removeNodes) nodes.delete(id);
    for (const id of delta.removeEdges) edges.delete(id);
    for (const node of delta.upsertNodes) nodes.set(node.id, node);
    for (const edge of delta.upsertEdges) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

const sorted = (g: GraphDTO): GraphDTO => ({
  nodes: [...g.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)),
  edges: [...g.edges].sort((a, b) => (a.id < b.id ? -1 : 1)),
});

describe('opening on the cached snapshot', () => {
  let vault: TempVault;
  let cacheDir = '';
  afterEach(async () => {
    await vault?.cleanup();
    await fs.rm(cacheDir, { recursive: true, force: true });
  });

  async function cachedVault(): Promise<{ graph: GraphDTO; notes: unknown; info: unknown }> {
    vault = await makeTempVault(SMALL_VAULT);
    cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-snap-'));
    const first = await openVaultSession(vault.dir, { host: 'cli', watch: false, cacheDir });
    const answers = { graph: await first.service.getGraph({}), notes: await first.service.listNotes(), info: await first.service.describeVault() };
    await first.close();
    return answers;
  }

  it('answers the graph, the note list and the description before the index has loaded', async () => {
    const before = await cachedVault();
    const events: CairnEvent[] = [];
    const session = await openVaultSession(vault.dir, { host: 'cli', watch: false, cacheDir, waitForIndex: false, onEvent: (e) => events.push(e) });
    const [graph, notes, info] = await Promise.all([session.service.getGraph({}), session.service.listNotes(), session.service.describeVault()]);
    expect(session.service.buildStats).toBeNull();
    expect(info).toEqual({ ...(before.info as object), indexing: true, fromLastIndex: true });
    expect((before.info as { fromLastIndex: boolean }).fromLastIndex).toBe(false);
    expect(notes).toEqual(before.notes);
    expect(sorted(graph)).toEqual(sorted(before.graph));
    expect(events.filter((e) => e.type === 'vault-opened')).toHaveLength(1);
    // Other questions wait for the index, and then the answers are the index's.
    const local = await session.service.getGraph({ center: 'note:EC2.md', depth: 1 });
    expect(session.service.buildStats?.parsed).toBe(0);
    expect(local.nodes.map((n) => n.id)).toContain('note:AMI.md');
    expect(sorted(await session.service.getGraph({}))).toEqual(sorted(before.graph));
    expect((await session.service.describeVault()).indexing).toBe(false);
    // Nothing changed on disk: no event beyond the one opening.
    expect(events.filter((e) => e.type !== 'index-progress').map((e) => e.type)).toEqual(['vault-opened']);
    await session.close();
  });

  it('sends what changed on disk while closed as events that bring the snapshot up to date', async () => {
    const before = await cachedVault();
    await vault.write('AMI.md', '# AMI\n\nNow links to [[paginación]] and [[S3]].\n');
    await vault.remove('redes/ELB.md');
    await vault.write('S3.md', '---\naliases: [Simple Storage Service]\n---\n# S3\n\nObject storage; EC2 instances read from S3.\n');
    const events: CairnEvent[] = [];
    const session = await openVaultSession(vault.dir, { host: 'cli', watch: false, cacheDir, waitForIndex: false, onEvent: (e) => events.push(e) });
    const shown = await session.service.getGraph({});
    expect(sorted(shown)).toEqual(sorted(before.graph));
    await session.ready;
    const changed = events.find((e) => e.type === 'notes-changed');
    expect(changed).toMatchObject({ removed: ['redes/ELB.md'] });
    expect(changed?.type === 'notes-changed' && [...changed.changed].sort()).toEqual(['AMI.md', 'S3.md']);
    const deltas = events.flatMap((e) => (e.type === 'graph-delta' ? [e.delta] : []));
    expect(deltas.length).toBeGreaterThan(0);
    const fresh = await openVaultSession(vault.dir, { host: 'cli', watch: false, cacheDir: null });
    const current = sorted(await fresh.service.getGraph({}));
    expect(current.edges.map((e) => e.id)).toContain('link|note:AMI.md|note:S3.md');
    expect(sorted(applied(shown, deltas))).toEqual(current);
    expect((await session.service.listNotes()).map((n) => n.id)).toEqual((await fresh.service.listNotes()).map((n) => n.id));
    await fresh.close();
    await session.close();
  });

  it('answers searches from the cache before the index has loaded, then from the index as the disk has it', async () => {
    await cachedVault();
    await vault.remove('redes/ELB.md');
    const session = await openVaultSession(vault.dir, { host: 'cli', watch: false, cacheDir, waitForIndex: false });
    const early = await session.service.search({ query: 'balanceador' });
    expect(session.service.buildStats).toBeNull();
    // What the cache knew: the note deleted while the app was closed is still found...
    expect(early.hits.map((h) => h.noteId)).toEqual(['redes/ELB.md']);
    await session.ready;
    // ...until the index has applied what changed on disk (a notes-changed event tells the window to ask again).
    expect((await session.service.search({ query: 'balanceador' })).hits).toEqual([]);
    expect((await session.service.search({ query: 'paginación' })).hits.map((h) => h.noteId)).toEqual(['paginación.md']);
    await session.close();
  });

  it('rebuilds when the cache is cut short after its snapshot, and tells the window to ask again', async () => {
    const before = await cachedVault();
    const [name] = await fs.readdir(cacheDir);
    const file = path.join(cacheDir, name as string);
    const bytes = await fs.readFile(file);
    await fs.writeFile(file, bytes.subarray(0, bytes.byteLength - 100));
    const events: CairnEvent[] = [];
    const session = await openVaultSession(vault.dir, { host: 'cli', watch: false, cacheDir, waitForIndex: false, onEvent: (e) => events.push(e) });
    expect(sorted(await session.service.getGraph({}))).toEqual(sorted(before.graph));
    await session.ready;
    expect(session.service.buildStats?.parsed).toBe(4);
    // The snapshot was shown, then the index was built from the files: a second vault-opened asks for all again.
    expect(events.filter((e) => e.type === 'vault-opened')).toHaveLength(2);
    expect(sorted(await session.service.getGraph({}))).toEqual(sorted(before.graph));
    expect((await session.service.search({ query: 'balanceador' })).hits.map((h) => h.noteId)).toEqual(['redes/ELB.md']);
    await session.close();
  });

  it('forgets the search part it answered from when the rest of the cache cannot be restored', async () => {
    await cachedVault();
    const [name] = await fs.readdir(cacheDir);
    const file = path.join(cacheDir, name as string);
    // A graph part this code cannot read: the restore fails before it has taken anything else in.
    const data = await readFrames(file);
    (data.graph as { strings: unknown }).strings = null;
    await writeFrames(file, Object.fromEntries(Object.entries(data).map(([key, value]) => [key, () => value])));
    await vault.remove('redes/ELB.md');
    const session = await openVaultSession(vault.dir, { host: 'cli', watch: false, cacheDir, waitForIndex: false });
    expect((await session.service.search({ query: 'balanceador' })).hits.map((h) => h.noteId)).toEqual(['redes/ELB.md']);
    await session.ready;
    expect(session.service.buildStats?.searchFromCache).toBe(false);
    expect((await session.service.search({ query: 'balanceador' })).hits).toEqual([]);
    expect((await session.service.search({ query: 'paginación' })).hits.map((h) => h.noteId)).toEqual(['paginación.md']);
    await session.close();
  });
});

describe('opening a first build on its notes and links', () => {
  let vault: TempVault;
  afterEach(async () => {
    await vault?.cleanup();
  });

  /** A service building the vault from its files, asked at once what a window asks first. */
  async function firstBuild(openEarlyFrom?: number) {
    vault = await makeTempVault(SMALL_VAULT);
    const service = new CairnService(await NodeVaultFs.open(vault.dir), { host: 'test', openEarlyFrom });
    const events: CairnEvent[] = [];
    service.on((e) => events.push(e));
    let built = false;
    const ready = service.start().then(() => (built = true));
    const first = await Promise.all([service.getGraph({}), service.listNotes(), service.describeVault()]).then(([graph, notes, info]) => ({ graph, notes, info, built }));
    await ready;
    return { service, events, first };
  }

  it('answers the note list and the graph of links and tags once parsed, then asks the window to fetch the whole graph', async () => {
    const { service, events, first } = await firstBuild(0);
    expect(first.built).toBe(false);
    expect(first.info.indexing).toBe(true);
    expect(first.notes).toEqual(await service.listNotes());
    const kinds = new Set(first.graph.edges.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['link', 'tagged']);
    expect(first.graph.edges.map((e) => e.id)).toContain('link|note:EC2.md|note:AMI.md');
    expect(first.graph.nodes.map((n) => n.id)).toContain('missing:missing note');
    const whole = await service.getGraph({});
    // The prose of the ELB note names EC2 without a link: found once the concepts are.
    expect(whole.edges.some((e) => e.kind === 'mention' && e.source === 'note:redes/ELB.md')).toBe(true);
    expect(events.filter((e) => e.type === 'vault-opened').map((e) => e.type === 'vault-opened' && e.vault.indexing)).toEqual([true, false]);
  });

  it('builds a small vault before it answers, so its window draws the whole graph once', async () => {
    const { events, first } = await firstBuild();
    expect(first.built).toBe(true);
    expect(first.graph.edges.some((e) => e.kind === 'mention')).toBe(true);
    expect(events.filter((e) => e.type === 'vault-opened')).toHaveLength(1);
  });
});
