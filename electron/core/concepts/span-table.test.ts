import { describe, expect, it } from 'vitest';
import { SpanTable, spanHash } from './span-table';

/** Deterministic words over a small alphabet, astral letters included, so spans repeat and collide. */
function words(n: number, seed: number): string[] {
  const alphabet = ['a', 'b', 'c', 'Z', 'é', '1', '𝐀', '-'];
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, () => Array.from({ length: 1 + Math.floor(next() * 9) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

describe('SpanTable', () => {
  it('gives the value of the span wherever it stands, making it once while the table holds it', () => {
    const table = new SpanTable<string>(2, 12);
    let made = 0;
    const make = (span: string): string => {
      made++;
      return `<${span}>`;
    };
    const ws = words(3000, 5);
    const text = ws.join(' ');
    let at = 0;
    for (const w of ws) {
      expect(table.get(text, at, at + w.length, spanHash(text, at, at + w.length), make)).toBe(`<${w}>`);
      at += w.length + 1;
    }
    // The table grew from 4 slots; no distinct span was made twice.
    expect(made).toBe(new Set(ws).size);
  });

  it('tells spans apart when their hashes collide, and after it empties itself past its largest size', () => {
    const table = new SpanTable<string>(1, 4);
    const ws = words(500, 9);
    for (let round = 0; round < 2; round++) {
      for (const w of ws) {
        const text = `..${w}..`;
        // One hash for every span: only the characters tell them apart.
        expect(table.get(text, 2, 2 + w.length, round === 0 ? 7 : spanHash(text, 2, 2 + w.length), (s) => s.toUpperCase())).toBe(w.toUpperCase());
      }
    }
  });
});
