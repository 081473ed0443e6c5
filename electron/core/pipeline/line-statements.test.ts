import { describe, expect, it } from 'vitest';
import type { Occurrence } from '../concepts/types';
import { lineStatement, noteLines } from './line-statements';

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
