import { describe, expect, it } from 'vitest';
import { carryPalette } from './overview-patch';

describe('community colours over a delta', () => {
  it('keeps each node its slot whatever the new order, and gives a new node none', () => {
    const before = { ids: ['a', 'b', 'c'], palette: Int32Array.from([2, 0, 1]) };
    expect([...carryPalette(before, ['c', 'new', 'a'])]).toEqual([1, -1, 2]);
  });

  it('has no slot for anyone before a first render', () => {
    expect([...carryPalette(null, ['a'])]).toEqual([-1]);
  });
});
