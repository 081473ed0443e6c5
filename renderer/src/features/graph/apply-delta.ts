import type { GraphDelta, GraphDTO, GraphEdgeDTO, GraphNodeDTO } from '../../../../electron/contract';

/**
 * The graph after a delta, in one pass over its nodes and edges: kept elements stay where they were,
 * upserted ones replace them in place, new ones (and ones removed and sent again) come last, and an edge
 * joins only when both its ends are in the graph. `newNodes` false (the local graph) takes in only nodes
 * already there. Indexing every node and edge by id instead cost ~100 ms on the first save in the AWS
 * guide (7.6k nodes, 66k edges), a long task of its own; a pass with lookups in the delta's few ids is a
 * few ms.
 */
export function applyDelta(graph: GraphDTO, delta: GraphDelta, newNodes: boolean): GraphDTO {
  const goneNodes = new Set(delta.removeNodes);
  const upNodes = new Map<string, GraphNodeDTO>();
  const wanted = new Set<string>();
  for (const e of delta.upsertEdges) wanted.add(e.source).add(e.target);
  const present = new Set<string>();
  // The local graph takes in only nodes it holds.
  const kept = newNodes ? null : new Set<string>();
  for (const n of graph.nodes) {
    if (goneNodes.has(n.id)) continue;
    kept?.add(n.id);
    if (wanted.has(n.id)) present.add(n.id);
  }
  for (const n of delta.upsertNodes) {
    if (kept && !kept.has(n.id)) continue;
    upNodes.set(n.id, n);
    present.add(n.id);
  }
  const nodes: GraphNodeDTO[] = [];
  const placed = new Set<string>();
  for (const n of graph.nodes) {
    if (goneNodes.has(n.id)) continue;
    const now = upNodes.get(n.id);
    if (now) placed.add(n.id);
    nodes.push(now ?? n);
  }
  for (const [id, n] of upNodes) if (!placed.has(id)) nodes.push(n);

  // One lookup per edge in the common case (the edge untouched): its id is neither removed nor sent again.
  const touched = new Map<string, GraphEdgeDTO | null>();
  for (const id of delta.removeEdges) touched.set(id, null);
  const upEdges = new Map<string, GraphEdgeDTO>();
  for (const e of delta.upsertEdges) if (present.has(e.source) && present.has(e.target)) upEdges.set(e.id, e);
  for (const [id, e] of upEdges) if (!touched.has(id)) touched.set(id, e);
  const edges: GraphEdgeDTO[] = [];
  const placedEdges = new Set<string>();
  for (const e of graph.edges) {
    const now = touched.get(e.id);
    if (now === undefined) edges.push(e);
    else if (now) {
      placedEdges.add(e.id);
      edges.push(now);
    }
  }
  for (const [id, e] of upEdges) if (!placedEdges.has(id)) edges.push(e);
  return { nodes, edges };
}
