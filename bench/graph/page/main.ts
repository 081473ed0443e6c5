/**
 * The bench page: the app's own Cytoscape settings, style, layout worker and label choice against
 * Cytoscape's defaults, on one synthetic graph. Driven by bench/graph/graph-bench.ts through Playwright.
 */
import '../../../renderer/src/app.css';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { communityPalette, PALETTE } from '../../../renderer/src/features/graph/communities';
import { KINDS, nodeColourSlots, shapeOf } from '../../../renderer/src/features/graph/layer-nodes';
import { paletteFor, rememberPalette, shapeKey } from '../../../renderer/src/features/graph/palette-cache';
import { hasHardwareWebgl, LARGE_GRAPH, layoutFor, usesEdgeLayer, viewOptions } from '../../../renderer/src/features/graph/cy-options';
import { edgeWidth, graphStyle, nodeSize, readColors } from '../../../renderer/src/features/graph/cy-style';
import { EdgeLayer } from '../../../renderer/src/features/graph/edge-layer';
import { handOver } from '../../../renderer/src/features/graph/hand-over';
import { chooseLabels } from '../../../renderer/src/features/graph/labels';
import { startLayout } from '../../../renderer/src/features/graph/layout';
import { fitNodes, fitPoints } from '../../../renderer/src/features/graph/viewport';
import { syntheticGraph, type Density } from '../synthetic';

/** `unthinned`: Cairn's settings with the edge layer drawing every edge in view, as before edge-thinning.ts. */
type Config = 'cairn' | 'unthinned' | 'default';
/** The name GraphView would key stored positions and colours by. */
const VAULT = 'bench';
const container = document.getElementById('graph') as HTMLDivElement;
let elements: ElementDefinition[] = [];
let cy: Core | null = null;
let layer: EdgeLayer | null = null;
let counter = { frames: 0, worst: 0, start: 0, last: 0, running: false };

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

