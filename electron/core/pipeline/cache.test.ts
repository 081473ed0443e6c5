import { promises as fs } from 'node:fs';
import type { GraphDTO } from '../../contract';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openVaultSession } from '../session';
import { NodeVaultFs } from '../vault/node-vault-fs';
import { FileCacheStore, type CacheParts, type CacheStore } from './cache';
import { readNoteRecord } from './read-note';
import { VaultIndex } from './vault-index';
import { makeTempVault, SMALL_VAULT, type TempVault } from '../testing/temp-vault';

describe('persistent cache', () => {
  let vault: TempVault;
  let cacheDir: string;
  afterEach(async () => {
    await vault?.cleanup();
    await fs.rm(cacheDir, { recursive: true, force: true });
  });

  const byId = (g: GraphDTO): unknown => ({
    nodes: [...g.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)),
    edges: [...g.edges].sort((a, b) => (a.id < b.id ? -1 : 1)),
  });

  it('lets a second start re-read only the files that changed, with the same answers', async () => {
    vault = await makeTempVault(SMALL_VAULT);
    cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-cache-'));
    const first = await openVaultSession(vault.dir, { host: 'cli', watch: false, cacheDir });
    expect(first.service.buildStats?.parsed).toBe(4);
    const graph = byId(await first.service.getGraph({}));
    const search = await first.service.search({ query: 'balanceador' });
    await first.close();

    const second = await openVaultSession(vault.dir, { host: 'cli', watch: false, cacheDir });
    expect(second.service.buildStats?.parsed).toBe(0);
    expect(second.service.buildStats?.searchFromCache).toBe(true);
    // The same graph; the order of edges shared by several notes follows the order notes were loaded in.
    expect(byId(await second.service.getGraph({}))).toEqual(graph);
    expect((await second.service.search({ query: 'balanceador' })).hits.map((h) => h.noteId)).toEqual(search.hits.map((h) => h.noteId));
    await second.close();

    await vault.write('AMI.md', '# AMI\n\nNow links to [[paginación]].\n');
    await vault.remove('redes/ELB.md');
    const third = await openVaultSession(vault.dir, { host: 'cli', watch: false, cacheDir });
    expect(third.service.buildStats?.parsed).toBe(1);
    const edges = (await third.service.getGraph({})).edges.map((e) => e.id);
    expect(edges).toContain('link|note:AMI.md|note:paginación.md');
    expect((await third.service.search({ query: 'balanceador' })).hits).toEqual([]);
    // The concepts came from the cache, brought up to date with the changes: the graph is a fresh build's.
    const fresh = await openVaultSession(vault.dir, { host: 'cli', watch: false, cacheDir: null });
    const sorted = (g: Awaited<ReturnType<typeof fresh.service.getGraph>>): unknown => ({
      nodes: [...g.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)),
      edges: [...g.edges].sort((a, b) => (a.id < b.id ? -1 : 1)),
    });
    expect(sorted(await third.service.getGraph({}))).toEqual(sorted(await fresh.service.getGraph({})));
    await fresh.close();
    await third.close();
  });

  it('writes the cache again on close only when the index changed since it was written', async () => {
    vault = await makeTempVault(SMALL_VAULT);
    cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-cache-'));
    const cacheFile = async (): Promise<{ name: string; ino: number }> => {
      const [name] = await fs.readdir(cacheDir);
      return { name: name as string, ino: (await fs.stat(path.join(cacheDir, name as string))).ino };
    };
    const first = await openVaultSession(vault.dir, { host: 'cli', watch: false, cacheDir });
    await first.close();
    const written = await cacheFile();
    // Nothing changed: closing leaves the file as it was (a rewrite renames a new file into place).
    const second = await openVaultSession(vault.dir, { host: 'cli', watch: false, cacheDir });
    await second.close();
    expect(await cacheFile()).toEqual(written);
    const third = await openVaultSession(vault.dir, { host: 'cli', watch: false, cacheDir });
    await vault.write('AMI.md', '# AMI\n\nNow links to [[paginación]].\n');
    await third.service.filesChanged(['AMI.md']);
    await third.close();
    expect((await cacheFile()).ino).not.toBe(written.ino);
    const fourth = await openVaultSession(vault.dir, { host: 'cli', watch: false, cacheDir });
    expect(fourth.service.buildStats?.parsed).toBe(0);
    await fourth.close();
  });

  it('ignores a corrupt cache file and rebuilds', async () => {
    vault = await makeTempVault(SMALL_VAULT);
    cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-cache-'));
    const first = await openVaultSession(vault.dir, { host: 'cli', watch: false, cacheDir });
    await first.close();
    for (const file of await fs.readdir(cacheDir)) await fs.writeFile(path.join(cacheDir, file), 'garbage');
    const second = await openVaultSession(vault.dir, { host: 'cli', watch: false, cacheDir });
    expect(second.service.buildStats?.parsed).toBe(4);
    expect((await second.service.listNotes()).length).toBe(4);
    await second.close();
  });

  it('gives a warm start equal to a fresh build when an edit lands while the cache is being written', async () => {
    vault = await makeTempVault(SMALL_VAULT);
    cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-cache-'));
    const fsVault = await NodeVaultFs.open(vault.dir);
    const index = new VaultIndex(fsVault);
    await index.build();
    const file = new FileCacheStore(path.join(cacheDir, 'v.cache'));
    // A real store; between two parts, a note gains an alias that every other note then mentions.
    const racing: CacheStore = {
      load: () => file.load(),
      loadSnapshot: () => file.loadSnapshot(),
      loadSearch: () => file.loadSearch(),
      save: (parts: CacheParts) =>
        file.save({
          ...parts,
          concepts: async () => {
            await vault.write('paginación.md', '---\naliases: [peticiones]\n---\n# Paginación\n\nLa paginación de la CLI.\n');
            const entry = await fsVault.stat('paginación.md');
            if (entry) index.applyRecords([await readNoteRecord(fsVault, entry)], []);
            return parts.concepts();
          },
        }),
    };
    await index.saveCache(racing);
    const warm = new VaultIndex(fsVault);
    await warm.build(undefined, file);
    const fresh = new VaultIndex(fsVault);
    await fresh.build();
    const edges = (i: VaultIndex): string[] => i.graph.snapshot({}).edges.map((e) => `${e.id}=${e.weight}`).sort();
    expect(edges(warm)).toEqual(edges(fresh));
    expect(edges(warm).some((e) => e.startsWith('mention|note:redes/ELB.md|note:paginación.md'))).toBe(true);
  });
});
