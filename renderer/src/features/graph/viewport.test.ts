import { describe, expect, it } from 'vitest';
import { viewportFor, viewportForExtent } from './viewport';

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

describe('viewportForExtent', () => {
  it('keeps the room asked for at each edge free of the box', () => {
    const box = { x1: -300, y1: -200, x2: 300, y2: 200 };
    const room = { side: 75, top: 30, bottom: 48 };
    const { zoom, pan } = viewportForExtent(box, 640, 700, room);
    const left = box.x1 * zoom + pan.x;
    const right = box.x2 * zoom + pan.x;
    expect(left).toBeCloseTo(75, 5);
    expect(right).toBeCloseTo(640 - 75, 5);
    expect(box.y1 * zoom + pan.y).toBeGreaterThanOrEqual(30);
    expect(box.y2 * zoom + pan.y).toBeLessThanOrEqual(700 - 48);
  });
  it('does not blow a single node up past the largest zoom', () => {
    expect(viewportForExtent({ x1: 0, y1: 0, x2: 20, y2: 20 }, 800, 600, { side: 75, top: 30, bottom: 48 }, 4).zoom).toBe(4);
  });
});
