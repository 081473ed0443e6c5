import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphEdgeDTO, GraphNodeDTO } from '../../../../electron/contract';
import type { DeferredData } from './deferred-data';
import type { EdgeLayer } from './edge-layer';
import { toEdge } from './elements';
import type { OverviewEdges } from './overview-edges';
import { isEmptyChange, type ShownGraph } from './overview-patch';
import { applyPatch, sameData } from './patch';
import { waitingSpot } from './place-new';

/** A view past EDGE_LAYER_MIN, as a delta patches it. */
export interface OverviewTarget {
  cy: Core;
  layer: EdgeLayer;
  overview: OverviewEdges;
  shown: ShownGraph;
  /** Community colour slots in the layer's node order; null when the view has none. */
  palette: { ids: string[]; palette: Int32Array } | null;
  /** A node as Cytoscape holds it (its group colour included). */
  element: (n: GraphNodeDTO) => ElementDefinition;
  /** Gives the layer every node's size, shape and colour, in its order. */
  giveNodes: (nodes: GraphNodeDTO[], palette: Int32Array) => void;
  /** New data for nodes Cytoscape does not draw, kept until it does (deferred-data.ts). */
  deferred: DeferredData;
}

export interface OverviewPatched {
  palette: { ids: string[]; palette: Int32Array };
  /** Nodes added (to be placed). */
  added: string[];
  /** Anything shown changed. */
  changed: boolean;
  /**
   * The rest, for the layer and the edges Cytoscape holds, each step to run in a task of its own (together
   * with the diff they were one 50–120 ms task after a save in the AWS guide). A step returns false when a
   * whole patch is needed after all.
   */
  steps: (() => boolean)[];
}

/**
 * A delta taken into a large view by what it changed alone: Cytoscape gets the new nodes and the new data
 * of nodes whose drawing changed, the layer the new and reweighed edges (EdgeOrder) and the sizes, and the
 * edges Cytoscape holds for hover and detail follow. A save that changes nothing drawn (prose, or weights
 * that leave every size and every stroked edge as they were) touches neither Cytoscape nor the canvas. Diffing
 * all 7.6k nodes and re-indexing all 76k edges of the AWS guide took three tasks of 50–110 ms per save.
 * Null when a node went (the layer's node order changes): a whole patch is needed. The layer's part and the
 * hover edges' follow in `steps`.
 */
export function patchOverviewDelta(t: OverviewTarget, nodes: readonly GraphNodeDTO[], edges: readonly GraphEdgeDTO[]): OverviewPatched | null {
  const change = t.shown.diff(nodes, edges);
  const before = t.palette ?? { ids: t.layer.nodeIds, palette: new Int32Array(t.layer.nodeIds.length).fill(-1) };
  if (change.goneNodes.length) return null;
  t.shown.commit(change);
  if (isEmptyChange(change)) return { palette: before, added: [], changed: false, steps: [] };
  const update: { id: string; data: Record<string, unknown> }[] = [];
  for (const n of change.changedNodes) {
    const held = t.cy.getElementById(n.id);
    const data = t.element(n).data as Record<string, unknown>;
    if (held.empty() || sameData(held.data() as Record<string, unknown>, data)) t.deferred.drop(n.id);
    // A node the layer paints (Cytoscape holds it transparent) gets its data once Cytoscape draws it.
    else if (!held.visible()) t.deferred.defer(n.id, data);
    else {
      t.deferred.drop(n.id);
      update.push({ id: n.id, data });
    }
  }
  if (update.length + change.addedNodes.length > 0) applyPatch(t.cy, { remove: [], addNodes: change.addedNodes, addEdges: [], update }, t.element, toEdge, waitingSpot);
  const added = change.addedNodes.map((n) => n.id);
  const palette = { ids: [...before.ids, ...added], palette: Int32Array.from({ length: before.ids.length + added.length }, (_, i) => before.palette[i] ?? -1) };
  const upserted = change.upsertedEdges.map((u) => u.now);
  // The layer's edges, then its nodes' sizes and colours, in tasks of their own: together, the first time a
  // page ran them (code not yet optimised), they were one task over 50 ms.
  const layerEdgesStep = (): boolean => t.layer.patchEdges(added, upserted, change.goneEdges.map((e) => e.id), (i) => palette.palette[i] ?? -1);
  const layerNodesStep = (): boolean => {
    if (added.length + change.changedNodes.length > 0) t.giveNodes(palette.ids.map((id) => t.shown.node(id) as GraphNodeDTO), palette.palette);
    return true;
  };
  const edgesStep = (): boolean => {
    t.overview.patchEdges(change.upsertedEdges, change.goneEdges);
    return true;
  };
  return { palette, added, changed: true, steps: [layerEdgesStep, layerNodesStep, edgesStep] };
}
