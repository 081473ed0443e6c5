import type { Core } from 'cytoscape';
import type { GraphEdgeDTO, GraphNodeDTO } from '../../../../electron/contract';
import { PALETTE } from './communities';
import { nodeSize, readColors } from './cy-style';
import { EdgeLayer } from './edge-layer';
import { toEdge, toElement } from './elements';
import { KINDS, nodeColourSlots, shapeOf } from './layer-nodes';
import { OverviewEdges } from './overview-edges';
import { patchOverviewDelta } from './overview-delta';
import { carryPalette, ShownGraph } from './overview-patch';
import { DeferredData } from './deferred-data';
import { applyPatch, diffGraph } from './patch';
import { waitingSpot } from './place-new';

/** What a patch of the overview asks of the view around it. */
export interface OverviewPatchHost {
  groupColour: (n: GraphNodeDTO) => string | undefined;
  /** False once a render replaced what the patch started from. */
  current: () => boolean;
  /** Cytoscape's nodes were patched: the counts and marks follow. */
  nodesPatched: (nodeCount: number) => void;
  /** The layer took the new edges. */
  edgesPatched: (edges: GraphEdgeDTO[]) => void;
  /** Cytoscape holds the hovered and in-view edges again; new nodes (these) need a place. */
  done: (addedNodes: readonly string[]) => void;
}

/**
 * A graph past the edge layer's threshold (cy-options.ts `usesEdgeLayer`): the layer paints the edges and
 * plain nodes under Cytoscape, and OverviewEdges hands Cytoscape the edges near what is looked at. This
 * holds both across renders, the community colours a delta carries over, and the delta's patch.
 */
export class OverviewView {
  layer: EdgeLayer | null = null;
  edges: OverviewEdges | null = null;
  /** Group colours the layer paints nodes with, after the palette and kind colours. */
  private groupColours: string[] = [];
  /** The community colours of the last render (or patch), by node id: a patch carries them over. */
  private shown: { ids: string[]; palette: Int32Array } | null = null;
  /** The nodes and edges shown, to tell what a delta changed (overview-delta.ts). */
  private graphShown: ShownGraph | null = null;
  /** A delta's new data for nodes Cytoscape does not draw, until it does (deferred-data.ts). */
  readonly deferred = new DeferredData();

  /** `thinned`: told when the layer draws fewer edges than are in view (null when it draws them all). */
  constructor(private readonly thinned: (t: { drawn: number; inView: number } | null) => void) {}

  /** A whole render through the layer: it paints every node and edge at `xy` until Cytoscape holds the nodes. */
  show(g: Core, container: HTMLDivElement, nodes: readonly GraphNodeDTO[], edges: GraphEdgeDTO[], palette: Int32Array | null, groups: readonly (string | undefined)[], xy: Float64Array): void {
    if (this.layer?.cy !== g) {
      this.layer?.destroy();
      const layer = new EdgeLayer(g, container);
      layer.onDrawn = (drawn, inView) => this.thinned(drawn >= inView ? null : { drawn, inView });
      this.layer = layer;
    }
    const ids = nodes.map((n) => n.id);
    const slots = palette ?? new Int32Array(ids.length).fill(-1);
    this.deferred.watch(g);
    this.deferred.clear();
    this.shown = { ids, palette: slots };
    this.graphShown = ShownGraph.of(nodes, edges);
    this.edges = new OverviewEdges(g, this.layer, edges);
    this.layer.setData(ids, edges, slots, [...PALETTE, readColors(container).muted]);
    this.layer.setSkip(new Set());
    this.giveNodes(container, nodes, palette, groups);
    this.layer.setPositions(xy);
  }

  /** A render that does not need the layer (a smaller graph). */
  hide(): void {
    this.deferred.destroy();
    this.layer?.destroy();
    this.layer = null;
    this.edges = null;
    this.shown = null;
    this.graphShown = null;
    this.thinned(null);
  }

  /** The render began: what Cytoscape held of the last graph's edges goes with its elements. */
  forgetEdges(): void {
    this.edges = null;
  }

