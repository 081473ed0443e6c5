import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptDictionary } from './dictionary';
import { extractCandidates } from './extract';

function dictionary(text: string): ConceptDictionary {
  return new ConceptDictionary([extractCandidates(parseNote('apuntes.md', text))]);
}
/** Whether the one-note vault made of `text` gives `a` and `b` one concept. */
function oneConcept(text: string, a: string, b: string): boolean {
  const d = dictionary(text);
  const key = d.lookup(a);
  return key !== undefined && d.lookup(b) === key;
}

describe('two names an outline gives one thing in an item’s label', () => {
  const outline = [
    '# Economía II — esquemas',
    '',
    '### 2.1. El tipo de interés o precio del dinero',
    '',
    '2.2. Clases de desempleo:',
    '   a) Desempleo friccional o paro de búsqueda: el que dura lo que tarda alguien en cambiar de empleo.',
    '   b) Desempleo estructural (o paro de larga duración): no casa la oferta con la demanda.',
    '   c) Inflación subyacente (u inflación núcleo) (!): sin energía ni alimentos frescos.',
    '   d) Lucro cesante (lucrum cessans): la ganancia que se deja de obtener.',
    '   e) Versión del modelo (o superior): la que pide el examen.',
    '   f) Renta disponible (consumo): lo que queda tras los impuestos.',
    '',
    'La empresa puede comprar o vender, y el banco central puede subir o bajar el tipo de interés.',
    'Requisitos: daño (damnum emergens) y nexo causal.',
  ].join('\n');

  it('pairs `X o Y` in a label, `(o Y)` and `(u Y)` in its bracket, and a heading’s `X o Y`', () => {
    expect(oneConcept(outline, 'desempleo friccional', 'paro de búsqueda')).toBe(true);
    expect(oneConcept(outline, 'desempleo estructural', 'paro de larga duración')).toBe(true);
    expect(oneConcept(outline, 'inflación subyacente', 'inflación núcleo')).toBe(true);
    expect(oneConcept(outline, 'tipo de interés', 'precio del dinero')).toBe(true);
  });

  it('pairs a label with the Latin term in its bracket, and a listed term with its own', () => {
    expect(oneConcept(outline, 'lucro cesante', 'lucrum cessans')).toBe(true);
    expect(oneConcept(outline, 'daño', 'damnum emergens')).toBe(true);
  });

  it('leaves alternatives in prose, a comparison and a bracket in the same language apart', () => {
    const d = dictionary(outline);
    const apart = (a: string, b: string): boolean => d.lookup(a) === undefined || d.lookup(a) !== d.lookup(b);
    expect(apart('comprar', 'vender')).toBe(true);
    expect(apart('versión del modelo', 'superior')).toBe(true);
    expect(apart('renta disponible', 'consumo')).toBe(true);
  });

  it('does not pair two things a label compares', () => {
    const text = ['### 3.2. SQL o NoSQL', '', 'Depende de los datos.', '', '- Docker o Podman: los dos ejecutan contenedores.', '- Mitosis vs meiosis: la primera da dos células iguales.'].join('\n');
    const d = dictionary(text);
    const apart = (a: string, b: string): boolean => d.lookup(a) === undefined || d.lookup(a) !== d.lookup(b);
    expect(apart('SQL', 'NoSQL')).toBe(true);
    expect(apart('Docker', 'Podman')).toBe(true);
    expect(apart('mitosis', 'meiosis')).toBe(true);
  });

  it('does not read an English field named by its two choices as two names of one thing', () => {
    const text = ['## Rules', '', '- **Inbound or outbound traffic**: the direction a rule applies to.', '- **Source or destination**: the address range the rule allows.'].join('\n');
    const d = dictionary(text);
    const source = d.lookup('source');
    expect(source === undefined || source !== d.lookup('destination')).toBe(true);
  });
});

describe('a legend of abbreviations', () => {
  it('pairs each acronym with the words that spell it, however long, and not the year or citation after them', () => {
    const text = [
      'Abreviaturas:',
      '- OMS = Organización Mundial de la Salud; OIT = Organización Internacional del Trabajo (Ginebra).',
      '- LGDCU = Ley General para la Defensa de los Consumidores y Usuarios (RDLeg. 1/2007).',
      '- PIB = Producto Interior Bruto de 2023.',
      '',
      'La OMS y la OIT publican informes; la LGDCU protege al consumidor; el PIB mide la producción.',
    ].join('\n');
    expect(oneConcept(text, 'OMS', 'Organización Mundial de la Salud')).toBe(true);
    expect(oneConcept(text, 'OIT', 'Organización Internacional del Trabajo')).toBe(true);
    expect(oneConcept(text, 'LGDCU', 'Ley General para la Defensa de los Consumidores y Usuarios')).toBe(true);
    expect(oneConcept(text, 'PIB', 'Producto Interior Bruto')).toBe(true);
  });

  it('pairs a subscripted symbol with the words that name it, not a letter with its use', () => {
    const text = ['- amplifiers', '\t- P_out = output power of the amplifier', '\t- v = velocity', '\t- gain is P_out over the input power; output power of the amplifier is in watts, velocity in m/s'].join('\n');
    expect(oneConcept(text, 'P_out', 'output power of the amplifier')).toBe(true);
    const d = dictionary(text);
    expect(d.lookup('v') === undefined || d.lookup('v') !== d.lookup('velocity')).toBe(true);
  });
});

describe('a Latin label and a name after a short label', () => {
  it('pairs a Latin term with the name its definition opens with, and a proper name after `Label:` with its acronym', () => {
    const text = [
      '2.1. Daños:',
      '   b) Damnum emergens: pérdida patrimonial efectiva; se prueba con facturas.',
      '   c) Pacta sunt servanda: los contratos obligan a las partes.',
      '',
      '- Lado oficina: Branch Office Router (BRT), el equipo que conecta la sede.',
    ].join('\n');
    expect(oneConcept(text, 'damnum emergens', 'pérdida patrimonial efectiva')).toBe(true);
    expect(oneConcept(text, 'Branch Office Router', 'BRT')).toBe(true);
    const d = dictionary(text);
    expect(d.lookup('pacta sunt servanda') === undefined || d.lookup('pacta sunt servanda') !== d.lookup('contratos obligan')).toBe(true);
  });
});
