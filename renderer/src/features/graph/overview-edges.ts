import type { Core, NodeSingular } from 'cytoscape';
import type { GraphEdgeDTO } from '../../../../electron/contract';
import { DETAIL_EDGES, DETAIL_NODES } from './cy-options';
import type { EdgeLayer } from './edge-layer';
import { HOOD_EDGE_BUDGET, strongest } from './edge-thinning';
import { toEdge } from './elements';

/**
 * Past EDGE_LAYER_MIN nodes the edge layer draws every edge under Cytoscape, and Cytoscape holds only the
 * edges near what is looked at: those of the hovered node, and all edges of the nodes in view once few are.
 */
export class OverviewEdges {
  /** Node id → its edges, from the graph itself. */
  readonly adjacency = new Map<string, GraphEdgeDTO[]>();
  private hoodEdges = new Set<string>();
  private detailEdges = new Set<string>();

  constructor(
    private readonly cy: Core,
    readonly layer: EdgeLayer,
    edges: readonly GraphEdgeDTO[],
  ) {
    this.index(edges);
  }

  /**
   * The graph's edges changed (a delta): Cytoscape lets go of the edges it held for the hovered node and the
   * view, which may be gone or weigh otherwise now, and takes the view's again.
   */
  setEdges(edges: readonly GraphEdgeDTO[]): void {
    this.adjacency.clear();
    this.index(edges);
    const held = new Set([...this.hoodEdges, ...this.detailEdges]);
    this.hoodEdges = new Set();
    this.detailEdges = new Set();
    this.cy.batch(() => {
      this.cy.elements('.hood').removeClass('hood');
      this.cy.edges().filter((e) => held.has(e.id())).remove();
    });
    this.layer.setFaded(false);
    this.updateDetail();
  }

  /**
   * A delta's edges, without indexing all of them again (76k in the AWS guide: 50–110 ms per save). Edges
   * Cytoscape holds take their new data, or go; a new edge of a node in view joins when the view shows detail.
   */
  patchEdges(upserted: readonly { was?: GraphEdgeDTO; now: GraphEdgeDTO }[], gone: readonly GraphEdgeDTO[]): void {
    const drop = (e: GraphEdgeDTO): void => {
      for (const end of [e.source, e.target]) {
        const list = this.adjacency.get(end);
        const at = list ? list.findIndex((x) => x.id === e.id) : -1;
        if (list && at >= 0) list.splice(at, 1);
        if (list?.length === 0) this.adjacency.delete(end);
      }
    };
    const held = (id: string): boolean => this.hoodEdges.has(id) || this.detailEdges.has(id);
    let added = false;
    let skipChanged = false;
    this.cy.batch(() => {
      for (const e of gone) {
        drop(e);
        if (!held(e.id)) continue;
        this.cy.getElementById(e.id).remove();
        this.hoodEdges.delete(e.id);
        this.detailEdges.delete(e.id);
        skipChanged = true;
      }
      for (const { was, now } of upserted) {
        if (was) drop(was);
        else added = true;
        this.index([now]);
        if (was && held(now.id)) this.cy.getElementById(now.id).data(toEdge(now).data);
      }
    });
    if (added && this.detailEdges.size > 0) this.updateDetail();
    else if (skipChanged) this.layer.setSkip(new Set([...this.detailEdges, ...this.hoodEdges]));
  }

  private index(edges: readonly GraphEdgeDTO[]): void {
    for (const e of edges) {
      for (const end of [e.source, e.target]) {
        const list = this.adjacency.get(end);
        if (list) list.push(e);
        else this.adjacency.set(end, [e]);
      }
    }
  }

  neighbourIds(id: string): string[] {
    return (this.adjacency.get(id) ?? []).map((e) => (e.source === id ? e.target : e.source));
  }

  /** Zoomed in far enough, Cytoscape takes on the edges of the nodes in view, to hover and click. */
  updateDetail(): void {
    const g = this.cy;
    const ext = g.extent();
    const inView = g.nodes().filter((n) => {
      const p = n.position();
      return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
    });
    let want: GraphEdgeDTO[] = [];
    if (inView.length <= DETAIL_NODES) {
      const seen = new Set<string>();
      inView.forEach((n) => {
        for (const e of this.adjacency.get(n.id()) ?? []) {
          if (seen.has(e.id)) continue;
          seen.add(e.id);
          want.push(e);
        }
      });
      if (want.length > DETAIL_EDGES) want = [];
    }
    const wanted = new Set(want.map((e) => e.id));
    const near = inView.length <= DETAIL_NODES ? inView : g.collection();
    g.batch(() => {
      // Few nodes in view: Cytoscape draws them, with their shapes and borders, instead of the layer's dots.
      g.nodes('.near').difference(near).removeClass('near');
      near.not('.near').addClass('near');
      for (const id of this.detailEdges) if (!wanted.has(id) && !this.hoodEdges.has(id)) g.getElementById(id).remove();
      const add = want.filter((e) => !this.detailEdges.has(e.id) && !this.hoodEdges.has(e.id)).map(toEdge);
      if (add.length) g.add(add);
    });
    this.detailEdges = wanted;
    this.layer.setSkip(new Set([...this.detailEdges, ...this.hoodEdges]));
  }

  /**
   * Hovering a node brings its edges into Cytoscape (drawn and clickable; they stay until another node is
   * hovered) and fades the layer; dimming 10k nodes would restyle them all.
   */
  hover(node: NodeSingular | null): void {
    const g = this.cy;
    g.batch(() => {
      g.elements('.hood').removeClass('hood');
      if (!node) return;
      for (const id of this.hoodEdges) if (!this.detailEdges.has(id)) g.getElementById(id).remove();
      // A hub of a dense vault has thousands of edges: Cytoscape takes its strongest, the layer keeps the rest.
      const edges = strongest(this.adjacency.get(node.id()) ?? [], HOOD_EDGE_BUDGET);
      const add = edges.filter((e) => !this.detailEdges.has(e.id)).map(toEdge);
      if (add.length) g.add(add);
      this.hoodEdges = new Set(edges.map((e) => e.id));
      const hood = node.closedNeighborhood();
      hood.addClass('hood');
    });
    this.layer.setSkip(new Set([...this.detailEdges, ...this.hoodEdges]));
    this.layer.setFaded(node !== null);
  }
}
