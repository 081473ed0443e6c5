import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTempVault, SMALL_VAULT, type TempVault } from '../testing/temp-vault';
import { FileCacheStore } from '../pipeline/cache';
import { openVaultSession } from '../session';
import { warmUpQueries } from './warm-up';
import type { SearchDoc } from './types';

const doc = (id: string, text: string, tags: string[] = []): SearchDoc => ({
  id,
  title: id,
  aliases: [],
  headings: [],
  tags,
  path: id,
  concepts: [],
  sections: [{ heading: null, line: 1, text: 'corta' }, { heading: 'Larga', line: 3, text }],
});

describe('warmUpQueries', () => {
  it('makes a prefix, a word, phrases (one with a short word), an exclusion, an alternative and a tag filter from the longest section', () => {
    const qs = warmUpQueries([doc('a.md', 'El balanceador reparte peticiones entre instancias EC2 sanas', ['aws'])]);
    expect(qs).toEqual(['pet', 'peticiones', '"peticiones entre"', '"entre instancias"', '"instancias EC2"', 'peticiones -entre', 'peticiones OR instancias', 'tag:#aws entre']);
    // Short words only before the middle: the first one after the note's first word.
    expect(warmUpQueries([doc('b.md', 'Balanceo de carga entre instancias sanas siempre')])).toContain('"Balanceo de"');
  });

  it('skips notes with too few words to make them', () => {
    expect(warmUpQueries([doc('a.md', 'dos palabras')])).toEqual([]);
  });
});

describe('search warm-up in a session', () => {
  let vault: TempVault | null = null;
  afterEach(async () => {
    await vault?.cleanup();
    vault = null;
  });

  it('answers every query the same with and without it, and the cache is still written after it', async () => {
    vault = await makeTempVault(SMALL_VAULT);
    const cacheDir = `${vault.dir}-cache`;
    const cold = await openVaultSession(vault.dir, { host: 'test', watch: false, cacheDir: null, warmUp: false });
    const warm = await openVaultSession(vault.dir, { host: 'test', watch: false, cacheDir, warmUp: true });
    await warm.service.whenIdle();
    const queries = ['EC2', 'balanceador', '"de carga"', 'instancia -AMI', 'pagin', 'tag:#aws EC2', ...warmUpQueries(warm.service.index.search.sample(24))];
    expect(queries.length).toBeGreaterThan(6);
    const answer = async (session: typeof warm, query: string): Promise<unknown> => ({ ...(await session.service.search({ query, limit: 20 })), tookMs: 0 });
    for (const query of queries) expect(await answer(warm, query), query).toEqual(await answer(cold, query));
    // Written in the background after the warm-up, before anything closes the session.
    const store = FileCacheStore.forVault(vault.dir, cacheDir);
    await vi.waitFor(async () => expect(await store.load()).not.toBeNull(), { timeout: 5000 });
    await warm.close();
    await cold.close();
    await rm(cacheDir, { recursive: true, force: true });
  });
});