  /**
   * A delta applied to the overview instead of a whole render (which handed every node over again, a slice
   * per frame, and blocked the page 0.6–2.3 s per slice after each save of the AWS guide's 7.6k nodes).
   * Taken in by what it changed alone when no node went (overview-delta.ts): a save that changes nothing
   * drawn touches neither Cytoscape nor the layer. Otherwise Cytoscape's nodes are diffed in this task, the
   * layer is given the new edges (keeping the community colours) in the next, and Cytoscape's share of the
   * edges in the one after; each part is tens of ms at 76k edges. False when a whole render is needed; else
   * what is left to do, one step per task (a step returns false when a whole render is needed after all).
   */
  patch(g: Core, container: HTMLDivElement, nodes: GraphNodeDTO[], edges: GraphEdgeDTO[], host: OverviewPatchHost): false | (() => boolean)[] {
    const { layer, edges: overview } = this;
    if (!layer || !overview) return false;
    const quick =
      this.graphShown &&
      patchOverviewDelta(
        { cy: g, layer, overview, shown: this.graphShown, palette: this.shown, element: (n) => toElement(n, '', host.groupColour(n)), giveNodes: (all, palette) => this.giveNodes(container, all, palette, all.map(host.groupColour), true), deferred: this.deferred },
        nodes,
        edges,
      );
    if (quick) {
      this.shown = quick.palette;
      host.edgesPatched(edges);
      if (!quick.changed) return [];
      const current = (): boolean => host.current() && this.layer === layer && this.edges === overview;
      return [
        ...quick.steps.map((step) => () => current() && step()),
        () => {
          if (!current()) return false;
          host.nodesPatched(nodes.length);
          host.done(quick.added);
          return true;
        },
      ];
    }
    this.graphShown = ShownGraph.of(nodes, edges);
    this.deferred.clear();
    const held = g.nodes().map((n) => ({ id: n.id(), data: n.data() as Record<string, unknown> }));
    const diff = diffGraph(held, nodes, [], (n) => toElement(n, '', host.groupColour(n)).data, () => ({}));
    const ids = nodes.map((n) => n.id);
    const palette = carryPalette(this.shown, ids);
    const groups = nodes.map(host.groupColour);
    applyPatch(g, diff, (n) => toElement(n, '', host.groupColour(n)), toEdge, waitingSpot);
    this.shown = { ids, palette };
    host.nodesPatched(nodes.length);
    const current = (): boolean => host.current() && this.layer === layer && this.edges === overview;
    setTimeout(() => {
      if (!current()) return;
      layer.setData(ids, edges, palette, [...PALETTE, readColors(container).muted]);
      this.giveNodes(container, nodes, palette, groups);
      layer.positionsChanged();
      host.edgesPatched(edges);
      setTimeout(() => {
        if (!current()) return;
        overview.setEdges(edges);
        host.done(diff.addNodes.map((n) => n.id));
      }, 0);
    }, 0);
    return [];
  }

  /** The theme changed. */
  restyle(container: HTMLDivElement): void {
    this.layer?.setColours([...PALETTE, readColors(container).muted]);
    this.layer?.setNodeColours(this.nodeColours(container));
  }

  destroy(): void {
    this.deferred.destroy();
    this.layer?.destroy();
    this.layer = null;
    this.edges = null;
  }

  /** The layer paints plain nodes by kind, size and colour slot (layer-nodes.ts); `sliced`: a delta's (EdgeLayer.scheduleSliced). */
  private giveNodes(container: HTMLDivElement, nodes: readonly GraphNodeDTO[], palette: Int32Array | null, groups: readonly (string | undefined)[], sliced = false): void {
    const slots = nodeColourSlots(nodes.map((n) => n.kind), palette, groups, PALETTE.length);
    this.groupColours = slots.groupColours;
    this.layer?.setNodes({ size: Float64Array.from(nodes, (n) => nodeSize(n.weight, n.degree)), shape: Uint8Array.from(nodes, (n) => shapeOf(n.kind)), colour: slots.colour }, this.nodeColours(container), sliced);
  }

  /** The layer's node colours: the community palette, the kinds' colours in this theme, the groups'. */
  private nodeColours(container: HTMLDivElement): string[] {
    const c = readColors(container);
    return [...PALETTE, ...KINDS.map((k) => c[k]), ...this.groupColours];
  }
}
