import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { placeLabelsAt, TIER, type Box, type LabelCandidate } from './label-placement';
import { relationName } from '../../i18n/relation-names';

/** Gap between a node's rim and its name, on screen. */
const NODE_MARGIN = 3;
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
/** Widest relation name on screen, in px: the longest Spanish ones ("es una característica de") fit on one line. */
export const RELATION_WIDTH_PX = 200;
/**
 * Where a relation's name is tried when its edge's middle is taken: along the edge (0 and 1 are its ends), and
 * a line to either side of it (-1, 1), so two relations between the same two nodes both read.
 */
const SLIDE: readonly [number, number][] = [
  [0.5, 1], [0.5, -1], [0.38, 0], [0.62, 0], [0.28, 0], [0.72, 0], [0.38, 1], [0.62, -1], [0.38, -1], [0.62, 1],
];
/**
 * The same for a concept's own relations, measured from the concept outwards: its edges fan out from it, so
 * there is more room for their names the further out they sit (t 0.66 first).
 */
const SPOKE_SLIDE: readonly [number, number][] = [
  [0.66, 0], [0.76, 0], [0.66, 1], [0.66, -1], [0.56, 0], [0.76, 1], [0.76, -1], [0.84, 0], [0.56, 1], [0.56, -1], [0.45, 0], [0.84, 1], [0.84, -1],
];
/**
 * Last, for a short edge whose ends' names take its middle: beside a point of it, the name's box just clear of
 * the line straight to its left or right, above or below, as a map names a road it has no room to write along.
 */
const BESIDE_AT = [0.6, 0.45, 0.8, 0.3] as const;

function beside(ex: number, ey: number, width: number, height: number): { dx: number; dy: number }[] {
  const out: { dx: number; dy: number }[] = [];
  // Across a steep line first (its sides are where the room is), along a flat one.
  const steep = Math.abs(ey) > Math.abs(ex);
  for (const t of BESIDE_AT) {
    const [px, py] = [(t - 0.5) * ex, (t - 0.5) * ey];
    const across = [{ dx: px + width / 2 + 2, dy: py }, { dx: px - width / 2 - 2, dy: py }];
    const over = [{ dx: px, dy: py - height / 2 - 2 }, { dx: px, dy: py + height / 2 + 2 }];
    out.push(...(steep ? [...across, ...over] : [...over, ...across]));
  }
  return out;
}
/** How far to the side of its edge a relation's name moves, in px: clear of a name on the edge itself. */
const ASIDE_PX = LINE_PX * 0.5 + 3;
/**
 * The room Cytoscape's own box for a label (what it draws over, and what a label is checked against) takes round
 * the text: the outline (labelFont) and its 2 px margin of error. Placed on boxes 3–4 px smaller, a relation's name
 * on a short edge could be drawn over the name hanging under the node beside it.
 */
const DRAWN_PAD = 2.5 + 2;
/** What the boxes placement is given (text + 4 px wide, LINE_PX high) lack of the drawn ones. */
const WIDER = 2 * DRAWN_PAD - 4;
const TALLER = LABEL_PX + 2 * DRAWN_PAD - LINE_PX;

/**
 * Other places for a node's name on a local graph's ring, whose neighbours low on it sit side by side and took
 * one another's room (round a concept of fifteen one went unnamed): slid a little to either side, still under
 * its node, then above it. `w`, `h`: the name's drawn box; `r` the node's radius, on screen.
 */
function nodeShifts(r: number, w: number, h: number): { dx: number; dy: number }[] {
  const up = -(2 * r + 2 * NODE_MARGIN + h - 2 * DRAWN_PAD);
  const side = [0.2, -0.2, 0.35, -0.35].map((f) => f * w).filter((dx) => Math.abs(dx) < w / 2 - r);
  return [...side.map((dx) => ({ dx, dy: 0 })), { dx: 0, dy: up }, ...side.map((dx) => ({ dx, dy: up }))];
}

