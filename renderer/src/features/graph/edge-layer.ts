import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { EdgeOrder, type EdgeReweigh } from './edge-order';
import { byBucket, EDGE_BUDGET, pickEdges, type Rect } from './edge-thinning';
import { paintNodes, type LayerNodes } from './layer-nodes';

/**
 * Segments stroked as one path. Stroking a whole colour's edges as one path made Chromium's software
 * rasteriser spend ~5 s per frame on a 10k-note vault's 157k edges (one path's stroke is scan-converted
 * whole); paths of a few hundred segments draw the same picture: 5.2 s → 1.2–1.5 s per frame there (2,000: 1.7 s).
 */
const PATH_SEGMENTS = 400;

export interface LayerEdge {
  id: string;
  source: string;
  target: string;
  /** Thinning keeps the heaviest (edge-thinning.ts); 1 when absent. */
  weight?: number;
  kind?: string;
}

export interface Viewport {
  zoom: number;
  x: number;
  y: number;
}

/**
 * The CSS transform that moves a picture drawn at viewport `drawn` to where viewport `now` shows it:
 * screen = zoom · model + pan, so a drawn pixel s lands at (now.zoom / drawn.zoom) · (s − drawn.pan) + now.pan.
 */
export function layerTransform(drawn: Viewport, now: Viewport): { k: number; tx: number; ty: number } {
  const k = now.zoom / drawn.zoom;
  return { k, tx: now.x - k * drawn.x, ty: now.y - k * drawn.y };
}

/** Edges are drawn in one path per colour; this picks each edge's colour slot (the last slot is "between communities"). */
export function edgeBuckets(source: Int32Array, target: Int32Array, colourOf: Int32Array, colours: number): Uint8Array {
  const out = new Uint8Array(source.length);
  for (let e = 0; e < source.length; e++) {
    const a = colourOf[source[e]!]!;
    out[e] = a >= 0 && a === colourOf[target[e]!]! ? a : colours;
  }
  return out;
}

/**
 * A large graph's edges, and its plain nodes (layer-nodes.ts), drawn under Cytoscape's canvas as one path per colour. Cytoscape styles, measures
 * and hit-tests every edge it holds (~0.2 ms each on first render at 10k nodes here, and again at the end
 * of every gesture); a plain 2D path draws 29k lines in tens of ms. While the viewport moves the drawn
 * picture is only moved (a CSS transform); it is redrawn once the viewport rests. Edges Cytoscape does hold
 * (around the hovered node, or all of them once few nodes are in view) are skipped here.
 */