const bench = {
  /** Generates the graph and lays it out as the app does (in a worker); returns the layout's wall time. */
  async layout(n: number, density: Density = 'sparse'): Promise<{ nodes: number; edges: number; layoutMs: number; algorithm: string }> {
    const graph = syntheticGraph(n, 7, density);
    const nodes = graph.nodes.map((node) => ({ id: node.id, size: nodeSize(node.weight, node.degree) }));
    const t0 = performance.now();
    // As GraphView.runLayout: the worker's community colours are kept for the graph's shape.
    const ids = nodes.map((node) => node.id);
    const positions = await startLayout({ nodes, edges: graph.edges, seed: n }, () => {}, (palette) => rememberPalette(VAULT, shapeKey(ids, graph.edges), palette)).done;
    const layoutMs = performance.now() - t0;
    elements = [
      ...graph.nodes.map((node, i) => ({
        group: 'nodes' as const,
        data: { id: node.id, label: node.label, kind: node.kind, noteId: node.noteId, concept: node.concept, size: nodes[i]!.size },
        position: { x: positions[2 * i]!, y: positions[2 * i + 1]! },
      })),
      ...graph.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, kind: e.kind, weight: e.weight, width: edgeWidth(e.weight) } })),
    ];
    return { nodes: graph.nodes.length, edges: graph.edges.length, layoutMs, algorithm: layoutFor(n) };
  },

  /** Community detection and colouring as the app runs it for a large graph (main thread): the median of 3 runs. */
  communities(): number {
    const ids = elements.filter((e) => e.group === 'nodes').map((e) => e.data.id!);
    const edges = elements.filter((e) => e.group === 'edges').map((e) => e.data as { source: string; target: string });
    const times: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      communityPalette(ids, edges);
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[1]!;
  },

  /** Cytoscape's own force layout with its defaults, on the main thread, for comparison. */
  async defaultLayout(): Promise<number> {
    const headless = cytoscape({ headless: true, styleEnabled: true, elements: elements.map((e) => ({ ...e, position: undefined })) });
    const t0 = performance.now();
    headless.layout({ name: 'cose', animate: false }).run();
    const ms = performance.now() - t0;
    headless.destroy();
    return ms;
  },

  /**
   * Time from creating the view to the second painted frame with every node and edge on screen (`firstRenderMs`),
   * and to Cytoscape holding every node, so hover and click work everywhere (`interactiveMs`; the same below
   * EDGE_LAYER_MIN, where Cytoscape takes all elements at once).
   */
  async mount(config: Config): Promise<{ firstRenderMs: number; interactiveMs: number }> {
    cy?.destroy();
    await frame();
    const colors = readColors(container);
    const n = elements.filter((e) => e.group === 'nodes').length;
    const t0 = performance.now();
    layer?.destroy();
    layer = null;
    let handedOver: Promise<boolean> | null = null;
    if (config !== 'default') {
      // As GraphView.render does: an empty view with Cairn's settings; a large graph coloured by community
      // (paletteFor: remembered for this shape, here from the layout worker, else computed); below
      // EDGE_LAYER_MIN the elements, positions included, in one batch; past it the edge layer paints every
      // edge and plain node at once and Cytoscape takes the nodes over the next frames (hand-over.ts).
      const overview = usesEdgeLayer(n, elements.length - n);
      const g = cytoscape({ container, style: graphStyle(colors, n > LARGE_GRAPH, overview), ...viewOptions(n, hasHardwareWebgl()) });
      const nodes = elements.filter((e) => e.group === 'nodes');
      const edges = elements.filter((e) => e.group === 'edges').map((e) => e.data as { id: string; source: string; target: string; kind: string; weight: number });
      const ids = nodes.map((e) => e.data.id!);
      const palette = n > LARGE_GRAPH ? paletteFor(VAULT, ids, edges) : null;
      const coloured = nodes.map((e, i) => (palette && palette[i]! >= 0 ? { ...e, classes: `k${palette[i]}` } : e));
      // Nodes stay put under the scripted drags in both views, so every drag pans.
      g.autoungrabify(true);
      if (overview) {
        layer = new EdgeLayer(g, container);
        if (config === 'unthinned') layer.edgeBudget = Infinity;
        layer.setData(ids, edges, palette ?? new Int32Array(ids.length).fill(-1), [...PALETTE, colors.muted]);
        const kinds = nodes.map((e) => e.data.kind as string);
        const slots = nodeColourSlots(kinds, palette, [], PALETTE.length);
        layer.setNodes({ size: Float64Array.from(nodes, (e) => e.data.size as number), shape: Uint8Array.from(kinds, shapeOf), colour: slots.colour }, [...PALETTE, ...KINDS.map((k) => colors[k])]);
        layer.setPositions(Float64Array.from(nodes.flatMap((e) => [e.position!.x, e.position!.y])));
        const edgeLayer = layer;
        g.on('viewport', () => edgeLayer.viewportChanged());
        fitPoints(g, nodes.map((e) => e.position!), 30);
        handedOver = handOver(g, coloured, () => cy === g);
      } else {
        g.batch(() => g.add([...coloured, ...elements.filter((e) => e.group === 'edges')]));
        if (n > LARGE_GRAPH) fitNodes(g, 30);
        else g.fit(undefined, 30);
      }
      cy = g;
    } else {
      cy = cytoscape({ container, elements, layout: { name: 'preset' }, style: graphStyle(colors) });
      cy.autoungrabify(true);
      cy.fit(undefined, 30);
    }
    const label = config !== 'default' && n > LARGE_GRAPH;
    if (label && !handedOver) chooseLabels(cy);
    // The layer draws in the frame after; it is part of the first render.
    layer?.draw();
    await frame();
    await frame();
    const firstRenderMs = performance.now() - t0;
    if (handedOver) {
      await handedOver;
      // GraphView labels a large graph once its nodes are in (settle → scheduleLabels).
      if (label) chooseLabels(cy);
      await frame();
      await frame();
    }
    return { firstRenderMs, interactiveMs: performance.now() - t0 };
  },

  /** Starts counting frames; the pan and zoom come from real mouse input sent by the bench (see graph-bench.ts). */
  startFrames(): void {
    counter = { frames: 0, worst: 0, start: performance.now(), last: performance.now(), running: true };
    const tick = (): void => {
      if (!counter.running) return;
      const now = performance.now();
      counter.frames++;
      counter.worst = Math.max(counter.worst, now - counter.last);
      counter.last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  },

  async stopFrames(): Promise<{ fps: number; worstFrameMs: number }> {
    // The frame in flight counts too: a slow renderer must not look fast because the clock stopped early.
    await frame();
    counter.running = false;
    const seconds = (performance.now() - counter.start) / 1000;
    return { fps: counter.frames / seconds, worstFrameMs: counter.worst };
  },

  /**
   * A redraw at rest, as after every gesture: the layer's draw and Cytoscape's, until the frame after has
   * painted (Chromium rasterises the canvas when it presents it); the median of 3.
   */
  async redrawMs(): Promise<number> {
    const times: number[] = [];
    for (let k = 0; k < 3; k++) {
      await frame();
      const t0 = performance.now();
      layer?.draw();
      (cy as unknown as { forceRender(): void } | null)?.forceRender();
      await frame();
      await frame();
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[1]!;
  },

  /** Sets the edge layer's budget (edge-thinning.ts), to find what a redraw costs per edge. */
  setEdgeBudget(budget: number): void {
    if (layer) layer.edgeBudget = budget;
  },

  /** What the edge layer's last draw showed (its canvas's data attributes), or null without the layer. */
  layerStats(): { drawnEdges: number; edgesInView: number } | null {
    if (!layer) return null;
    return { drawnEdges: Number(layer.canvas.dataset.drawnEdges), edgesInView: Number(layer.canvas.dataset.edgesInView) };
  },

  fit(): void {
    layer?.viewportChanged();
    if (cy && cy.nodes().length > LARGE_GRAPH) fitNodes(cy, 30);
    else cy?.fit(undefined, 30);
    if (cy && cy.nodes().length > LARGE_GRAPH) chooseLabels(cy);
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
