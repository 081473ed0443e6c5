/**
 * Which shared-section ("related") edges of a local graph stay in plain sight. Round a note that names many
 * concepts nearly every two of them share a section: the sample vault's study note drew ~220 dashed lines over
 * its 50 nodes, a web across the ring that hid its typed relations and links. Each node keeps the lines to
 * its RELATED_PARTNERS strongest related partners; the rest fade until an end is hovered (marks.ts markHood
 * brings a node's every tie back).
 */
export const RELATED_PARTNERS = 2;

export interface Tie {
  source: string;
  target: string;
  kind: string;
  weight: number;
}

const pairOf = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Indices of the related edges to fade: those that are none of their ends' `partners` strongest (heavier
 * first, then in edge order), and those between two nodes another edge already joins (a link, a mention, a
 * typed relation): that line shows the tie, and a dashed one over it only thickens the web.
 */
export function fadedRelated(edges: readonly Tie[], partners = RELATED_PARTNERS): Set<number> {
  const joined = new Set<string>();
  const byNode = new Map<string, number[]>();
  edges.forEach((e, i) => {
    if (e.kind !== 'related') {
      joined.add(pairOf(e.source, e.target));
      return;
    }
    for (const end of e.source === e.target ? [e.source] : [e.source, e.target]) {
      const list = byNode.get(end);
      if (list) list.push(i);
      else byNode.set(end, [i]);
    }
  });
  const kept = new Set<number>();
  for (const list of byNode.values()) {
    if (list.length > partners) list.sort((a, b) => edges[b]!.weight - edges[a]!.weight || a - b);
    for (const i of list.slice(0, partners)) kept.add(i);
  }
  const faded = new Set<number>();
  edges.forEach((e, i) => {
    if (e.kind === 'related' && (!kept.has(i) || joined.has(pairOf(e.source, e.target)))) faded.add(i);
  });
  return faded;
}

/** Note-to-note lines a local graph's nodes keep in sight among themselves, besides their lines to the centre. */
export const LINK_PARTNERS = 1;

const LINKS = new Set(['link', 'embed']);

interface LinkTie {
  weight: number;
  /** Its first edge's index: ties of equal weight keep edge order. */
  first: number;
  ends: [string, string];
  edges: number[];
}

/**
 * Indices of the links to fade in a local graph: those between two nodes of its rings that are none of
 * their ends' `partners` strongest. Round a note whose neighbours link one another (concept notes, an
 * index) the study note's view drew 133 such lines, all in plain sight, crossing the rings. The centre's
 * own links and backlinks, what a local graph is about, always stay. A link and its reverse are one tie
 * (drawn as one line): kept or faded together, their weights added.
 */
export function fadedLinks(edges: readonly Tie[], centre: string, partners = LINK_PARTNERS): Set<number> {
  const ties = new Map<string, LinkTie>();
  edges.forEach((e, i) => {
    if (!LINKS.has(e.kind) || e.source === centre || e.target === centre || e.source === e.target) return;
    const key = pairOf(e.source, e.target);
    const tie = ties.get(key);
    if (tie) {
      tie.weight += e.weight;
      tie.edges.push(i);
    } else ties.set(key, { weight: e.weight, first: i, ends: [e.source, e.target], edges: [i] });
  });
  const byNode = new Map<string, LinkTie[]>();
  for (const tie of ties.values()) {
    for (const end of tie.ends) {
      const list = byNode.get(end);
      if (list) list.push(tie);
      else byNode.set(end, [tie]);
    }
  }
  const kept = new Set<LinkTie>();
  for (const list of byNode.values()) {
    if (list.length > partners) list.sort((a, b) => b.weight - a.weight || a.first - b.first);
    for (const tie of list.slice(0, partners)) kept.add(tie);
  }
  const faded = new Set<number>();
  for (const tie of ties.values()) if (!kept.has(tie)) for (const i of tie.edges) faded.add(i);
  return faded;
}
