import { describe, expect, it } from 'vitest';
import { PairCounts } from './pair-counts';

describe('PairCounts', () => {
  it('counts each pair of ids as a map would, note after note, larger and smaller', () => {
    const pairs = new PairCounts();
    let seed = 17;
    const next = (n: number): number => Math.floor((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 * n);
    for (const n of [5, 3000, 40, 0, 1, 700, 3000, 12]) {
      pairs.reset(n);
      const expected = new Map<string, number>();
      const added: [number, number][] = [];
      for (let k = 0; k < n; k++) {
        // Small ids repeat pairs; large ones (past 2^21, as a vault's words never are) must not collide.
        const a = k % 3 === 0 ? next(2 ** 30) : next(20);
        const b = k % 5 === 0 ? next(2 ** 30) : next(20);
        pairs.add(a, b);
        added.push([a, b]);
        expected.set(`${a},${b}`, (expected.get(`${a},${b}`) ?? 0) + 1);
      }
      for (const [a, b] of added) expect(pairs.get(a, b)).toBe(expected.get(`${a},${b}`));
      // Pairs of the earlier notes, and the same ids the other way round, are not counted.
      for (let k = 0; k < 50; k++) {
        const a = next(20);
        const b = next(20);
        expect(pairs.get(a, b)).toBe(expected.get(`${a},${b}`) ?? 0);
      }
    }
  });
});
