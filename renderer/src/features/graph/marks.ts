import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { HIT_RANK, LOCAL_CENTRE, STAR_CENTRE } from './labels';
import { hubNotes, namesConcept, type SpringEdge } from './layout-springs';
import { fadedOffStar } from './concept-star';
import { fadedLinks, fadedRelated } from './related-backbone';

/** A local graph round a concept (not a note): its own ties are what the view is about (concept-star.ts). */
export const isConceptCentre = (centre: string | null): centre is string => !!centre && centre.startsWith('concept:');

/** The node each Cytoscape instance last marked open (only markOpen adds or removes the class). */
const lastOpen = new WeakMap<Core, string | null>();

/** Marks the open note's node; false when it was already the one marked (nothing to restyle). */
export function markOpen(cy: Core, openNoteId: string | null): boolean {
  // The open note re-read (a save, a change on disk) is still the open node: restyling it, and choosing
  // labels again, would redraw the whole graph for nothing. Matching `.open` over the AWS guide's 7.6k
  // nodes on every delta was ~7 ms; the node marked last, still marked, answers without it.
  const id = openNoteId ? `note:${openNoteId}` : null;
  if (lastOpen.has(cy) && lastOpen.get(cy) === id && (id === null || cy.getElementById(id).hasClass('open'))) return false;
  lastOpen.set(cy, id);
  const marked = cy.nodes('.open');
  if (openNoteId ? marked.length === 1 && marked.first().id() === `note:${openNoteId}` : marked.empty()) return false;
  marked.removeClass('open');
  if (openNoteId) cy.getElementById(`note:${openNoteId}`).addClass('open');
  return true;
}

/**
 * Selects one node as a click would, the others let go: a concept opened from the quick switcher or a pane
 * is then as plain on the graph as one clicked there. False when it is not drawn.
 */
export function selectOnly(cy: Core, id: string): boolean {
  const node = cy.getElementById(id);
  if (node.empty()) return false;
  if (node.selected() && cy.nodes(':selected').length === 1) return true;
  cy.batch(() => {
    cy.nodes(':selected').unselect();
    node.select();
  });
  return true;
}

/**
 * Search hits (note ids, in result order) stand out and the rest steps back, with the concepts a `concept:`
 * search names (concept ids) lit first; without a search, a card under review lights up its concepts and
 * their neighbourhood. Returns how many nodes each lit.
 */
export function markHighlight(cy: Core, highlight: Set<string> | null, focus: Set<string> | null, concepts: ReadonlySet<string> | null = null): { highlighted: number; focused: number } {
  cy.nodes('.highlighted').forEach((n) => void n.removeScratch(HIT_RANK));
  cy.elements().removeClass('highlighted dimmed');
  if (!highlight && focus) {
    const hits = cy.nodes().filter((n) => focus.has(n.id()));
    cy.elements().not(hits.closedNeighborhood()).addClass('dimmed');
    hits.addClass('highlighted');
    return { highlighted: 0, focused: hits.length };
  }
  if (!highlight) return { highlighted: 0, focused: 0 };
  const named = (n: NodeSingular): boolean => !!concepts && concepts.has(n.data('concept') as string);
  const hits = cy.nodes().filter((n) => highlight.has(n.data('noteId') as string) || named(n));
  const rank = new Map([...highlight].map((id, i) => [id, i]));
  // The concept searched for is named before the notes that mention it.
  hits.forEach((n) => void n.scratch(HIT_RANK, named(n) ? -1 : rank.get(n.data('noteId') as string)));
  cy.elements().not(hits).addClass('dimmed');
  hits.addClass('highlighted');
  return { highlighted: hits.length, focused: 0 };
}

/** The ring colour runs from red (forgotten) to green (known): the graph shows what to revise. Returns how many. */
export function markMastery(cy: Core, mastery: Record<string, number>): number {
  let count = 0;
  cy.batch(() => {
    cy.nodes('[mastery]').removeData('mastery');
    for (const [id, value] of Object.entries(mastery)) {
      const node = cy.getElementById(id);
      if (node.empty()) continue;
      node.data('mastery', value);
      count++;
    }
  });
  return count;
}

