import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptEngine } from './engine';

/** A one-note vault, as a student starts: which concepts does the note alone give? */
function vaultOf(text: string, id = 'apuntes.md'): ConceptEngine {
  const engine = new ConceptEngine();
  engine.update([parseNote(id, text)], []);
  return engine;
}
const labels = (engine: ConceptEngine): string[] => engine.concepts().map((c) => c.label.toLowerCase());

describe('terms a note defines by its layout', () => {
  it('a definition list makes each term a concept, an everyday word too, and its symbol in brackets stays out of the name', () => {
    const got = labels(vaultOf([
      '# Stats', '',
      'Sample', ': the subset we actually collect data from', '',
      'Chi-square test (χ²)', ': for categorical data, compares observed counts to expected counts', '',
      'Alternative hypothesis (Hₐ or H₁)', ': what we are trying to find evidence for', '',
    ].join('\n')));
    for (const name of ['sample', 'chi-square test', 'alternative hypothesis']) expect(got, name).toContain(name);
    expect(got.some((l) => l.includes('(') || l.includes('χ'))).toBe(false);
  });

  it('a bold term keeps its bracketed symbol out of its name', () => {
    const got = labels(vaultOf('La población se estabiliza en la **capacidad de carga (K)**, que es el número máximo de individuos que el medio puede mantener.\n'));
    expect(got).toContain('capacidad de carga');
  });

  it('the columns of a comparison table (a header row with an empty first cell) are the things compared; a case (`H₀ true`) is not', () => {
    const got = labels(vaultOf([
      '## Estrategias', '',
      '|  | Estrategas de la r | Estrategas de la K |',
      '| :---- | :---- | :---- |',
      '| Tamaño | pequeño | grande |',
      '| Vida | corta | larga |', '',
      '|  | H₀ true | H₀ false |',
      '|---|---|---|',
      '| Reject H₀ | Type I error | correct |',
    ].join('\n')));
    expect(got).toContain('estrategas de la r');
    expect(got).toContain('estrategas de la k');
    expect(got.some((l) => l.includes('true') || l.includes('false'))).toBe(false);
  });

  it('a bold head defined by a Spanish definite article and its genus is a term, however everyday the word', () => {
    const engine = vaultOf([
      '* **Ecosistema** = biotopo + biocenosis, y las relaciones entre ellos.',
      '* **Biotopo**: el medio físico (suelo, agua, clima). Lo forman los factores abióticos.',
      '* **Biocenosis** (o comunidad): el conjunto de poblaciones que viven en el mismo biotopo.',
    ].join('\n'));
    expect(labels(engine)).toContain('biotopo');
  });

  it('a bold name before a bracket and a colon introduces its list', () => {
    const got = labels(vaultOf([
      '**Pirámides ecológicas** (representan los niveles tróficos como barras apiladas):', '',
      '- de números, de biomasa y de energía',
    ].join('\n')));
    expect(got).toContain('pirámides ecológicas');
  });
});

describe('definitions said inside run-on sentences', () => {
  it('reads `…, un gen es …` and `…, y el fenotipo es lo que …` mid-sentence, but not which one a definite predicate picks', () => {
    const got = labels(vaultOf([
      'bueno empezamos por lo basico, un gen es un fragmento de adn que lleva la informacion para un caracter, y el sitio que ocupa se llama locus.',
      'el genotipo es la combinacion de alelos que tienes, por ejemplo Aa, y el fenotipo es lo que se ve, el caracter que se expresa.',
      'la generacion parental es la P, los hijos son la F1 y los nietos la F2.',
      'Con EFS, la capacidad de almacenamiento es elástica y aumenta a medida que se agregan archivos.',
    ].join('\n')));
    expect(got).toContain('gen');
    expect(got).toContain('fenotipo');
    expect(got).toContain('genotipo');
    expect(got).not.toContain('hijos');
    expect(got).not.toContain('capacidad de almacenamiento');
  });

  it('`X o <English name> es …` names one concept with both names', () => {
    const engine = vaultOf('y lo ultimo genetica de poblaciones. el acervo genico o gene pool es el conjunto de todos los alelos de una poblacion.\n');
    const key = engine.lookup('acervo genico');
    expect(key).toBeDefined();
    expect(engine.lookup('gene pool')).toBe(key);
  });
});

