import type { Core, NodeSingular } from 'cytoscape';
import type { GraphEdgeDTO } from '../../../../electron/contract';
import { HOVERED } from './labels';

/** What the view does with the pointer's gestures on the graph. */
export interface PointerHandlers {
  open(node: NodeSingular): void;
  showEvidence(edge: GraphEdgeDTO): void;
  clearEvidence(): void;
  hover(node: NodeSingular | null): void;
  reviseNode(node: NodeSingular): void;
  selectionChanged(ids: string[]): void;
  viewportChanged(): void;
  positionChanged(): void;
  /** A node was pinned or unpinned by hand. */
  pinsChanged(): void;
  /** A node was let go (after a click or a drag). */
  released(): void;
}

export function wirePointer(g: Core, h: PointerHandlers): void {
  g.on('tap', 'node', (event) => h.open(event.target as NodeSingular));
  g.on('tap', 'edge', (event) => {
    const data = event.target.data() as GraphEdgeDTO;
    h.showEvidence({ id: data.id, source: data.source, target: data.target, kind: data.kind, weight: data.weight, ...(data.relation ? { relation: data.relation } : {}) });
  });
  g.on('tap', (event) => {
    if (event.target === g) h.clearEvidence();
  });
  g.on('mouseover', 'node', (event) => h.hover(event.target as NodeSingular));
  g.on('mouseout', 'node', () => h.hover(null));
  // Cytoscape sends no mouseout to a node the pointer leaves by jumping straight off the canvas: its highlight stuck.
  g.container()?.addEventListener('mouseleave', () => {
    if (g.scratch(HOVERED) !== undefined) h.hover(null);
  });
  g.on('cxttap', 'node', (event) => h.reviseNode(event.target as NodeSingular));
  g.on('select unselect', 'node', () => h.selectionChanged(g.nodes(':selected').map((n) => n.id())));
  g.on('viewport', () => h.viewportChanged());
  g.on('position', 'node', () => h.positionChanged());
  // A drag pins the node where it is dropped; a plain click only selects it (`free` follows a click too).
  g.on('dragfree', 'node', (event) => {
    (event.target as NodeSingular).addClass('pinned').lock();
    h.pinsChanged();
  });
  g.on('free', 'node', () => h.released());
  g.on('dbltap', 'node.pinned', (event) => {
    (event.target as NodeSingular).unlock().removeClass('pinned');
    h.pinsChanged();
  });
}
