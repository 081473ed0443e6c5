import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NodeVaultFs } from '../vault/node-vault-fs';
import { makeTempVault, SMALL_VAULT, type TempVault } from '../testing/temp-vault';
import { FileCacheStore, type CacheParts, type CacheStore } from './cache';
import { readNoteRecord } from './read-note';
import { VaultIndex } from './vault-index';
import { countTurns } from '../testing/turns';

/*
 * The cache's parts are made one per turn, so requests are answered during a write. They must still agree
 * with each other: an edit that lands between two parts gives the write up and leaves the previous cache.
 */

describe('a cache write spread over turns', () => {
  let vault: TempVault;
  let cacheDir: string;
  afterEach(async () => {
    await vault.cleanup();
    await fs.rm(cacheDir, { recursive: true, force: true });
  });

  it('makes each part in a turn of its own, and gives up, keeping the old cache, when an edit lands between two', async () => {
    vault = await makeTempVault(SMALL_VAULT);
    cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-cache-turns-'));
    const fsVault = await NodeVaultFs.open(vault.dir);
    const index = new VaultIndex(fsVault);
    await index.build();
    const file = new FileCacheStore(path.join(cacheDir, 'v.cache'));
    expect(await index.saveCache(file)).toBe(true);
    const before = await fs.readFile(file.file);

    const counter = countTurns();
    const madeAt: Record<string, number> = {};
    const editing: CacheStore = {
      load: () => file.load(),
      loadSnapshot: () => file.loadSnapshot(),
      loadSearch: () => file.loadSearch(),
      save: (parts: CacheParts) => {
        const watched = Object.fromEntries(
          Object.entries(parts).map(([name, make]) => [
            name,
            async () => {
              madeAt[name] = counter.turns();
              if (name === 'graph') {
                await vault.write('nueva.md', '# Nueva\n\nMenciona [[EC2]].\n');
                const entry = await fsVault.stat('nueva.md');
                if (entry) index.applyRecords([await readNoteRecord(fsVault, entry)], []);
              }
              return (make as () => unknown)();
            },
          ]),
        ) as unknown as CacheParts;
        return file.save(watched);
      },
    };
    expect(await index.saveCache(editing)).toBe(false);
    counter.stop();
    expect(madeAt.records).toBeGreaterThan(madeAt.snapshot as number);
    expect(madeAt.concepts).toBeGreaterThan(madeAt.records as number);
    expect(madeAt.graph).toBeGreaterThan(madeAt.concepts as number);
    expect((await fs.readFile(file.file)).equals(before)).toBe(true);
    expect((await fs.readdir(cacheDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    // The next write takes the edit in: a warm start from it knows the new note.
    expect(await index.saveCache(file)).toBe(true);
    const warm = new VaultIndex(fsVault);
    await warm.build(undefined, file);
    expect(warm.records.has('nueva.md')).toBe(true);
  });
});
