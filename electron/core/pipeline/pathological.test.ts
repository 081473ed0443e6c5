import { afterEach, describe, expect, it } from 'vitest';
import { openVaultSession, type VaultSession } from '../session';
import { makeTempVault, type TempVault } from '../testing/temp-vault';
import { parseBytes } from './read-note';

/*
 * Pathological notes: doubling one may cost about twice the time (2.5× allowing for noise), in the
 * index's parser and in search, never more. Quadratic work here is how one note blocks a vault.
 */

const KINDS: Record<string, (n: number) => string> = {
  'deep quotes': (n) => `${'> '.repeat(n)}hondo\n`,
  'deep lists': (n) => `${'- '.repeat(n)}hondo\n`,
  'link openers': (n) => '[]('.repeat(n),
  'wikilink openers': (n) => '[['.repeat(n),
  'unclosed brackets': (n) => '[a'.repeat(n),
  'emphasis runs': (n) => '*a'.repeat(n),
  'long line': (n) => 'palabra '.repeat(n),
  'one long word': (n) => 'a'.repeat(8 * n),
  'backticks': (n) => '`a``'.repeat(n),
  'many links': (n) => Array.from({ length: n }, (_, i) => `[[n${i}]]`).join(' '),
  'tags': (n) => Array.from({ length: n }, (_, i) => `#t${i}/a`).join(' '),
  'headings': (n) => Array.from({ length: n }, (_, i) => `# h${i}\n`).join(''),
  'cards': (n) => `#flashcards\n${Array.from({ length: n }, (_, i) => `q${i}::a${i}`).join('\n')}`,
};

const SIZE = 20_000;
const encode = (text: string): Uint8Array => new TextEncoder().encode(`# Nota\n\n${text}\n`);

/** Best of five: one GC pause should not decide a ratio. */
function best(run: () => void): number {
  let out = Infinity;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    run();
    out = Math.min(out, performance.now() - started);
  }
  return out;
}

/**
 * The ratio of the double's time to the single's, the lowest of up to three measurements: on shared cores
 * one pair can be unlucky, while quadratic work (4× per doubling) fails every time.
 */
async function ratio(single: () => Promise<number> | number, double: () => Promise<number> | number, slackMs: number): Promise<number> {
  let lowest = Infinity;
  for (let attempt = 0; attempt < 3 && lowest > 2.5; attempt++) {
    const s = await single();
    const d = await double();
    lowest = Math.min(lowest, d / (s + slackMs / 2.5));
  }
  return lowest;
}

describe('doubling a pathological note costs about double', () => {
  it.each(Object.keys(KINDS))('in the parser: %s', async (kind) => {
    const make = KINDS[kind] as (n: number) => string;
    const small = encode(make(SIZE));
    const large = encode(make(2 * SIZE));
    parseBytes('warm.md', small);
    expect(await ratio(() => best(() => parseBytes('n.md', small)), () => best(() => parseBytes('n.md', large)), 10)).toBeLessThan(2.5);
  });

  let vault: TempVault | null = null;
  let session: VaultSession | null = null;
  afterEach(async () => {
    await session?.close();
    await vault?.cleanup();
    session = null;
    vault = null;
  });

  it('in search: each kind, queried by words it holds', async () => {
    const files: Record<string, string> = {};
    for (const [kind, make] of Object.entries(KINDS)) {
      files[`small/${kind}.md`] = `# ${kind}\n\n${make(SIZE / 2)}\n`;
      files[`large/${kind}.md`] = `# ${kind}\n\n${make(SIZE)}\n`;
    }
    vault = await makeTempVault(files);
    session = await openVaultSession(vault.dir, { host: 'test', watch: false });
    const service = session.service;
    const timed = async (query: string): Promise<number> => {
      let out = Infinity;
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        await service.search({ query });
        out = Math.min(out, performance.now() - started);
      }
      return out;
    };
    for (const query of ['hondo', 'palabra', 'a', 'aaaa', 'n1', 'h1', 'q1', 't1', '"palabra palabra"', 'path:small palabra', 'path:large palabra']) await timed(query);
    for (const query of ['hondo', 'palabra', '"palabra palabra"', 'aaaa', 'n1', 'h1', 'q1']) {
      expect(await ratio(() => timed(`path:small ${query}`), () => timed(`path:large ${query}`), 10), query).toBeLessThan(2.5);
      expect(await timed(`path:large ${query}`), query).toBeLessThan(1000);
    }
  }, 120_000);
});
