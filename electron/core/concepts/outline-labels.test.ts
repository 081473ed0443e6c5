import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptEngine } from './engine';

/** A one-note vault, as a student starts: what concepts does the note alone give? */
function vaultOf(text: string, id = 'esquemas.md'): ConceptEngine {
  const engine = new ConceptEngine();
  engine.update([parseNote(id, text)], []);
  return engine;
}

const labels = (engine: ConceptEngine): string[] => engine.concepts().map((c) => c.label);

/** An economics handout typed as a law student types hers: hand-numbered items, labels with articles. */
const HANDOUT = [
  '# Economía I — esquemas del tema 2',
  '',
  'Resumen hecho con el manual de Mankiw y la Ley 15/2007 de defensa de la competencia (LDC).',
  '',
  '## TEMA 2. EL MERCADO',
  '',
  '### 2.1. La demanda',
  '',
  '2.1.1. Se entiende por demanda la cantidad de un bien que los consumidores desean comprar a cada precio; el mercado la suma.',
  '',
  '2.1.2. Determinantes de la demanda:',
  '   a) Preferencias: si cambian las preferencias del consumidor, cambia la cantidad demandada.',
  '   b) Renta (art. 3 LDC): con más renta se compran más unidades de los bienes normales; la renta es clave.',
  '   c) Elástica: la cantidad cambia mucho cuando cambia el precio del bien.',
  '',
  '2.1.3. El valor (Smith):',
  '   - En la teoría clásica, el valor es el trabajo que cuesta producir un bien.',
  '   - Paradoja del agua y el diamante.',
  '',
  '2.1.4. Sujeto: el consumidor, es decir, la persona que compra un bien para su propio uso.',
  '',
  '### 2.2. La oferta',
  '',
  '2.2.1. Excedente del productor (art. 4 LDC) (!): diferencia entre el precio que cobra y el coste de producir.',
  '2.2.2. El equilibrio o vaciado del mercado:',
  '   a) Se alcanza cuando la oferta iguala a la demanda.',
  '   b) Con un precio mayor sobra producto; con uno menor falta.',
  '',
  '### 2.3. Fallos',
  '',
  'El art. 1 LDC prohíbe los acuerdos entre empresas; el equilibrio se rompe con ellos y la demanda cae.',
].join('\n');

describe('outline labels', () => {
  it('reads the term an outline item labels, without its hand-written marker', () => {
    const engine = vaultOf(HANDOUT);
    expect(engine.lookup('preferencias')).toBeDefined();
    expect(engine.lookup('renta')).toBeDefined();
    expect(engine.lookup('excedente del productor')).toBeDefined();
    // The marker is no part of any name: no `a) Preferencias`, no `b) Renta`.
    expect(labels(engine).filter((l) => /^[a-z]\)\s/u.test(l))).toEqual([]);
  });

  it('reads a label with its article, and the first of the two names it offers, as the term', () => {
    const engine = vaultOf(HANDOUT);
    // `2.2.2. El equilibrio o vaciado del mercado:`, `### 2.1. La demanda`, `## TEMA 2. EL MERCADO`.
    expect(engine.lookup('equilibrio')).toBeDefined();
    expect(engine.lookup('oferta')).toBeDefined();
    expect(engine.lookup('mercado')).toBeDefined();
  });

  it('leaves an adjective labelling a requirement out: the note never writes it as a noun', () => {
    const engine = vaultOf(HANDOUT);
    expect(labels(engine).filter((l) => /elástica/iu.test(l))).toEqual([]);
  });

  it('reads what `Se entiende por X el …` and `X, es decir, el …` define, however everyday the word', () => {
    const engine = vaultOf(HANDOUT);
    expect(engine.lookup('demanda')).toBeDefined();
    expect(engine.lookup('consumidor')).toBeDefined();
  });

  it('reads an everyday word labelling items as a term when its first item says what it is', () => {
    const engine = vaultOf(HANDOUT);
    const value = engine.lookup('valor');
    expect(value).toBeDefined();
    expect(engine.concept(value as string)?.definitions[0]?.sentence).toMatch(/el valor es el trabajo/u);
  });

  it('draws no node for an article of a code, a law by its number, or the author of a manual', () => {
    const found = labels(vaultOf(HANDOUT));
    expect(found.filter((l) => /^\d+\s+LDC$|^Ley\s+\d+$/u.test(l))).toEqual([]);
    expect(found.filter((l) => /Mankiw/u.test(l))).toEqual([]);
  });
});

describe('citations and pieces of formulas', () => {
  it('draws no node for an ordinal cut from a law, a homework number or a LaTeX command', () => {
    const engine = vaultOf([
      '# Mechanics',
      '',
      '- TODO problems HW 4.12 and HW 4.17 before Friday',
      '- Newton 1st law: a body keeps its state of motion unless a net force acts on it.',
      '- Newton 2nd law: $F = m a$, and for rotation $\\Tau = I \\alpha$ with $\\Delta L$ the change of angular momentum.',
      '- the 1st law and the 2nd law are both about inertial frames.',
    ].join('\n'), 'mechanics.md');
    const found = labels(engine);
    expect(found.filter((l) => /^\d+(?:st|nd|rd|th)$|^HW\s|^Delta\s|^Tau$/iu.test(l))).toEqual([]);
  });
});
