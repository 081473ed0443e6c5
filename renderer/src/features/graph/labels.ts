import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { placeLabels, TIER, type LabelCandidate } from './label-placement';
import { relationName } from '../../i18n/relation-names';

/** On-screen label size in px, at any zoom. */
export const LABEL_PX = 12;
/** Longest label on screen, in px; longer ones end in an ellipsis. */
export const MAX_WIDTH_PX = 150;
/** Line height and the text outline, on screen. */
export const LINE_PX = LABEL_PX * 1.25 + 3;
/** Relation names ("is a kind of") show on their edges from this zoom on, or when an end is hovered. */
export const RELATION_ZOOM = 1.2;

/** Scratch key for a node's place in the search results (set where hits are highlighted). */
export const HIT_RANK = '_hitRank';
/** Scratch key on the core: the hovered node's id. */
export const HOVERED = '_hovered';

/** The style that makes a label read at LABEL_PX on screen at this zoom. */
export function labelFont(zoom: number): Record<string, number> {
  return { 'font-size': LABEL_PX / zoom, 'text-outline-width': 2.5 / zoom, 'text-margin-y': 3 / zoom, 'text-max-width': MAX_WIDTH_PX / zoom };
}

let measure: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();

/** A label's width on screen, as drawn in bold (the widest it is drawn), capped where the ellipsis cuts it. */
function textWidth(text: string): number {
  let w = widths.get(text);
  if (w === undefined) {
    measure ??= document.createElement('canvas').getContext('2d');
    if (measure) measure.font = `bold ${LABEL_PX}px system-ui, sans-serif`;
    w = Math.min(MAX_WIDTH_PX, (measure?.measureText(text).width ?? text.length * LABEL_PX * 0.62) + 4);
    if (widths.size > 50_000) widths.clear();
    widths.set(text, w);
  }
  return w;
}

/**
 * What a typed relation adds to a node's claim on a label, in px of node size: the concept a few others are
 * kinds or parts of heads its group on the map, though it may be mentioned less than they are.
 */
export const RELATION_BONUS = 8;
/** A hub note (marks.ts markHubMentions) is named before the concepts round it, whatever their size. */
const HUB_BONUS = 1000;

function nodeTier(n: NodeSingular, hovered: string | undefined, hoodActive: boolean, relations: ReadonlyMap<string, number>): { tier: number; weight: number } {
  const size = (n.data('size') as number) + RELATION_BONUS * (relations.get(n.id()) ?? 0) + (n.hasClass('hub') ? HUB_BONUS : 0);
  if (n.id() === hovered) return { tier: TIER.hovered, weight: size };
  if (n.hasClass('open')) return { tier: TIER.open, weight: size };
  if (n.selected()) return { tier: TIER.selected, weight: size };
  if (n.hasClass('highlighted')) return { tier: TIER.hit, weight: -((n.scratch(HIT_RANK) as number | undefined) ?? 1e6 - size) };
  if (n.hasClass('dimmed')) return { tier: TIER.dimmed, weight: size };
  if (n.hasClass('hood')) return { tier: TIER.hood, weight: size };
  return { tier: hoodActive ? TIER.dimmed : TIER.plain, weight: size };
}

/**
 * Names the nodes (and typed-relation edges) that fit on screen without touching another label: the open
 * note, the selection and the hovered node first, then search hits, the hovered node's neighbours, and the
 * best-connected of the rest. Called again as the view moves. Labels are sized in model units so they read
 * at LABEL_PX whatever the zoom.
 */
export function chooseLabels(cy: Core): void {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const width = cy.width();
  const height = cy.height();
  const hovered = cy.scratch(HOVERED) as string | undefined;
  const ext = cy.extent();
  const pad = MAX_WIDTH_PX / zoom;
  const hoodActive = cy.nodes('.hood').nonempty();
  const elements: (NodeSingular | EdgeSingular)[] = [];
  const candidates: LabelCandidate[] = [];
  const relations = new Map<string, number>();
  cy.edges('[relation]').forEach((e) => {
    for (const end of [e.data('source') as string, e.data('target') as string]) relations.set(end, (relations.get(end) ?? 0) + 1);
  });
  cy.nodes().forEach((n) => {
    const p = n.position();
    if (p.x < ext.x1 - pad || p.x > ext.x2 + pad || p.y < ext.y1 - pad || p.y > ext.y2 + pad) return;
    const label = n.data('label') as string | undefined;
    if (!label) return;
    elements.push(n);
    candidates.push({ x: p.x * zoom + pan.x, y: p.y * zoom + pan.y, r: ((n.data('size') as number) * zoom) / 2, width: textWidth(label), height: LINE_PX, ...nodeTier(n, hovered, hoodActive, relations) });
  });
  cy.edges('[relation]').forEach((e) => {
    const hood = e.source().id() === hovered || e.target().id() === hovered;
    if (!hood && zoom < RELATION_ZOOM) return;
    if (e.hasClass('dimmed') || !e.visible()) return;
    const a = e.source().position();
    const b = e.target().position();
    elements.push(e);
    candidates.push({ x: ((a.x + b.x) / 2) * zoom + pan.x, y: ((a.y + b.y) / 2) * zoom + pan.y, r: 0, width: textWidth(relationName(e.data('relation') as string)), height: LINE_PX, tier: hood ? TIER.hood : TIER.plain, weight: e.data('weight') as number, centred: true });
  });
  const chosen = placeLabels(candidates, { width, height }).map((i) => elements[i]!);
  const ids = new Set(chosen.map((el) => el.id()));
  const font = labelFont(zoom);
  cy.batch(() => {
    cy.elements('.labelled').forEach((el) => {
      if (!ids.has(el.id())) el.removeClass('labelled').removeStyle('font-size text-outline-width text-margin-y text-max-width');
    });
    for (const el of chosen) el.addClass('labelled').style(el.isEdge() ? { ...font, 'text-margin-y': 0 } : font);
  });
}
