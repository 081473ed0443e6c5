import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openVaultSession, type VaultSession } from '../session';
import { makeTempVault, type TempVault } from '../testing/temp-vault';
import { MAX_QUERY_WORDS } from './query-parser';

/*
 * A note can hold a "word" of megabytes, or a million copies of one word. A search must still answer in
 * well under a second, with a small answer: an attack run's `aaaaa` over a 5 MB line of `a` took 37 s,
 * 9 GB, and ended in a 745 MB error quoting the regular expression it built from the vocabulary.
 */
let vault: TempVault;
let session: VaultSession;

beforeAll(async () => {
  vault = await makeTempVault({ 'ok.md': '# Ok\n\nThe word aaaaa stands alone here, beside bbbbb.\n' });
  await fs.writeFile(path.join(vault.dir, 'line.md'), `# Line\n\n${'a'.repeat(5 * 1024 * 1024)}\n`);
  await fs.writeFile(path.join(vault.dir, 'words.md'), `# Words\n\n${'aaaaa bbbbb '.repeat(400_000)}\n`);
  session = await openVaultSession(vault.dir, { host: 'test', watch: false });
}, 60_000);

afterAll(async () => {
  await session?.close();
  await vault?.cleanup();
});

const timed = async (query: string): Promise<{ ms: number; bytes: number; ids: string[] }> => {
  const started = performance.now();
  const result = await session.service.search({ query });
  return { ms: performance.now() - started, bytes: JSON.stringify(result).length, ids: result.hits.map((h) => h.noteId) };
};

describe('search on a hostile vault', () => {
  it.each(['aaaaa', 'aaa', 'a', '"aaaaa bbbbb"', 'aaaaa OR bbbbb', 'aaaaaa', 'a'.repeat(999)])('answers %j in under a second, small', async (query) => {
    const { ms, bytes } = await timed(query);
    expect(ms).toBeLessThan(1000);
    expect(bytes).toBeLessThan(64 * 1024);
  });

  it('still finds and highlights ordinary matches, and the note of a million of them', async () => {
    const result = await session.service.search({ query: 'aaaaa' });
    expect(result.hits.map((h) => h.noteId).sort()).toEqual(['ok.md', 'words.md']);
    const ok = result.hits.find((h) => h.noteId === 'ok.md');
    const [snippet] = ok?.snippets ?? [];
    const [start, end] = snippet?.highlights[0] ?? [0, 0];
    expect(snippet?.text.slice(start, end)).toBe('aaaaa');
    for (const hit of result.hits) for (const s of hit.snippets) expect(s.text.length).toBeLessThan(400);
  });

  it('refuses a query of too many words with a reason, and quotes none of it back', async () => {
    const query = Array.from({ length: MAX_QUERY_WORDS + 1 }, (_, i) => `w${i}`).join(' ');
    const result = await session.service.search({ query });
    expect(result.error).toMatch(/at most 48 words/);
    expect(result.hits).toEqual([]);
  });
});
