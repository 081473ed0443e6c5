import type { EdgeKind, GraphDelta, GraphDTO, GraphEdgeDTO, GraphNodeDTO, NodeKind } from '../../../../electron/contract';
import type { CairnClient } from '../../lib/api/types';
import { applyDelta } from './apply-delta';
import { GraphIndex } from './graph-index';
import { capNeighbourhood, LOCAL_STEP, type LocalView } from './local-view';

export type GraphMode = 'global' | 'local';

export interface ColourGroup {
  query: string;
  colour: string;
}

/** A group query: `tag:x`, `path:folder`, or words that must all appear in the label or path. */
export function groupMatches(query: string, node: GraphNodeDTO): boolean {
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return false;
  return terms.every((term) => {
    if (term.startsWith('tag:')) return node.tags.some((t) => t.toLowerCase().replace(/^#/, '') === term.slice(4).replace(/^#/, ''));
    if (term.startsWith('path:')) return (node.noteId ?? '').toLowerCase().startsWith(term.slice(5));
    return node.label.toLowerCase().includes(term) || (node.noteId ?? '').toLowerCase().includes(term);
  });
}

/** The graph as last fetched, plus the view's filters; deltas are applied here and in Cytoscape. */
export class GraphState {
  graph = $state.raw<GraphDTO>({ nodes: [], edges: [] });
  mode = $state<GraphMode>('global');
  depth = $state(1);
  kinds = $state<Record<NodeKind, boolean>>({ note: true, concept: true, tag: false, missing: true });
  /** Co-occurrence edges are many; they show in the local graph and on hover rather than by default. */
  edgeKinds = $state<Record<EdgeKind, boolean>>({ link: true, embed: true, mention: true, tagged: true, related: false, relation: true });
  showOrphans = $state(true);
  minWeight = $state(1);
  folder = $state('');
  /** Tags without `#`, comma-separated; a note passes when it has any of them. */
  tag = $state('');
  /** Keep only the notes the search box matches (and what they connect to). */
  searchOnly = $state(false);
  /** A hub's mentions and a local graph's weaker ties drawn faded until an end is hovered (marks.ts). */
  fadeLines = $state(true);
  /** Colour groups, as Obsidian does: the first group whose query matches a node paints it. */
  groups = $state<ColourGroup[]>([]);
  error = $state<string | null>(null);
  /** The local graph's centre, as last fetched; null in the global graph. */
  center: string | null = null;
  /** How many of the local neighbourhood's strongest nodes are shown ("show more" raises it). */
  localLimit = $state(LOCAL_STEP);

  /** Where each element of `graph` sits, so a delta is taken in by the elements it names (graph-index.ts). */
  private readonly index = new GraphIndex();
  /** The fetch on its way, and the query it asked. */
  private pending: { key: string; answer: Promise<GraphDTO> } | null = null;

  constructor(private readonly client: CairnClient) {}

  /**
   * Fetches the graph for the view. With `join`, a fetch asking what one already on its way asked waits
   * for that one and returns true (the caller then has nothing to draw): opening a vault asks when the
   * page mounts and again when the index reports ready, both answered only once it is ready, and at 10k
   * notes each answer is tens of MB.
   */
  async fetch(center: string | null, join = false): Promise<boolean> {
    const local = this.mode === 'local' && center !== null;
    if (!local || center !== this.center) this.localLimit = LOCAL_STEP;
    this.center = local ? center : null;
    this.edgeKinds.related = local;
    const query = local ? { center, depth: this.depth } : {};
    const key = JSON.stringify(query);
    const joined = join && this.pending?.key === key;
    const pending = joined && this.pending ? this.pending : { key, answer: this.client.getGraph(query) };
    this.pending = pending;
    try {
      const graph = await pending.answer;
      if (!joined) {
        this.graph = graph;
        this.index.follow(graph);
      }
      this.error = null;
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      if (this.pending === pending) this.pending = null;
    }
    return joined;
  }

  apply(delta: GraphDelta): void {
    const global = this.mode === 'global';
    this.graph = this.index.apply(this.graph, delta, global) ?? applyDelta(this.graph, delta, global);
    this.index.follow(this.graph);
  }

  /**
   * Co-occurrence edges the filters hide between nodes that are shown: the layout of a graph round a hub note
   * feels them (layout-springs.ts), so concepts that share sections sit together even when the pairs are not drawn.
   */
  hiddenRelated(shown: ReadonlySet<string>): GraphEdgeDTO[] {
    if (this.edgeKinds.related) return [];
    return this.graph.edges.filter((e) => e.kind === 'related' && shown.has(e.source) && shown.has(e.target));
  }

  /** The nodes and edges the filters let through. */
  visible(matches: Set<string> | null = null): { nodes: GraphNodeDTO[]; edges: GraphEdgeDTO[]; local?: LocalView } {
    const folder = this.folder.trim().toLowerCase();
    const tags = this.tag.split(',').map((t) => t.trim().replace(/^#/, '').toLowerCase()).filter(Boolean);
    const notePasses = (n: GraphNodeDTO): boolean =>
      (!folder || (n.folder ?? '').toLowerCase().startsWith(folder)) &&
      (tags.length === 0 || n.tags.some((t) => tags.includes(t.replace(/^#/, '').toLowerCase()))) &&
      (!this.searchOnly || !matches || (n.noteId !== null && matches.has(n.noteId)));
    let nodes = this.graph.nodes.filter((n) => this.kinds[n.kind] && (n.kind !== 'note' || notePasses(n)));
    const ids = new Set(nodes.map((n) => n.id));
    let edges = this.graph.edges.filter((e) => this.edgeKinds[e.kind] && e.weight >= this.minWeight && ids.has(e.source) && ids.has(e.target));
    if (tags.length || (this.searchOnly && matches)) {
      // Concepts, tags and missing notes stay only where a note that passed points at them.
      const notes = new Set(nodes.filter((n) => n.kind === 'note').map((n) => n.id));
      const reached = new Set([...notes, ...edges.flatMap((e) => (notes.has(e.source) ? [e.target] : notes.has(e.target) ? [e.source] : []))]);
      nodes = nodes.filter((n) => reached.has(n.id));
      edges = edges.filter((e) => reached.has(e.source) && reached.has(e.target));
    }
    if (!this.showOrphans) {
      const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
      nodes = nodes.filter((n) => linked.has(n.id));
    }
    if (this.mode === 'local' && this.center) {
      const local = capNeighbourhood(this.center, nodes, edges, this.localLimit);
      return { nodes: local.nodes, edges: local.edges, local };
    }
    return { nodes, edges };
  }
}
