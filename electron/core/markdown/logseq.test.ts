import { describe, expect, it } from 'vitest';
import { parseNote } from './parse';
import { LinkResolver } from './resolve';

const PAGE = [
  'course:: [[PHYS 2210]]',
  'tags:: physics, [[heat engines]]',
  'alias:: Thermo, Thermal physics',
  '',
  '- TODO finish the summary before the review',
  '  SCHEDULED: <2026-12-09 Wed>',
  '- ## Week 9 — Temperature',
  '  lecture:: [[Nov 2nd, 2026]]',
  '\t- [[Heat]] is energy in transit #[[midterm 2]]',
  '\t  id:: 6571a2f0-1c3b-4d8e-9a11-0b7e3f2c9d01',
  '\t\t- see ((6571a2f0-1c3b-4d8e-9a11-0b7e3f2c9d01)) and [[Work]]',
  '\t  collapsed:: true',
].join('\n');

const prose = (text: string, id = 'pages/PHYS 2210___Thermodynamics.md'): string =>
  parseNote(id, text).sections.map((s) => s.text).join('\n');

describe('a Logseq page', () => {
  const note = parseNote('pages/PHYS 2210___Thermodynamics.md', PAGE);

  it('is the page its file name stands for, with the aliases and tags of its first block', () => {
    expect(note.title).toBe('PHYS 2210/Thermodynamics');
    expect(parseNote('pages/PHYS 2210%2FThermodynamics.md', PAGE).title).toBe('PHYS 2210/Thermodynamics');
    expect(note.aliases).toEqual(['Thermo', 'Thermal physics']);
    expect(note.tags.map((t) => t.tag)).toEqual(['physics', 'midterm 2']);
    expect(parseNote('a.md', 'title:: Entropy\n\n- text\n').title).toBe('Entropy');
  });

  it('keeps properties, task markers, planning lines and block references out of the prose', () => {
    const text = prose(PAGE);
    for (const gone of ['course', 'PHYS 2210', 'alias', 'Thermal physics', 'TODO', 'SCHEDULED', 'lecture', 'Nov 2nd', 'id::', '6571a2f0', 'collapsed', 'midterm']) {
      expect(text, gone).not.toContain(gone);
    }
    expect(text).toContain('finish the summary before the review');
    expect(text).toContain('Heat is energy in transit');
    expect(text).toContain('and Work');
  });

  it('reads a heading written as a block as a heading', () => {
    expect(note.headings.map((h) => h.text)).toEqual(['Week 9 — Temperature']);
    expect(note.sections.at(-1)?.text).toContain('Heat is energy');
  });

  it('keeps the links of property values as links, marked as metadata', () => {
    const links = note.links.map((l) => [l.target, l.meta === true]);
    expect(links).toEqual([['PHYS 2210', true], ['Nov 2nd, 2026', true], ['Heat', false], ['Work', false]]);
  });

  it('leaves the `question:: answer` cards of a flashcards note in its prose', () => {
    const cards = '---\ntags: [flashcards]\n---\nentropy:: a measure of disorder\n';
    expect(prose(cards, 'cards.md')).toContain('a measure of disorder');
    // A page property, though, is one in any note.
    expect(prose('alias:: Disorder\ntags:: flashcards\n\nentropy:: a measure of disorder\n', 'cards.md')).toContain('a measure of disorder');
  });
});

describe('a link to a namespaced page', () => {
  it('finds the file Logseq wrote it to', () => {
    const resolver = new LinkResolver(['pages/PHYS 2210___Thermodynamics.md', 'pages/old%2FEntropy.md']);
    expect(resolver.resolve('journals/2026_11_02.md', 'PHYS 2210/Thermodynamics', 'wiki')).toBe('pages/PHYS 2210___Thermodynamics.md');
    expect(resolver.resolve('journals/2026_11_02.md', 'old/Entropy', 'wiki')).toBe('pages/old%2FEntropy.md');
    expect(resolver.resolve('journals/2026_11_02.md', 'PHYS 2210/Heat', 'wiki')).toBeNull();
  });
});
