import { describe, expect, it } from 'vitest';
import { makeSnippets } from './snippet';

describe('makeSnippets', () => {
  const words = Array.from({ length: 120 }, (_, i) => `palabra${i}`);
  const text = words.join(' ');

  it('cuts about 160 characters around the match on word boundaries, with the match highlighted', () => {
    const at = text.indexOf('palabra60');
    const [s] = makeSnippets(text, [[at, at + 'palabra60'.length]]);
    expect(s).toBeDefined();
    const [hs, he] = s?.highlights[0] ?? [0, 0];
    expect(s?.text.slice(hs, he)).toBe('palabra60');
    expect(s?.text.length).toBeLessThanOrEqual(164);
    expect(s?.text.startsWith('…palabra')).toBe(true);
    expect(s?.text.endsWith('…')).toBe(true);
    expect(s?.text.slice(1, -1).split(' ').every((w) => /^palabra\d+$/.test(w))).toBe(true);
  });

  it('gives at most three snippets and merges matches that share a window', () => {
    const ranges = [5, 6, 40, 80, 110].map((i) => {
      const at = text.indexOf(`palabra${i} `);
      return [at, at + `palabra${i}`.length] as [number, number];
    });
    const out = makeSnippets(text, ranges);
    expect(out.length).toBe(3);
    expect(out[0]?.highlights.length).toBe(2);
  });

  it('joins lines so a snippet reads as one line', () => {
    const [s] = makeSnippets('uno\n\ndos  tres', [[5, 8]]);
    expect(s?.text).toBe('uno dos tres');
    expect(s?.text.slice(...(s.highlights[0] as [number, number]))).toBe('dos');
  });

  it('shows the words without Markdown emphasis or code marks, highlights still on the match', () => {
    const text = '**To enable** `hibernation` using the console';
    const at = text.indexOf('hibernation');
    const [s] = makeSnippets(text, [[at, at + 'hibernation'.length]]);
    expect(s?.text).toBe('To enable hibernation using the console');
    expect(s?.text.slice(...(s.highlights[0] as [number, number]))).toBe('hibernation');
  });
});
