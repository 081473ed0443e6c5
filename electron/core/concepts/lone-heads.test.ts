import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptEngine } from './engine';

/** A one-note vault, as a student starts: what concepts does the note alone give? */
function vaultOf(text: string): ConceptEngine {
  const engine = new ConceptEngine();
  engine.update([parseNote('apuntes.md', text)], []);
  return engine;
}

describe('one word heading its line', () => {
  it('reads a lower-case word before `:` or `=` as a term when the note comes back to it', () => {
    const engine = vaultOf([
      'TEMA 3',
      '',
      'osmosis = paso del agua a traves d una mb semipermeable',
      'la osmosis depende d la concentracion. en la osmosis inversa se aplica presion',
      'ESTOMAS: 2 celulas oclusivas q abren y cierran el poro',
      'los estomas se cierran x la noche. sin estomas no hay intercambio',
    ].join('\n'));
    expect(engine.lookup('osmosis')).toBeDefined();
    const stomata = engine.lookup('estomas');
    expect(stomata).toBeDefined();
    // Shouted in capitals once, written in lower case elsewhere: the label is the note's own spelling.
    expect(engine.concept(stomata as string)?.label).toBe('estomas');
  });

  it('leaves a word said once before its `=` as a label of its line', () => {
    const engine = vaultOf([
      'fotosintesis en la hoja',
      '',
      'recordatorio = repasar el tema antes del lunes',
      'curiosidad = las hojas cambian d color en otoño',
    ].join('\n'));
    expect(engine.lookup('recordatorio')).toBeUndefined();
    expect(engine.lookup('curiosidad')).toBeUndefined();
  });

  it('reads a bold word standing over its items, and an aside-marked word over a list, as terms', () => {
    const engine = vaultOf([
      '# Week 3',
      '',
      '- **Idempotency**',
      '    - same request twice => same result',
      '    - idempotency keys make retries safe',
      '- **Notes**',
      '    - ask the teacher',
      '',
      'anafilaxia (reaccion grave, urgencias):',
      '1. adrenalina',
      '2. la anafilaxia puede ser mortal',
    ].join('\n'));
    expect(engine.lookup('Idempotency')).toBeDefined();
    expect(engine.lookup('anafilaxia')).toBeDefined();
    // Said once, a bold word over items labels them.
    expect(engine.lookup('Notes')).toBeUndefined();
  });

  it('reads an everyday word or a verb in bold as a term only where a heading of the note names it too', () => {
    const withHeading = vaultOf([
      '## Merge vs Rebase',
      '',
      '**Merge** — une las dos ramas con un merge commit',
      'el merge conserva la historia tal cual',
    ].join('\n'));
    expect(withHeading.lookup('Merge')).toBeDefined();
    const without = vaultOf([
      '## Ramas',
      '',
      '**Merge** — une las dos ramas con un merge commit',
      'el merge conserva la historia tal cual',
    ].join('\n'));
    expect(without.lookup('Merge')).toBeUndefined();
  });
});
