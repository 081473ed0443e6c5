import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptDictionary } from './dictionary';
import { extractCandidates } from './extract';

const dict = (files: Record<string, string>): ConceptDictionary =>
  new ConceptDictionary(Object.entries(files).map(([id, text]) => extractCandidates(parseNote(id, text))));
/** The names (label and aliases) of the concept `name` belongs to. */
const namesOf = (d: ConceptDictionary, name: string): string[] => {
  const c = d.get(d.lookup(name) ?? '');
  return c ? [c.label, ...c.aliases] : [];
};

describe('symbols and clipped words a note pairs with a term', () => {
  it('keeps a symbol beside its term as the concept\'s alias, in English and Spanish', () => {
    const d = dict({
      'micro.md': '1. Law of demand: price up, quantity down. Graph: demand curve (D) slopes downward.\n2. Law of supply: so the supply curve (S) slopes upward.\n3. Equilibrium, known as the market-clearing price (P*).',
      'farma.md': '## Farmacocinética\n- biodisponibilidad (F): fraccion de la dosis que llega a la circulación\n- vida media (t½): tiempo en que la concentración baja a la mitad\n',
    });
    expect(namesOf(d, 'demand curve')).toContain('D');
    expect(namesOf(d, 'supply curve')).toContain('S');
    expect(namesOf(d, 'market-clearing price')).toContain('P*');
    expect(namesOf(d, 'biodisponibilidad')).toContain('F');
    expect(namesOf(d, 'vida media')).toContain('t½');
  });

  it('reads a sub- or superscript symbol, one letter written two ways, and a formula beside a term', () => {
    const d = dict({
      'stats.md': 'Alternative hypothesis (Hₐ or H₁)\n: what we look for evidence of\n\nChi-square test (χ²)\n: compares counts\n\nCoefficient of determination (R²)\n: share of the variation explained\n',
      'eco.md': '## Ciclo del carbono\n- Reservas a largo plazo: combustibles fósiles, rocas calizas (CaCO₃), el océano.\n',
    });
    expect(namesOf(d, 'Alternative hypothesis')).toEqual(expect.arrayContaining(['Hₐ', 'H₁']));
    expect(namesOf(d, 'Chi-square test')).toContain('χ²');
    expect(namesOf(d, 'Coefficient of determination')).toContain('R²');
    expect(d.lookup('CaCO₃')).toBe(d.lookup('rocas calizas'));
    // A letter written with a subscript is still a letter: an alias, never looked up.
    expect(d.lookup('H₁')).toBeUndefined();
  });

  it('takes two symbols of other letters for examples, not names', () => {
    const d = dict({ 'thermo.md': '- diatomic gas (N₂, O₂) near room temperature: 3 translational + 2 rotational\n- the **ideal gas** is a model\n' });
    expect(namesOf(d, 'diatomic gas')).not.toContain('N₂');
    expect(d.lookup('N₂')).toBeUndefined();
  });

  it('never joins two concepts of two notes that give the same letter, nor looks the letter up', () => {
    const d = dict({
      'micro.md': 'Graph: demand curve (D) slopes downward, and the supply curve (S) slopes upward.',
      'harmony.md': '## Funciones\n- **Tonica (T)**: reposo\n- **Dominante (D)**: tension, pide ir a la tonica\n',
    });
    expect(namesOf(d, 'Dominante')).toContain('D');
    expect(namesOf(d, 'demand curve')).toContain('D');
    expect(d.lookup('Dominante')).not.toBe(d.lookup('demand curve'));
    expect(d.lookup('D')).toBeUndefined();
  });

  it('reads a legend the note labels as its abbreviations, whose entries need not spell each other', () => {
    const d = dict({
      'armonia.md': [
        'Abreviaturas mias:',
        '- fund. = fundamental',
        '- T / S / D = funcion de tonica / subdominante / dominante',
        '- V7 = acorde de septima de dominante',
        '- SATB = soprano, contralto, tenor y bajo (las cuatro voces)',
        '',
        'La fundamental da nombre al acorde. La subdominante prepara la dominante.',
      ].join('\n'),
      'other.md': 'Precios:\n- V7 = version siete del modelo',
    });
    expect(namesOf(d, 'fundamental')).toContain('fund.');
    expect(namesOf(d, 'subdominante')).toContain('S');
    expect(d.lookup('V7')).toBe(d.lookup('acorde de septima de dominante'));
    expect(d.lookup('SATB')).toBe(d.lookup('soprano, contralto, tenor y bajo'));
    // Without the label, `X = Y` is a value, not an abbreviation.
    expect(d.lookup('version siete del modelo')).toBeUndefined();
  });
});
