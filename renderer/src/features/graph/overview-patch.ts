import type { GraphEdgeDTO, GraphNodeDTO } from '../../../../electron/contract';

/**
 * Community colours carried over a delta: a node keeps the slot it had, a new one has none (-1) until the
 * next whole render. Recomputing them (Louvain) on each save of the AWS guide cost ~0.25 s of one task.
 */
export function carryPalette(before: { ids: readonly string[]; palette: Int32Array } | null, ids: readonly string[]): Int32Array {
  const slot = new Map<string, number>();
  if (before) before.ids.forEach((id, i) => slot.set(id, before.palette[i] ?? -1));
  return Int32Array.from(ids, (id) => slot.get(id) ?? -1);
}

/** What changed between the graph a view shows and the one it should show, by object identity. */
export interface ShownChange {
  /** Nodes not shown before (past EDGE_LAYER_MIN they are appended after the layer's nodes). */
  addedNodes: GraphNodeDTO[];
  /** Nodes shown before whose DTO is another object now (GraphState.apply keeps unchanged ones as they were). */
  changedNodes: GraphNodeDTO[];
  goneNodes: string[];
  /** Edges new (`was` absent) or changed. */
  upsertedEdges: { was?: GraphEdgeDTO; now: GraphEdgeDTO }[];
  goneEdges: GraphEdgeDTO[];
  /** Sent again by the host unchanged (a delta carries every element a changed note touches): no change. */
  same: (GraphNodeDTO | GraphEdgeDTO)[];
}

/**
 * The nodes and edges a large view shows, by id, to tell what a delta changed without diffing what
 * Cytoscape or the layer hold (7.6k nodes and 76k edges in the AWS guide): a pass of map lookups.
 */
export class ShownGraph {
  private constructor(
    private readonly nodes: Map<string, GraphNodeDTO>,
    private readonly edges: Map<string, GraphEdgeDTO>,
  ) {}

  static of(nodes: readonly GraphNodeDTO[], edges: readonly GraphEdgeDTO[]): ShownGraph {
    return new ShownGraph(new Map(nodes.map((n) => [n.id, n])), new Map(edges.map((e) => [e.id, e])));
  }

  node(id: string): GraphNodeDTO | undefined {
    return this.nodes.get(id);
  }

  /** What is to change to show `nodes` and `edges`; `commit` then takes it as shown. */
  diff(nodes: readonly GraphNodeDTO[], edges: readonly GraphEdgeDTO[]): ShownChange {
    const change: ShownChange = { addedNodes: [], changedNodes: [], goneNodes: [], upsertedEdges: [], goneEdges: [], same: [] };
    let kept = 0;
    for (const n of nodes) {
      const was = this.nodes.get(n.id);
      if (!was) change.addedNodes.push(n);
      else {
        kept++;
        if (was !== n) (sameFields(was, n) ? change.same : change.changedNodes).push(n);
      }
    }
    if (kept < this.nodes.size) {
      const now = new Set(nodes.map((n) => n.id));
      for (const id of this.nodes.keys()) if (!now.has(id)) change.goneNodes.push(id);
    }
    kept = 0;
    for (const e of edges) {
      const was = this.edges.get(e.id);
      if (!was) change.upsertedEdges.push({ now: e });
      else {
        kept++;
        if (was === e) continue;
        if (sameFields(was, e)) change.same.push(e);
        else change.upsertedEdges.push({ was, now: e });
      }
    }
    if (kept < this.edges.size) {
      const now = new Set(edges.map((e) => e.id));
      for (const [id, e] of this.edges) if (!now.has(id)) change.goneEdges.push(e);
    }
    return change;
  }

  commit(change: ShownChange): void {
    for (const id of change.goneNodes) this.nodes.delete(id);
    for (const n of [...change.addedNodes, ...change.changedNodes]) this.nodes.set(n.id, n);
    for (const e of change.goneEdges) this.edges.delete(e.id);
    for (const { now } of change.upsertedEdges) this.edges.set(now.id, now);
    for (const x of change.same) {
      if ('source' in x) this.edges.set(x.id, x);
      else this.nodes.set(x.id, x);
    }
  }
}

/** Whether a change touches nothing shown: Cytoscape and the layer are then left alone. */
export function isEmptyChange(change: ShownChange): boolean {
  return change.addedNodes.length + change.changedNodes.length + change.goneNodes.length + change.upsertedEdges.length + change.goneEdges.length === 0;
}

/** Two DTOs with the same fields, lists compared item by item. */
function sameFields(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) {
    const u = x[key];
    const v = y[key];
    if (u === v) continue;
    if (!Array.isArray(u) || !Array.isArray(v) || u.length !== v.length || u.some((item, i) => item !== v[i])) return false;
  }
  return true;
}
