import { describe, expect, it } from 'vitest';
import { FlexSearchIndex } from './flexsearch-index';
import type { SearchDoc } from './types';
import { mulberry32 as rng } from '../testing/prng';

function doc(id: string, title: string, sections: { heading: string | null; text: string; level?: number }[], aliases: string[] = [], tags: string[] = []): SearchDoc {
  return {
    id,
    title,
    aliases,
    headings: sections.flatMap((s) => (s.heading ? [s.heading] : [])),
    tags,
    path: id,
    concepts: tags,
    sections: sections.map((s, i) => ({ heading: s.heading, line: 1 + i * 10, text: s.text, level: s.level ?? (s.heading ? 2 : 0) })),
  };
}

const VOCAB = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'theta', 'kappa', 'lambda', 'sigma', 'omega', 'carga', 'balanceador', 'instancia', 'volumen', 'red'];

function randomVault(seed: number, n: number): FlexSearchIndex {
  const rand = rng(seed);
  // Zipf-ish draw, so some words are in most notes and scores tie and cross.
  const word = (): string => VOCAB[Math.floor(VOCAB.length * rand() ** 2)] as string;
  const words = (k: number): string => Array.from({ length: k }, word).join(' ');
  const index = new FlexSearchIndex();
  for (let i = 0; i < n; i++) {
    const title = words(1 + Math.floor(rand() * 4));
    const sections = [{ heading: null, text: words(5 + Math.floor(rand() * 40)) }];
    if (rand() < 0.5) sections.push({ heading: words(1 + Math.floor(rand() * 3)), text: words(5 + Math.floor(rand() * 60)), level: rand() < 0.3 ? 1 : 2 } as never);
    index.upsert(doc(`n${i}.md`, title, sections, rand() < 0.2 ? [words(1 + Math.floor(rand() * 2))] : []));
  }
  return index;
}

describe('ranking with early stop', () => {
  it('gives the same first hits whatever the page size (the stop never drops a hit that belongs on the page)', () => {
    const index = randomVault(21, 400);
    const queries = [...VOCAB, 'alpha beta', 'carga red', 'balan', 'alpha -beta', 'gamma OR delta', 'volumen inst', 'sigma omega kappa'];
    for (const q of queries) {
      const full = index.search(q, 60).hits;
      expect(full.length, q).toBeGreaterThan(0);
      for (const k of [1, 2, 5, 20]) expect(index.search(q, k).hits, `${q} limit ${k}`).toEqual(full.slice(0, k));
    }
  });

  it('reads on past a better raw score when title coverage can still lift a later candidate onto the page', () => {
    const index = new FlexSearchIndex();
    // More words in the index, so `alpha` has a real IDF.
    for (let i = 0; i < 30; i++) index.upsert(doc(`filler${i}.md`, `filler ${i}`, [{ heading: null, text: 'nothing here at all' }]));
    // Higher raw score (title word, H2 heading, tag, concept, body) but the title is mostly other words…
    index.upsert(doc('broad.md', 'alpha beta gamma delta', [
      { heading: null, text: 'alpha alpha alpha alpha' },
      { heading: 'Alpha', text: 'alpha alpha', level: 2 },
    ], [], ['alpha']));
    // …than a note whose alias is exactly the query: lower raw score, far higher once coverage counts.
    index.upsert(doc('exact.md', 'zzz', [{ heading: null, text: 'unrelated words' }], ['alpha']));
    const full = index.search('alpha', 50).hits;
    expect(full.map((h) => h.noteId).slice(0, 2)).toEqual(['exact.md', 'broad.md']);
    expect(index.search('alpha', 1).hits.map((h) => h.noteId)).toEqual(['exact.md']);
  });

  it('finds a phrase whose notes rank below hundreds that hold its words apart', () => {
    const index = new FlexSearchIndex();
    // Both words, many times, never adjacent: these outscore the one note that holds the phrase.
    for (let i = 0; i < 450; i++) index.upsert(doc(`apart${i}.md`, `alpha ${i}`, [{ heading: 'Beta', text: 'alpha x beta y alpha z beta w alpha' }]));
    index.upsert(doc('together.md', 'zzz', [{ heading: null, text: 'one alpha beta here' }]));
    expect(index.search('"alpha beta"', 20).hits.map((h) => h.noteId)).toEqual(['together.md']);
    expect(index.search('"beta alpha"', 20).hits.map((h) => h.noteId)).toEqual([]);
  });

  it('weighs a heading hit in an H1 above the same hit in an H2, in early and late sections alike', () => {
    for (const at of [2, 33]) {
      const index = new FlexSearchIndex();
      for (let i = 0; i < 10; i++) index.upsert(doc(`filler${i}.md`, `filler ${i}`, [{ heading: null, text: 'nothing here' }]));
      const sections = (level: number): { heading: string | null; text: string; level?: number }[] =>
        Array.from({ length: at + 2 }, (_, i) => (i === 0 ? { heading: 'Intro', text: 'start', level: 1 } : i === at ? { heading: 'Alpha', text: 'words', level } : { heading: `Part ${i}`, text: 'more', level: 2 }));
      index.upsert(doc('h2.md', 'same title', sections(2)));
      index.upsert(doc('h1.md', 'same title', sections(1)));
      const hits = index.search('alpha', 10).hits;
      expect(hits.map((h) => h.noteId), `section ${at}`).toEqual(['h1.md', 'h2.md']);
      expect(hits[0]?.score ?? 0).toBeGreaterThan(hits[1]?.score ?? 0);
    }
  });
});
