import { describe, expect, it } from 'vitest';
import { PaletteCache, paletteFor, rememberPalette, shapeKey } from './palette-cache';

const ids = ['a', 'b', 'c'];
const edges = [
  { source: 'a', target: 'b', weight: 1 },
  { source: 'b', target: 'c', weight: 2 },
];

describe('shapeKey', () => {
  it('is the same for the same nodes and edges, different when any of them changes', () => {
    const key = shapeKey(ids, edges);
    expect(shapeKey([...ids], edges.map((e) => ({ ...e })))).toBe(key);
    expect(shapeKey(['a', 'b', 'd'], edges)).not.toBe(key);
    expect(shapeKey(ids, [edges[0]!, { ...edges[1]!, weight: 3 }])).not.toBe(key);
    expect(shapeKey(ids, [edges[0]!, { ...edges[1]!, target: 'a' }])).not.toBe(key);
    expect(shapeKey(['ab', 'c'], [])).not.toBe(shapeKey(['a', 'bc'], []));
    expect(shapeKey(['b', 'a', 'c'], edges)).not.toBe(key);
  });
});

describe('PaletteCache', () => {
  it('keeps the most recently used shapes', () => {
    const cache = new PaletteCache(2);
    cache.set('x', Int32Array.of(1));
    cache.set('y', Int32Array.of(2));
    expect(cache.get('x')?.[0]).toBe(1);
    cache.set('z', Int32Array.of(3));
    expect(cache.get('y')).toBeUndefined();
    expect(cache.get('x')?.[0]).toBe(1);
    expect(cache.get('z')?.[0]).toBe(3);
  });
});

describe('paletteFor', () => {
  it('returns a palette remembered for the same shape instead of computing one', () => {
    const remembered = Int32Array.of(7, 7, 7);
    rememberPalette('', shapeKey(ids, edges), remembered);
    expect(paletteFor('', ids, edges)).toBe(remembered);
  });

  it('computes a palette for a new shape and keeps it', () => {
    const other = ['p', 'q', 'r', 's'];
    const first = paletteFor('', other, [{ source: 'p', target: 'q' }]);
    expect(first).toHaveLength(4);
    expect(paletteFor('', other, [{ source: 'p', target: 'q' }])).toBe(first);
  });
});
