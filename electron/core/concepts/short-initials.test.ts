import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptDictionary } from './dictionary';
import { extractCandidates } from './extract';

const dict = (files: Record<string, string>): ConceptDictionary =>
  new ConceptDictionary(Object.entries(files).map(([id, text]) => extractCandidates(parseNote(id, text))));
const same = (d: ConceptDictionary, a: string, b: string): boolean => d.lookup(a) !== undefined && d.lookup(a) === d.lookup(b);

describe('two-letter acronyms and the two words they stand for', () => {
  it('joins them in a note that writes both', () => {
    const d = dict({ 'redes.md': '# Redes\n\nUna **red local** une los equipos de una oficina. Cada RL tiene su propio router.\n\nCada RL usa Ethernet.\n' });
    expect(same(d, 'RL', 'red local')).toBe(true);
  });

  it('does not join across notes, to a label, or when two names spell the acronym', () => {
    const apart = dict({ 'a.md': '# A\n\nUna **red local** une los equipos de una oficina.\n', 'b.md': '# B\n\nCada RL tiene su router. Cada RL usa Ethernet.\n' });
    expect(same(apart, 'RL', 'red local')).toBe(false);
    const two = dict({ 'c.md': '# C\n\nUna **red local** une equipos; un **registro lógico** guarda cambios. Cada RL tiene su router. Cada RL usa Ethernet.\n' });
    expect(same(two, 'RL', 'red local')).toBe(false);
    expect(same(two, 'RL', 'registro lógico')).toBe(false);
  });
});
