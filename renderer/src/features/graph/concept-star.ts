import { hops as hopsFrom } from './local-view';
import type { Tie } from './related-backbone';

const pairOf = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Between equal weights, the tie a person stated reads best: a typed relation, a link, a mention, a shared section. */
const KIND_ORDER: Record<string, number> = { relation: 0, link: 1, embed: 1, mention: 2, related: 3 };

/**
 * Indices of the edges to fade in a concept's local graph. A student opening a concept wants that concept's
 * own ties: what it is a kind or part of, what its kinds are, which notes mention it. The lines among the
 * nodes round it (the notes' mentions of one another's concepts, shared sections, relations between two
 * neighbours) crossed the ring and hid those; they fade until an end is hovered. The centre's every edge
 * stays, and a node further out keeps the one tie that brings it in: its strongest to a node one hop nearer.
 */
export function fadedOffStar(edges: readonly Tie[], centre: string): Set<number> {
  const hops = hopsFrom(centre, edges);
  const inward = new Map<string, number>();
  edges.forEach((e, i) => {
    for (const [far, near] of [[e.source, e.target], [e.target, e.source]] as const) {
      const [df, dn] = [hops.get(far), hops.get(near)];
      if (df === undefined || dn === undefined || df < 2 || dn !== df - 1) continue;
      const held = inward.get(far);
      if (held === undefined || stronger(e, edges[held]!)) inward.set(far, i);
    }
  });
  const keptPairs = new Set([...inward.values()].map((i) => pairOf(edges[i]!.source, edges[i]!.target)));
  const faded = new Set<number>();
  edges.forEach((e, i) => {
    if (e.source === centre || e.target === centre) return;
    if (!keptPairs.has(pairOf(e.source, e.target))) faded.add(i);
  });
  return faded;
}

function stronger(a: Tie, b: Tie): boolean {
  return a.weight > b.weight || (a.weight === b.weight && (KIND_ORDER[a.kind] ?? 4) < (KIND_ORDER[b.kind] ?? 4));
}