/** Offsets, in px, from an edge's middle to the places in `at`; (ex, ey) is the edge on screen, from its first end. */
function slides(ex: number, ey: number, at: readonly [number, number][]): { dx: number; dy: number }[] {
  const length = Math.hypot(ex, ey) || 1;
  const [nx, ny] = [-ey / length, ex / length];
  return at.map(([t, side]) => ({ dx: (t - 0.5) * ex + side * ASIDE_PX * nx, dy: (t - 0.5) * ey + side * ASIDE_PX * ny }));
}
/**
 * A concept's own relations are named after the nodes at their other ends and before the rest (between
 * TIER.hood and TIER.plain): a relation's name can slide along its edge, a node's name cannot move.
 */
const SPOKE_TIER = TIER.hood + 0.5;

/** Scratch key for a node's place in the search results (set where hits are highlighted). */
export const HIT_RANK = '_hitRank';
/** Scratch key on the core: the hovered node's id. */
export const HOVERED = '_hovered';
/** Scratch key on the core: the concept a local graph is centred on (marks.ts markFaint), or null. */
export const STAR_CENTRE = '_starCentre';
/** Scratch key on the core: the centre of the local graph shown (marks.ts markFaint), or null in the global graph. */
export const LOCAL_CENTRE = '_localCentre';

/** The style that makes a label read at LABEL_PX on screen at this zoom. */
export function labelFont(zoom: number): Record<string, number> {
  return { 'font-size': LABEL_PX / zoom, 'text-outline-width': 2.5 / zoom, 'text-margin-y': NODE_MARGIN / zoom, 'text-max-width': MAX_WIDTH_PX / zoom };
}

/** A relation name's style: on one line, `dx`/`dy` px from its edge's middle (where placement found room). */
function edgeFont(zoom: number, dx: number, dy: number): Record<string, number> {
  return { ...labelFont(zoom), 'text-max-width': RELATION_WIDTH_PX / zoom, 'text-margin-x': dx / zoom, 'text-margin-y': dy / zoom };
}

