/**
 * How hard each edge pulls in the small-graph layout (fcose), and which notes are hubs. A note that mentions
 * nearly every concept (a one-note vault, a long summary among a few notes) says nothing about which concepts
 * belong together: its mention edges pulled every concept to the same distance round it, a radial star in
 * which the typed relations and the related pairs, the concept map itself, could not show. The hub's mentions
 * then barely pull, and the relations and the co-occurrence (`related`) pairs, even hidden from the drawing,
 * shape the picture.
 */

export interface SpringEdge {
  source: string;
  target: string;
  kind: string;
  weight: number;
  /** Kept out of the drawing by the filters; a layout may still feel it (see `springOf`). */
  hidden?: boolean;
}

/** A note is a hub when its mentions reach at least this share of the concepts mentioned in view... */
export const HUB_SHARE = 0.5;
/** ...and at least this many: a note naming six of ten concepts is no star. */
export const HUB_MIN = 12;

/**
 * An edge that ties a note to a concept it names: a mention, or a `[[link]]` to a page no note holds, which
 * goes to that page's concept (a Logseq or Obsidian note links its terms rather than mentioning them).
 */
export function namesConcept(e: Pick<SpringEdge, 'kind' | 'target'>): boolean {
  return e.kind === 'mention' || ((e.kind === 'link' || e.kind === 'embed') && e.target.startsWith('concept:'));
}

/** Notes whose mentions and links reach most of the concepts named in the graph. */
export function hubNotes(edges: readonly SpringEdge[]): Set<string> {
  const reach = new Map<string, Set<string>>();
  const concepts = new Set<string>();
  for (const e of edges) {
    if (!namesConcept(e)) continue;
    concepts.add(e.target);
    let set = reach.get(e.source);
    if (!set) reach.set(e.source, (set = new Set()));
    set.add(e.target);
  }
  const need = Math.max(HUB_MIN, HUB_SHARE * concepts.size);
  return new Set([...reach].filter(([, set]) => set.size >= need).map(([note]) => note));
}

export interface Spring {
  /** Rest length, in model units. */
  length: number;
  /** How hard it pulls towards that length (fcose's edge elasticity, 0–1). */
  elasticity: number;
}

/** Co-occurrence and tag edges are many and weak: they should not pull the layout into a ball. */
const WEAK: Spring = { length: 220, elasticity: 0.05 };
const FIRM: Spring = { length: 110, elasticity: 0.45 };
/** A hub's mention: enough to keep a concept with nothing else in the note's neighbourhood, no more. */
const HUB_MENTION: Spring = { length: 260, elasticity: 0.01 };

/**
 * The spring an edge is laid out with, or null when it takes no part. With a hub in view the concept-to-concept
 * edges carry the structure: typed relations pull hardest and shortest, related pairs by how often they share
 * a section. Without one, hidden edges stay out and the layout is as it always was.
 */
export function springOf(e: SpringEdge, hubs: ReadonlySet<string>): Spring | null {
  const mapped = hubs.size > 0;
  if (e.hidden && !(mapped && e.kind === 'related')) return null;
  if (!mapped) return e.kind === 'related' || e.kind === 'tagged' ? WEAK : FIRM;
  if (namesConcept(e) && hubs.has(e.source)) return HUB_MENTION;
  if (e.kind === 'relation') return { length: 80, elasticity: 0.6 };
  if (e.kind === 'related') {
    const strength = Math.min(1, Math.log2(1 + e.weight) / 3);
    return { length: 160 - 60 * strength, elasticity: 0.04 + 0.3 * strength };
  }
  return e.kind === 'tagged' ? WEAK : FIRM;
}
