import { afterEach, describe, expect, it } from 'vitest';
import { openVaultSession, type VaultSession } from '../session';
import { makeTempVault, type TempVault } from '../testing/temp-vault';
import { clauseGloss } from '../review/clause-gloss';
import { parseBytes } from './read-note';

/*
 * Pathological notes: four times one costs about four times the time, in the index's parser and in
 * search, never sixteen. Quadratic work here is how one note blocks a vault. Four times, not twice: on
 * shared cores a linear doubling measured up to 2.5×, as close to quadratic's 4× as to linear's 2×, while
 * 4× against 16× leaves room on both sides of the limit.
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

/** Linear work measures ~4× on four times the input, quadratic ~16×. */
const LIMIT = 10;

/**
 * The ratio of the larger input's time to the smaller's, the lowest of up to three measurements: on shared
 * cores one pair can be unlucky, while quadratic work fails every time.
 */
async function ratio(small: () => Promise<number> | number, large: () => Promise<number> | number, slackMs: number): Promise<number> {
  let lowest = Infinity;
  for (let attempt = 0; attempt < 3 && lowest > LIMIT; attempt++) {
    const s = await small();
    const l = await large();
    lowest = Math.min(lowest, l / (s + slackMs / LIMIT));
  }
  return lowest;
}

describe('four times a pathological note costs about four times as much', () => {
  it.each(Object.keys(KINDS))('in the parser: %s', async (kind) => {
    const make = KINDS[kind] as (n: number) => string;
    const small = encode(make(SIZE / 2));
    const large = encode(make(2 * SIZE));
    parseBytes('warm.md', small);
    expect(await ratio(() => best(() => parseBytes('n.md', small)), () => best(() => parseBytes('n.md', large)), 10)).toBeLessThan(LIMIT);
  });

  it('in a concept card’s answer: a name on every other word of a long line (the review queue hung on 2 MB)', async () => {
    const line = (n: number): string => 'aaaaa bbbbb '.repeat(n);
    const small = line(SIZE / 2);
    const large = line(2 * SIZE);
    expect(await ratio(() => best(() => clauseGloss(small, ['aaaaa'])), () => best(() => clauseGloss(large, ['aaaaa'])), 10)).toBeLessThan(LIMIT);
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
      files[`small/${kind}.md`] = `# ${kind}\n\n${make(SIZE / 4)}\n`;
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
      expect(await ratio(() => timed(`path:small ${query}`), () => timed(`path:large ${query}`), 10), query).toBeLessThan(LIMIT);
      expect(await timed(`path:large ${query}`), query).toBeLessThan(1000);
    }
  }, 120_000);
});
