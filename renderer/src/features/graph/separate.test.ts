import { describe, expect, it } from 'vitest';
import { mulberry32 } from './prng';
import { separate } from './separate';

/** The pairs of nodes whose discs (plus the gap) overlap. */
function overlaps(p: Float64Array, sizes: number[], gap: number): number {
  let count = 0;
  for (let i = 0; i < sizes.length; i++) {
    for (let j = i + 1; j < sizes.length; j++) {
      if (Math.hypot(p[2 * i]! - p[2 * j]!, p[2 * i + 1]! - p[2 * j + 1]!) < (sizes[i]! + sizes[j]!) / 2 + gap - 0.01) count++;
    }
  }
  return count;
}

describe('separate', () => {
  it('moves a small node lying on a hub off it, so both show whole', () => {
    // A hub of 20 px and a note of 12 px whose centres are 7 px apart, as the sample vault's layout left them.
    const out = separate(Float64Array.from([0, 0, 5, 5]), [20, 12], [false, false], 4);
    expect(Math.hypot(out[2]! - out[0]!, out[3]! - out[1]!)).toBeGreaterThanOrEqual(16 + 4 - 0.01);
  });

  it('leaves nodes already apart where they are, and a pinned node where it was pinned', () => {
    const apart = Float64Array.from([0, 0, 100, 0, 0, 100]);
    expect([...separate(apart, [20, 20, 20], [false, false, false])]).toEqual([...apart]);
    const out = separate(Float64Array.from([0, 0, 1, 0]), [20, 20], [true, false], 4);
    expect([out[0], out[1]]).toEqual([0, 0]);
    expect(out[2]).toBeGreaterThanOrEqual(24 - 0.01);
  });

  it('untangles a crowded cluster, nodes exactly on top of one another included', () => {
    const rand = mulberry32(3);
    const n = 150;
    const sizes = Array.from({ length: n }, () => 10 + Math.round(rand() * 30));
    const p = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      p[2 * i] = i % 10 === 0 ? 0 : (rand() - 0.5) * 300;
      p[2 * i + 1] = i % 10 === 0 ? 0 : (rand() - 0.5) * 300;
    }
    expect(overlaps(p, sizes, 4)).toBeGreaterThan(50);
    expect(overlaps(separate(p, sizes, new Array<boolean>(n).fill(false), 4, 200), sizes, 4)).toBe(0);
  });
});
