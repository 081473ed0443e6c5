import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptDictionary } from './dictionary';
import { extractCandidates } from './extract';

/** Whether the one-note vault made of `text` gives `a` and `b` one concept. */
function oneConcept(text: string, a: string, b: string): boolean {
  const d = new ConceptDictionary([extractCandidates(parseNote('note.md', text))]);
  const key = d.lookup(a);
  return key !== undefined && d.lookup(b) === key;
}

describe('two names of one thing that students pair with `=` and in tables', () => {
  it('pairs two names of one kind joined by `=` in a clause of their own, not a thing and its value', () => {
    const text = [
      '- **Redis**',
      '    - write-through cache is also called write-behind cache, read replica = mirror replica',
      '    - eviction policy = LRU, memoria = RAM',
      '    - default cache = local cache; hojas = verdes',
    ].join('\n');
    expect(oneConcept(text, 'write-through cache', 'write-behind cache')).toBe(true);
    expect(oneConcept(text, 'read replica', 'mirror replica')).toBe(true);
    expect(oneConcept(text, 'default cache', 'local cache')).toBe(true);
    // A value given to a thing is not its other name.
    expect(oneConcept(text, 'eviction policy', 'LRU')).toBe(false);
  });

  it('pairs the content words of an abbreviation legend and leaves its function words alone', () => {
    const text = [
      'abrevs: q = que, x = por, neur = neurona, sn = sistema nervioso, crt = corteza',
      '',
      'la neurona transmite el impulso. cada neurona tiene un axon',
      'la corteza es la capa externa del cerebro',
    ].join('\n');
    expect(oneConcept(text, 'neur', 'neurona')).toBe(true);
    expect(oneConcept(text, 'crt', 'corteza')).toBe(true);
    const d = new ConceptDictionary([extractCandidates(parseNote('note.md', text))]);
    expect(d.lookup('q')).toBeUndefined();
    expect(d.lookup('que')).toBeUndefined();
  });

  it('reads `X (= Y)` as the same thing said again, and an acronym whose words come later in its line', () => {
    const text = [
      'pipeline: union d proteinas (= ensamblaje) en el retículo',
      'WAL => every change goes first to the write-ahead log, then to the table',
    ].join('\n');
    expect(oneConcept(text, 'union d proteinas', 'ensamblaje')).toBe(true);
    expect(oneConcept(text, 'WAL', 'write-ahead log')).toBe(true);
  });

  it("pairs a table's names with the column that gives them in the other language", () => {
    const text = [
      '| Sigla | Concepto | En inglés | Idea |',
      '| --- | --- | --- | --- |',
      '| A | Alta disponibilidad | High Availability (HA) | el servicio sigue aunque caiga un nodo |',
      '| B | Tolerancia a fallos | Fault Tolerance | ningún fallo se nota |',
    ].join('\n');
    expect(oneConcept(text, 'Alta disponibilidad', 'High Availability')).toBe(true);
    expect(oneConcept(text, 'Tolerancia a fallos', 'Fault Tolerance')).toBe(true);
    // The letter column is not a name.
    expect(oneConcept(text, 'B', 'Fault Tolerance')).toBe(false);
  });

  it('pairs a head with a bracket naming the same kind of thing, an old name, an acronym and an `, o …,` aside', () => {
    const text = [
      '- **Blue-green** (blue-red): two environments, one live',
      '- **Rolling update** (canary release): a few servers first',
      '- Entra ID (before called Azure Active Directory)',
      'Los 23 clásicos del **Gang of Four** (GoF: Gamma, Helm, Johnson y Vlissides).',
      'los cromosomas se alinean en la placa central (placa media) antes de separarse',
      'El umbral, o punto de corte / cutoff, decide la clase.',
    ].join('\n');
    expect(oneConcept(text, 'Blue-green', 'blue-red')).toBe(true);
    // Two names with no word in common are two things side by side.
    expect(oneConcept(text, 'Rolling update', 'canary release')).toBe(false);
    expect(oneConcept(text, 'Entra ID', 'Azure Active Directory')).toBe(true);
    expect(oneConcept(text, 'Gang of Four', 'GoF')).toBe(true);
    expect(oneConcept(text, 'placa central', 'placa media')).toBe(true);
    expect(oneConcept(text, 'umbral', 'punto de corte')).toBe(true);
    expect(oneConcept(text, 'umbral', 'cutoff')).toBe(true);
  });
});
