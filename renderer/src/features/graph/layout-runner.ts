import type { Core, NodeSingular } from 'cytoscape';
import type { GraphEdgeDTO } from '../../../../electron/contract';
import { layoutFor } from './cy-options';
import { startLayout, type LayoutJob } from './layout';
import { ringPositions, type LocalView } from './local-view';
import { rememberPalette, shapeKey } from './palette-cache';
import { placeNear } from './place-new';
import { keepPositions, savePositions, type Spot } from './positions';

/** What a layout places and tells, read at the moment it does. */
export interface LayoutHost {
  cy: Core | null;
  vaultName: string;
  /** The capped local neighbourhood and its centre, laid out as rings; null in the global graph. */
  local: LocalView | null;
  centre: string | null;
  /** Past EDGE_LAYER_MIN nodes Cytoscape holds few edges: the layout reads the graph's own. */
  layerEdges: GraphEdgeDTO[] | null;
  /** Edges the layout feels but the view does not draw (graph.svelte.ts `hiddenRelated`). */
  hiddenEdges(shown: ReadonlySet<string>): GraphEdgeDTO[];
  /** Nodes the edge layer paints but Cytoscape does not hold yet (hand-over.ts), where they are. */
  pending: Map<string, Spot>;
  neighbourIds(id: string): string[];
  frame(g: Core): void;
  labelsNow(): void;
  labelsSoon(): void;
  setState(state: 'running' | 'done'): void;
}

/**
 * Where nodes go: ForceAtlas2 in a worker for the global graph, rings at once for a local one, new nodes
 * beside their neighbours; and the positions kept per vault, so the graph opens as it was left.
 */
export class LayoutRunner {
  private job: LayoutJob | null = null;

  constructor(private readonly host: () => LayoutHost) {}

  /** A worker layout is under way. */
  get busy(): boolean {
    return this.job !== null;
  }

  cancel(): void {
    this.job?.cancel();
    this.job = null;
  }

  run(incremental: boolean): void {
    const h = this.host();
    const g = h.cy;
    this.cancel();
    if (!g || g.nodes().length === 0) {
      h.setState('done');
      return;
    }
    // Rings are placed at once and the same for the same neighbourhood: a change redraws them whole.
    if (h.local && h.centre) {
      this.rings(g, h.local, h.centre);
      return;
    }
    if (incremental) {
      this.placeNew();
      this.persist();
      h.setState('done');
      h.labelsSoon();
      return;
    }
    h.setState('running');
    const nodes = g.nodes().toArray() as NodeSingular[];
    const apply = (positions: Float64Array): void => {
      if (this.host().cy !== g) return;
      g.batch(() => nodes.forEach((n, i) => n.locked() || n.position({ x: positions[2 * i]!, y: positions[2 * i + 1]! })));
    };
    const input = {
      nodes: nodes.map((n) => ({ id: n.id(), size: n.data('size') as number, ...(n.locked() ? { ...n.position(), fixed: true } : {}) })),
      edges: h.layerEdges
        ? h.layerEdges.map((e) => ({ source: e.source, target: e.target, kind: e.kind, weight: e.weight }))
        : [
            ...g.edges().map((e) => ({ source: e.data('source') as string, target: e.data('target') as string, kind: e.data('kind') as string, weight: e.data('weight') as number })),
            ...(layoutFor(nodes.length) === 'fcose' ? h.hiddenEdges(new Set(nodes.map((n) => n.id()))).map((e) => ({ source: e.source, target: e.target, kind: e.kind, weight: e.weight, hidden: true })) : []),
          ],
      seed: nodes.length,
    };
    const vault = h.vaultName;
    const current = (this.job = startLayout(
      input,
      (positions) => {
        apply(positions);
        this.host().frame(g);
      },
      (palette) => rememberPalette(vault, shapeKey(input.nodes.map((n) => n.id), input.edges), palette),
    ));
    current.done.then(
      (positions) => {
        if (this.job !== current) return;
        const now = this.host();
        apply(positions);
        nodes.forEach((n) => n.scratch('_placed', true));
        now.frame(g);
        this.persist();
        now.labelsNow();
        now.setState('done');
      },
      () => {},
    );
  }