export class EdgeLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private index = new Map<string, number>();
  private xy = new Float64Array(0);
  private source = new Int32Array(0);
  private target = new Int32Array(0);
  private ids: string[] = [];
  private edgeIndex: Map<string, number> | null = null;
  private order = new EdgeOrder(new Int32Array(0), new Int32Array(0), [], 0);
  /** The edges the last redraw stroked (all at once, see `patchEdges`), and the view it drew. */
  private lastPicked: { edges: Int32Array; view: Rect; budget: number } | null = null;
  private bucket: Uint8Array = new Uint8Array(0);
  private colours: string[] = [];
  private skipIds = new Set<string>();
  private skip: Uint8Array | null = null;
  /** Most edges one redraw draws, the strongest in view first (edge-thinning.ts); Infinity draws them all. */
  edgeBudget = EDGE_BUDGET;
  /** Told after each redraw how many edges it drew of those in view, so the view can say it thinned them. */
  onDrawn: ((drawn: number, inView: number) => void) | null = null;
  private faded = false;
  private drawn: Viewport | null = null;
  private frame = 0;
  private settle: ReturnType<typeof setTimeout> | null = null;
  private positionsStale = true;
  private nodes: LayerNodes | null = null;
  private nodeColours: string[] = [];
  private nodesDimmed = false;
  /** A node changed how Cytoscape draws it (hovered, labelled, opened, selected…): the layer leaves it out or takes it back. */
  private readonly restyled = (): void => this.schedule();
  /**
   * A node arrived in Cytoscape (hand-over.ts): only one Cytoscape draws (pinned, say) needs a redraw; one per
   * slice of 2,000 plain nodes took the hand-over at 10k from ~2.8 s to ~3.6–4.1 s.
   */
  private readonly arrived = (event: EventObject): void => {
    if ((event.target as NodeSingular).visible()) this.schedule();
  };

  constructor(
    readonly cy: Core,
    container: HTMLElement,
  ) {
    cy.on('class data select unselect', 'node', this.restyled);
    cy.on('add', 'node', this.arrived);
    this.canvas = document.createElement('canvas');
    this.canvas.dataset.testid = 'graph-edge-layer';
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none', transformOrigin: '0 0' });
    container.prepend(this.canvas);
    this.ctx = this.canvas.getContext('2d')!;
  }

  /**
   * The edges to draw. `colourOf` gives each node's colour slot (or -1); `colours` holds one CSS colour per
   * slot plus a last one for edges between communities.
   */
  setData(nodeIds: readonly string[], edges: readonly LayerEdge[], colourOf: Int32Array, colours: string[]): void {
    this.index = new Map(nodeIds.map((id, i) => [id, i]));
    this.xy = new Float64Array(nodeIds.length * 2);
    const kept = edges.filter((e) => this.index.has(e.source) && this.index.has(e.target));
    this.ids = kept.map((e) => e.id);
    this.source = Int32Array.from(kept, (e) => this.index.get(e.source)!);
    this.target = Int32Array.from(kept, (e) => this.index.get(e.target)!);
    this.colours = colours;
    this.bucket = edgeBuckets(this.source, this.target, colourOf, colours.length - 1);
    this.order = new EdgeOrder(this.source, this.target, kept, nodeIds.length);
    this.edgeIndex = null;
    this.skip = null;
    this.setSkip(this.skipIds);
    this.positionsStale = true;
    this.schedule();
  }

  /** Node ids in the order the layer holds them (`setData`'s, then those `patchEdges` appended). */
  get nodeIds(): string[] {
    return [...this.index.keys()];
  }

  /**
   * A delta's edges taken in without `setData`: edges new or reweighed (`upserted`), edges gone, and new
   * nodes appended after those held (`colourOf` gives their colour slot). The drawing order is updated for
   * the changed edges alone (EdgeOrder), and the layer draws again only if the edges it would stroke are not
   * those it stroked: a save in the AWS guide reweighs a few of 76k edges, and each of `setData`'s passes
   * over them and the redraw after were 50–110 ms tasks. False when an edge's ends are not held (a whole
   * `setData` is needed).
   */
  patchEdges(appended: readonly string[], upserted: readonly LayerEdge[], gone: readonly string[], colourOf: (node: number) => number): boolean {
    for (const id of appended) if (!this.index.has(id)) this.index.set(id, this.index.size);
    if (this.xy.length < this.index.size * 2) {
      const xy = new Float64Array(this.index.size * 2);
      xy.set(this.xy);
      this.xy = xy;
      this.positionsStale = true;
    }
    const edgeIndex = (this.edgeIndex ??= new Map(this.ids.map((id, i) => [id, i])));
    const changed: EdgeReweigh[] = [];
    const removed: number[] = [];
    const added: LayerEdge[] = [];
    for (const e of upserted) {
      const held = edgeIndex.get(e.id);
      if (held === undefined) added.push(e);
      else changed.push({ index: held, weight: e.weight ?? 1, kind: e.kind });
    }
    for (const id of gone) {
      const held = edgeIndex.get(id);
      if (held === undefined) continue;
      removed.push(held);
      edgeIndex.delete(id);
    }
    if (added.some((e) => !this.index.has(e.source) || !this.index.has(e.target))) return false;
    if (added.length) {
      const first = this.ids.length;
      const grow = <T extends Int32Array | Uint8Array>(old: T, make: (n: number) => T, fill: (e: LayerEdge) => number): T => {
        const out = make(first + added.length);
        out.set(old);
        added.forEach((e, i) => (out[first + i] = fill(e)));
        return out;
      };
      this.source = grow(this.source, (n) => new Int32Array(n), (e) => this.index.get(e.source)!);
      this.target = grow(this.target, (n) => new Int32Array(n), (e) => this.index.get(e.target)!);
      const between = this.colours.length - 1;
      this.bucket = grow(this.bucket, (n) => new Uint8Array(n), (e) => {
        const a = colourOf(this.index.get(e.source)!);
        return a >= 0 && a === colourOf(this.index.get(e.target)!) ? a : between;
      });
      added.forEach((e, i) => {
        this.ids.push(e.id);
        edgeIndex.set(e.id, first + i);
        changed.push({ index: first + i, weight: e.weight ?? 1, kind: e.kind });
      });
    }
    this.order.update(this.source, this.target, this.index.size, changed, removed);
    // Edges appended since the skip marks were made need a place in them (the marks stay those Cytoscape draws).
    if (this.skip && this.skip.length < this.ids.length) this.markSkipped();
    if (this.strokesChanged()) this.schedule();
    return true;
  }

  /** Whether a redraw now would stroke other edges than the last one did (the picture is otherwise the same). */
  private strokesChanged(): boolean {
    const last = this.lastPicked;
    if (!last || !this.drawn || this.frame || this.canvas.style.transform !== '' || last.budget !== this.edgeBudget) return true;
    if (this.positionsStale) this.syncPositions();
    const view = this.viewRect();
    if (view.x1 !== last.view.x1 || view.y1 !== last.view.y1 || view.x2 !== last.view.x2 || view.y2 !== last.view.y2) return true;
    const picked = pickEdges(this.order.order, this.source, this.target, this.xy, view, this.edgeBudget, this.skip).edges;
    if (picked.length !== last.edges.length) return true;
    const was = new Uint8Array(this.ids.length);
    for (const e of last.edges) was[e] = 1;
    for (const e of picked) if (!was[e]) return true;
    return false;
  }

  /** The nodes to paint, in `setData`'s order; null leaves nodes to Cytoscape. */
  setNodes(nodes: LayerNodes | null, colours: string[]): void {
    // A delta that left every node's size, shape and colour as it was leaves the picture as it is.
    if (nodes && this.nodes && sameNodes(nodes, this.nodes) && sameList(colours, this.nodeColours)) return;
    this.nodes = nodes;
    this.nodeColours = colours;
    this.schedule();
  }

  setNodeColours(colours: string[]): void {
    this.nodeColours = colours;
    this.schedule();
  }

  /** Under a search, the nodes that are not hits are faint (Cytoscape's `.dimmed`). */
  setNodesDimmed(dimmed: boolean): void {
    if (dimmed === this.nodesDimmed) return;
    this.nodesDimmed = dimmed;
    this.schedule();
  }

  /** Node positions (x, y pairs in `setData`'s order) for nodes Cytoscape does not hold yet (see hand-over.ts). */
  setPositions(xy: Float64Array): void {
    this.xy.set(xy.subarray(0, this.xy.length));
    this.positionsStale = false;
    this.schedule();
  }

  setColours(colours: string[]): void {
    this.colours = colours;
    this.schedule();
  }

  /** Edges Cytoscape draws itself. */
  setSkip(ids: Set<string>): void {
    this.skipIds = ids;
    this.markSkipped();
    this.schedule();
  }

  private markSkipped(): void {
    this.skip = null;
    if (this.skipIds.size === 0) return;
    this.edgeIndex ??= new Map(this.ids.map((id, i) => [id, i]));
    this.skip = new Uint8Array(this.ids.length);
    for (const id of this.skipIds) {
      const e = this.edgeIndex.get(id);
      if (e !== undefined) this.skip[e] = 1;
    }
  }

  /** Fainter while a neighbourhood is shown or a search dims the rest. */
  setFaded(faded: boolean): void {
    if (faded === this.faded) return;
    this.faded = faded;
    this.schedule();
  }

  /** Node positions changed (layout, drag). */
  positionsChanged(): void {
    this.positionsStale = true;
    this.schedule();
  }

  /** The viewport moved: shift the picture now, redraw when it rests. */
  viewportChanged(): void {
    if (this.drawn) {
      const pan = this.cy.pan();
      const { k, tx, ty } = layerTransform(this.drawn, { zoom: this.cy.zoom(), x: pan.x, y: pan.y });
      this.canvas.style.transform = `matrix(${k}, 0, 0, ${k}, ${tx}, ${ty})`;
    }
    if (this.settle) clearTimeout(this.settle);
    this.settle = setTimeout(() => this.schedule(), 120);
  }

  schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private syncPositions(): void {
    const xy = this.xy;
    this.cy.nodes().forEach((n) => {
      const i = this.index.get(n.id());
      if (i === undefined) return;
      const p = n.position();
      xy[2 * i] = p.x;
      xy[2 * i + 1] = p.y;
    });
    this.positionsStale = false;
  }

  draw(): void {
    const w = this.cy.width();
    const h = this.cy.height();
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    this.canvas.style.transform = '';
    const pan = this.cy.pan();
    this.drawn = { zoom: this.cy.zoom(), x: pan.x, y: pan.y };
    const { edges, nodes, inView } = this.paint(this.ctx, 1);
    // What the last draw showed, for tests and the curious: lines and nodes drawn here, and whether faded.
    this.canvas.dataset.drawnEdges = String(edges);
    this.canvas.dataset.edgesInView = String(inView);
    this.onDrawn?.(edges, inView);
    this.canvas.dataset.drawnNodes = String(nodes);
    this.canvas.dataset.faded = String(this.faded);
    this.canvas.dataset.draws = String(Number(this.canvas.dataset.draws ?? 0) + 1);
  }

  /** The model-space rectangle a redraw strokes edges through: edges wholly outside the view are left out; a margin keeps the picture whole for short pans. */
  private viewRect(): Rect {
    const w = this.cy.width();
    const h = this.cy.height();
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const margin = Math.max(w, h) * 0.25;
    return { x1: (-pan.x - margin) / zoom, y1: (-pan.y - margin) / zoom, x2: (w - pan.x + margin) / zoom, y2: (h - pan.y + margin) / zoom };
  }

  /** Paints the current view into `ctx` at `scale` device pixels per CSS pixel (the PNG export paints at 2). */
  paint(ctx: CanvasRenderingContext2D, scale: number): { edges: number; nodes: number; inView: number } {
    const w = this.cy.width();
    const h = this.cy.height();
    if (this.positionsStale) this.syncPositions();
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w * scale, h * scale);
    const view = this.viewRect();
    ctx.setTransform(zoom * scale, 0, 0, zoom * scale, pan.x * scale, pan.y * scale);
    ctx.lineWidth = Math.min(1.6, Math.max(0.8, zoom * 2)) / zoom;
    const xy = this.xy;
    const between = this.colours.length - 1;
    const picked = pickEdges(this.order.order, this.source, this.target, xy, view, this.edgeBudget, this.skip);
    if (ctx === this.ctx) this.lastPicked = { edges: picked.edges, view, budget: this.edgeBudget };
    const { edges, start } = byBucket(picked.edges, this.bucket, between + 1);
    for (let b = 0; b <= between; b++) {
      if (start[b] === start[b + 1]) continue;
      ctx.strokeStyle = this.colours[b]!;
      ctx.globalAlpha = (b === between ? 0.06 : 0.22) * (this.faded ? 0.3 : 1);
      ctx.beginPath();
      let inPath = 0;
      for (let k = start[b]!; k < start[b + 1]!; k++) {
        const e = edges[k]!;
        const s = 2 * this.source[e]!;
        const t = 2 * this.target[e]!;
        ctx.moveTo(xy[s]!, xy[s + 1]!);
        ctx.lineTo(xy[t]!, xy[t + 1]!);
        if (++inPath < PATH_SEGMENTS) continue;
        ctx.stroke();
        ctx.beginPath();
        inPath = 0;
      }
      if (inPath > 0) ctx.stroke();
    }
    ctx.globalAlpha = 1;
    let painted = 0;
    if (this.nodes && this.nodes.size.length === this.index.size) {
      // What Cytoscape draws (CY_DRAWN in the overview stylesheet) is what its style leaves visible; asking
      // each node is cheaper than matching the selector, as the style is computed for the frame anyway.
      const skip = new Uint8Array(this.index.size);
      this.cy.nodes().forEach((n) => {
        if (!n.visible()) return;
        const i = this.index.get(n.id());
        if (i !== undefined) skip[i] = 1;
      });
      painted = paintNodes(ctx, xy, this.nodes, skip, this.nodeColours, this.nodesDimmed ? 0.12 : 1);
    }
    return { edges: edges.length, nodes: painted, inView: picked.inView };
  }

  destroy(): void {
    this.cy.off('class data select unselect', 'node', this.restyled);
    this.cy.off('add', 'node', this.arrived);
    if (this.frame) cancelAnimationFrame(this.frame);
    if (this.settle) clearTimeout(this.settle);
    this.canvas.remove();
  }
}

function sameNodes(a: LayerNodes, b: LayerNodes): boolean {
  return sameArray(a.size, b.size) && sameArray(a.shape, b.shape) && sameArray(a.colour, b.colour);
}

function sameArray(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
