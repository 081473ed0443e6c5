import type { GraphDTO, GraphEdgeDTO, GraphNodeDTO } from '../../contract';

/** Edge kinds that say only that two things meet, not how; any other kind is a typed relation. */
const UNTYPED = new Set(['link', 'embed', 'mention', 'tagged', 'related']);

/**
 * The relation a typed edge states (`is a kind of`, `part of`, `creates` …), or null for an untyped edge.
 * Read from the edge's `relation` when the graph gives one, else from its kind: typed relations are being
 * added to the graph, and revision must work before and after.
 */
export function relationOf(edge: GraphEdgeDTO): string | null {
  const named = (edge as GraphEdgeDTO & { relation?: unknown }).relation;
  if (typeof named === 'string' && named.trim()) return named.trim();
  return UNTYPED.has(edge.kind) ? null : edge.kind.replace(/[-_]/g, ' ');
}

/** `is a kind of`, `kind-of`, `es un tipo de`, `subtype` … */
export const isKindOf = (relation: string): boolean => /kind|type|tipo|subclass|is[ _-]?a\b|es un/i.test(relation);

/**
 * Relations whose target is a foundation of their source: to understand an ALB one needs the ELB it is a
 * kind of; a part needs its whole's idea; what EC2 Image Builder creates (an AMI) comes before it.
 */
export const isFoundation = (relation: string): boolean => isKindOf(relation) || /part|parte|creat|crea|produc|build|constru/i.test(relation);

/** How much one neighbour's review tells about the other (see implicit.ts); 0 for edges revision ignores. */
function strength(edge: GraphEdgeDTO): number {
  if (relationOf(edge)) return 1;
  switch (edge.kind) {
    case 'link':
    case 'embed':
      return 0.6;
    case 'mention':
      return 0.4;
    case 'related':
      return 0.2;
    default:
      return 0;
  }
}

export interface Neighbour {
  id: string;
  /** 0–1: 1 for a typed relation, less for a link, a mention, a shared section. */
  strength: number;
  relation: string | null;
  /** The neighbour is a foundation of this node (the edge points from this node to it, by a foundation relation). */
  foundation: boolean;
}

/**
 * The concept graph as revision sees it: the nodes that stand for a concept (a concept note, or a concept
 * without a note) and the edges between them. Notes that only talk about concepts (a study guide, an index)
 * are not passed through: two hops through a guide would reach everything it mentions.
 */
export class ReviewGraph {
  readonly nodes = new Map<string, GraphNodeDTO>();
  private readonly adjacent = new Map<string, Map<string, Neighbour>>();
  readonly typedEdges: (GraphEdgeDTO & { relation: string })[] = [];

  constructor(graph: GraphDTO, exclude: ReadonlySet<string> = new Set()) {
    for (const node of graph.nodes) {
      if (exclude.has(node.id)) continue;
      if (node.kind === 'concept' || (node.kind === 'note' && node.concept)) this.nodes.set(node.id, node);
    }
    for (const edge of graph.edges) {
      if (edge.source === edge.target || !this.nodes.has(edge.source) || !this.nodes.has(edge.target)) continue;
      const s = strength(edge);
      if (s <= 0) continue;
      const relation = relationOf(edge);
      if (relation) this.typedEdges.push({ ...edge, relation });
      const foundation = relation !== null && isFoundation(relation);
      this.link(edge.source, edge.target, s, relation, foundation);
      this.link(edge.target, edge.source, s, relation, false);
    }
  }

  // Called for every edge of the vault's graph (65k at 2,400 notes), so it updates in place rather than copying.
  private link(from: string, id: string, strength: number, relation: string | null, foundation: boolean): void {
    let m = this.adjacent.get(from);
    if (!m) this.adjacent.set(from, (m = new Map()));
    const old = m.get(id);
    // Two edges between the same pair: keep the strongest, and remember a foundation either way.
    if (!old) m.set(id, { id, strength, relation, foundation });
    else if (strength > old.strength) {
      old.strength = strength;
      old.relation = relation;
      old.foundation ||= foundation;
    } else if (foundation) old.foundation = true;
  }

  neighbours(id: string): Neighbour[] {
    return [...(this.adjacent.get(id)?.values() ?? [])];
  }

  /** Every node within `hops` of `center`, with its distance (the centre at 0); the nearest `limit` when given. */
  within(center: string, hops: number, limit = Infinity): Map<string, number> {
    const seen = new Map<string, number>([[center, 0]]);
    let frontier = [center];
    for (let d = 1; d <= hops && frontier.length > 0; d++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const n of this.adjacent.get(id)?.keys() ?? []) {
          if (seen.has(n)) continue;
          if (seen.size >= limit) return seen;
          seen.set(n, d);
          next.push(n);
        }
      }
      frontier = next;
    }
    return seen;
  }

  /**
   * How deep a node sits on its foundations: 0 when nothing it builds on is known, else one more than its
   * deepest foundation. Ordering new cards by it puts ELB before ALB; cycles count once.
   */
  depths(): Map<string, number> {
    const depth = new Map<string, number>();
    const visiting = new Set<string>();
    const visit = (id: string): number => {
      const known = depth.get(id);
      if (known !== undefined) return known;
      if (visiting.has(id)) return 0;
      visiting.add(id);
      let d = 0;
      for (const n of this.adjacent.get(id)?.values() ?? []) if (n.foundation) d = Math.max(d, visit(n.id) + 1);
      visiting.delete(id);
      depth.set(id, d);
      return d;
    };
    for (const id of this.nodes.keys()) visit(id);
    return depth;
  }
}
