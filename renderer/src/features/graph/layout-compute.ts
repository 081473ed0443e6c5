import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { detectCommunities, paletteOf } from './communities';
import { LARGE_GRAPH, layoutFor } from './cy-options';
import { mulberry32 as random } from './prng';
import { separate } from './separate';
import { hubNotes, springOf, type Spring } from './layout-springs';

export interface LayoutNode {
  id: string;
  size: number;
  /** Where the node is now; fixed nodes (pinned by the person) stay there. */
  x?: number;
  y?: number;
  fixed?: boolean;
}
export interface LayoutEdge {
  source: string;
  target: string;
  kind: string;
  weight: number;
  /** Not drawn (filtered out): fcose may still feel it, see layout-springs.ts. */
  hidden?: boolean;
}
export interface LayoutInput {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  seed: number;
}
/** Positions as x, y pairs in the order of `input.nodes`. */
export type LayoutOutput = Float64Array;

cytoscape.use(fcose);

/** Co-occurrence and tag edges are many and weak: they should not pull the layout into a ball. */
const weak = (kind: string): boolean => kind === 'related' || kind === 'tagged';

/** How much an edge between two communities pulls, against one inside a community. */
const BETWEEN = 0.08;

/** Most nodes whose overlaps are removed after ForceAtlas2 (about 60 ms at 1.2k nodes, 0.75 s at 10k). */
const SEPARATE_MAX = 3000;

/** Room per node, in node diameters, when ForceAtlas2's picture is scaled to the screen. */
const SPACING = 2.2;

/**
 * Runs where it is called; the app calls it from a worker (layout.worker.ts), the fallback on the main thread.
 * A large graph's community colours (communityPalette) come out through `onPalette` before the positions.
 */
export function computeLayout(input: LayoutInput, onProgress?: (positions: LayoutOutput) => void, onPalette?: (palette: Int32Array) => void): LayoutOutput {
  return layoutFor(input.nodes.length) === 'fcose' ? fcoseLayout(input) : forceAtlasLayout(input, onProgress, onPalette);
}

function fcoseLayout(input: LayoutInput): LayoutOutput {
  const hubs = hubNotes(input.edges);
  const springs: { edge: LayoutEdge; spring: Spring }[] = [];
  for (const edge of input.edges) {
    const spring = springOf(edge, hubs);
    if (spring) springs.push({ edge, spring });
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: n.size }, position: { x: n.x ?? 0, y: n.y ?? 0 } })),
      ...springs.map(({ edge: e, spring }, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target, length: spring.length, elasticity: spring.elasticity } })),
    ],
  });
  const fixed = input.nodes.filter((n) => n.fixed && n.x !== undefined).map((n) => ({ nodeId: n.id, position: { x: n.x!, y: n.y! } }));
  const large = input.nodes.length > 1000;
  cy.layout({
    name: 'fcose',
    quality: large ? 'draft' : 'default',
    randomize: true,
    animate: false,
    nodeRepulsion: () => (large ? 8000 : 60000),
    idealEdgeLength: (edge: cytoscape.EdgeSingular) => edge.data('length') as number,
    edgeElasticity: (edge: cytoscape.EdgeSingular) => edge.data('elasticity') as number,
    gravity: 0.15,
    gravityRange: 3.8,
    numIter: large ? 800 : 2500,
    packComponents: true,
    nodeDimensionsIncludeLabels: false,
    fixedNodeConstraint: fixed.length ? fixed : undefined,
  } as cytoscape.LayoutOptions).run();
  const out = new Float64Array(input.nodes.length * 2);
  input.nodes.forEach((n, i) => {
    const p = cy.getElementById(n.id).position();
    out[2 * i] = p.x;
    out[2 * i + 1] = p.y;
  });
  cy.destroy();
  return separate(out, input.nodes.map((n) => n.size), input.nodes.map((n) => !!n.fixed), 4, 50);
}

