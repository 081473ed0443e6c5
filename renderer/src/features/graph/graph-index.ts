import type { GraphDelta, GraphDTO, GraphEdgeDTO, GraphNodeDTO } from '../../../../electron/contract';
import { whenIdle, type Idle } from './idle';


/** Elements indexed per idle slice at most (a slice of a cold loop over 4,000 is a few ms). */
const SLICE = 4000;

/**
 * Where each node and edge of the graph sits in its arrays, so a delta is taken in by what it names alone:
 * a copy of the arrays (native, well under a millisecond at 66k edges) and a lookup per element of the
 * delta. The pass over every node and edge it replaces (apply-delta.ts) was 55–70 ms the first time a save's
 * delta ran it, and again whenever a delta of another shape sent it back to unoptimised code (a new
 * concept, another note). The index is built in slices while the page is idle after a whole graph arrives,
 * and kept up to date by the deltas it takes in.
 */
export class GraphIndex {
  /** The graph the maps index (whole once `built` counts all its nodes and edges). */
  private graph: GraphDTO | null = null;
  private nodes = new Map<string, number>();
  private edges = new Map<string, number>();
  private built = 0;

  constructor(private readonly idle: Idle = whenIdle) {}

  /** Whether a delta to `graph` can be taken in through the index now. */
  ready(graph: GraphDTO): boolean {
    return this.graph === graph && this.built === graph.nodes.length + graph.edges.length;
  }

  /** Indexes `graph` (a whole new one, or one a delta left another way) in idle slices; nothing if it already does. */
  follow(graph: GraphDTO): void {
    if (this.graph === graph) return;
    this.graph = graph;
    this.nodes = new Map();
    this.edges = new Map();
    this.built = 0;
    const slice = (timeLeft: () => number): void => {
      if (this.graph !== graph) return;
      const { nodes, edges } = graph;
      const total = nodes.length + edges.length;
      do {
        const end = Math.min(total, this.built + SLICE);
        for (let i = this.built; i < end; i++) {
          if (i < nodes.length) this.nodes.set(nodes[i]!.id, i);
          else this.edges.set(edges[i - nodes.length]!.id, i - nodes.length);
        }
        this.built = end;
      } while (this.built < total && timeLeft() > 4);
      if (this.built < total) this.idle(slice);
    };
    this.idle(slice);
  }

  /**
   * The graph after `delta`, as `applyDelta` makes it, through the index; null when it cannot (the index is
   * not whole yet, or the delta removes something: the arrays close up, and the indices after the gap move).
   * `newNodes` false (the local graph) takes in only nodes already there.
   */
  apply(graph: GraphDTO, delta: GraphDelta, newNodes: boolean): GraphDTO | null {
    if (!this.ready(graph) || delta.removeNodes.length > 0 || delta.removeEdges.length > 0) return null;
    const nodes: GraphNodeDTO[] = graph.nodes.slice();
    for (const n of delta.upsertNodes) {
      const at = this.nodes.get(n.id);
      if (at !== undefined) nodes[at] = n;
      else if (newNodes) {
        this.nodes.set(n.id, nodes.length);
        nodes.push(n);
      }
    }
    const edges: GraphEdgeDTO[] = graph.edges.slice();
    for (const e of delta.upsertEdges) {
      // An edge joins only when both its ends are in the graph.
      if (!this.nodes.has(e.source) || !this.nodes.has(e.target)) continue;
      const at = this.edges.get(e.id);
      if (at !== undefined) edges[at] = e;
      else {
        this.edges.set(e.id, edges.length);
        edges.push(e);
      }
    }
    const next = { nodes, edges };
    this.graph = next;
    this.built = nodes.length + edges.length;
    return next;
  }
}
