import type { Core } from 'cytoscape';

export interface Point {
  x: number;
  y: number;
}

/**
 * The zoom and pan that frame these points. `cy.fit()` measures every element's bounding box, edges and
 * labels included, which took seconds at 10k nodes; the nodes' centres bound a graph well enough.
 */
export function viewportFor(points: Iterable<Point>, width: number, height: number, padding = 30, maxZoom = 4): { zoom: number; pan: Point } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of points) {
    if (p.x < x1) x1 = p.x;
    if (p.x > x2) x2 = p.x;
    if (p.y < y1) y1 = p.y;
    if (p.y > y2) y2 = p.y;
  }
  if (x1 === Infinity) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  // Room for the largest nodes at the edges.
  const margin = 24;
  const zoom = Math.min(maxZoom, (width - 2 * padding) / (x2 - x1 + 2 * margin), (height - 2 * padding) / (y2 - y1 + 2 * margin));
  return { zoom, pan: { x: width / 2 - (zoom * (x1 + x2)) / 2, y: height / 2 - (zoom * (y1 + y2)) / 2 } };
}

/** Frames the whole graph by its node centres. */
export function fitNodes(cy: Core, padding = 30): void {
  fitPoints(
    cy,
    cy.nodes().map((n) => n.position()),
    padding,
  );
}

/** Frames these points: a large graph's nodes before Cytoscape holds them all (hand-over.ts). */
export function fitPoints(cy: Core, points: Iterable<Point>, padding = 30): void {
  const view = viewportFor(points, cy.width(), cy.height(), padding, cy.maxZoom());
  cy.viewport({ zoom: Math.max(cy.minZoom(), view.zoom), pan: view.pan });
}

/** A model-space box: the nodes' extent without their labels. */
export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Room kept at the view's edges, in screen px. */
export interface EdgeRoom {
  side: number;
  top: number;
  bottom: number;
}

/**
 * The zoom and pan that put `box` inside the view with `room` kept free at its edges. Labels are chosen
 * after the view is framed, so `cy.fit()` cannot count them: the room is where a name hanging under a node
 * on the rim is drawn whole.
 */
export function viewportForExtent(box: Extent, width: number, height: number, room: EdgeRoom, maxZoom = 4): { zoom: number; pan: Point } {
  const w = Math.max(box.x2 - box.x1, 1);
  const h = Math.max(box.y2 - box.y1, 1);
  const zoom = Math.max(0, Math.min(maxZoom, (width - 2 * room.side) / w, (height - room.top - room.bottom) / h));
  const middleY = room.top + (height - room.top - room.bottom) / 2;
  return { zoom, pan: { x: width / 2 - (zoom * (box.x1 + box.x2)) / 2, y: middleY - (zoom * (box.y1 + box.y2)) / 2 } };
}
