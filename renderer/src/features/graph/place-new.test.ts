import { describe, expect, it } from 'vitest';
import { placeNear } from './place-new';

describe('placeNear', () => {
  const placed = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 1000, y: 0 }],
    ['c', { x: 0, y: 1000 }],
  ]);
  const edges: Record<string, string[]> = { n1: ['b'], n2: ['a', 'c'], n3: ['n1'], lone: [] };
  const neighbours = (id: string): string[] => edges[id] ?? [];

  it('puts a new node within reach of its neighbours and leaves the rest alone', () => {
    const out = placeNear(placed, ['n1', 'n2', 'lone'], neighbours);
    expect(Math.hypot(out.get('n1')!.x - 1000, out.get('n1')!.y)).toBeLessThan(50);
    // Between its two neighbours, not on top of either.
    expect(Math.hypot(out.get('n2')!.x - 0, out.get('n2')!.y - 500)).toBeLessThan(50);
    expect(out.has('lone')).toBe(false);
    expect([...out.keys()].some((id) => placed.has(id))).toBe(false);
  });

  it('chains through a new neighbour placed in the same delta', () => {
    const out = placeNear(placed, ['n1', 'n3'], neighbours);
    expect(Math.hypot(out.get('n3')!.x - out.get('n1')!.x, out.get('n3')!.y - out.get('n1')!.y)).toBeLessThan(90);
  });
});
