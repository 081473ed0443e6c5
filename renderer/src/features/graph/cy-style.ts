import type { EdgeSingular, NodeSingular, StylesheetJson } from 'cytoscape';
import { wrappedLabel } from './labels';
import { relationName } from '../../i18n/relation-names';
import { PALETTE } from './communities';

export interface GraphColors {
  bg: string;
  fg: string;
  muted: string;
  accent: string;
  note: string;
  concept: string;
  tag: string;
  missing: string;
  border: string;
}

export function readColors(element: Element): GraphColors {
  const css = getComputedStyle(element);
  const v = (name: string, fallback: string): string => css.getPropertyValue(name).trim() || fallback;
  return {
    bg: v('--cairn-panel', '#ffffff'),
    fg: v('--cairn-fg', '#1f2329'),
    muted: v('--cairn-muted', '#6b7280'),
    accent: v('--cairn-accent', '#7c5cff'),
    note: v('--cairn-note', '#5b6cff'),
    concept: v('--cairn-concept', '#e0851f'),
    tag: v('--cairn-tag', '#1fa37a'),
    missing: v('--cairn-missing', '#a0a4ad'),
    border: v('--cairn-border', '#e2e4ea'),
  };
}

/**
 * The nodes Cytoscape draws itself once the edge layer paints the rest (layer-nodes.ts): those that look
 * different from a plain dot. `near`: the nodes in view once few are (GraphView's detail), so a close look
 * gets Cytoscape's shapes and borders.
 */
const OWN = ['.labelled', '.hood', '.open', '.highlighted', ':selected', '.pinned', '[mastery]', '.near'];
export const CY_DRAWN = OWN.map((s) => `node${s}`).join(', ');

/**
 * One look for the app and the benchmark: kind by shape and colour, size by weight, edges by kind.
 * Only the nodes marked `labelled` carry a label (chosen on screen so none overlaps another, labels.ts);
 * WebGL draws every label it is given, whatever `min-zoomed-font-size` says. Text properties are on those only:
 * Cytoscape applies every property of every matching rule to every node, and at 10k nodes the ten text
 * properties were half of the style pass. `overview` (the edge layer's sizes): Cytoscape draws only the
 * CY_DRAWN nodes; the others stay, invisible, for hover and click.
 */