/** Mastery for nodes just added (a delta's), without taking it off every node and back; returns how many got one. */
export function markMasteryOf(cy: Core, mastery: Record<string, number>, ids: readonly string[]): number {
  let count = 0;
  cy.batch(() => {
    for (const id of ids) {
      const value = mastery[id];
      const node = cy.getElementById(id);
      if (value === undefined || node.empty()) continue;
      node.data('mastery', value);
      count++;
    }
  });
  return count;
}

/** The hovered node's neighbourhood stands out and the rest steps back (a graph Cytoscape draws whole). */
export function markHood(cy: Core, node: NodeSingular | null): void {
  cy.batch(() => {
    cy.elements('.hood').removeClass('hood');
    cy.elements('.dimmed').removeClass('dimmed');
    if (!node) return;
    const hood = node.closedNeighborhood();
    cy.elements().not(hood).addClass('dimmed');
    hood.addClass('hood');
  });
}

/**
 * The mention edges of a note that names most concepts in view (layout-springs.ts) step back: in a one-note
 * vault they tie every concept to the note and hid the relations between concepts under a star of lines.
 * Hovering the note brings them back; `on` false (the person asked for every line) leaves them plain. The
 * note itself is marked `hub`: drawn over the concepts crowding round it and named before them. Returns how
 * many edges were faded.
 */
export function markHubMentions(cy: Core, on = true, centre: string | null = null): number {
  const tie = (e: EdgeSingular): SpringEdge => ({ source: e.data('source') as string, target: e.data('target') as string, kind: e.data('kind') as string, weight: 1 });
  const mentions = cy.edges('[kind = "mention"], [kind = "link"], [kind = "embed"]').filter((e) => namesConcept(tie(e)));
  // Round a concept no note is a hub: the note that names every concept names the centre, one of the ties the
  // view is about, and its other mentions fade with the rest off the star (markFaint).
  const hubs = isConceptCentre(centre) ? new Set<string>() : hubNotes(mentions.map(tie));
  let count = 0;
  cy.batch(() => {
    cy.nodes('.hub').forEach((n) => void (hubs.has(n.id()) || n.removeClass('hub')));
    for (const id of hubs) cy.getElementById(id).addClass('hub');
    mentions.forEach((e) => {
      const faded = on && hubs.has(e.data('source') as string);
      if (faded !== e.hasClass('ambient')) e.toggleClass('ambient', faded);
      if (faded) count++;
    });
  });
  return count;
}

/**
 * In a local graph, the edges the backbones pick step back (class `faint`): each node keeps its strongest
 * shared sections (fadedRelated) and its strongest links among the rings (fadedLinks) in sight, and hovering
 * it shows the rest. Round a concept only the concept's own ties stay (fadedOffStar). `centre` null (the
 * global graph) or `on` false (the person asked for every line) takes the mark off. The edges of a concept
 * centre are marked `spoke` either way: their relation names show at any zoom (labels.ts). Returns how many
 * edges were faded.
 */
export function markFaint(cy: Core, centre: string | null, on = true): number {
  const star = isConceptCentre(centre);
  cy.scratch(STAR_CENTRE, star ? centre : null);
  cy.scratch(LOCAL_CENTRE, centre);
  const spokes = cy.edges('.spoke');
  if (spokes.nonempty()) spokes.removeClass('spoke');
  if (star) cy.getElementById(centre).connectedEdges().addClass('spoke');
  if (centre === null || !on) {
    const marked = cy.edges('.faint');
    if (marked.nonempty()) marked.removeClass('faint');
    return 0;
  }
  const edges = cy.edges();
  const ties = edges.map((e) => ({ source: e.data('source') as string, target: e.data('target') as string, kind: e.data('kind') as string, weight: (e.data('weight') as number | undefined) ?? 1 }));
  const faded = star ? fadedOffStar(ties, centre) : fadedRelated(ties);
  if (!star) for (const i of fadedLinks(ties, centre)) faded.add(i);
  cy.batch(() => {
    edges.forEach((e, i) => {
      const faint = faded.has(i);
      if (faint !== e.hasClass('faint')) e.toggleClass('faint', faint);
    });
  });
  return faded.size;
}

/** Edges drawn faded until an end is hovered: a hub's mentions and a local graph's weaker ties. */
export function fadedCount(cy: Core): number {
  return cy.edges('.faint, .ambient').length;
}
