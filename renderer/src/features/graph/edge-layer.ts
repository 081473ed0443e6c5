import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { EDGE_BUDGET, pickEdges, type Rect } from './edge-thinning';
import { LayerData, type LayerEdge } from './layer-data';
import type { LayerNodes } from './layer-nodes';
import { paintWhole, type LayerPicture, type Painted } from './layer-paint';
import { paintSliced, type SliceJob } from './layer-slices';

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
  /** Its nodes, where they are, and its edges (layer-data.ts). */
  private readonly data = new LayerData();
  /** The edges the last redraw stroked (all at once, see `patchEdges`), and the view it drew. */
  private lastPicked: { edges: Int32Array; view: Rect; budget: number } | null = null;
  /** Most edges one redraw draws, the strongest in view first (edge-thinning.ts); Infinity draws them all. */
  edgeBudget = EDGE_BUDGET;
  /** Told after each redraw how many edges it drew of those in view, so the view can say it thinned them. */
  onDrawn: ((drawn: number, inView: number) => void) | null = null;
  private faded = false;
  private drawn: Viewport | null = null;
  private frame = 0;
  /** A redraw under way in slices (`scheduleSliced`), and the canvas it paints into. */
  private slicing: SliceJob | null = null;
  private back: HTMLCanvasElement | null = null;
  private settle: ReturnType<typeof setTimeout> | null = null;
  private positionsStale = true;
  private nodes: LayerNodes | null = null;
  private nodeColours: string[] = [];
  private nodesDimmed = false;
  /**
   * A node changed how Cytoscape draws it (hovered, labelled, opened, selected…): the layer leaves it out or
   * takes it back. New data (a delta, mastery) need not show this frame.
   */
  private readonly restyled = (event: EventObject): void => (event.type === 'data' ? this.scheduleSliced() : this.schedule());
  /**
   * A node arrived in Cytoscape (hand-over.ts, or a delta): only one Cytoscape draws (pinned, say) needs a redraw; one per
   * slice of 2,000 plain nodes took the hand-over at 10k from ~2.8 s to ~3.6–4.1 s.
   */
  private readonly arrived = (event: EventObject): void => {
    // In slices: a node a save adds arrives too, and a whole redraw then was a 90 ms task.
    if ((event.target as NodeSingular).visible()) this.scheduleSliced();
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
    this.data.setData(nodeIds, edges, colourOf, colours);
    this.positionsStale = true;
    this.schedule();
  }

  /** Node ids in the order the layer holds them (`setData`'s, then those `patchEdges` appended). */
  get nodeIds(): string[] {
    return this.data.nodeIds;
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
    const patched = this.data.patchEdges(appended, upserted, gone, colourOf);
    if (!patched) return false;
    // New nodes are where Cytoscape put them (the patch added them there): read those alone, not all 7.6k.
    if (patched.grew && !this.readPositions(appended)) this.positionsStale = true;
    if (this.strokesChanged()) this.scheduleSliced();
    return true;
  }

  /** Nodes moved (new ones placed beside their neighbours): the picture follows, redrawn in slices. */
  nodesMoved(ids: readonly string[]): void {
    if (ids.length === 0) return;
    if (!this.readPositions(ids)) this.positionsStale = true;
    this.scheduleSliced();
  }

  /** Takes these nodes' positions from Cytoscape; false when one is not held there or here. */
  private readPositions(ids: readonly string[]): boolean {
    const { xy, index } = this.data;
    for (const id of ids) {
      const i = index.get(id);
      const n = this.cy.getElementById(id);
      if (i === undefined || n.empty()) return false;
      const p = n.position();
      xy[2 * i] = p.x;
      xy[2 * i + 1] = p.y;
    }
    return true;
  }

  /** Whether a redraw now would stroke other edges than the last one did (the picture is otherwise the same). */
  private strokesChanged(): boolean {
    const last = this.lastPicked;
    if (!last || !this.drawn || this.frame || this.slicing || this.canvas.style.transform !== '' || last.budget !== this.edgeBudget) return true;
    if (this.positionsStale) this.syncPositions();
    const view = this.viewRect();
    if (view.x1 !== last.view.x1 || view.y1 !== last.view.y1 || view.x2 !== last.view.x2 || view.y2 !== last.view.y2) return true;
    const d = this.data;
    const picked = pickEdges(d.order.order, d.source, d.target, d.xy, view, this.edgeBudget, d.skip).edges;
    if (picked.length !== last.edges.length) return true;
    const was = new Uint8Array(d.ids.length);
    for (const e of last.edges) was[e] = 1;
    for (const e of picked) if (!was[e]) return true;
    return false;
  }

  /** The nodes to paint, in `setData`'s order; null leaves nodes to Cytoscape. `sliced`: a delta's, see `scheduleSliced`. */
  setNodes(nodes: LayerNodes | null, colours: string[], sliced = false): void {
    // A delta that left every node's size, shape and colour as it was leaves the picture as it is.
    if (nodes && this.nodes && sameNodes(nodes, this.nodes) && sameList(colours, this.nodeColours)) return;
    this.nodes = nodes;
    this.nodeColours = colours;
    if (sliced) this.scheduleSliced();
    else this.schedule();
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
    this.data.xy.set(xy.subarray(0, this.data.xy.length));
    this.positionsStale = false;
    this.schedule();
  }

  setColours(colours: string[]): void {
    this.data.colours = colours;
    this.schedule();
  }

  /** Edges Cytoscape draws itself. */
  setSkip(ids: Set<string>): void {
    this.data.setSkip(ids);
    this.schedule();
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
    this.moveDrawn();
    if (this.settle) clearTimeout(this.settle);
    this.settle = setTimeout(() => this.schedule(), 120);
  }

  /** Moves the picture on the page to where the viewport now shows what it drew. */
  private moveDrawn(): void {
    if (!this.drawn) return;
    const pan = this.cy.pan();
    const { k, tx, ty } = layerTransform(this.drawn, { zoom: this.cy.zoom(), x: pan.x, y: pan.y });
    this.canvas.style.transform = `matrix(${k}, 0, 0, ${k}, ${tx}, ${ty})`;
  }

  /** A whole redraw next frame (it replaces a redraw under way in slices). */
  schedule(): void {
    this.cancelSlices();
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private syncPositions(): void {
    const { xy, index } = this.data;
    this.cy.nodes().forEach((n) => {
      const i = index.get(n.id());
      if (i === undefined) return;
      const p = n.position();
      xy[2 * i] = p.x;
      xy[2 * i + 1] = p.y;
    });
    this.positionsStale = false;
  }

  draw(): void {
    this.cancelSlices();
    const w = this.cy.width();
    const h = this.cy.height();
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    this.canvas.style.transform = '';
    const pan = this.cy.pan();
    this.drawn = { zoom: this.cy.zoom(), x: pan.x, y: pan.y };
    this.shown(this.paint(this.ctx, 1), this.drawn, 1);
  }

  /**
   * A redraw that need not show this frame (a delta: a save's new edge, a node grown), painted over several
   * tasks into a canvas off the page, each slice rasterised before the next, and put on the page in one copy
   * when whole. Until then the page shows the last picture. Any whole redraw asked for meanwhile (the view
   * moved, a node hovered) replaces it, and a later delta starts it again from what is then held.
   */
  scheduleSliced(): void {
    if (this.frame) return;
    this.cancelSlices();
    const job: SliceJob = { cancelled: false };
    this.slicing = job;
    let viewport: Viewport = { zoom: 1, x: 0, y: 0 };
    const back = (this.back ??= document.createElement('canvas'));
    void paintSliced(job, back, () => {
      const pan = this.cy.pan();
      viewport = { zoom: this.cy.zoom(), x: pan.x, y: pan.y };
      return this.picture(1);
    }).then((done) => {
      if (!done || job.cancelled) return;
      this.slicing = null;
      const { width: w, height: h } = back;
      if (this.canvas.width !== w || this.canvas.height !== h) {
        this.canvas.width = w;
        this.canvas.height = h;
      }
      this.ctx.setTransform(1, 0, 0, 1, 0, 0);
      this.ctx.globalAlpha = 1;
      this.ctx.clearRect(0, 0, w, h);
      this.ctx.drawImage(back, 0, 0);
      this.drawn = viewport;
      this.canvas.style.transform = '';
      // The view moved while the slices were painted: the new picture is moved as the old one was.
      const now = this.cy.pan();
      if (this.cy.zoom() !== viewport.zoom || now.x !== viewport.x || now.y !== viewport.y) this.moveDrawn();
      this.shown(done.painted, viewport, done.slices);
    });
  }

  private cancelSlices(): void {
    if (!this.slicing) return;
    this.slicing.cancelled = true;
    this.slicing = null;
  }

  /** What the last draw showed, for tests and the curious: lines and nodes drawn here, whether faded, in how many tasks. */
  private shown(painted: Painted, viewport: Viewport, slices: number): void {
    this.canvas.dataset.slices = String(slices);
    this.lastPicked = { edges: painted.picked, view: this.viewRectAt(viewport), budget: this.edgeBudget };
    this.canvas.dataset.drawnEdges = String(painted.edges);
    this.canvas.dataset.edgesInView = String(painted.inView);
    this.onDrawn?.(painted.edges, painted.inView);
    this.canvas.dataset.drawnNodes = String(painted.nodes);
    this.canvas.dataset.faded = String(this.faded);
    this.canvas.dataset.draws = String(Number(this.canvas.dataset.draws ?? 0) + 1);
  }

  /** The model-space rectangle a redraw strokes edges through: edges wholly outside the view are left out; a margin keeps the picture whole for short pans. */
  private viewRect(): Rect {
    const pan = this.cy.pan();
    return this.viewRectAt({ zoom: this.cy.zoom(), x: pan.x, y: pan.y });
  }

  private viewRectAt(v: Viewport): Rect {
    const w = this.cy.width();
    const h = this.cy.height();
    const margin = Math.max(w, h) * 0.25;
    return { x1: (-v.x - margin) / v.zoom, y1: (-v.y - margin) / v.zoom, x2: (w - v.x + margin) / v.zoom, y2: (h - v.y + margin) / v.zoom };
  }

  /** What a redraw now paints, at `scale` device pixels per CSS pixel. */
  private picture(scale: number): LayerPicture {
    if (this.positionsStale) this.syncPositions();
    const pan = this.cy.pan();
    let nodes: LayerPicture['nodes'] = null;
    const d = this.data;
    if (this.nodes && this.nodes.size.length === d.index.size) {
      // What Cytoscape draws (CY_DRAWN in the overview stylesheet) is what its style leaves visible; asking
      // each node is cheaper than matching the selector, as the style is computed for the frame anyway.
      const skip = new Uint8Array(d.index.size);
      this.cy.nodes().forEach((n) => {
        if (!n.visible()) return;
        const i = d.index.get(n.id());
        if (i !== undefined) skip[i] = 1;
      });
      nodes = { nodes: this.nodes, skip, colours: this.nodeColours, alpha: this.nodesDimmed ? 0.12 : 1 };
    }
    return {
      xy: d.xy,
      source: d.source,
      target: d.target,
      order: d.order.order,
      skipEdges: d.skip,
      bucket: d.bucket,
      colours: d.colours,
      faded: this.faded,
      budget: this.edgeBudget,
      view: this.viewRect(),
      zoom: this.cy.zoom(),
      pan: { x: pan.x, y: pan.y },
      scale,
      width: this.cy.width(),
      height: this.cy.height(),
      nodes,
    };
  }

  /** Paints the current view into `ctx` at `scale` device pixels per CSS pixel (the PNG export paints at 2). */
  paint(ctx: CanvasRenderingContext2D, scale: number): Painted {
    return paintWhole(ctx, this.picture(scale));
  }

  destroy(): void {
    this.cancelSlices();
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
