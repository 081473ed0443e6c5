import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptEngine } from './engine';

/** A one-note vault, as a student starts. */
function vaultOf(text: string, id = 'apuntes.md'): ConceptEngine {
  const engine = new ConceptEngine();
  engine.update([parseNote(id, text)], []);
  return engine;
}
const labels = (engine: ConceptEngine): string[] => engine.concepts().map((c) => c.label);

describe('what labels the page rather than the subject', () => {
  it('reads no concept from the note’s own labels, aids and cases', () => {
    const engine = vaultOf([
      '# Armonía',
      'Abreviaturas mias:',
      '- EF = estado fundamental',
      'Regla mnemotécnica mia: la sensible sube a la tónica.',
      'Caso B — sin notas comunes: las voces de arriba van en movimiento contrario al bajo.',
      'vinílico / arílico: el carbono del doble enlace o del anillo.',
      'Preguntas cortas: tipos de triada, cadencias y resoluciones.',
      '**Estado fundamental** (EF): la fundamental en el bajo.',
    ].join('\n'));
    const got = labels(engine).map((l) => l.toLowerCase());
    for (const junk of ['abreviaturas mias', 'regla mnemotecnica mia', 'regla mnemotécnica mia', 'caso b', 'vinílico / arílico', 'preguntas cortas']) expect(got, junk).not.toContain(junk);
    expect(engine.lookup('estado fundamental')).toBeDefined();
  });

  it('reads no initials or course code as a name', () => {
    const engine = vaultOf([
      'CS 310 Operating Systems · weeks 5–7',
      '- B.F. Skinner built on it → Skinner box (operant chamber): rat presses lever',
      '- proactive interference — old info disrupts recall of new',
    ].join('\n'));
    const got = labels(engine);
    for (const junk of ['CS 310 Operating Systems', 'B.F']) expect(got, junk).not.toContain(junk);
    expect(engine.lookup('proactive interference')).toBeDefined();
  });

  it('names a page after its course part or code, without them', () => {
    const engine = vaultOf('Viene de: [[Tema 9 - Dictadura de Primo de Rivera]]\n\nLa república llega en 1931.', 'tema10.md');
    expect(engine.lookup('Dictadura de Primo de Rivera')).toBeDefined();
    expect(labels(engine)).not.toContain('Tema 9 - Dictadura de Primo de Rivera');
  });
});

describe('capitals that are no acronym', () => {
  it('counts no ion, LaTeX letters or stressed word as an acronym', () => {
    const engine = vaultOf([
      'Nucleófilos fuertes: I⁻, CN⁻, RO⁻; la energía media es $\\frac{3}{2}k_BT$ y $U = nC_VT$.',
      'positive reinforcement: ADD something pleasant; OLD info disrupts recall of new info.',
      'El DNS resuelve nombres; la VPC aísla la red.',
    ].join('\n'));
    const got = labels(engine);
    for (const junk of ['CN', 'RO', 'BT', 'VT', 'ADD', 'OLD']) expect(got, junk).not.toContain(junk);
    expect(engine.lookup('DNS')).toBeDefined();
    expect(engine.lookup('VPC')).toBeDefined();
  });
});

describe('terms a line sets equal to what they are', () => {
  it('reads a lone lower-case word set equal to a noun phrase, and a head before a list’s intro', () => {
    const engine = vaultOf([
      '- learning = a relatively permanent change in behavior due to experience',
      '    - NOT maturation, not fatigue',
      '- memory = persistence of learning over time through encoding, storage, retrieval',
      '',
      'Normalizacion = organizar las tablas para evitar datos duplicados. Formas normales:',
      '- 1FN: valores atómicos',
    ].join('\n'));
    expect(engine.concept(engine.lookup('learning') as string)?.definitions[0]?.sentence).toMatch(/^learning = a relatively permanent change/);
    expect(engine.lookup('memory')).toBeDefined();
    expect(engine.concept(engine.lookup('Normalizacion') as string)?.definitions[0]?.sentence).toMatch(/^Normalizacion = organizar/);
  });
});

describe('LaTeX in a note', () => {
  it('reads no name among a formula’s symbols, and a price is no formula', () => {
    const engine = vaultOf([
      '- ideal gas law: $PV = nRT$, with $R$ the gas constant',
      '- solids: Dulong–Petit law, $C_V \\approx 3R$',
      '- a t3.micro costs $5 per month on EC2, and $9 with EBS',
    ].join('\n'));
    const got = labels(engine);
    for (const junk of ['PV', '3R']) expect(got, junk).not.toContain(junk);
    expect(engine.lookup('ideal gas law')).toBeDefined();
    expect(engine.lookup('EC2')).toBeDefined();
    expect(engine.lookup('EBS')).toBeDefined();
  });
});

describe('Roam and Logseq habits', () => {
  it('reads `^^term^^ — …` heads as terms and a `{{[[DONE]]}}` box as no concept', () => {
    const engine = vaultOf([
      '- processes',
      '    - ^^acquisition^^ — initial stage where the association is formed',
      '    - ^^spontaneous recovery^^ — after a rest pause, the extinguished response comes back',
      '- {{[[DONE]]}} watch the Little Albert video',
    ].join('\n'));
    expect(engine.lookup('spontaneous recovery')).toBeDefined();
    expect(engine.concept(engine.lookup('acquisition') as string)?.definitions[0]?.sentence).toMatch(/^acquisition — initial stage/);
    expect(labels(engine)).not.toContain('DONE');
  });
});