  /**
   * A local graph is laid out as rings round its centre, at once (no worker): hop by hop, each node near
   * what ties it in. Pinned nodes stay; positions are not kept, the global graph's are.
   */
  private rings(g: Core, local: LocalView, centre: string): void {
    const h = this.host();
    const spots = ringPositions(centre, local.depth, local.edges);
    g.batch(() => {
      g.nodes().forEach((n) => {
        const p = spots.get(n.id());
        if (p && !n.locked()) n.position(p);
        n.scratch('_placed', true);
      });
    });
    h.frame(g);
    h.labelsNow();
    h.setState('done');
  }

  /** New nodes go next to their neighbours; everything else stays where the person left it. */
  placeNew(): void {
    const h = this.host();
    const g = h.cy;
    if (!g) return;
    const placed = new Map<string, { x: number; y: number }>();
    const fresh: string[] = [];
    g.nodes().forEach((n) => {
      if (n.scratch('_placed')) placed.set(n.id(), { ...n.position() });
      else fresh.push(n.id());
    });
    const spots = placeNear(placed, fresh, (id) => h.neighbourIds(id));
    g.batch(() => {
      for (const [id, p] of spots) g.getElementById(id).position(p).scratch('_placed', true);
    });
  }

  /**
   * Nodes a delta added, placed next to their placed neighbours and kept there, without a pass over every
   * node: placing and keeping the AWS guide's 7.6k nodes after a save that added one was a 50 ms task.
   * Returns the nodes it moved.
   */
  placeAdded(ids: readonly string[]): string[] {
    this.placing = true;
    try {
      return this.placeAddedNow(ids);
    } finally {
      this.placing = false;
    }
  }

  /** Set while `placeAdded` moves nodes: their moves reach the edge layer at once, not one by one. */
  placing = false;

  private placeAddedNow(ids: readonly string[]): string[] {
    const h = this.host();
    const g = h.cy;
    if (!g) return [];
    const placed = {
      get: (id: string): { x: number; y: number } | undefined => {
        const n = g.getElementById(id);
        return n.nonempty() && n.scratch('_placed') ? { ...n.position() } : undefined;
      },
    };
    const fresh = ids.filter((id) => {
      const n = g.getElementById(id);
      return n.nonempty() && !n.scratch('_placed');
    });
    const spots = placeNear(placed, fresh, (id) => h.neighbourIds(id));
    g.batch(() => {
      for (const [id, p] of spots) g.getElementById(id).position(p).scratch('_placed', true);
    });
    const kept: Record<string, Spot> = {};
    for (const id of fresh) {
      const n = g.getElementById(id);
      const p = n.position();
      kept[id] = { x: Math.round(p.x), y: Math.round(p.y), ...(n.hasClass('pinned') ? { pinned: true as const } : {}) };
      n.scratch('_placed', true);
    }
    keepPositions(h.vaultName, kept);
    return [...spots.keys()];
  }

  persist(): void {
    const h = this.host();
    if (!h.cy) return;
    // Nodes still being handed over keep where they are too, or a drag meanwhile would forget them.
    const positions: Record<string, Spot> = Object.fromEntries([...h.pending].map(([id, p]) => [id, { ...p, x: Math.round(p.x), y: Math.round(p.y) }]));
    h.cy.nodes().forEach((n) => {
      const p = n.position();
      positions[n.id()] = { x: Math.round(p.x), y: Math.round(p.y), ...(n.hasClass('pinned') ? { pinned: true as const } : {}) };
      n.scratch('_placed', true);
    });
    savePositions(h.vaultName, positions);
  }
}
