import { describe, expect, it } from 'vitest';
import { viewportFor } from './viewport';

describe('viewportFor', () => {
  it('frames every point inside the padded view', () => {
    const points = [{ x: -500, y: 100 }, { x: 1500, y: 300 }, { x: 200, y: -900 }];
    const { zoom, pan } = viewportFor(points, 800, 600, 30);
    for (const p of points) {
      const sx = p.x * zoom + pan.x;
      const sy = p.y * zoom + pan.y;
      expect(sx).toBeGreaterThanOrEqual(30);
      expect(sx).toBeLessThanOrEqual(770);
      expect(sy).toBeGreaterThanOrEqual(30);
      expect(sy).toBeLessThanOrEqual(570);
    }
  });
  it('does not blow a single node up past the largest zoom', () => {
    expect(viewportFor([{ x: 5, y: 5 }], 800, 600, 30, 4).zoom).toBeLessThanOrEqual(4);
  });
});
