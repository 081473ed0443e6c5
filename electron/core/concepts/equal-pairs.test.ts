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

  it('pairs the rows of a table whose two columns are the two languages, and cells that gloss their own term', () => {
    const text = [
      '## Vocabulario ES ↔ EN',
      '| español | inglés | qué es (en corto) |',
      '|---|---|---|',
      '| nucleófilo (Nu⁻) | nucleophile | especie con par de electrones |',
      '| etapa limitante | rate-determining step (RDS) | la etapa más lenta |',
      '',
      '| tipo | unido a… | ejemplo | nombre en inglés |',
      '|---|---|---|---|',
      '| primario (1ario) | 1 C | CH₃CH₂Br (bromoetano) | primary |',
      '| vinílico / arílico | C del doble enlace | bromoeteno | vinylic / aryl |',
      '',
      '| término | term |',
      '|---|---|',
      '| impedimento estérico | steric hindrance |',
      '',
      '| | nucleofilia (nucleophilicity) | basicidad (basicity) |',
      '|---|---|---|',
      '| qué mide | velocidad de ataque | afinidad por un protón |',
    ].join('\n');
    expect(oneConcept(text, 'nucleófilo', 'nucleophile')).toBe(true);
    expect(oneConcept(text, 'etapa limitante', 'rate-determining step')).toBe(true);
    expect(oneConcept(text, 'primario', 'primary')).toBe(true);
    // The example column is not the row's name.
    expect(oneConcept(text, 'CH₃CH₂Br', 'primary')).toBe(false);
    expect(oneConcept(text, 'arílico', 'aryl')).toBe(true);
    expect(oneConcept(text, 'impedimento estérico', 'steric hindrance')).toBe(true);
    expect(oneConcept(text, 'nucleofilia', 'nucleophilicity')).toBe(true);
    expect(oneConcept(text, 'basicidad', 'basicity')).toBe(true);
  });

  it('reads `(o Y)` as another name where the term stands as a name, not as any alternative', () => {
    const text = [
      '| grado | nombre |',
      '|---|---|',
      '| VI | superdominante (o submediante) |',
      '',
      '- **Tonalidades vecinas** (o relativas cercanas): las que tienen la misma armadura',
      'El cifrado se escribe debajo del bajo (o encima) y la voz superior (o soprano) canta.',
    ].join('\n');
    expect(oneConcept(text, 'superdominante', 'submediante')).toBe(true);
    expect(oneConcept(text, 'Tonalidades vecinas', 'relativas cercanas')).toBe(true);
    expect(oneConcept(text, 'voz superior', 'soprano')).toBe(false);
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

  it('pairs every name of a chain of `=`, but not a formula’s symbols and numbers', () => {
    const text = [
      '# Corrientes',
      '',
      'Apuntes del tema de circulación oceánica para el examen de geografía física.',
      '',
      '1. **CCA** = corriente circumpolar antártica = ACC (Antarctic Circumpolar Current) → rodea la Antártida.',
      '2. energía = trabajo = 3 J en el ejemplo de clase',
    ].join('\n');
    expect(oneConcept(text, 'CCA', 'corriente circumpolar antártica')).toBe(true);
    expect(oneConcept(text, 'CCA', 'Antarctic Circumpolar Current')).toBe(true);
    expect(oneConcept(text, 'energía', 'trabajo')).toBe(false);
  });
});
