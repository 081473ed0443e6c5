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
    expect(engine.lookup('elastica')).toBeUndefined();
    expect(engine.lookup('elástica')).toBeUndefined();
  });

  it('reads what `Se entiende por X el …` defines, however everyday the word', () => {
    const engine = vaultOf(HANDOUT);
    expect(engine.lookup('demanda')).toBeDefined();
  });

  it('draws no node for an article of a code, a law by its number, or the author of a manual', () => {
    const found = labels(vaultOf(HANDOUT));
    expect(found.filter((l) => /^\d+\s+LDC$|^Ley\s+\d+$/u.test(l))).toEqual([]);
    expect(found.filter((l) => /Mankiw/u.test(l))).toEqual([]);
  });
});

describe('fragments of longer phrases', () => {
  it('draws no node for the words of a Latin maxim cut out of it, nor for a phrase only ever inside a longer one', () => {
    const engine = vaultOf([
      '# Derecho penal',
      '',
      '- Presunción de inocencia: rige el principio in dubio pro reo en todo el proceso.',
      '- Si hay dudas sobre los hechos, in dubio pro reo: se absuelve.',
      '- Non bis in idem: nadie puede ser castigado dos veces por lo mismo (non bis in idem).',
      '- La responsabilidad penal subsidiaria recae en la empresa; esa responsabilidad penal subsidiaria es civil.',
      '- El tribunal aplica la atenuante muy cualificada; sin atenuante muy cualificada no hay rebaja.',
    ].join('\n'), 'penal.md');
    const found = labels(engine).map((l) => l.toLowerCase());
    expect(found).not.toContain('dubio');
    expect(found).not.toContain('penal subsidiaria');
    expect(found.some((l) => l.includes('presunción de inocencia'))).toBe(true);
  });

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