describe('labels of a study sheet are no concepts', () => {
  it('leaves out headings and heads that label the sheet (key terms, practice questions, a checklist, a draft) and an exported picture’s name', () => {
    const got = labels(vaultOf([
      '# Stats final', '',
      '## Checklist', '', '- [x] sampling distributions', '',
      '### Key terms', '', 'Population', ': the entire group we want to draw conclusions about', '',
      '- experiment vocab: explanatory variable, response variable, control group', '',
      '## Formula sheet draft', '', '- z = (x − μ)/σ', '',
      '## Practice Qs', '', '- [ ] Which test compares three means?', '',
      '![][image1]', '',
      'Def: recorrido de un elemento entre el compartimento biótico y el abiótico.',
    ].join('\n')));
    expect(got).toContain('population');
    for (const junk of ['checklist', 'key terms', 'experiment vocab', 'formula sheet draft', 'practice qs', 'image1', 'def']) expect(got, junk).not.toContain(junk);
  });

  it('a study guide’s file name is no concept', () => {
    const got = labels(vaultOf('Population\n: the entire group we want to draw conclusions about\n', 'STAT 200 final - study guide (inference).md'));
    expect(got.some((l) => l.includes('study guide'))).toBe(false);
  });
});

describe('two things set side by side, and subjects named as talk goes', () => {
  it('a heading `X vs Y` names both', () => {
    const got = labels(vaultOf([
      '### Observational study vs Experiment', '',
      '- observational study: just observe, do not assign treatments',
    ].join('\n')));
    for (const name of ['observational study', 'experiment']) expect(got, name).toContain(name);
    expect(got.some((l) => l.includes(' vs'))).toBe(false);
  });

  it('a lower-case paragraph that opens with its subject and a comma names that subject; a sentence opener does not', () => {
    const got = labels(vaultOf([
      'mutaciones cromosomicas, cambian la estructura de un cromosoma. delecion, se pierde un fragmento, duplicacion, un fragmento repetido.',
      'en resumen, la estructura de un cromosoma cambia con las mutaciones y eso es lo que cae en el examen siempre.',
    ].join('\n\n')));
    expect(got).toContain('mutaciones cromosomicas');
    expect(got.some((l) => l.startsWith('en resumen'))).toBe(false);
  });
});


describe('slides, units and names side by side', () => {
  it("a slide's number before its heading places it; the name follows, and a picture in brackets names nothing", () => {
    const got = labels(vaultOf([
      '### Diapositiva 13 — Protoestrella', '', '- objeto que se contrae y se calienta pero todavía no fusiona hidrógeno', '',
      '### Diapositiva 7 — [foto espectros de varias estrellas]', '', 'nada que copiar aquí', '',
      '### Diapositiva 19 — [gráfica tiempo de vida vs masa] skip', '', 'nada',
    ].join('\n')));
    expect(got).toContain('protoestrella');
    expect(got.some((l) => l.includes('foto') || l.includes('skip') || l.includes('diapositiva'))).toBe(false);
  });

  it('one of a unit set equal to its measure defines the unit, and its symbol in brackets names it too', () => {
    const engine = vaultOf('- 1 parsec (pc) = distancia a la que la paralaje es de 1 segundo de arco = 3,26 años luz\n- Solo sirve para estrellas cercanas\n');
    const parsec = engine.concepts().find((c) => c.label.toLowerCase() === 'parsec');
    expect(parsec).toBeDefined();
    expect(parsec?.aliases.map((a) => a.toLowerCase())).toContain('pc');
  });

  it('a bold head of two names with a slash between them names one thing', () => {
    const engine = vaultOf('- **Ponientes / vientos del oeste** (westerlies): de las altas subtropicales hacia 60°, soplan del oeste. Son los que traen las borrascas.\n- los ponientes soplan fuerte en invierno\n');
    const c = engine.concepts().find((x) => x.label.toLowerCase() === 'ponientes' || x.label.toLowerCase() === 'vientos del oeste');
    expect(c).toBeDefined();
    expect([c?.label, ...(c?.aliases ?? [])].map((a) => (a ?? '').toLowerCase())).toEqual(expect.arrayContaining(['ponientes', 'vientos del oeste']));
  });
});

describe('the header of a comparison table and an eponym translated in brackets', () => {
  it('a column capitalised by its cell is the term the prose writes in lower case', () => {
    const got = labels(vaultOf([
      '| | Anticiclón (alta presión, H) | Depresión (baja presión, L) |', '|---|---|---|', '| giro | horario | antihorario |', '',
      'En verano manda el anticiclón de las Azores y en invierno llegan las depresiones del oeste.',
    ].join('\n')));
    expect(got).toContain('anticiclón');
  });

  it('a surname that closes a Spanish name and opens its English one in brackets is no concept of its own', () => {
    const got = labels(vaultOf('- **Célula de Hadley** (Hadley cell): de 0° a 30°; el aire sube en el ecuador.\n- el aire de la célula de Hadley desciende a 30°.\n'));
    expect(got).toContain('célula de hadley');
    expect(got).not.toContain('hadley');
  });
});
