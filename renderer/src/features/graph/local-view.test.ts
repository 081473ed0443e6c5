import { describe, expect, it } from 'vitest';
import type { EdgeKind, GraphEdgeDTO, GraphNodeDTO, NodeKind } from '../../../../electron/contract';
import { capNeighbourhood, ringPositions } from './local-view';

const node = (id: string, kind: NodeKind = 'note', degree = 1): GraphNodeDTO => ({ id, kind, label: id, noteId: kind === 'note' ? id : null, concept: null, folder: null, tags: [], weight: degree, degree });
const edge = (source: string, target: string, weight = 1, kind: EdgeKind = 'link'): GraphEdgeDTO => ({ id: `${source}>${target}`, source, target, kind, weight });

describe('capNeighbourhood', () => {
  it('keeps the centre and its strongest ties, and says how many there were', () => {
    const nodes = [node('c'), ...Array.from({ length: 30 }, (_, i) => node(`n${i}`))];
    const edges = Array.from({ length: 30 }, (_, i) => edge('c', `n${i}`, i + 1));
    const view = capNeighbourhood('c', nodes, edges, 6);
    expect(view.total).toBe(31);
    expect(view.nodes.map((n) => n.id).sort()).toEqual(['c', 'n25', 'n26', 'n27', 'n28', 'n29']);
    expect(view.edges).toHaveLength(5);
  });

  it('reaches a strong second ring before the weak tail of the first', () => {
    const nodes = [node('c'), node('hub'), node('weak1'), node('weak2'), node('far')];
    const edges = [edge('c', 'hub', 10), edge('c', 'weak1', 1), edge('c', 'weak2', 1), edge('hub', 'far', 8)];
    const view = capNeighbourhood('c', nodes, edges, 3);
    expect(view.nodes.map((n) => n.id).sort()).toEqual(['c', 'far', 'hub']);
    expect(view.depth.get('far')).toBe(2);
  });

  it("turns a kept concept's mentions by notes left out into a count instead of edges", () => {
    const nodes = [node('c'), node('concept:ebs', 'concept', 40), ...Array.from({ length: 40 }, (_, i) => node(`m${i}`))];
    const edges = [edge('c', 'concept:ebs', 5, 'mention'), ...Array.from({ length: 40 }, (_, i) => edge(`m${i}`, 'concept:ebs', 1, 'mention'))];
    const view = capNeighbourhood('c', nodes, edges, 5);
    expect(view.nodes).toHaveLength(5);
    expect(view.hiddenMentions.get('concept:ebs')).toBe(37);
    expect(view.edges.every((e) => view.depth.has(e.source) && view.depth.has(e.target))).toBe(true);
  });
});

describe('ringPositions', () => {
  it('puts each hop on its own ring, outer rings farther, and children near their parent', () => {
    const depth = new Map([['c', 0], ['a', 1], ['b', 1], ['a1', 2], ['a2', 2], ['b1', 2]]);
    const edges = [edge('c', 'a'), edge('c', 'b'), edge('a', 'a1'), edge('a', 'a2'), edge('b', 'b1')];
    const p = ringPositions('c', depth, edges);
    const r = (id: string): number => Math.hypot(p.get(id)!.x, p.get(id)!.y);
    expect(p.get('c')).toEqual({ x: 0, y: 0 });
    expect(Math.abs(r('a') - r('b'))).toBeLessThan(1);
    expect(r('a1')).toBeGreaterThan(r('a') + 40);
    const dist = (x: string, y: string): number => Math.hypot(p.get(x)!.x - p.get(y)!.x, p.get(x)!.y - p.get(y)!.y);
    expect(dist('b1', 'b')).toBeLessThan(dist('b1', 'a'));
    expect(dist('a1', 'a')).toBeLessThan(dist('a1', 'b'));
  });

  it('puts concepts tied to one another side by side on the ring, not across it', () => {
    // A note naming twelve concepts in four groups of three; each group tied by relations or shared sections,
    // and the weights round the note interleave the groups.
    const groups = ['a', 'b', 'c', 'd'];
    const ids = [0, 1, 2].flatMap((i) => groups.map((g) => `${g}${i}`));
    const depth = new Map<string, number>([['note', 0], ...ids.map((id): [string, number] => [id, 1])]);
    const edges = [
      ...ids.map((id, i) => edge('note', id, 100 - i, 'mention')),
      ...groups.flatMap((g) => [edge(`${g}0`, `${g}1`, 1, 'relation'), edge(`${g}1`, `${g}2`, 2, 'related')]),
    ];
    const p = ringPositions('note', depth, edges);
    const order = ids.map((id) => ({ id, a: Math.atan2(p.get(id)!.y, p.get(id)!.x) })).sort((x, y) => x.a - y.a).map((x) => x.id);
    const apart = (x: string, y: string): number => {
      const d = Math.abs(order.indexOf(x) - order.indexOf(y));
      return Math.min(d, order.length - d);
    };
    for (const g of groups) {
      expect(apart(`${g}0`, `${g}1`)).toBe(1);
      expect(apart(`${g}1`, `${g}2`)).toBe(1);
    }
  });

  it('grows a crowded ring so its nodes keep apart', () => {
    const depth = new Map<string, number>([['c', 0], ...Array.from({ length: 200 }, (_, i): [string, number] => [`n${i}`, 1])]);
    const p = ringPositions('c', depth, [], 40);
    const pts = [...p.entries()].filter(([id]) => id !== 'c').map(([, q]) => q);
    let closest = Infinity;
    for (let i = 0; i < pts.length; i++) for (let j = i + 1; j < pts.length; j++) closest = Math.min(closest, Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y));
    expect(closest).toBeGreaterThan(35);
  });
});

describe('capNeighbourhood rings', () => {
  it("puts a node on the ring of its shortest way to the centre, even when its strongest tie is the long way round", () => {
    const nodes = [node('c'), node('a'), node('b')];
    const edges = [edge('c', 'a', 10), edge('a', 'b', 10), edge('c', 'b', 1)];
    expect(capNeighbourhood('c', nodes, edges, 3).depth).toEqual(new Map([['c', 0], ['a', 1], ['b', 1]]));
  });
});
