import { describe, expect, it } from 'vitest';
import { placeNear, waitingSpot } from './place-new';

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

describe('waitingSpot', () => {
  it('spreads unplaced nodes evenly around the origin instead of stacking them', () => {
    const spots = Array.from({ length: 500 }, (_, i) => waitingSpot(i, 40));
    let closest = Infinity;
    for (let i = 0; i < spots.length; i++)
      for (let j = i + 1; j < spots.length; j++) closest = Math.min(closest, Math.hypot(spots[i]!.x - spots[j]!.x, spots[i]!.y - spots[j]!.y));
    expect(closest).toBeGreaterThan(20);
    // A disc whose radius grows with the square root of the count: 500 nodes fit within ~sqrt(500) spacings.
    const radius = Math.max(...spots.map((p) => Math.hypot(p.x, p.y)));
    expect(radius).toBeLessThan(40 * Math.sqrt(500) + 1);
    const mean = spots.reduce((m, p) => ({ x: m.x + p.x / spots.length, y: m.y + p.y / spots.length }), { x: 0, y: 0 });
    expect(Math.hypot(mean.x, mean.y)).toBeLessThan(40);
  });
});
