import type { EdgeKind, GraphDelta, GraphDTO, GraphEdgeDTO, GraphNodeDTO, NodeKind } from '../../../../electron/contract';
import type { CairnClient } from '../../lib/api/types';

export type GraphMode = 'global' | 'local';

/** The graph as last fetched, plus the view's filters; deltas are applied here and in Cytoscape. */
export class GraphState {
  graph = $state.raw<GraphDTO>({ nodes: [], edges: [] });
  mode = $state<GraphMode>('global');
  depth = $state(1);
  kinds = $state<Record<NodeKind, boolean>>({ note: true, concept: true, tag: false, missing: true });
  /** Co-occurrence edges are many; they show in the local graph and on hover rather than by default. */
  edgeKinds = $state<Record<EdgeKind, boolean>>({ link: true, embed: true, mention: true, tagged: true, related: false });
  showOrphans = $state(true);
  minWeight = $state(1);
  folder = $state('');
  error = $state<string | null>(null);

  constructor(private readonly client: CairnClient) {}

  async fetch(center: string | null): Promise<void> {
    try {
      const local = this.mode === 'local' && center !== null;
      this.edgeKinds.related = local;
      this.graph = await this.client.getGraph(local ? { center, depth: this.depth } : {});
      this.error = null;
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  apply(delta: GraphDelta): void {
    const nodes = new Map(this.graph.nodes.map((n) => [n.id, n]));
    const edges = new Map(this.graph.edges.map((e) => [e.id, e]));
    for (const id of delta.removeNodes) nodes.delete(id);
    for (const id of delta.removeEdges) edges.delete(id);
    for (const node of delta.upsertNodes) if (this.mode === 'global' || nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of delta.upsertEdges) if (nodes.has(edge.source) && nodes.has(edge.target)) edges.set(edge.id, edge);
    this.graph = { nodes: [...nodes.values()], edges: [...edges.values()] };
  }

  /** The nodes and edges the filters let through. */
  visible(): { nodes: GraphNodeDTO[]; edges: GraphEdgeDTO[] } {
    const folder = this.folder.trim().toLowerCase();
    let nodes = this.graph.nodes.filter((n) => this.kinds[n.kind] && (!folder || n.kind !== 'note' || (n.folder ?? '').toLowerCase().startsWith(folder)));
    const ids = new Set(nodes.map((n) => n.id));
    const edges = this.graph.edges.filter((e) => this.edgeKinds[e.kind] && e.weight >= this.minWeight && ids.has(e.source) && ids.has(e.target));
    if (!this.showOrphans) {
      const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
      nodes = nodes.filter((n) => linked.has(n.id));
    }
    return { nodes, edges };
  }
}
