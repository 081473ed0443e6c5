import { describe, expect, it } from 'vitest';
import type { Occurrence } from '../concepts/types';
import { itemParents } from './item-parents';
import { headingStatement, itemStatement, lineStatement, noteLines, tableStatement } from './line-statements';

const at = (line: number, sentence: string): Occurrence => ({ noteId: 'os.md', line, sentence, section: 0 });

describe('a statement of two concepts across the sentences of a line, or a question and its answer', () => {
  const text = '# OS\n**paging** — memory is split into pages. any page can go in any frame → no external fragmentation\nA long paragraph opens here. Paging is named. Later, external fragmentation.\nQ: What does ARP do?\nA: Address Resolution Protocol. maps an IP address to a MAC address\nunrelated line\nmore text on MAC address';
  const lines = noteLines([{ startLine: 0, text }]);

  it('joins the line\'s first sentence, naming its term, with the sentence naming the other', () => {
    const stated = lineStatement([at(1, '**paging** — memory is split into pages.')], [at(1, 'any page can go in any frame → no external fragmentation')], lines);
    expect(stated).toEqual({ line: 1, text: '**paging** — memory is split into pages. … any page can go in any frame → no external fragmentation' });
  });

  it('starts from the line\'s first sentence whichever sentence is shorter', () => {
    const stated = lineStatement([at(1, 'any page can go in any frame → no external fragmentation')], [at(1, '**paging** — memory is split into pages.')], lines);
    expect(stated?.text).toBe('**paging** — memory is split into pages. … any page can go in any frame → no external fragmentation');
    const short = noteLines([{ startLine: 0, text: '# OS\n**SJF** — shortest job first, optimal average waiting time. preemptive version = SRTF.' }]);
    expect(lineStatement([at(1, '**SJF** — shortest job first, optimal average waiting time.')], [at(1, 'preemptive version = SRTF.')], short)?.text).toBe('**SJF** — shortest job first, optimal average waiting time. … preemptive version = SRTF.');
  });

  it('joins a question with the answer on the line after it', () => {
    const stated = lineStatement([at(3, 'Q: What does ARP do?')], [at(4, 'maps an IP address to a MAC address')], lines);
    expect(stated?.text).toBe('Q: What does ARP do? … maps an IP address to a MAC address');
  });

  it('finds none between two later sentences of a paragraph, or lines that are no question and answer', () => {
    expect(lineStatement([at(2, 'Paging is named.')], [at(2, 'Later, external fragmentation.')], lines)).toBeNull();
    expect(lineStatement([at(3, 'Q: What does ARP do?')], [at(6, 'more text on MAC address')], lines)).toBeNull();
  });
});

describe('a statement of two concepts by a heading and a line of its section', () => {
  const sections = [
    { startLine: 0, heading: null },
    { startLine: 4, heading: '**1.5 Aminoglucósidos**' },
    { startLine: 9, heading: 'Macrólidos' },
  ];
  const occ = (section: number, line: number, sentence: string): Occurrence => ({ noteId: 'f.md', line, sentence, section });

  it('joins the heading naming one with the sentence of its section naming the other, either way round', () => {
    const heading = occ(1, 4, '1.5 Aminoglucósidos');
    const item = occ(1, 7, 'RAM: nefrotoxicidad y ototoxicidad (irreversible!)');
    expect(headingStatement([heading], [item], sections)).toEqual({ line: 7, text: '1.5 Aminoglucósidos › RAM: nefrotoxicidad y ototoxicidad (irreversible!)' });
    expect(headingStatement([item], [heading], sections)?.line).toBe(7);
  });

  it('finds none for a concept of another section, or two named only below the heading', () => {
    expect(headingStatement([occ(1, 4, '1.5 Aminoglucósidos')], [occ(2, 11, 'RAM: prolongación del QT')], sections)).toBeNull();
    expect(headingStatement([occ(1, 6, 'se unen a la subunidad 30S')], [occ(1, 7, 'RAM: nefrotoxicidad')], sections)).toBeNull();
  });
});

describe('a statement of two concepts by an outline item and the item above it, or a table header and its row', () => {
  const occ = (line: number, sentence: string): Occurrence => ({ noteId: 'p.md', line, sentence, section: 0 });

  it('joins the item above, opening with one, to the item under it naming the other', () => {
    const sections = [{ startLine: 0, text: '', listItems: [{ line: 1, indent: 0, ordered: false }, { line: 2, indent: 2, ordered: false }, { line: 3, indent: 0, ordered: false }] }];
    const parents = itemParents(sections);
    const law = occ(1, 'Zeroth law of thermodynamics #law');
    const thermometer = occ(2, 'this is what makes a thermometer work');
    expect(itemStatement([law], [thermometer], parents, (side) => side === 'a')).toEqual({ line: 2, text: 'Zeroth law of thermodynamics #law › this is what makes a thermometer work' });
    // Not when the line above only mentions it after another concept, nor for two items side by side.
    expect(itemStatement([law], [thermometer], parents, () => false)).toBeNull();
    expect(itemStatement([law], [occ(3, 'Thermometer calibration')], parents, () => true)).toBeNull();
  });

  it('joins a table\'s header to a row of it, not to a line past the table', () => {
    const text = '# Mechanisms\n| | **SN2** | **SN1** |\n|---|---|---|\n| kinetics | second order | first order |\nAfter the table, first order again.';
    const lines = noteLines([{ startLine: 0, text }]);
    expect(tableStatement([occ(1, '| | SN2 | SN1 |')], [occ(3, 'kinetics second order')], lines)).toEqual({ line: 3, text: '| | **SN2** | **SN1** | › | kinetics | second order | first order |' });
    expect(tableStatement([occ(1, '| | SN2 | SN1 |')], [occ(4, 'After the table, first order again.')], lines)).toBeNull();
  });
});
