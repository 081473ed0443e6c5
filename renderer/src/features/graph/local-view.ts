import type { GraphEdgeDTO, GraphNodeDTO } from '../../../../electron/contract';
import { chainByTies, tiesOf } from './ring-order';

/** How many nodes a local graph shows at first, and how many more each "show more" adds. */
export const LOCAL_STEP = 50;

/** A strong tie two hops out is worth a weak one next door: each hop halves a tie's pull. */
const HOP_DECAY = 0.5;

export interface LocalView {
  nodes: GraphNodeDTO[];
  edges: GraphEdgeDTO[];
  /** Nodes in the neighbourhood before the cap (the centre included). */
  total: number;
  /** Node id → hops from the centre, for the kept nodes. */
  depth: Map<string, number>;
  /** Kept concept id → mentions by notes left out, drawn as a count on the concept instead of edges. */
  hiddenMentions: Map<string, number>;
}

/**
 * The strongest `limit` nodes of a neighbourhood, grown outwards from the centre best tie first (a tie's
 * pull is its edge weight, halved at each hop), so a depth-2 view keeps the strong second ring and drops
 * the long tail of weak first-ring ties. The mentions of a kept concept by notes left out become a count.
 */
export function capNeighbourhood(centre: string, nodes: readonly GraphNodeDTO[], edges: readonly GraphEdgeDTO[], limit: number): LocalView {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const adjacent = new Map<string, GraphEdgeDTO[]>();
  for (const e of edges) {
    for (const end of [e.source, e.target]) {
      const list = adjacent.get(end);
      if (list) list.push(e);
      else adjacent.set(end, [e]);
    }
  }
  const depth = new Map<string, number>();
  if (!byId.has(centre)) return { nodes: [...nodes], edges: [...edges], total: nodes.length, depth, hiddenMentions: new Map() };
  depth.set(centre, 0);
  // Best-first growth; the frontier is small (a node's ties), so a sorted array does.
  const pull = new Map<string, { value: number; depth: number }>();
  const offer = (from: string): void => {
    const d = depth.get(from)! + 1;
    for (const e of adjacent.get(from) ?? []) {
      const other = e.source === from ? e.target : e.source;
      if (depth.has(other) || !byId.has(other)) continue;
      const value = e.weight * HOP_DECAY ** (d - 1);
      const best = pull.get(other);
      if (!best || value > best.value) pull.set(other, { value, depth: d });
    }
  };
  offer(centre);
  while (depth.size < limit && pull.size > 0) {
    let pick: string | null = null;
    let top = -Infinity;
    for (const [id, p] of pull) {
      const score = p.value + (byId.get(id)!.degree * 1e-6);
      if (score > top) {
        top = score;
        pick = id;
      }
    }
    depth.set(pick!, pull.get(pick!)!.depth);
    pull.delete(pick!);
    offer(pick!);
  }
  const hiddenMentions = new Map<string, number>();
  const kept: GraphEdgeDTO[] = [];
  for (const e of edges) {
    const [s, t] = [depth.has(e.source), depth.has(e.target)];
    if (s && t) kept.push(e);
    else if (e.kind === 'mention' && (s || t)) {
      const concept = s ? e.source : e.target;
      if (byId.get(concept)?.kind === 'concept') hiddenMentions.set(concept, (hiddenMentions.get(concept) ?? 0) + 1);
    }
  }
  return { nodes: nodes.filter((n) => depth.has(n.id)), edges: kept, total: nodes.length, depth: hops(centre, kept), hiddenMentions };
}

/**
 * Hops from the centre among the kept edges. The growth above follows the strongest pull, which may reach a
 * node the long way round; its ring is its shortest distance.
 */
export function hops(centre: string, edges: readonly { source: string; target: string }[]): Map<string, number> {
  const next = new Map<string, string[]>();
  const link = (a: string, b: string): void => {
    const list = next.get(a);
    if (list) list.push(b);
    else next.set(a, [b]);
  };
  for (const e of edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const out = new Map([[centre, 0]]);
  let frontier = [centre];
  while (frontier.length) {
    const after: string[] = [];
    for (const id of frontier) {
      for (const other of next.get(id) ?? []) {
        if (out.has(other)) continue;
        out.set(other, out.get(id)! + 1);
        after.push(other);
      }
    }
    frontier = after;
  }
  return out;
}

/**
 * Rings around the centre, one per hop (a concentric layout): each node of a ring sits near the node of the
 * ring inside that ties it in, so a neighbourhood reads as clusters round the centre, not a hairball.
 * Ring radii leave `spacing` between neighbours on a ring.
 */
export function ringPositions(centre: string, depth: ReadonlyMap<string, number>, edges: readonly GraphEdgeDTO[], spacing = 46): Map<string, { x: number; y: number }> {
  const rings: string[][] = [];
  for (const [id, d] of depth) (rings[d] ??= []).push(id);
  const angle = new Map<string, number>([[centre, 0]]);
  const out = new Map<string, { x: number; y: number }>([[centre, { x: 0, y: 0 }]]);
  // The strongest tie of each node to the ring inside it.
  const parent = new Map<string, { id: string; weight: number }>();
  for (const e of edges) {
    for (const [a, b] of [[e.source, e.target], [e.target, e.source]] as const) {
      const [da, db] = [depth.get(a), depth.get(b)];
      if (da === undefined || db === undefined || db !== da - 1) continue;
      const best = parent.get(a);
      if (!best || e.weight > best.weight) parent.set(a, { id: b, weight: e.weight });
    }
  }
  const ties = tiesOf(edges.filter((e) => depth.get(e.source) === depth.get(e.target)));
  let radius = 0;
  for (let d = 1; d < rings.length; d++) {
    const ring = rings[d] ?? [];
    if (ring.length === 0) continue;
    radius = Math.max(radius + spacing * 2.2, (ring.length * spacing) / (2 * Math.PI));
    // Around the ring in the order of their parents' angles, strongest first among siblings.
    const key = (id: string): number => angle.get(parent.get(id)?.id ?? centre) ?? 0;
    ring.sort((a, b) => key(a) - key(b) || (parent.get(b)?.weight ?? 0) - (parent.get(a)?.weight ?? 0) || (a < b ? -1 : 1));
    // Siblings (one parent) chained by their ties to one another, so those ties join neighbours on the ring.
    let from = 0;
    for (let i = 1; i <= ring.length; i++) {
      if (i < ring.length && parent.get(ring[i]!)?.id === parent.get(ring[from]!)?.id) continue;
      ring.splice(from, i - from, ...chainByTies(ring.slice(from, i), ties));
      from = i;
    }
    const offset = d === 1 ? -Math.PI / 2 : key(ring[0]!) - Math.PI / ring.length;
    ring.forEach((id, i) => {
      const a = offset + (2 * Math.PI * i) / ring.length;
      angle.set(id, a);
      out.set(id, { x: Math.round(radius * Math.cos(a)), y: Math.round(radius * Math.sin(a)) });
    });
  }
  return out;
}
