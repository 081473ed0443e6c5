import { describe, expect, it } from 'vitest';
import { slices } from './hand-over';

describe('slices', () => {
  it('covers every index once, in order, in slices of the size asked', () => {
    expect(slices(5, 2)).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
    ]);
    expect(slices(4, 2)).toEqual([
      [0, 2],
      [2, 4],
    ]);
    const covered = slices(10_001, 2000).flatMap(([a, b]) => Array.from({ length: b - a }, (_, i) => a + i));
    expect(covered).toEqual(Array.from({ length: 10_001 }, (_, i) => i));
  });

  it('has nothing to hand over for no elements, and never loops on a zero size', () => {
    expect(slices(0, 2000)).toEqual([]);
    expect(slices(3, 0)).toHaveLength(3);
  });
});
