import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { placeLabels, TIER, type Box, type LabelCandidate } from './label-placement';
import { relationName } from '../../i18n/relation-names';

/** On-screen label size in px, at any zoom. */
export const LABEL_PX = 12;
/** Widest label line on screen, in px; a longer name wraps onto more lines. */
export const MAX_WIDTH_PX = 150;
/** Most lines a name wraps onto; past them it is cut with an ellipsis (a note title of a paragraph). */
export const MAX_LINES = 3;
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
const boxes = new Map<string, LabelBox>();

interface LabelBox {
  width: number;
  height: number;
  /** The text as drawn: whole, or cut after MAX_LINES lines. */
  text: string;
}

function measured(text: string): number {
  // Without a page (a unit test, the bench in Node), an estimate.
  if (typeof document === 'undefined') return text.length * LABEL_PX * 0.62;
  measure ??= document.createElement('canvas').getContext('2d');
  if (measure) measure.font = `bold ${LABEL_PX}px system-ui, sans-serif`;
  return measure?.measureText(text).width ?? text.length * LABEL_PX * 0.62;
}

/**
 * A label's box on screen, as drawn in bold (the widest it is drawn), wrapped at word breaks as Cytoscape wraps
 * it (`text-wrap: wrap`). Spanish names run long ("Vicios del consentimiento", "Responsabilidad extracontractual"):
 * cut to one line with an ellipsis, they lost the word that tells them apart.
 */
export function wrappedLabel(text: string): LabelBox {
  let box = boxes.get(text);
  if (box === undefined) {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && measured(next) + 4 > MAX_WIDTH_PX) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    const kept = lines.slice(0, MAX_LINES);
    if (lines.length > MAX_LINES) kept[MAX_LINES - 1] = `${kept[MAX_LINES - 1]!.replace(/\s*\S+$/, '')}…`;
    // Cytoscape may pack a wrapped line fuller than this estimate (its text is not always bold): a wrapped
    // label takes the whole width. A single word wider than that is not broken, and takes its own.
    const longest = Math.max(0, ...kept.map((l) => measured(l))) + 4;
    const width = kept.length > 1 ? Math.max(MAX_WIDTH_PX, longest) : longest;
    box = { width, height: LINE_PX + (kept.length - 1) * LABEL_PX * 1.25, text: kept.join(' ') };
    if (boxes.size > 50_000) boxes.clear();
    boxes.set(text, box);
  }
  return box;
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
  const hubs: Box[] = [];
  const relations = new Map<string, number>();
  cy.edges('[relation]').forEach((e) => {
    for (const end of [e.data('source') as string, e.data('target') as string]) relations.set(end, (relations.get(end) ?? 0) + 1);
  });
  cy.nodes().forEach((n) => {
    const p = n.position();
    if (p.x < ext.x1 - pad || p.x > ext.x2 + pad || p.y < ext.y1 - pad || p.y > ext.y2 + pad) return;
    const label = n.data('label') as string | undefined;
    if (!label) return;
    const box = wrappedLabel(label);
    const [x, y, r] = [p.x * zoom + pan.x, p.y * zoom + pan.y, ((n.data('size') as number) * zoom) / 2];
    if (n.hasClass('hub')) hubs.push({ x1: x - r, y1: y - r, x2: x + r, y2: y + r });
    elements.push(n);
    candidates.push({ x, y, r, width: box.width, height: box.height, ...nodeTier(n, hovered, hoodActive, relations) });
  });
  cy.edges('[relation]').forEach((e) => {
    const hood = e.source().id() === hovered || e.target().id() === hovered;
    // A concept's own relations (marks.ts `spoke`) are what its local graph is for: named at any zoom, before
    // the names round it. A faded line is named only with an end hovered.
    const spoke = e.hasClass('spoke');
    if (!hood && !spoke && zoom < RELATION_ZOOM) return;
    if (!hood && e.hasClass('faint')) return;
    if (e.hasClass('dimmed') || !e.visible()) return;
    const a = e.source().position();
    const b = e.target().position();
    elements.push(e);
    candidates.push({ x: ((a.x + b.x) / 2) * zoom + pan.x, y: ((a.y + b.y) / 2) * zoom + pan.y, r: 0, width: wrappedLabel(relationName(e.data('relation') as string)).width, height: LINE_PX, tier: hood || spoke ? TIER.hood : TIER.plain, weight: e.data('weight') as number, centred: true });
  });
  const chosen = placeLabels(candidates, { width, height, obstacles: hubs }).map((i) => elements[i]!);
  const ids = new Set(chosen.map((el) => el.id()));
  const font = labelFont(zoom);
  cy.batch(() => {
    cy.elements('.labelled').forEach((el) => {
      if (!ids.has(el.id())) el.removeClass('labelled').removeStyle('font-size text-outline-width text-margin-y text-max-width');
    });
    for (const el of chosen) el.addClass('labelled').style(el.isEdge() ? { ...font, 'text-margin-y': 0 } : font);
  });
}