function forceAtlasLayout(input: LayoutInput, onProgress?: (positions: LayoutOutput) => void, onPalette?: (palette: Int32Array) => void): LayoutOutput {
  const rand = random(input.seed);
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const spread = Math.sqrt(input.nodes.length) * 10;
  for (const n of input.nodes) {
    const angle = rand() * Math.PI * 2;
    const r = Math.sqrt(rand()) * spread;
    graph.addNode(n.id, { x: Math.cos(angle) * r, y: Math.sin(angle) * r, size: n.size / 10, fixed: !!n.fixed });
  }
  // Edges between communities pull less, so the communities (the colours of a large graph) draw apart
  // instead of mixing into one disc.
  const ids = input.nodes.map((n) => n.id);
  const community = detectCommunities(ids, input.edges);
  if (onPalette && input.nodes.length > LARGE_GRAPH) onPalette(paletteOf(ids, input.edges, community));
  const communityOf = new Map(input.nodes.map((n, i) => [n.id, community[i]!]));
  for (const e of input.edges) {
    if (e.hidden || e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.source, e.target)) continue;
    const across = communityOf.get(e.source) !== communityOf.get(e.target) ? BETWEEN : 1;
    graph.addEdge(e.source, e.target, { weight: (weak(e.kind) ? 0.2 : Math.min(3, e.weight)) * across });
  }
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: true,
    barnesHutTheta: 0.8,
    // LinLog and hub dissuasion pushed the hubs, the nodes worth labelling, out to the rim as fans of edges
    // (bench/graph screenshots at 10k); plain attraction keeps them among what they link.
    linLogMode: false,
    outboundAttractionDistribution: false,
    scalingRatio: 2,
    gravity: 1,
    strongGravityMode: false,
    slowDown: 2,
  };
  const total = Math.max(60, Math.min(300, Math.round(2_000_000 / Math.max(1, input.nodes.length))));
  const step = 20;
  for (let done = 0; done < total; done += step) {
    forceAtlas2.assign(graph, { iterations: Math.min(step, total - done), settings, getEdgeWeight: 'weight' });
    if (onProgress && done + step < total) onProgress(scaled(input, graph));
  }
  // ForceAtlas2 leaves room on average too, not round every node (three pairs overlapped in the unit test's
  // 730 nodes). Past SEPARATE_MAX the pass costs up to a second and the view is an overview anyway.
  const out = scaled(input, graph);
  return input.nodes.length > SEPARATE_MAX ? out : separate(out, input.nodes.map((n) => n.size), input.nodes.map((n) => !!n.fixed), 4, 30);
}

/**
 * ForceAtlas2 works in its own units. Scale so the nodes get room: a typical edge about 70 px long, and
 * at least a disc whose area gives each node a few diameters of space. LinLog packs communities tightly,
 * and edge length alone left 10k nodes piled into one blob.
 */
function scaled(input: LayoutInput, graph: Graph): LayoutOutput {
  const lengths: number[] = [];
  graph.forEachEdge((_e, _a, _s, _t, s, t) => {
    if (lengths.length < 4000) lengths.push(Math.hypot((s.x as number) - (t.x as number), (s.y as number) - (t.y as number)));
  });
  lengths.sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 1;
  let cx = 0;
  let cy = 0;
  graph.forEachNode((_id, a) => {
    cx += a.x as number;
    cy += a.y as number;
  });
  cx /= Math.max(1, graph.order);
  cy /= Math.max(1, graph.order);
  let sq = 0;
  graph.forEachNode((_id, a) => {
    sq += ((a.x as number) - cx) ** 2 + ((a.y as number) - cy) ** 2;
  });
  const rms = Math.sqrt(sq / Math.max(1, graph.order));
  const meanSize = input.nodes.reduce((sum, n) => sum + n.size, 0) / Math.max(1, input.nodes.length);
  // A uniform disc of radius R has an rms radius of R/√2; π R² = n (SPACING · size)².
  const radius = SPACING * meanSize * Math.sqrt(input.nodes.length / Math.PI);
  const k = Math.max(70 / Math.max(median, 1e-6), radius / (Math.SQRT2 * Math.max(rms, 1e-6)));
  const out = new Float64Array(input.nodes.length * 2);
  input.nodes.forEach((n, i) => {
    const a = graph.getNodeAttributes(n.id);
    out[2 * i] = n.fixed && n.x !== undefined ? n.x : ((a.x as number) - cx) * k;
    out[2 * i + 1] = n.fixed && n.y !== undefined ? n.y : ((a.y as number) - cy) * k;
  });
  return out;
}
