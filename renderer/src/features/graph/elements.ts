import type { ElementDefinition } from 'cytoscape';
import type { GraphEdgeDTO, GraphNodeDTO } from '../../../../electron/contract';
import { edgeWidth, nodeSize } from './cy-style';
import { waitingSpot } from './place-new';
import type { Spot } from './positions';

/** A graph node as Cytoscape holds it; `gcolour` is its colour group's, when one matches. */
export const toElement = (n: GraphNodeDTO, classes = '', gcolour?: string): ElementDefinition => ({
  group: 'nodes',
  classes,
  data: { id: n.id, label: n.label, kind: n.kind, noteId: n.noteId, concept: n.concept, size: nodeSize(n.weight, n.degree), ...(gcolour ? { gcolour } : {}) },
});

export const toEdge = (e: GraphEdgeDTO): ElementDefinition => ({
  group: 'edges',
  data: { id: e.id, source: e.source, target: e.target, kind: e.kind, weight: e.weight, width: edgeWidth(e.weight), ...(e.relation ? { relation: e.relation } : {}) },
});

/** A node placed for a render: where it goes, and whether it stays put. */
export type PlacedNode = ElementDefinition & { position: Spot; locked?: boolean };

/**
 * A render's nodes with their places: where each was (`known`, then the kept positions), pinned ones
 * locked, and the rest on the waiting spiral (`missing`, for the layout to place). Positions go in with the
 * elements: setting them node by node afterwards took seconds at 10k nodes.
 */
export function placeNodes(
  nodes: readonly GraphNodeDTO[],
  known: ReadonlyMap<string, Spot>,
  saved: Readonly<Record<string, Spot>>,
  pinned: ReadonlySet<string>,
  palette: Int32Array | null,
  groups: readonly (string | undefined)[],
): { elements: PlacedNode[]; missing: string[] } {
  const missing: string[] = [];
  const elements = nodes.map((n, i): PlacedNode => {
    const community = palette && palette[i]! >= 0 ? `k${palette[i]}` : '';
    const p = known.get(n.id) ?? saved[n.id];
    if (!p) {
      // Spread out, not stacked at the origin, while the layout computes where it goes.
      const spot = waitingSpot(missing.length);
      missing.push(n.id);
      return { ...toElement(n, community, groups[i]), position: spot };
    }
    const pin = pinned.has(n.id) || !!p.pinned;
    return { ...toElement(n, `${community}${pin ? ' pinned' : ''}`, groups[i]), position: { x: p.x, y: p.y }, ...(pin ? { locked: true } : {}) };
  });
  return { elements, missing };
}
