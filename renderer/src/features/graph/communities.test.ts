import { describe, expect, it } from 'vitest';
import { colourCommunities, communityPalette, detectCommunities } from './communities';

/** k cliques of size m joined in a ring by one edge each. */
function ringOfCliques(k: number, m: number): { ids: string[]; edges: { source: string; target: string }[] } {
  const ids: string[] = [];
  const edges: { source: string; target: string }[] = [];
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < m; i++) ids.push(`c${c}n${i}`);
    for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) edges.push({ source: `c${c}n${i}`, target: `c${c}n${j}` });
    edges.push({ source: `c${c}n0`, target: `c${(c + 1) % k}n1` });
  }
  return { ids, edges };
}

describe('detectCommunities', () => {
  it('finds each clique of a ring of cliques', () => {
    const { ids, edges } = ringOfCliques(6, 6);
    const community = detectCommunities(ids, edges);
    for (let c = 0; c < 6; c++) {
      const members = new Set(ids.map((id, i) => (id.startsWith(`c${c}n`) ? community[i]! : -1)).filter((x) => x >= 0));
      expect(members.size).toBe(1);
    }
    expect(new Set(community).size).toBe(6);
  });

  it('is deterministic and numbers communities by falling size', () => {
    const { ids, edges } = ringOfCliques(4, 5);
    ids.push('lone');
    const a = detectCommunities(ids, edges);
    expect([...detectCommunities(ids, edges)]).toEqual([...a]);
    expect(a[ids.length - 1]).toBe(4);
  });
});

describe('communityPalette', () => {
  it('colours two dense clusters joined by one edge differently', () => {
    const { ids, edges } = ringOfCliques(2, 10);
    const palette = communityPalette(ids, edges);
    const left = new Set(ids.flatMap((id, i) => (id.startsWith('c0n') ? [palette[i]] : [])));
    const right = new Set(ids.flatMap((id, i) => (id.startsWith('c1n') ? [palette[i]] : [])));
    expect(left.size).toBe(1);
    expect(right.size).toBe(1);
    expect([...left][0]).toBeGreaterThanOrEqual(0);
    expect([...right][0]).toBeGreaterThanOrEqual(0);
    expect([...left][0]).not.toBe([...right][0]);
  });

  it('gives the same colours to the same graph, whatever the order of its edges', () => {
    const { ids, edges } = ringOfCliques(12, 7);
    const a = communityPalette(ids, edges);
    expect([...communityPalette(ids, edges)]).toEqual([...a]);
    expect(new Set(a).size).toBeGreaterThan(1);
    // Reversed edges, each written the other way round: the same undirected graph.
    const flipped = [...edges].reverse().map((e) => ({ source: e.target, target: e.source }));
    const b = detectCommunities(ids, flipped);
    const c = detectCommunities(ids, edges);
    expect([...b]).toEqual([...c]);
  });

  it('ignores self-loops and edges to unknown ids', () => {
    const { ids, edges } = ringOfCliques(3, 6);
    const noisy = [...edges, { source: 'c0n0', target: 'c0n0' }, { source: 'c0n0', target: 'nowhere' }];
    expect([...detectCommunities(ids, noisy)]).toEqual([...detectCommunities(ids, edges)]);
  });
});

describe('colourCommunities', () => {
  it('gives linked communities different colours and leaves small ones uncoloured', () => {
    // Communities 0, 1, 2 (sizes 3, 3, 1); 0 and 1 linked.
    const community = Int32Array.from([0, 0, 0, 1, 1, 1, 2]);
    const colour = colourCommunities(community, [[0, 3]], 2, 2);
    expect(colour[0]).not.toBe(colour[1]);
    expect(colour[2]).toBe(-1);
  });

  it('palettes every node of a clustered graph', () => {
    const { ids, edges } = ringOfCliques(3, 8);
    const palette = communityPalette(ids, edges);
    expect(palette.length).toBe(ids.length);
    expect(new Set(palette).size).toBe(3);
  });
});
