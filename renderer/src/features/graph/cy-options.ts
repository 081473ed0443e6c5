import type { CytoscapeOptions } from 'cytoscape';

/** From this many nodes on, the view switches to the settings that keep a big graph smooth. */
export const LARGE_GRAPH = 800;

/**
 * From this many nodes on, edges are drawn by EdgeLayer under Cytoscape's canvas instead of by Cytoscape,
 * and Cytoscape holds only the edges near what is looked at: around the hovered node, and all edges of the
 * nodes in view once no more than DETAIL_NODES are in view.
 */
export const EDGE_LAYER_MIN = 2500;
/**
 * Edges from which a large graph (past LARGE_GRAPH nodes) goes to the edge layer whatever its node count:
 * a dense 1,000-note vault (21k edges) drawn by Cytoscape took 25 s to first render and panned at 3.6 fps
 * in bench/graph. The AWS guide (1,226 nodes, 10k edges) stays with Cytoscape.
 */
export const EDGE_LAYER_MIN_EDGES = 15_000;

/** Whether a graph this size is drawn through the edge layer (edge-layer.ts) rather than by Cytoscape alone. */
export const usesEdgeLayer = (nodeCount: number, edgeCount: number): boolean => nodeCount >= EDGE_LAYER_MIN || (nodeCount > LARGE_GRAPH && edgeCount >= EDGE_LAYER_MIN_EDGES);
export const DETAIL_NODES = 1200;
/** Most edges Cytoscape takes on when zoomed in; past this the layer keeps drawing them. */
export const DETAIL_EDGES = 3000;

/** The layout the app runs at a given size: fcose draws small vaults best, but took ~10 s at 1k nodes in a worker here. */
export type LayoutAlgorithm = 'fcose' | 'forceatlas2';
export const layoutFor = (nodeCount: number): LayoutAlgorithm => (nodeCount > 600 ? 'forceatlas2' : 'fcose');


/**
 * Whether WebGL runs on a real GPU. Cytoscape's WebGL renderer walks every element each frame; on a
 * software rasteriser (SwiftShader, llvmpipe) one frame of a 10k-node graph took over 10 s in
 * bench/graph, where the canvas renderer's texture-on-viewport pans at full rate.
 */
export function hasHardwareWebgl(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !/swiftshader|llvmpipe|software|softpipe/i.test(name);
  } catch {
    return false;
  }
}

/**
 * Cairn's Cytoscape settings, shared by the app and `npm run bench` so the bench measures what people get.
 * Large graphs draw through the WebGL renderer where there is a GPU (the canvas one falls to a few fps
 * past ~2.6k nodes); elsewhere, and for mid-size graphs, the canvas renderer hides edges and pans a
 * texture of the graph while the viewport moves.
 */
export function viewOptions(nodeCount: number, hardwareWebgl: boolean): CytoscapeOptions {
  const large = nodeCount > LARGE_GRAPH;
  const options: CytoscapeOptions & { renderer?: Record<string, unknown> } = {
    minZoom: 0.02,
    maxZoom: 4,
    // Shift+drag selects a cluster to revise; a plain drag still pans.
    boxSelectionEnabled: true,
    hideEdgesOnViewport: nodeCount > 300,
    textureOnViewport: nodeCount > 300,
    motionBlur: false,
    pixelRatio: large ? 1 : 'auto',
    wheelSensitivity: 1,
  };
  if (large && hardwareWebgl) options.renderer = { name: 'canvas', webgl: true };
  return options;
}
