/**
 * A large graph's nodes as the edge layer paints them. Cytoscape draws each node through a texture cache,
 * one drawImage per node: at 10k nodes that was ~1 s of the first render and of every redraw at the end of
 * a gesture (bench/graph, software canvas). Here nodes are a few filled paths, one per colour and shape.
 * Cytoscape keeps every node, invisible (opacity 0, still hit-tested), and draws only those that look
 * different (CY_DRAWN in cy-style.ts); the layer leaves those out.
 */

export const Shape = { Circle: 0, Diamond: 1, Square: 2, Ring: 3 } as const;
export type Shape = (typeof Shape)[keyof typeof Shape];

export const shapeOf = (kind: string): Shape => (kind === 'concept' ? Shape.Diamond : kind === 'tag' ? Shape.Square : kind === 'missing' ? Shape.Ring : Shape.Circle);

/** Colour slots after the community palette: one per kind, then one per group colour. */
export const KINDS = ['note', 'concept', 'tag', 'missing'] as const;

export interface LayerNodes {
  /** Model diameter per node. */
  size: Float64Array;
  shape: Uint8Array;
  /** Index into the colour table: palette slots, then KINDS, then group colours. */
  colour: Uint16Array;
}

/**
 * Each node's colour slot, in the order Cytoscape's stylesheet decides it: a group colour, else its
 * community's palette slot, else its kind's colour. Returns the group colours to append to the table.
 */
export function nodeColourSlots(kinds: readonly string[], palette: Int32Array | null, groups: readonly (string | undefined)[], paletteSize: number): { colour: Uint16Array; groupColours: string[] } {
  const groupSlot = new Map<string, number>();
  const colour = new Uint16Array(kinds.length);
  kinds.forEach((kind, i) => {
    const group = groups[i];
    if (group) {
      if (!groupSlot.has(group)) groupSlot.set(group, paletteSize + KINDS.length + groupSlot.size);
      colour[i] = groupSlot.get(group)!;
      return;
    }
    const p = palette?.[i] ?? -1;
    // Missing notes keep their kind's look whatever their community, as the stylesheet's rule order gives.
    const k = Math.max(0, KINDS.indexOf(kind as (typeof KINDS)[number]));
    colour[i] = p >= 0 && kind !== 'missing' ? p : paletteSize + k;
  });
  return { colour, groupColours: [...groupSlot.keys()] };
}

/** Paints the nodes not skipped, one path per colour and shape; `alpha` fades them under a search. */
export function paintNodes(ctx: CanvasRenderingContext2D, xy: Float64Array, nodes: LayerNodes, skip: Uint8Array, colours: readonly string[], alpha: number): number {
  const { size, shape, colour } = nodes;
  const count = size.length;
  const used = new Set<number>();
  for (let i = 0; i < count; i++) if (!skip[i]) used.add(colour[i]! * 4 + shape[i]!);
  let painted = 0;
  for (const key of used) {
    const slot = key >> 2;
    const form = (key & 3) as Shape;
    ctx.beginPath();
    for (let i = 0; i < count; i++) {
      if (skip[i] || colour[i] !== slot || shape[i] !== form) continue;
      const x = xy[2 * i]!;
      const y = xy[2 * i + 1]!;
      const r = size[i]! / 2;
      if (form === Shape.Diamond) {
        ctx.moveTo(x, y - r);
        ctx.lineTo(x + r, y);
        ctx.lineTo(x, y + r);
        ctx.lineTo(x - r, y);
        ctx.closePath();
      } else if (form === Shape.Square) {
        ctx.rect(x - r, y - r, 2 * r, 2 * r);
      } else {
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, Math.PI * 2);
      }
      painted++;
    }
    ctx.fillStyle = colours[slot] ?? colours[0]!;
    // Missing notes are a faint disc with a ring in Cytoscape; at overview sizes a faint disc reads the same.
    ctx.globalAlpha = alpha * (form === Shape.Ring ? 0.35 : 1);
    ctx.fill();
  }
  ctx.globalAlpha = 1;
  return painted;
}
