import type { CairnMethod } from './api';
import type { EdgeKind, GraphDTO, GraphEdgeDTO, GraphNodeDTO } from './dto';

/**
 * How a graph crosses a thread, IPC or HTTP: edges as parallel arrays of node indices and numbers. As
 * objects, each of a 10k-note vault's 245k edges repeated its two ends' ids in its own id: 58 MB of JSON
 * to write, send and parse on every open. An edge's id is `kind|source|target`, which is how the graph
 * model names every edge, so it is rebuilt on arrival; an edge that does not fit travels whole.
 */
export interface GraphWire {
  format: typeof GRAPH_WIRE;
  nodes: GraphNodeDTO[];
  kinds: EdgeKind[];
  /** Per edge: index into `kinds`, then its ends as indices into `nodes`, and its weight. */
  kind: number[];
  source: number[];
  target: number[];
  weight: number[];
  /** Edges whose id is not `kind|source|target` or whose ends are not among `nodes`, with their place in the list. */
  whole: [number, GraphEdgeDTO][];
}

export const GRAPH_WIRE = 'cairn-graph/1';

export function packGraph(graph: GraphDTO): GraphWire {
  const index = new Map<string, number>();
  graph.nodes.forEach((node, i) => index.set(node.id, i));
  const kinds: EdgeKind[] = [];
  const kindIndex = new Map<EdgeKind, number>();
  const wire: GraphWire = { format: GRAPH_WIRE, nodes: graph.nodes, kinds, kind: [], source: [], target: [], weight: [], whole: [] };
  graph.edges.forEach((edge, at) => {
    const source = index.get(edge.source);
    const target = index.get(edge.target);
    // A typed relation carries its name: few per vault, they travel whole.
    if (source === undefined || target === undefined || edge.relation !== undefined || edge.id !== `${edge.kind}|${edge.source}|${edge.target}`) {
      wire.whole.push([at, edge]);
      return;
    }
    let k = kindIndex.get(edge.kind);
    if (k === undefined) {
      k = kinds.length;
      kinds.push(edge.kind);
      kindIndex.set(edge.kind, k);
    }
    wire.kind.push(k);
    wire.source.push(source);
    wire.target.push(target);
    wire.weight.push(edge.weight);
  });
  return wire;
}

export function isGraphWire(value: unknown): value is GraphWire {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === GRAPH_WIRE;
}

/**
 * The wire form each unpacked graph came from. A host forwards graphs (worker → HTTP or IPC): it sends the
 * one it received instead of packing again what it just unpacked (0.3–0.6 s of its thread at 10k notes).
 * Graphs are answers, never changed once made, so the wire still says what the graph says.
 */
const cameFrom = new WeakMap<GraphDTO, GraphWire>();

export function unpackGraph(wire: GraphWire): GraphDTO {
  const graph = { nodes: wire.nodes, edges: unpackEdges(wire) };
  cameFrom.set(graph, wire);
  return graph;
}

/**
 * A graph whose edges are unpacked when first read. A host answering from a wire it holds (a vault opened
 * on its cached snapshot) hands the graph to a transport that sends the wire as it is and never reads
 * them: unpacking a 10k-note vault's 245k edges for nothing cost a quarter of a second.
 */
export function unpackGraphLazily(wire: GraphWire): GraphDTO {
  let edges: GraphEdgeDTO[] | null = null;
  const graph = { nodes: wire.nodes } as GraphDTO;
  Object.defineProperty(graph, 'edges', { enumerable: true, get: () => (edges ??= unpackEdges(wire)) });
  cameFrom.set(graph, wire);
  return graph;
}

function unpackEdges(wire: GraphWire): GraphEdgeDTO[] {
  const { nodes } = wire;
  const edges: GraphEdgeDTO[] = new Array(wire.kind.length + wire.whole.length);
  let w = 0;
  let i = 0;
  for (let at = 0; at < edges.length; at++) {
    const next = wire.whole[w];
    if (next && next[0] === at) {
      edges[at] = next[1];
      w++;
      continue;
    }
    const kind = wire.kinds[wire.kind[i] as number] as EdgeKind;
    const source = (nodes[wire.source[i] as number] as GraphNodeDTO).id;
    const target = (nodes[wire.target[i] as number] as GraphNodeDTO).id;
    edges[at] = { id: `${kind}|${source}|${target}`, source, target, kind, weight: wire.weight[i] as number };
    i++;
  }
  return edges;
}

/** A method's result as a transport sends it: the graph packed, everything else as it is. */
export function toWire(method: CairnMethod, value: unknown): unknown {
  if (method !== 'getGraph' || !value) return value;
  return cameFrom.get(value as GraphDTO) ?? packGraph(value as GraphDTO);
}

/**
 * A result as the transport delivered it, back in the contract's shape. `lazily` for a host that mostly
 * forwards what it receives (worker → HTTP or IPC): its graphs unpack their edges only if read.
 */
export function fromWire(method: CairnMethod, value: unknown, lazily = false): unknown {
  if (method !== 'getGraph' || !isGraphWire(value)) return value;
  return lazily ? unpackGraphLazily(value) : unpackGraph(value);
}
