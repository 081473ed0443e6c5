import type { GraphEdgeDTO } from '../../../../electron/contract';

/** A typed relation between two nodes of a ring counts as much as this many shared sections. */
const RELATION_TIE = 5;
/** Past this many siblings the chain (quadratic in the worst case) is left out: the ring keeps its order. */
const MAX_CHAIN = 2000;

/** Ties between nodes, both ways: edge weights, a typed relation counting RELATION_TIE more. */
export function tiesOf(edges: readonly GraphEdgeDTO[]): Map<string, Map<string, number>> {
  const ties = new Map<string, Map<string, number>>();
  const add = (a: string, b: string, w: number): void => {
    let m = ties.get(a);
    if (!m) ties.set(a, (m = new Map()));
    m.set(b, (m.get(b) ?? 0) + w);
  };
  for (const e of edges) {
    if (e.source === e.target) continue;
    const w = e.weight + (e.kind === 'relation' ? RELATION_TIE : 0);
    add(e.source, e.target, w);
    add(e.target, e.source, w);
  }
  return ties;
}

/**
 * Siblings on a ring in a chain of their ties to one another: after each node, the unplaced sibling it is most
 * tied to, else the first unplaced in `ids`' order. Round a note that names every concept, the ring was in
 * order of weight, and the relations and shared sections between its concepts crossed it as a hairball;
 * chained, most of them join neighbours on the ring.
 */
export function chainByTies(ids: readonly string[], ties: ReadonlyMap<string, ReadonlyMap<string, number>>): string[] {
  if (ids.length < 3 || ids.length > MAX_CHAIN) return [...ids];
  const left = new Set(ids);
  const place = new Map(ids.map((id, i) => [id, i]));
  const out: string[] = [];
  let next = 0;
  let last: string | null = null;
  while (left.size) {
    let pick: string | null = null;
    let best = 0;
    for (const [other, w] of (last === null ? undefined : ties.get(last)) ?? []) {
      if (left.has(other) && (w > best || (w === best && pick !== null && place.get(other)! < place.get(pick)!))) {
        best = w;
        pick = other;
      }
    }
    if (pick === null) {
      while (!left.has(ids[next]!)) next++;
      pick = ids[next]!;
    }
    out.push(pick);
    left.delete(pick);
    last = pick;
  }
  return out;
}
