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

describe('a symbol the note writes as a symbol keeps apart from a name its letters spell', () => {
  const text = (uses: string): string => `# Herencia\n\nLa **herencia dominante** pasa a la mitad de la descendencia.\n\n${uses}\n`;

  it('joins the acronym when the note uses it as a name', () => {
    expect(same(dict({ 'a.md': text('Cada HD se ve en el fenotipo. Una HD basta con un alelo.') }), 'HD', 'herencia dominante')).toBe(true);
  });

  it('not when it is one of a series of symbols (alleles, hypotheses) written side by side', () => {
    for (const uses of ['Hay tres alelos, HD HE e i. Los alelos HD y HE son codominantes.', 'Los alelos HD / HE se escriben juntos; HD, HE e i.']) {
      expect(same(dict({ 'a.md': text(uses) }), 'HD', 'herencia dominante'), uses).toBe(false);
    }
  });

  it("not when it is a model's code (`HD-84`), and a note that uses it as a name still joins it", () => {
    expect(same(dict({ 'a.md': text('Se calcula con la HD-84. La HD-84 tiene tablas.') }), 'HD', 'herencia dominante')).toBe(false);
    const both = dict({ 'a.md': text('Cada HD se ve en el fenotipo. Una HD basta con un alelo.'), 'b.md': '# Tablas\n\nHay alelos HD HE e i; HD HE juntos.\n' });
    expect(same(both, 'HD', 'herencia dominante')).toBe(true);
  });
});
