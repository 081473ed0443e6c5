import { describe, expect, it } from 'vitest';
import { fadedLinks, fadedRelated, LINK_PARTNERS, RELATED_PARTNERS, type Tie } from './related-backbone';

/**
 * A study note naming `n` concepts, every two of which share a section (weights from a seeded sequence),
 * and a few typed relations between them: the local graph round such a note.
 */
function studyNote(n: number): Tie[] {
  const edges: Tie[] = [];
  const c = (i: number): string => `concept:c${i}`;
  for (let i = 0; i < n; i++) edges.push({ source: 'note:study.md', target: c(i), kind: 'mention', weight: 1 });
  let seed = 7;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      seed = (seed * 48271) % 2147483647;
      edges.push({ source: c(i), target: c(j), kind: 'related', weight: 1 + (seed % 30) });
    }
  for (let i = 0; i + 3 < n; i += 4) edges.push({ source: c(i), target: c(i + 3), kind: 'relation', weight: 1 });
  return edges;
}

describe('fadedRelated', () => {
  const edges = studyNote(26);
  const faded = fadedRelated(edges);
  const related = edges.map((e, i) => ({ e, i })).filter(({ e }) => e.kind === 'related');
  const shown = related.filter(({ i }) => !faded.has(i));

  it('leaves only a few shared-section lines in sight round a note that names many concepts', () => {
    expect(related.length).toBe(325);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(RELATED_PARTNERS * 26);
  });

  it('fades only related edges: mentions and typed relations stay as they are', () => {
    for (const i of faded) expect(edges[i]!.kind).toBe('related');
  });

  it('keeps in sight each concept’s strongest related partner, unless another edge already joins them', () => {
    const joined = new Set(edges.filter((e) => e.kind !== 'related').map((e) => [e.source, e.target].sort().join(' ')));
    for (let k = 0; k < 26; k++) {
      const id = `concept:c${k}`;
      const mine = related.filter(({ e }) => e.source === id || e.target === id).sort((a, b) => b.e.weight - a.e.weight || a.i - b.i);
      const best = mine[0]!;
      const pair = [best.e.source, best.e.target].sort().join(' ');
      expect(faded.has(best.i)).toBe(joined.has(pair));
    }
  });

  it('keeps in sight only lines that are among the strongest of one of their ends', () => {
    const rankAt = (id: string, i: number): number =>
      related
        .filter(({ e }) => e.source === id || e.target === id)
        .sort((a, b) => b.e.weight - a.e.weight || a.i - b.i)
        .findIndex((r) => r.i === i);
    for (const { e, i } of shown) expect(Math.min(rankAt(e.source, i), rankAt(e.target, i))).toBeLessThan(RELATED_PARTNERS);
  });

  it('fades a related line drawn over a typed relation between the same two concepts', () => {
    const over = related.filter(({ e }) => edges.some((r) => r.kind === 'relation' && [r.source, r.target].sort().join() === [e.source, e.target].sort().join()));
    expect(over.length).toBeGreaterThan(0);
    for (const { i } of over) expect(faded.has(i)).toBe(true);
  });

  it('fades nothing in a sparse neighbourhood where each node has few partners', () => {
    const sparse: Tie[] = [
      { source: 'concept:a', target: 'concept:b', kind: 'related', weight: 1 },
      { source: 'concept:b', target: 'concept:c', kind: 'related', weight: 3 },
      { source: 'note:n.md', target: 'concept:a', kind: 'mention', weight: 1 },
    ];
    expect(fadedRelated(sparse).size).toBe(0);
  });
});

/**
 * A note linking `n` concept notes that all link one another (a link and its reverse for every second
 * pair, some weighted), and a tag and a mention beside them: the local graph round a study note.
 */
function linkedNotes(n: number): Tie[] {
  const centre = 'note:study.md';
  const note = (i: number): string => `note:c${i}.md`;
  const edges: Tie[] = [];
  for (let i = 0; i < n; i++) edges.push({ source: centre, target: note(i), kind: 'link', weight: 1 });
  for (let i = 0; i < n; i++) edges.push({ source: note(i), target: centre, kind: 'link', weight: 1 });
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      edges.push({ source: note(i), target: note(j), kind: 'link', weight: (i + j) % 5 === 0 ? 3 : 1 });
      if ((i + j) % 2 === 0) edges.push({ source: note(j), target: note(i), kind: 'link', weight: 1 });
    }
  edges.push({ source: note(0), target: 'concept:x', kind: 'mention', weight: 1 });
  return edges;
}

describe('fadedLinks', () => {
  const centre = 'note:study.md';
  const edges = linkedNotes(12);
  const faded = fadedLinks(edges, centre);
  const pair = (e: Tie): string => [e.source, e.target].sort().join(' ');
  const among = edges.map((e, i) => ({ e, i })).filter(({ e }) => e.kind === 'link' && e.source !== centre && e.target !== centre);

  it('leaves a couple of lines a node among the notes round the centre, of the dozens there are', () => {
    expect(among.length).toBeGreaterThan(60);
    const shownPairs = new Set(among.filter(({ i }) => !faded.has(i)).map(({ e }) => pair(e)));
    expect(shownPairs.size).toBeGreaterThan(0);
    expect(shownPairs.size).toBeLessThanOrEqual(LINK_PARTNERS * 12);
  });

  it('keeps every link to and from the centre, and fades nothing but links', () => {
    for (const i of faded) {
      expect(edges[i]!.kind).toBe('link');
      expect([edges[i]!.source, edges[i]!.target]).not.toContain(centre);
    }
  });

  it('treats a link and its reverse as one line: both kept or both faded, and their weights add up', () => {
    const byPair = new Map<string, boolean[]>();
    for (const { e, i } of among) byPair.set(pair(e), [...(byPair.get(pair(e)) ?? []), faded.has(i)]);
    for (const states of byPair.values()) expect(new Set(states).size).toBe(1);
    // c0's pairs of weight 3 (c5, c10) are its two strongest: kept.
    for (const other of ['note:c5.md', 'note:c10.md']) {
      const i = among.find(({ e }) => pair(e) === pair({ source: 'note:c0.md', target: other, kind: 'link', weight: 0 }))!.i;
      expect(faded.has(i)).toBe(false);
    }
  });

  it('fades nothing round a note whose neighbours link one another little', () => {
    const sparse: Tie[] = [
      { source: centre, target: 'note:a.md', kind: 'link', weight: 1 },
      { source: centre, target: 'note:b.md', kind: 'link', weight: 1 },
      { source: 'note:a.md', target: 'note:b.md', kind: 'link', weight: 1 },
      { source: 'note:b.md', target: 'note:a.md', kind: 'link', weight: 1 },
    ];
    expect(fadedLinks(sparse, centre).size).toBe(0);
  });
});
