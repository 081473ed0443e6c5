import type { Point } from './viewport';

/**
 * Where nodes new to a laid-out graph go: at the mean of their placed neighbours, a little apart, so a
 * delta adds to the picture instead of reshuffling it. Nodes already placed keep their positions; a new
 * node with no placed neighbour gets none (the caller lays those out).
 */
export function placeNear(placed: { get(id: string): Point | undefined }, newIds: readonly string[], neighbours: (id: string) => readonly string[], jitter: () => number = Math.random): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const id of newIds) {
    const around = neighbours(id)
      .map((n) => placed.get(n) ?? out.get(n))
      .filter((p): p is Point => p !== undefined);
    if (around.length === 0) continue;
    const x = around.reduce((s, p) => s + p.x, 0) / around.length;
    const y = around.reduce((s, p) => s + p.y, 0) / around.length;
    out.set(id, { x: x + (jitter() - 0.5) * 60, y: y + (jitter() - 0.5) * 60 });
  }
  return out;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Where the i-th node with no position waits while the layout runs: a sunflower spiral around the origin,
 * evenly filled and `spacing` apart. Without it Cytoscape stacks them all at (0, 0), and a large vault
 * opened as one blob in the corner for the seconds its first layout took.
 */
export function waitingSpot(i: number, spacing = 40): Point {
  const r = spacing * Math.sqrt(i + 0.5);
  const a = i * GOLDEN_ANGLE;
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}
