import { describe, expect, it } from 'vitest';
import { relationsIn } from '../testing/typed-relations';

describe('typed relations by a name\'s head noun, in Spanish and English', () => {
  it('reads the outline of a Docs export, whose headings are bold and numbered', () => {
    const text = '# **6\\. Ciclos biogeoquímicos**\n\nDef: recorrido de un elemento.\n\n## **6\\.1 Ciclo del carbono**\n\n* La fotosíntesis saca CO₂.\n\n## **6\\.2 Ciclo del nitrógeno** (el que mas cae\\!\\!)\n\nPasos:\n\n1. **Fijación del nitrógeno**: N₂ → NH₃.\n2. **Nitrificación**: amonio → nitrato.\n\n# **7\\. Poblaciones**\n\nTexto.\n';
    const found = relationsIn(['Ciclos biogeoquímicos', 'Ciclo del carbono', 'Ciclo del nitrógeno', 'Fijación del nitrógeno', 'Nitrificación'], text);
    expect(found).toContainEqual(['Ciclo del carbono', 'is a kind of', 'Ciclos biogeoquímicos']);
    expect(found).toContainEqual(['Ciclo del nitrógeno', 'is a kind of', 'Ciclos biogeoquímicos']);
    expect(found).toContainEqual(['Fijación del nitrógeno', 'part of', 'Ciclo del nitrógeno']);
    expect(found).toContainEqual(['Nitrificación', 'part of', 'Ciclo del nitrógeno']);
    // Sharing the complement of a preposition makes no kind: the fixation is a step of the cycle.
    expect(found).not.toContainEqual(['Fijación del nitrógeno', 'is a kind of', 'Ciclo del nitrógeno']);
  });

  it('reads a Spanish name as a kind of the noun it opens with, not a feature of it', () => {
    const found = relationsIn(['Cadencia', 'Cadencia plagal', 'Regulación de las poblaciones', 'Poblaciones'], '# Notas\n\nLa cadencia plagal es una cadencia. La regulación de las poblaciones depende de las poblaciones.\n');
    expect(found).toContainEqual(['Cadencia plagal', 'is a kind of', 'Cadencia']);
    // After a preposition and an article the end of a name is its complement.
    expect(found.filter((r) => r[0] === 'Regulación de las poblaciones' && r[2] === 'Poblaciones')).toEqual([]);
  });

  it('reads an item as a kind of the term the line above labels with the same head noun', () => {
    const text = '## Conceptos\n\n* **Hábitat** vs **nicho ecológico**: el nicho es la profesión.\n  * **nicho fundamental**: el que podría ocupar\n  * **nicho realizado**: el que ocupa de verdad\n';
    expect(relationsIn(['nicho ecológico', 'nicho fundamental', 'nicho realizado'], text)).toEqual([
      ['nicho fundamental', 'is a kind of', 'nicho ecológico'],
      ['nicho realizado', 'is a kind of', 'nicho ecológico'],
    ]);
  });

  it('does not type two terms that only share a word', () => {
    // One sentence naming both: no outline, no kind.
    expect(relationsIn(['nicho ecológico', 'nicho fundamental'], '# Notas\n\nEl nicho fundamental y el nicho ecológico se estudian en el tema 5.\n')).toEqual([]);
    // A Spanish adjective shared at the end is no head: a chain is no kind of a structure.
    expect(relationsIn(['Estructura trófica', 'Cadena trófica'], '## Estructura trófica\n\n* **Cadena trófica**: quién se come a quién.\n')).toEqual([['Cadena trófica', 'part of', 'Estructura trófica']]);
    // A term the line above only mentions in its sentence is not what the item is a kind of.
    const mentioned = '- criticism: short-term memory is not a passive box, replaced by working memory\n  - working memory = active processing of info\n';
    expect(relationsIn(['short-term memory', 'working memory'], mentioned).filter((r) => r[1] === 'is a kind of')).toEqual([]);
  });

  it('reads two items side by side that open with two kinds of one thing as compared with each other', () => {
    const two = '## Sucesión ecológica\n\n* **Sucesión primaria**: empieza sin suelo.\n* **Sucesión secundaria**: ya hay suelo.\n';
    expect(relationsIn(['Sucesión primaria', 'Sucesión secundaria'], two)).toContainEqual(['Sucesión primaria', 'compared with', 'Sucesión secundaria']);
    const english = '- primary reinforcer: food, water\n- secondary reinforcer: money, grades\n';
    expect(relationsIn(['primary reinforcer', 'secondary reinforcer'], english)).toContainEqual(['primary reinforcer', 'compared with', 'secondary reinforcer']);
  });

  it('does not compare a list of three kinds, two items of unlike names, or two kinds one sentence names', () => {
    const three = '1. **Consumidores primarios** = herbívoros.\n2. **Consumidores secundarios** = carnívoros.\n3. **Consumidores terciarios** / superdepredadores.\n';
    expect(relationsIn(['Consumidores primarios', 'Consumidores secundarios', 'Consumidores terciarios'], three).filter((r) => r[1] === 'compared with')).toEqual([]);
    const unlike = '- **Biomasa**: materia orgánica por superficie.\n- **Productividad**: producción / biomasa.\n';
    expect(relationsIn(['Biomasa', 'Productividad'], unlike).filter((r) => r[1] === 'compared with')).toEqual([]);
    expect(relationsIn(['Sucesión primaria', 'Sucesión secundaria'], '# Notas\n\nLa sucesión primaria y la sucesión secundaria salen en el examen.\n')).toEqual([]);
  });
});
