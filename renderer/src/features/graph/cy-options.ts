import type { CytoscapeOptions } from 'cytoscape';

/** From this many nodes on, the view switches to the settings that keep a big graph smooth. */
export const LARGE_GRAPH = 800;

/** The layout the app runs at a given size (see DESIGN "Layouts at scale": fcose past a few thousand nodes takes a minute). */
export type LayoutAlgorithm = 'fcose' | 'forceatlas2';
export const layoutFor = (nodeCount: number): LayoutAlgorithm => (nodeCount > 2500 ? 'forceatlas2' : 'fcose');

/** How many nodes keep their label at rest in a large graph: the best-connected ones, like a map shows its cities. */
export const hubLabelCount = (nodeCount: number): number => (nodeCount > LARGE_GRAPH ? Math.round(40 + Math.sqrt(nodeCount) * 1.2) : nodeCount);

/**
 * Cairn's Cytoscape settings, shared by the app and `npm run bench` so the bench measures what people get.
 * Large graphs draw through the WebGL renderer (the canvas one falls to a few fps past ~2.6k nodes);
 * mid-size ones on canvas hide edges and draw a texture while the viewport moves.
 */
export function viewOptions(nodeCount: number): CytoscapeOptions {
  const large = nodeCount > LARGE_GRAPH;
  const options: CytoscapeOptions & { renderer?: Record<string, unknown> } = {
    minZoom: 0.02,
    maxZoom: 4,
    boxSelectionEnabled: false,
    hideEdgesOnViewport: nodeCount > 300,
    textureOnViewport: nodeCount > 300,
    motionBlur: false,
    pixelRatio: large ? 1 : 'auto',
    wheelSensitivity: 1,
  };
  if (large) options.renderer = { name: 'canvas', webgl: true, webglTexSize: 4096, webglTexRows: 24, webglBatchSize: 4096 };
  return options;
}
