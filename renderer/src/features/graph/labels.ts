import type { Core, NodeSingular } from 'cytoscape';

/** On-screen label size in px for chosen labels in a large graph. */
const LABEL_PX = 13;
/** How many labels a screenful carries before it stops being readable. */
const MAX_LABELS = 45;

/**
 * A large graph labels its best-connected nodes inside the viewport, like a map labels its cities, and
 * more of them as you zoom in; font size is set in model units so they read at 13 px at any zoom.
 */
export function chooseLabels(cy: Core): void {
  const zoom = cy.zoom();
  const ext = cy.extent();
  const inView = cy.nodes().filter((n) => {
    const p = n.position();
    return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
  });
  // Only the best-connected few compete for a label: where they crowd together, leaves at the rim took
  // the free spots and the overview named nodes nobody looks for.
  const ranked = (inView.sort((a, b) => (b.data('size') as number) - (a.data('size') as number)).toArray() as NodeSingular[]).slice(0, Math.max(MAX_LABELS, Math.ceil(inView.length * 0.03)));
  const chosen: NodeSingular[] = [];
  const taken: { x: number; y: number }[] = [];
  // Labels that would overlap a bigger one are skipped, so the screen never turns into a word cloud.
  const gapX = (LABEL_PX * 12) / zoom;
  const gapY = (LABEL_PX * 3) / zoom;
  for (const node of ranked) {
    if (chosen.length >= MAX_LABELS) break;
    const p = node.position();
    if (taken.some((q) => Math.abs(q.x - p.x) < gapX && Math.abs(q.y - p.y) < gapY)) continue;
    chosen.push(node);
    taken.push(p);
  }
  const font = labelFont(zoom);
  cy.batch(() => {
    cy.nodes('.labelled').removeClass('labelled').removeStyle('font-size text-outline-width text-margin-y');
    for (const node of chosen) node.addClass('labelled').style(font);
  });
}

/** The style that makes a label read at LABEL_PX on screen at this zoom. */
export function labelFont(zoom: number): Record<string, number> {
  return { 'font-size': LABEL_PX / zoom, 'text-outline-width': 2.5 / zoom, 'text-margin-y': 3 / zoom };
}
