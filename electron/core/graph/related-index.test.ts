import { describe, expect, it } from 'vitest';
import { RELATED_PER_NODE, RelatedIndex } from './related-index';

/** The shown edges, as `a|b=weight`, from applying every change so far. */
function shown(index: RelatedIndex, edges = new Map<string, number>()): Map<string, number> {
  for (const change of index.settle()) {
    const key = change.a < change.b ? `${change.a}|${change.b}` : `${change.b}|${change.a}`;
    expect(edges.get(key) ?? 0, `previous weight of ${key}`).toBe(change.previous);
    if (change.weight === 0) edges.delete(key);
    else edges.set(key, change.weight);
  }
  return edges;
}

describe('RelatedIndex', () => {
  it("keeps each node's strongest partners, so a hub does not link to everything it meets", () => {
    const index = new RelatedIndex();
    // The hub meets 12 leaves, leaf k in k sections; the leaves also meet each other once.
    for (let k = 1; k <= 12; k++) index.add('hub', `leaf${String(k).padStart(2, '0')}`, k);
    const edges = shown(index);
    // Each leaf's strongest partner is the hub, so every hub–leaf edge stays, chosen by the leaf.
    expect(edges.size).toBe(12);
    for (let k = 1; k <= 12; k++) for (let o = 0; o < RELATED_PER_NODE; o++) index.add(`leaf${String(k).padStart(2, '0')}`, `zz-other${o}`, 20);
    const after = shown(index, edges);
    // Now each leaf has 8 stronger partners than the hub: the hub keeps only its own 8 strongest leaves.
    const hubEdges = [...after.keys()].filter((key) => key.startsWith('hub|'));
    expect(hubEdges.sort()).toEqual(Array.from({ length: RELATED_PER_NODE }, (_, i) => `hub|leaf${String(12 - i).padStart(2, '0')}`).sort());
    expect(after.get('leaf12|zz-other0')).toBe(20);
  });

  it('ends with the same edges whatever order the pairs arrive and leave in', () => {
    const pairs: [string, string, number][] = [];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 400; i++) pairs.push([`n${random(30)}`, `n${random(30)}`, 1 + random(3)]);
    const forward = new RelatedIndex();
    for (const [a, b, w] of pairs) forward.add(a, b, w);
    const backward = new RelatedIndex();
    const backEdges = new Map<string, number>();
    // Backward, with noise that is added, settled and then taken back.
    for (const [a, b, w] of [...pairs].reverse()) {
      backward.add(b, a, w);
      backward.add('n1', 'noise', 50);
      shown(backward, backEdges);
      backward.add('noise', 'n1', -50);
    }
    const want = shown(forward);
    expect(shown(backward, backEdges)).toEqual(want);
    expect(want.size).toBeGreaterThan(0);
    expect(want.size).toBeLessThanOrEqual(30 * RELATED_PER_NODE);
    for (const [key, weight] of want) {
      const [a, b] = key.split('|') as [string, string];
      expect(forward.weight(a, b)).toBe(weight);
    }
  });

  it('renaming nodes ends where a fresh index of the renamed pairs does, ties broken by the new ids', () => {
    // Each leaf meets twelve others and both hubs, mostly with weight 1: partners tie, so where a renamed id
    // sorts decides which edges are shown (`a-hub` is among every leaf's strongest before, `z-hub` is not).
    const node = (k: number): string => `n${String(k % 40).padStart(2, '0')}`;
    const pairs: [string, string, number][] = [];
    for (let k = 0; k < 40; k++) {
      for (let d = 1; d <= 6; d++) pairs.push([node(k), node(k + d), k % 7 === d ? 2 : 1]);
      pairs.push(['a-hub', node(k), 1], ['b-hub', node(k), 1 + (k % 2)]);
    }
    const moves = new Map([['a-hub', 'z-hub'], ['b-hub', 'n17x']]);
    const renamed = (id: string): string => moves.get(id) ?? id;
    const index = new RelatedIndex();
    for (const [a, b, w] of pairs) index.add(a, b, w);
    const edges = shown(index);
    const changes = index.rename(moves);
    expect(changes).not.toBeNull();
    for (const change of changes ?? []) {
      const key = change.a < change.b ? `${change.a}|${change.b}` : `${change.b}|${change.a}`;
      expect(edges.get(key) ?? 0, `previous weight of ${key}`).toBe(change.previous);
      if (change.weight === 0) edges.delete(key);
      else edges.set(key, change.weight);
    }
    const fresh = new RelatedIndex();
    for (const [a, b, w] of pairs) fresh.add(renamed(a), renamed(b), w);
    const want = shown(fresh);
    expect(shown(index, edges)).toEqual(want);
    expect([...want.keys()].some((key) => key.includes('z-hub'))).toBe(true);
    // And it goes on as a fresh index would: more pairs under the new id, and an old id coming back.
    index.add('z-hub', 'n3', 2);
    fresh.add('z-hub', 'n3', 2);
    index.add('a-hub', 'n4', 1);
    fresh.add('a-hub', 'n4', 1);
    expect(shown(index, edges)).toEqual(shown(fresh, want));
  });

  it('refuses a rename onto an id that already has pairs', () => {
    const index = new RelatedIndex();
    index.add('a', 'b', 1);
    index.add('c', 'b', 1);
    expect(index.rename(new Map([['a', 'c']]))).toBeNull();
    expect(index.weight('a', 'b')).toBe(1);
  });
});
