import { describe, expect, it } from 'vitest';
import type { GraphDelta, GraphDTO, GraphEdgeDTO, GraphNodeDTO } from '../../../../electron/contract';
import { applyDelta } from './apply-delta';
import { mulberry32 } from './prng';

const node = (id: string, weight = 1): GraphNodeDTO => ({ id, kind: 'note', label: id, noteId: `${id}.md`, weight, degree: 0, tags: [] }) as unknown as GraphNodeDTO;
const edge = (source: string, target: string, weight = 1): GraphEdgeDTO => ({ id: `${source}->${target}`, source, target, kind: 'link', weight }) as unknown as GraphEdgeDTO;

/** The graph a delta leaves, as the view took it in before: every node and edge indexed by id. */
function byIndex(graph: GraphDTO, delta: GraphDelta, newNodes: boolean): GraphDTO {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const edges = new Map(graph.edges.map((e) => [e.id, e]));
  for (const id of delta.removeNodes) nodes.delete(id);
  for (const id of delta.removeEdges) edges.delete(id);
  for (const n of delta.upsertNodes) if (newNodes || nodes.has(n.id)) nodes.set(n.id, n);
  for (const e of delta.upsertEdges) if (nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

describe('applyDelta', () => {
  const graph: GraphDTO = { nodes: [node('a'), node('b'), node('c')], edges: [edge('a', 'b'), edge('b', 'c')] };

  it('reweighs in place, appends what is new, and drops what went', () => {
    const after = applyDelta(graph, { upsertNodes: [node('b', 5), node('d')], removeNodes: ['c'], upsertEdges: [edge('a', 'b', 3), edge('a', 'd')], removeEdges: ['b->c'] }, true);
    expect(after.nodes.map((n) => [n.id, n.weight])).toEqual([['a', 1], ['b', 5], ['d', 1]]);
    expect(after.edges.map((e) => [e.id, e.weight])).toEqual([['a->b', 3], ['a->d', 1]]);
  });

  it('leaves out an edge to a node the graph does not hold, and new nodes in the local graph', () => {
    const after = applyDelta(graph, { upsertNodes: [node('d')], removeNodes: [], upsertEdges: [edge('a', 'd'), edge('a', 'zz')], removeEdges: [] }, false);
    expect(after.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(after.edges.map((e) => e.id)).toEqual(['a->b', 'b->c']);
  });

  it('gives the graph indexing by id gave, over random deltas', () => {
    const next = mulberry32(7);
    const rand = (n: number): number => Math.floor(next() * n);
    const ids = Array.from({ length: 30 }, (_, i) => `n${i}`);
    let g: GraphDTO = { nodes: ids.slice(0, 20).map((id) => node(id)), edges: [] };
    for (let i = 0; i < 60; i++) g.edges.push(edge(ids[rand(20)]!, ids[rand(20)]!, rand(5)));
    g = byIndex(g, { upsertNodes: [], removeNodes: [], upsertEdges: g.edges, removeEdges: [] }, true);
    for (let round = 0; round < 300; round++) {
      const pick = (): string => ids[rand(ids.length)]!;
      const delta: GraphDelta = {
        upsertNodes: Array.from({ length: rand(4) }, () => node(pick(), rand(9))),
        removeNodes: Array.from({ length: rand(3) }, pick),
        upsertEdges: Array.from({ length: rand(6) }, () => edge(pick(), pick(), rand(9))),
        removeEdges: [...Array.from({ length: rand(3) }, () => `${pick()}->${pick()}`), ...(g.edges.length ? [g.edges[rand(g.edges.length)]!.id] : [])],
      };
      const newNodes = rand(4) > 0;
      const want = byIndex(g, delta, newNodes);
      expect(applyDelta(g, delta, newNodes)).toEqual(want);
      g = want;
    }
  });
});
