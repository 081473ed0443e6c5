import type { ElementDefinition } from 'cytoscape';
import type { GraphEdgeDTO, GraphNodeDTO } from '../../../../electron/contract';
import { edgeWidth, nodeSize } from './cy-style';

/** A graph node as Cytoscape holds it; `gcolour` is its colour group's, when one matches. */
export const toElement = (n: GraphNodeDTO, classes = '', gcolour?: string): ElementDefinition => ({
  group: 'nodes',
  classes,
  data: { id: n.id, label: n.label, kind: n.kind, noteId: n.noteId, concept: n.concept, size: nodeSize(n.weight, n.degree), ...(gcolour ? { gcolour } : {}) },
});

export const toEdge = (e: GraphEdgeDTO): ElementDefinition => ({
  group: 'edges',
  data: { id: e.id, source: e.source, target: e.target, kind: e.kind, weight: e.weight, width: edgeWidth(e.weight), ...(e.relation ? { relation: e.relation } : {}) },
});