export function graphStyle(c: GraphColors, large = false, overview = false): StylesheetJson {
  const text = {
    // Wrapped as labels.ts measured it; a name past MAX_LINES lines is cut there.
    label: (node: NodeSingular) => wrappedLabel(node.data('label') as string).text,
    'font-size': 11,
    'font-family': 'system-ui, sans-serif',
    'text-valign': 'bottom',
    'text-margin-y': 3,
    'text-outline-color': c.bg,
    'text-outline-width': 2,
    'min-zoomed-font-size': 9,
    'text-max-width': '140px',
    'text-wrap': 'wrap',
  } as const;
  // Only the nodes chooseLabels names carry text (labels.ts): the rest would print over one another.
  const labelled = 'node.labelled';
  const sheet: StylesheetJson = [
    { selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'background-color': c.note, color: c.fg } },
    { selector: labelled, style: text },
    { selector: 'node[kind = "concept"]', style: { shape: 'round-diamond', 'background-color': c.concept } },
    { selector: 'node[kind = "tag"]', style: { shape: 'round-tag', 'background-color': c.tag } },
    {
      selector: 'node[kind = "missing"]',
      style: { 'background-opacity': 0.15, 'background-color': c.missing, 'border-width': 1.5, 'border-style': 'dashed', 'border-color': c.missing, color: c.muted },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': c.muted,
        opacity: 0.35,
        'curve-style': 'haystack',
      },
    },
    { selector: 'edge[kind = "link"]', style: { 'line-color': c.note, opacity: 0.55 } },
    { selector: 'edge[kind = "embed"]', style: { 'line-color': c.note, opacity: 0.75 } },
    { selector: 'edge[kind = "mention"]', style: { 'line-color': c.concept, 'line-style': 'dotted', opacity: 0.45, 'curve-style': 'straight' } },
    // A hub note's mentions (marks.ts markHubMentions): all but gone until the note is hovered.
    { selector: 'edge.ambient', style: { opacity: 0.07 } },
    { selector: 'edge.ambient.hood', style: { opacity: 0.45 } },
    { selector: 'edge[kind = "tagged"]', style: { 'line-color': c.tag, opacity: 0.25 } },
    { selector: 'edge[kind = "related"]', style: { 'line-color': c.concept, 'line-style': 'dashed', opacity: 0.3, 'curve-style': 'straight' } },
    // A typed relation reads as a sentence on the edge: source — is a kind of → target.
    {
      selector: 'edge[kind = "relation"]',
      style: {
        'line-color': c.concept,
        'target-arrow-color': c.concept,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.7,
        opacity: 0.8,
        'curve-style': 'straight',
      },
    },
    // A local graph's weaker shared sections (related-backbone.ts): a trace until an end is hovered.
    { selector: 'edge.faint', style: { opacity: 0.04 } },
    { selector: 'edge.faint.hood', style: { opacity: 0.35 } },
    // Named when chooseLabels finds room for it (zoomed in, or an end hovered), level so it reads.
    {
      selector: 'edge[kind = "relation"].labelled',
      style: {
        opacity: 1,
        label: (edge: EdgeSingular) => relationName(edge.data('relation') as string),
        color: c.concept,
        'font-family': 'system-ui, sans-serif',
        'font-weight': 'bold',
        'text-outline-color': c.bg,
        'text-outline-width': 2,
        'text-wrap': 'ellipsis',
        'text-max-width': '150px',
      },
    },
    { selector: 'node[mastery]', style: { 'border-width': 3, 'border-style': 'solid', 'border-color': 'mapData(mastery, 0, 1, #d64545, #1fa37a)' } },
    { selector: '.dimmed', style: { opacity: 0.12 } },
    { selector: 'edge.dimmed', style: { opacity: 0.04 } },
    { selector: '.hood', style: { 'z-index': 10 } },
    // A hub note sits among the concepts it names: drawn over them.
    { selector: 'node.hub', style: { 'z-index': 5 } },
    { selector: 'node.highlighted', style: { 'border-width': 3, 'border-color': c.accent } },
    { selector: 'node.open', style: { 'border-width': 4, 'border-color': c.accent, 'font-weight': 'bold' } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': c.fg } },
    { selector: 'node.pinned', style: { 'border-width': 2, 'border-style': 'double', 'border-color': c.fg } },
    { selector: 'edge:selected', style: { opacity: 1, 'line-color': c.accent, width: 3 } },
    // A highlighted or open node keeps its mastery colour on the ring (what revision is about) and shows the
    // highlight as an outline around it instead.
    {
      selector: 'node[mastery].highlighted, node[mastery].open',
      style: { 'border-color': 'mapData(mastery, 0, 1, #d64545, #1fa37a)', 'outline-width': 2, 'outline-color': c.accent, 'outline-offset': 1, 'outline-opacity': 1 },
    },
    { selector: 'node[gcolour]', style: { 'background-color': 'data(gcolour)' } },
  ];
  if (!large) return sheet;
  return [
    ...sheet,
    // Straight edges only: WebGL has no dashes, and haystack lines are the cheapest to draw.
    // Thousands of edges at 0.2 and more turned the picture into one haze.
    { selector: 'edge', style: { 'curve-style': 'haystack', 'line-style': 'solid', opacity: 0.12 } },
    { selector: 'edge[kind = "link"]', style: { opacity: 0.18 } },
    { selector: labelled, style: { 'font-weight': 'bold' } },
    { selector: '.dimmed', style: { opacity: 0.1 } },
    { selector: 'edge.dimmed', style: { opacity: 0.02 } },
    // A named relation stays readable over the faint haze of the rest.
    { selector: 'edge[kind = "relation"].labelled', style: { opacity: 0.9 } },
    // Communities by colour (communities.ts), so the clusters of a big vault show; colour groups still win.
    ...PALETTE.map((colour, i) => ({ selector: `node.k${i}`, style: { 'background-color': colour } })),
    { selector: 'node[gcolour]', style: { 'background-color': 'data(gcolour)' } },
    ...(overview
      ? [
          { selector: 'node', style: { opacity: 0 } },
          { selector: CY_DRAWN, style: { opacity: 1 } },
          { selector: OWN.map((s) => `node${s}.dimmed`).join(', '), style: { opacity: 0.1 } },
        ]
      : []),
  ];
}

export function nodeSize(weight: number, degree: number): number {
  return Math.round(Math.min(46, 10 + Math.sqrt(Math.max(weight, degree)) * 3.2));
}

export function edgeWidth(weight: number): number {
  return Math.min(6, 0.6 + Math.log2(1 + weight) * 0.9);
}
