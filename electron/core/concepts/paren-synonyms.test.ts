import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptDictionary } from './dictionary';
import { extractCandidates } from './extract';

function dictionary(text: string, file: string): ConceptDictionary {
  return new ConceptDictionary([extractCandidates(parseNote(file, text))]);
}
function oneConcept(d: ConceptDictionary, a: string, b: string): boolean {
  const key = d.lookup(a);
  return key !== undefined && d.lookup(b) === key;
}

describe('a head with another name of it in parentheses, in the same language', () => {
  const spanish = dictionary(
    [
      '# Tema 3. Enzimas',
      '',
      'Resumen para el parcial de bioquímica, con lo que entra en el examen.',
      '',
      '### 3.2 Cofactores (cofactores enzimáticos)',
      '',
      '- **Holoenzima** (enzima conjugada): la apoenzima más su cofactor, la forma activa.',
      '- sitio activo (sitio catalítico) → donde se une el sustrato y ocurre la reacción',
      '- **cadena respiratoria** (fosforilación oxidativa): los electrones pasan de un complejo a otro',
      '- ibuprofeno (antiinflamatorios) → inhibe la COX de forma reversible',
      '- **Inhibición competitiva** (opcional): el inhibidor compite con el sustrato por el sitio activo.',
      '- Velocidad máxima (saturación)',
      '',
      '| Término | Qué es |',
      '| --- | --- |',
      '| Isoenzima (isozima) | la misma reacción, otra secuencia |',
    ].join('\n'),
    'enzimas.md',
  );
  const english = dictionary(
    [
      '# Cognitive psych — week 6',
      '',
      '- **classical conditioning** (Pavlovian conditioning): a neutral stimulus comes to trigger a response',
      '- a stimulus repeats → habituation (response decrement) → the response fades',
      '- **Stroop task** (important!): naming the ink colour of a colour word is slower when they clash',
      '',
      '## Recall tests (online)',
    ].join('\n'),
    'psych.md',
  );

  it('joins a bold head, an item head, a chain link, a heading and a table cell to the name in their parenthesis', () => {
    expect(oneConcept(spanish, 'holoenzima', 'enzima conjugada')).toBe(true);
    expect(oneConcept(spanish, 'sitio activo', 'sitio catalítico')).toBe(true);
    expect(oneConcept(spanish, 'cofactores', 'cofactores enzimáticos')).toBe(true);
    expect(oneConcept(spanish, 'isoenzima', 'isozima')).toBe(true);
    expect(oneConcept(english, 'classical conditioning', 'Pavlovian conditioning')).toBe(true);
    expect(oneConcept(english, 'habituation', 'response decrement')).toBe(true);
  });

  it('leaves apart a class in another number, a remark, an adjective, an item with no definition, a heading’s qualifier and an unlike name', () => {
    expect(oneConcept(spanish, 'ibuprofeno', 'antiinflamatorios')).toBe(false);
    expect(oneConcept(spanish, 'inhibición competitiva', 'opcional')).toBe(false);
    expect(oneConcept(spanish, 'velocidad máxima', 'saturación')).toBe(false);
    // Two names in one language with no word in common may be two things side by side.
    expect(oneConcept(spanish, 'cadena respiratoria', 'fosforilación oxidativa')).toBe(false);
    expect(oneConcept(english, 'Stroop task', 'important')).toBe(false);
    expect(oneConcept(english, 'recall tests', 'online')).toBe(false);
  });
});