/** A relation name's width on screen, on one line (cut with an ellipsis past RELATION_WIDTH_PX). */
export function relationLabelWidth(text: string): number {
  return Math.min(RELATION_WIDTH_PX, measured(text) + 4);
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

function nodeTier(n: NodeSingular, hovered: string | undefined, hoodActive: boolean, relations: ReadonlyMap<string, number>, round: ReadonlySet<string>): { tier: number; weight: number } {
  const size = (n.data('size') as number) + RELATION_BONUS * (relations.get(n.id()) ?? 0) + (n.hasClass('hub') ? HUB_BONUS : 0);
  if (n.id() === hovered) return { tier: TIER.hovered, weight: size };
  if (n.hasClass('open')) return { tier: TIER.open, weight: size };
  if (n.selected()) return { tier: TIER.selected, weight: size };
  if (n.hasClass('highlighted')) return { tier: TIER.hit, weight: -((n.scratch(HIT_RANK) as number | undefined) ?? 1e6 - size) };
  if (n.hasClass('dimmed')) return { tier: TIER.dimmed, weight: size };
  if (n.hasClass('hood')) return { tier: TIER.hood, weight: size };
  if (!hoodActive && round.has(n.id())) return { tier: TIER.hood, weight: size };
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
  const starCentre = cy.scratch(STAR_CENTRE) as string | null | undefined;
  const localCentre = cy.scratch(LOCAL_CENTRE) as string | null | undefined;
  const fromMiddle = new Map<number, { dx: number; dy: number }>();
  const ext = cy.extent();
  const pad = MAX_WIDTH_PX / zoom;
  const hoodActive = cy.nodes('.hood').nonempty();
  const elements: (NodeSingular | EdgeSingular)[] = [];
  const candidates: LabelCandidate[] = [];
  const hubs: Box[] = [];
  const relations = new Map<string, number>();
  // What a concept centre or the selection is related to (marks.ts `spoke`): named before the rest round it.
  const round = new Set<string>();
  cy.edges('.spoke[relation]').union(cy.nodes(':selected').connectedEdges('[relation]')).forEach((e) => {
    round.add(e.data('source') as string);
    round.add(e.data('target') as string);
  });
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
    // A label's box reaches DRAWN_PAD past its text: a hub over that margin hides none of it (nor its own name's).
    const inner = r - DRAWN_PAD;
    if (n.hasClass('hub') && inner > 0) hubs.push({ x1: x - inner, y1: y - inner, x2: x + inner, y2: y + inner });
    elements.push(n);
    const [w, h] = [box.width + WIDER, box.height + TALLER];
    const shifts = localCentre && n.id() !== localCentre ? nodeShifts(r, w, h) : undefined;
    candidates.push({ x, y, r, width: w, height: h, ...nodeTier(n, hovered, hoodActive, relations, round), ...(shifts ? { shifts } : {}) });
  });
  cy.edges('[relation]').forEach((e) => {
    const hood = e.source().id() === hovered || e.target().id() === hovered;
    // A concept's own relations (marks.ts `spoke`) are what its local graph is for, and a selected node's what
    // the person is looking at: named at any zoom, before the names round them. A faded line is named only
    // with an end hovered.
    const focus = e.hasClass('spoke') ? starCentre : e.source().selected() ? e.source().id() : e.target().selected() ? e.target().id() : null;
    const spoke = !!focus;
    if (!hood && !spoke && zoom < RELATION_ZOOM) return;
    if (!hood && e.hasClass('faint')) return;
    if (e.hasClass('dimmed') || !e.visible()) return;
    // A spoke is measured from the centre outwards.
    const inward = spoke && e.data('target') === focus;
    const a = (inward ? e.target() : e.source()).position();
    const b = (inward ? e.source() : e.target()).position();
    const [ex, ey] = [(b.x - a.x) * zoom, (b.y - a.y) * zoom];
    const at = spoke ? SPOKE_SLIDE : SLIDE;
    const first = spoke ? { dx: (at[0]![0] - 0.5) * ex, dy: (at[0]![0] - 0.5) * ey } : { dx: 0, dy: 0 };
    elements.push(e);
    // Cytoscape draws an edge's name at its middle: the place chosen is drawn as a margin from there.
    fromMiddle.set(candidates.length, first);
    const [w, h] = [relationLabelWidth(relationName(e.data('relation') as string)) + WIDER, LINE_PX + TALLER];
    const places = [...slides(ex, ey, at.slice(spoke ? 1 : 0)), ...(spoke ? beside(ex, ey, w, h) : [])];
    candidates.push({
      x: ((a.x + b.x) / 2) * zoom + pan.x + first.dx,
      y: ((a.y + b.y) / 2) * zoom + pan.y + first.dy,
      r: 0,
      width: w,
      height: h,
      tier: hood ? TIER.hood : spoke ? SPOKE_TIER : TIER.plain,
      weight: e.data('weight') as number,
      centred: true,
      shifts: places.map((s) => ({ dx: s.dx - first.dx, dy: s.dy - first.dy })),
    });
  });
  // A node's name is drawn 3 px under its rim; its box starts DRAWN_PAD above that. The boxes being the drawn
  // ones, no gap is added: the outlines and margins of two touching boxes keep their texts 9 px apart.
  const placed = placeLabelsAt(candidates, { width, height, obstacles: hubs, gap: 0, margin: NODE_MARGIN - DRAWN_PAD });
  const ids = new Set(placed.map((p) => elements[p.index]!.id()));
  const font = labelFont(zoom);
  cy.batch(() => {
    cy.elements('.labelled').forEach((el) => {
      if (!ids.has(el.id())) el.removeClass('labelled').removeStyle('font-size text-outline-width text-margin-x text-margin-y text-max-width');
    });
    for (const { index, dx, dy } of placed) {
      const el = elements[index]!;
      const base = fromMiddle.get(index) ?? { dx: 0, dy: 0 };
      el.addClass('labelled').style(el.isEdge() ? edgeFont(zoom, base.dx + dx, base.dy + dy) : dx || dy ? { ...font, 'text-margin-x': dx / zoom, 'text-margin-y': (NODE_MARGIN + dy) / zoom } : font);
    }
  });
}
