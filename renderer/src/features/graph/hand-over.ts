import type { Core, ElementDefinition } from 'cytoscape';

/**
 * Nodes per frame handed to Cytoscape after the edge layer has painted the whole graph. Cytoscape's style
 * and bounds for 10k nodes took 1.5–2 s in one go (bench/graph); in slices the first picture does not
 * wait for it and the page keeps panning in between.
 */
export const HAND_OVER_CHUNK = 2000;

/** [start, end) index ranges covering `count` items in slices of `size`. */
export function slices(count: number, size: number): [number, number][] {
  const out: [number, number][] = [];
  for (let start = 0; start < count; start += Math.max(1, size)) out.push([start, Math.min(count, start + Math.max(1, size))]);
  return out;
}

/** After the frame now pending has painted: a frame callback, then a task. */
export const afterPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Adds `elements` to Cytoscape a slice per painted frame; false when `current()` turned false first
 * (a newer render took over), true once all are in.
 */
export async function handOver(cy: Core, elements: readonly ElementDefinition[], current: () => boolean, size = HAND_OVER_CHUNK): Promise<boolean> {
  for (const [start, end] of slices(elements.length, size)) {
    await afterPaint();
    if (!current() || cy.destroyed()) return false;
    cy.add(elements.slice(start, end) as ElementDefinition[]);
  }
  return true;
}
