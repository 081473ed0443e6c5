import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphEdgeDTO, GraphNodeDTO } from '../../../../electron/contract';
import { toEdge, toElement } from './elements';
import { waitingSpot } from './place-new';

/** What Cytoscape holds of an element: its id and the data the view gave it. */
export interface HeldElement {
  id: string;
  data: Record<string, unknown>;
}

export interface GraphPatch {
  remove: string[];
  addNodes: GraphNodeDTO[];
  addEdges: GraphEdgeDTO[];
  /** Held elements whose data changed, with the data they should now have. */
  update: { id: string; data: Record<string, unknown> }[];
}

export function sameData(held: Record<string, unknown>, next: Record<string, unknown>): boolean {
  for (const key of Object.keys(next)) if (held[key] !== next[key]) return false;
  return true;
}

/**
 * The change from what Cytoscape holds to what should be visible. A save changes a handful of nodes and
 * edges; removing and re-adding all of them (thousands in the AWS guide) made Cytoscape restyle and
 * redraw everything, blocking the page for seconds after each save.
 */
export function diffGraph(
  held: readonly HeldElement[],
  nodes: readonly GraphNodeDTO[],
  edges: readonly GraphEdgeDTO[],
  nodeData: (n: GraphNodeDTO) => Record<string, unknown>,
  edgeData: (e: GraphEdgeDTO) => Record<string, unknown>,
): GraphPatch {
  const heldById = new Map(held.map((h) => [h.id, h.data]));
  const wanted = new Set<string>();
  const patch: GraphPatch = { remove: [], addNodes: [], addEdges: [], update: [] };
  for (const n of nodes) {
    wanted.add(n.id);
    const was = heldById.get(n.id);
    const data = nodeData(n);
    if (!was) patch.addNodes.push(n);
    else if (!sameData(was, data)) patch.update.push({ id: n.id, data });
  }
  for (const e of edges) {
    wanted.add(e.id);
    const was = heldById.get(e.id);
    const data = edgeData(e);
    // An edge's ends cannot change in Cytoscape: one that moved is removed and added again.
    if (!was) patch.addEdges.push(e);
    else if (was.source !== e.source || was.target !== e.target) {
      patch.remove.push(e.id);
      patch.addEdges.push(e);
    } else if (!sameData(was, data)) patch.update.push({ id: e.id, data });
  }
  for (const h of held) if (!wanted.has(h.id)) patch.remove.push(h.id);
  return patch;
}

/** Applies a patch to what Cytoscape holds, in one batch; new nodes wait at `spot` until placed. */
export function applyPatch(
  g: Core,
  patch: GraphPatch,
  toNode: (n: GraphNodeDTO) => ElementDefinition,
  toEdgeElement: (e: GraphEdgeDTO) => ElementDefinition,
  spot: (i: number) => { x: number; y: number },
): void {
  g.batch(() => {
    if (patch.remove.length) {
      const gone = new Set(patch.remove);
      g.remove(g.elements().filter((e) => gone.has(e.id())));
    }
    for (const { id, data } of patch.update) g.getElementById(id).data(data);
    if (patch.addNodes.length) g.add(patch.addNodes.map((n, i) => ({ ...toNode(n), position: spot(i) })));
    if (patch.addEdges.length) g.add(patch.addEdges.map(toEdgeElement));
  });
}

/**
 * A graph Cytoscape draws whole (below the edge layer's threshold) brought to `nodes` and `edges` by what
 * changed. Null when nothing did; else the nodes added (they need a place).
 */
export function patchHeld(g: Core, nodes: readonly GraphNodeDTO[], edges: readonly GraphEdgeDTO[], groupColour: (n: GraphNodeDTO) => string | undefined): { added: string[] } | null {
  const held = g.elements().map((e) => ({ id: e.id(), data: e.data() as Record<string, unknown> }));
  const edgeData = (e: GraphEdgeDTO): Record<string, unknown> => toEdge(e).data;
  const nodeData = (n: GraphNodeDTO): Record<string, unknown> => {
    const { id: _id, ...data } = toElement(n, '', groupColour(n)).data;
    return data;
  };
  const diff = diffGraph(held, nodes, edges, nodeData, edgeData);
  if (diff.remove.length + diff.addNodes.length + diff.addEdges.length + diff.update.length === 0) return null;
  applyPatch(g, diff, (n) => toElement(n, '', groupColour(n)), toEdge, waitingSpot);
  return { added: diff.addNodes.map((n) => n.id) };
}
