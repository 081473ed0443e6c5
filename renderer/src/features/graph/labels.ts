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
  }).toArray() as NodeSingular[];
  const picked = pickLabels(
    inView.map((n) => ({ ...n.position(), size: n.data('size') as number, rank: n.hasClass('open') ? -1 : ((n.scratch(HIT_RANK) as number | undefined) ?? Infinity) })),
    zoom,
  );
  const font = labelFont(zoom);
  cy.batch(() => {
    cy.nodes('.labelled').removeClass('labelled').removeStyle('font-size text-outline-width text-margin-y');
    for (const i of picked) (inView[i] as NodeSingular).addClass('labelled').style(font);
  });
}

export interface LabelCandidate {
  x: number;
  y: number;
  size: number;
  /**
   * Named before any other node, lowest first: the open note (-1), then search hits in their result order,
   * so the graph says where the results are; Infinity for the rest.
   */
  rank: number;
}

/** Scratch key for a node's place in the search results (set where hits are highlighted). */
export const HIT_RANK = '_hitRank';

/** Which nodes in view get a label (indices into `nodes`), at most MAX_LABELS, none overlapping another. */
export function pickLabels(nodes: readonly LabelCandidate[], zoom: number): number[] {
  // Only the best-connected few compete for a label: where they crowd together, leaves at the rim took
  // the free spots and the overview named nodes nobody looks for.
  const order = nodes.map((_, i) => i).sort((a, b) => (nodes[a]!.rank === nodes[b]!.rank ? nodes[b]!.size - nodes[a]!.size : nodes[a]!.rank < nodes[b]!.rank ? -1 : 1));
  const hits = nodes.filter((n) => n.rank !== Infinity).length;
  const ranked = order.slice(0, hits + Math.max(MAX_LABELS, Math.ceil(nodes.length * 0.03)));
  const chosen: number[] = [];
  // Labels that would overlap a bigger one are skipped, so the screen never turns into a word cloud.
  const gapX = (LABEL_PX * 12) / zoom;
  const gapY = (LABEL_PX * 3) / zoom;
  for (const i of ranked) {
    if (chosen.length >= MAX_LABELS) break;
    const p = nodes[i]!;
    if (chosen.some((j) => Math.abs(nodes[j]!.x - p.x) < gapX && Math.abs(nodes[j]!.y - p.y) < gapY)) continue;
    chosen.push(i);
  }
  return chosen;
}

/** The style that makes a label read at LABEL_PX on screen at this zoom. */
export function labelFont(zoom: number): Record<string, number> {
  return { 'font-size': LABEL_PX / zoom, 'text-outline-width': 2.5 / zoom, 'text-margin-y': 3 / zoom };
}
