import type { Core, NodeSingular } from 'cytoscape';

const DIRECTIONS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/**
 * Arrow keys move the selection to the neighbour that lies most squarely that way; Enter opens the
 * selected node. `neighbourIds` comes from the graph itself (with the edge layer Cytoscape holds few edges).
 */
export function navigateByKey(cy: Core, event: KeyboardEvent, openNoteId: string | null, neighbourIds: (id: string) => string[], open: (node: NodeSingular) => void): void {
  const selected = cy.nodes(':selected').first();
  if (event.key === 'Enter' && selected.length) {
    open(selected);
    return;
  }
  const dir = DIRECTIONS[event.key];
  if (!dir) return;
  event.preventDefault();
  const from = selected.length ? selected : cy.getElementById(`note:${openNoteId}`);
  if (!from.length) {
    cy.nodes().first().select();
    return;
  }
  const p = from.position();
  let best: NodeSingular | null = null;
  let bestScore = Infinity;
  for (const id of neighbourIds(from.id())) {
    const n = cy.getElementById(id) as NodeSingular;
    const q = n.position();
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const along = dx * dir[0] + dy * dir[1];
    if (along <= 0) continue;
    const score = Math.hypot(dx, dy) / along;
    if (score < bestScore) {
      bestScore = score;
      best = n;
    }
  }
  if (best) {
    cy.nodes().unselect();
    best.select();
    cy.animate({ center: { eles: best }, duration: 150 });
  }
}
