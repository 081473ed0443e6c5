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
