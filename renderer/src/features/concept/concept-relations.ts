import type { GraphDTO } from '../../../../electron/contract';

/** A typed relation seen from one concept: what it is to another node, or what another node is to it. */
export interface RelationLine {
  /** The edge, for a stable key. */
  id: string;
  relation: string;
  /** `out`: this concept — relation → other; `in`: other — relation → this concept. */
  direction: 'out' | 'in';
  other: { id: string; label: string; concept: string | null; noteId: string | null };
}

/**
 * The typed relations of `nodeId` in a neighbourhood graph: what it is (a kind of, a part of …) first, then
 * what is said of it, each group by relation name then by the other end's name.
 */
export function relationLines(graph: GraphDTO, nodeId: string): RelationLine[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const lines: RelationLine[] = [];
  for (const e of graph.edges) {
    if (e.kind !== 'relation' || !e.relation || e.source === e.target) continue;
    const direction = e.source === nodeId ? 'out' : e.target === nodeId ? 'in' : null;
    if (!direction) continue;
    const otherId = direction === 'out' ? e.target : e.source;
    const n = nodes.get(otherId);
    lines.push({
      id: e.id,
      relation: e.relation,
      direction,
      other: { id: otherId, label: n?.label ?? otherId.slice(otherId.indexOf(':') + 1), concept: n?.concept ?? null, noteId: n?.noteId ?? null },
    });
  }
  const rank = (l: RelationLine): number => (l.direction === 'out' ? 0 : 1);
  return lines.sort((a, b) => rank(a) - rank(b) || a.relation.localeCompare(b.relation) || a.other.label.localeCompare(b.other.label));
}
