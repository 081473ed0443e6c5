import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isEnglishWord } from './english-lexicon';

describe('isEnglishWord', () => {
  it('knows every word of the English list and nothing near them that the list lacks', () => {
    const list = createRequire(import.meta.url)('an-array-of-english-words') as string[];
    const known = new Set(list);
    const wrong: string[] = [];
    for (let i = 0; i < list.length; i += 7) {
      const w = list[i] as string;
      // The word, and spellings around it in the list's order: longer, shorter, one letter changed.
      for (const probe of [w, `${w}q`, w.slice(0, -1), `${w.slice(0, -1)}z`, w.toUpperCase(), `a${w}`]) {
        if (isEnglishWord(probe) !== known.has(probe)) wrong.push(probe);
      }
    }
    for (const probe of ['', 'aaaa', 'zzzzzz', 'instance', 'subnet', 'fargate', 'cloudwatch', 'ñandú']) {
      if (isEnglishWord(probe) !== known.has(probe)) wrong.push(probe);
    }
    expect(wrong).toEqual([]);
    expect(isEnglishWord('instance')).toBe(true);
    expect(isEnglishWord('fargate')).toBe(false);
  });
});
