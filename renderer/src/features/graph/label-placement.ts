/**
 * Which nodes get a label, decided on screen as Obsidian and Gephi do: labels are placed one by one in
 * order of importance, and a label that would touch one already placed is left out. Pure, so it is tested
 * without a canvas; labels.ts feeds it from Cytoscape and applies the answer.
 */

/** A node that may be labelled, in screen pixels. */
export interface LabelCandidate {
  /** The node's centre on screen. */
  x: number;
  y: number;
  /** The node's radius on screen: the label sits under it. */
  r: number;
  /** The label's width and height on screen, as it will be drawn. */
  width: number;
  height: number;
  /** Lower first: see TIER. */
  tier: number;
  /** Within a tier, higher first: degree and weight, or the search rank turned around. */
  weight: number;
  /** A node's label hangs under it; an edge's sits on its middle (`r` 0). */
  centred?: boolean;
  /**
   * Other places to try, in order, when the label's own is taken: offsets in px from (x, y). A relation's name
   * slides along its edge, as a map's road name does, instead of being left out.
   */
  shifts?: readonly { dx: number; dy: number }[];
}

/** A label placed: its candidate, and how far from the candidate's own place it was drawn. */
export interface Placed {
  index: number;
  dx: number;
  dy: number;
}

/**
 * Who is named first. The open note and the selection are never hidden by anything else; then what the
 * person is looking for (search hits, the concepts of the card under review), then the hovered node's
 * neighbours, then everything else by how connected it is.
 */
export const TIER = { hovered: 0, open: 1, selected: 1, hit: 2, hood: 3, plain: 4, dimmed: 5 } as const;

/** A label's box on screen. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PlacementOptions {
  /** The view's size on screen: a label outside it is not placed (and blocks nothing). */
  width: number;
  height: number;
  /** Room kept free around each label, in px. */
  gap?: number;
  /** Gap between a node's rim and its label's top, in px. */
  margin?: number;
  /** Screen area per label for the tiers past `hit`: a screen full of names reads as none. */
  areaPerLabel?: number;
  /**
   * Boxes no label of the tiers past `hit` may cross: the hub notes, drawn over everything round them
   * (cy-style.ts `node.hub`), which hid the names laid under them.
   */
  obstacles?: readonly Box[];
}

/** Where a candidate's label is drawn: centred under the node. */
export function labelBox(c: LabelCandidate, margin = 3): Box {
  const top = c.centred ? c.y - c.height / 2 : c.y + c.r + margin;
  return { x1: c.x - c.width / 2, y1: top, x2: c.x + c.width / 2, y2: top + c.height };
}

export const overlaps = (a: Box, b: Box, gap = 0): boolean => a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/** Uniform grid over the screen, so each new label is checked against its neighbours only. */
class BoxGrid {
  private readonly cells = new Map<number, Box[]>();
  constructor(private readonly cell: number) {}

  private keys(b: Box): number[] {
    const out: number[] = [];
    const [cx1, cx2] = [Math.floor(b.x1 / this.cell), Math.floor(b.x2 / this.cell)];
    const [cy1, cy2] = [Math.floor(b.y1 / this.cell), Math.floor(b.y2 / this.cell)];
    for (let i = cx1; i <= cx2; i++) for (let j = cy1; j <= cy2; j++) out.push(i * 100_003 + j);
    return out;
  }

  hits(b: Box, gap: number): boolean {
    const grown = { x1: b.x1 - gap, y1: b.y1 - gap, x2: b.x2 + gap, y2: b.y2 + gap };
    return this.keys(grown).some((k) => this.cells.get(k)?.some((o) => overlaps(o, b, gap)) ?? false);
  }

  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
}

/** Indices of the candidates that get a label, in the order they were placed; no two of their boxes overlap. */
export function placeLabels(candidates: readonly LabelCandidate[], options: PlacementOptions): number[] {
  return placeLabelsAt(candidates, options).map((p) => p.index);
}

/** As placeLabels, with where each label went (a candidate with `shifts` may be drawn off its own place). */
export function placeLabelsAt(candidates: readonly LabelCandidate[], options: PlacementOptions): Placed[] {
  const { width, height, gap = 4, margin = 3, areaPerLabel = 9000 } = options;
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[a]!.tier - candidates[b]!.tier || candidates[b]!.weight - candidates[a]!.weight);
  const budget = Math.max(12, Math.round((width * height) / areaPerLabel));
  const grid = new BoxGrid(64);
  const blocked = new BoxGrid(64);
  for (const b of options.obstacles ?? []) blocked.add(b);
  const chosen: Placed[] = [];
  let ordinary = 0;
  for (const i of order) {
    const c = candidates[i]!;
    const important = c.tier <= TIER.hit;
    if (!important && ordinary >= budget) break;
    if (c.tier >= TIER.dimmed) break;
    const own = labelBox(c, margin);
    for (const { dx, dy } of [{ dx: 0, dy: 0 }, ...(c.shifts ?? [])]) {
      const box = { x1: own.x1 + dx, y1: own.y1 + dy, x2: own.x2 + dx, y2: own.y2 + dy };
      // Wholly off screen: nothing to read. Partly off screen: drawn, so it takes its room.
      if (box.x2 < 0 || box.x1 > width || box.y2 < 0 || box.y1 > height) continue;
      if (grid.hits(box, gap) || (!important && blocked.hits(box, 0))) continue;
      grid.add(box);
      chosen.push({ index: i, dx, dy });
      if (!important) ordinary++;
      break;
    }
  }
  return chosen;
}
