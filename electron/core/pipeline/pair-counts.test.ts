import { describe, expect, it } from 'vitest';
import { PairCounts } from './pair-counts';

/** What `PairCounts` replaced: a Map keyed by pair, read in insertion order. */
function withMap(size: number, adds: [number, number, number][]): number[] {
  const counts = new Map<number, number>();
  for (const [a, b, by] of adds) {
    if (a === b) continue;
    const key = a < b ? a * size + b : b * size + a;
    counts.set(key, (counts.get(key) ?? 0) + by);
  }
  const out: number[] = [];
  for (const [key, weight] of counts) out.push(Math.floor(key / size), key % size, weight);
  return out;
}

function randomAdds(size: number, n: number, seed: number): [number, number, number][] {
  let s = seed;
  const next = (m: number): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % m;
  };
  return Array.from({ length: n }, () => [next(size), next(size), 1 + next(2)]);
}

describe('PairCounts', () => {
  it('gives the pairs a Map would, in the order each was first counted, for small and large notes', () => {
    for (const size of [1, 2, 7, 40, 256, 257, 600]) {
      for (const seed of [1, 2, 3]) {
        const adds = randomAdds(size, 3000, seed * size);
        const counts = new PairCounts(size);
        for (const [a, b, by] of adds) counts.add(a, b, by);
        expect(Array.from(counts.take())).toEqual(withMap(size, adds));
      }
    }
  });

  it('starts each note from zero, whatever the note before it counted', () => {
    const first = new PairCounts(50);
    for (const [a, b, by] of randomAdds(50, 500, 9)) first.add(a, b, by);
    first.take();
    const adds = randomAdds(30, 200, 11);
    const second = new PairCounts(30);
    for (const [a, b, by] of adds) second.add(a, b, by);
    expect(Array.from(second.take())).toEqual(withMap(30, adds));
  });
});
