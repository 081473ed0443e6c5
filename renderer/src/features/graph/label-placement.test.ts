import { describe, expect, it } from 'vitest';
import { labelBox, overlaps, placeLabels, placeLabelsAt, TIER, type LabelCandidate } from './label-placement';

const screen = { width: 1000, height: 800 };
const node = (x: number, y: number, weight: number, tier: number = TIER.plain, width = 80): LabelCandidate => ({ x, y, r: 6, width, height: 18, tier, weight });

describe('placeLabels', () => {
  it('never places two labels that touch, however crowded the screen', () => {
    // 2,000 nodes in a 400×300 px blob: a hub's neighbourhood at overview zoom.
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const nodes = Array.from({ length: 2000 }, (_, i) => node(300 + rnd() * 400, 250 + rnd() * 300, rnd() * 40, i < 300 ? TIER.hood : TIER.plain, 30 + rnd() * 120));
    const chosen = placeLabels(nodes, screen);
    expect(chosen.length).toBeGreaterThan(10);
    const boxes = chosen.map((i) => labelBox(nodes[i]!));
    for (let a = 0; a < boxes.length; a++) for (let b = a + 1; b < boxes.length; b++) expect(overlaps(boxes[a]!, boxes[b]!)).toBe(false);
  });

  it('names the open note, the selection and search hits before bigger nodes that crowd them', () => {
    const nodes = [node(100, 100, 40), node(110, 102, 5, TIER.hit), node(500, 100, 30), node(505, 104, 2, TIER.open)];
    expect(placeLabels(nodes, screen).sort()).toEqual([1, 3]);
  });

  it('orders search hits by their rank (weight), and the rest by how connected they are', () => {
    const nodes = [node(100, 100, -3, TIER.hit), node(104, 100, -1, TIER.hit), node(600, 400, 10), node(606, 400, 50)];
    expect(placeLabels(nodes, screen)).toEqual([1, 3]);
  });

  it("while a node is hovered, its neighbours are named before the graph's hubs, and dimmed nodes not at all", () => {
    const nodes = [node(100, 100, 90), node(102, 101, 3, TIER.hood), node(300, 300, 1, TIER.hovered), node(700, 300, 99, TIER.dimmed)];
    expect(placeLabels(nodes, screen)).toEqual([2, 1]);
  });

  it('leaves out labels wholly off screen, and they take no room from those on it', () => {
    const nodes = [node(-200, 100, 99), node(1400, 100, 99), node(100, 900, 99), node(20, 100, 1)];
    expect(placeLabels(nodes, screen)).toEqual([3]);
  });

  it('stops at a readable number of ordinary labels, but always names every hit that fits', () => {
    const grid = Array.from({ length: 400 }, (_, i) => node((i % 20) * 50 + 10, Math.floor(i / 20) * 40 + 10, 100 - i, i % 7 === 0 ? TIER.hit : TIER.plain, 40));
    const chosen = placeLabels(grid, { width: 1000, height: 800, areaPerLabel: 40_000 });
    const hits = grid.filter((n) => n.tier === TIER.hit).length;
    expect(chosen.filter((i) => grid[i]!.tier === TIER.hit).length).toBe(hits);
    expect(chosen.length - hits).toBe(20);
  });

  it("puts an edge's label on its middle, a node's under it", () => {
    expect(labelBox({ x: 100, y: 100, r: 10, width: 40, height: 20, tier: 0, weight: 0 })).toEqual({ x1: 80, y1: 113, x2: 120, y2: 133 });
    expect(labelBox({ x: 100, y: 100, r: 0, width: 40, height: 20, tier: 0, weight: 0, centred: true })).toEqual({ x1: 80, y1: 90, x2: 120, y2: 110 });
  });
});

describe('placeLabels obstacles', () => {
  it('lays no ordinary label across a hub drawn over it, but still names the open note and hits there', () => {
    const hub = { x1: 480, y1: 380, x2: 520, y2: 420 };
    // Each label hangs under its node: these three would run across the hub.
    const under = [node(500, 360, 30), node(500, 362, 1, TIER.hit), node(700, 360, 10)];
    const plain = placeLabels([under[0]!, under[2]!], { ...screen, obstacles: [hub] });
    expect(plain).toEqual([1]);
    expect(placeLabels([under[1]!], { ...screen, obstacles: [hub] })).toEqual([0]);
    expect(placeLabels([under[0]!], screen)).toEqual([0]);
  });
});

describe('placeLabelsAt shifts', () => {
  const edge = (x: number, y: number, shifts: { dx: number; dy: number }[]): LabelCandidate => ({ x, y, r: 0, width: 90, height: 18, tier: TIER.plain, weight: 1, centred: true, shifts });

  it("slides a relation's name along its edge to the first free place instead of leaving it out", () => {
    const blocker = node(200, 180, 50);
    const along = [{ dx: -10, dy: -8 }, { dx: 60, dy: 48 }, { dx: 90, dy: 72 }];
    const placed = placeLabelsAt([blocker, edge(200, 200, along)], screen);
    expect(placed.map((p) => p.index)).toEqual([0, 1]);
    expect(placed[1]).toEqual({ index: 1, dx: 60, dy: 48 });
    const boxes = placed.map((p) => {
      const b = labelBox([blocker, edge(200, 200, along)][p.index]!);
      return { x1: b.x1 + p.dx, y1: b.y1 + p.dy, x2: b.x2 + p.dx, y2: b.y2 + p.dy };
    });
    expect(overlaps(boxes[0]!, boxes[1]!)).toBe(false);
  });

  it('leaves the name out when every place along the edge is taken', () => {
    expect(placeLabelsAt([node(200, 180, 50), edge(200, 200, [{ dx: 2, dy: 1 }])], screen).map((p) => p.index)).toEqual([0]);
  });

  it('keeps a label with room at its own place', () => {
    expect(placeLabelsAt([edge(500, 500, [{ dx: 40, dy: 0 }])], screen)).toEqual([{ index: 0, dx: 0, dy: 0 }]);
  });
});
