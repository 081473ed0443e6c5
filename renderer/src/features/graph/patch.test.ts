import { describe, expect, it } from 'vitest';
import type { GraphEdgeDTO, GraphNodeDTO } from '../../../../electron/contract';
import { diffGraph } from './patch';

const node = (id: string, label = id, weight = 1): GraphNodeDTO => ({ id, kind: 'note', label, noteId: id, concept: null, folder: null, tags: [], weight, degree: 1 });
const edge = (id: string, source: string, target: string, weight = 1): GraphEdgeDTO => ({ id, source, target, kind: 'link', weight });
const nodeData = (n: GraphNodeDTO): Record<string, unknown> => ({ label: n.label, weight: n.weight });
const edgeData = (e: GraphEdgeDTO): Record<string, unknown> => ({ id: e.id, source: e.source, target: e.target, weight: e.weight });
const held = (nodes: GraphNodeDTO[], edges: GraphEdgeDTO[]) => [...nodes.map((n) => ({ id: n.id, data: { id: n.id, ...nodeData(n) } })), ...edges.map((e) => ({ id: e.id, data: edgeData(e) }))];

describe('a graph delta patches what Cytoscape holds', () => {
  const a = node('a');
  const b = node('b');
  const ab = edge('ab', 'a', 'b');

  it('changes nothing when nothing visible changed', () => {
    expect(diffGraph(held([a, b], [ab]), [a, b], [ab], nodeData, edgeData)).toEqual({ remove: [], addNodes: [], addEdges: [], update: [] });
  });

  it('adds, removes and updates only what changed', () => {
    const c = node('c');
    const bc = edge('bc', 'b', 'c');
    const diff = diffGraph(held([a, b], [ab]), [node('a', 'A2'), b, c], [bc], nodeData, edgeData);
    expect(diff.addNodes.map((n) => n.id)).toEqual(['c']);
    expect(diff.addEdges.map((e) => e.id)).toEqual(['bc']);
    expect(diff.remove).toEqual(['ab']);
    expect(diff.update).toEqual([{ id: 'a', data: { label: 'A2', weight: 1 } }]);
  });

  it('re-adds an edge whose ends changed, which Cytoscape cannot move', () => {
    const diff = diffGraph(held([a, b], [ab]), [a, b], [edge('ab', 'b', 'a')], nodeData, edgeData);
    expect(diff.remove).toEqual(['ab']);
    expect(diff.addEdges.map((e) => e.source)).toEqual(['b']);
  });
});
