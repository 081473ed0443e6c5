import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { extractCandidates } from './extract';

const extracted = (text: string, file = 'notes.md') => extractCandidates(parseNote(file, text));
/** Every name the note puts forward but its title, and its acronyms. */
const names = (text: string, file?: string): string[] => {
  const r = extracted(text, file);
  return [...r.candidates.filter((c) => c.source !== 'note').flatMap((c) => c.names), ...r.acronyms.map((a) => a.text)];
};

describe('acronyms that spell a word', () => {
  it('reads a capitalised English word the note uses again, and never as the word, as an acronym', () => {
    const found = names([
      'Good design follows SOLID. Each letter of SOLID names one principle.',
      'A class with one reason to change keeps SOLID happy.',
    ].join('\n'));
    expect(found).toContain('SOLID');
  });

  it('leaves stress, placeholders and callout labels alone', () => {
    const found = names([
      'NOTE: the key is NEVER shared. NOTE that it is NEVER logged either.',
      'Replace REGION with your region. The REGION value goes in the config.',
    ].join('\n'));
    for (const n of ['NOTE', 'NEVER', 'REGION']) expect(found, n).not.toContain(n);
  });

  it('reads a Spanish word in capitals as stress, not an acronym', () => {
    const found = names([
      'las maquinas privadas pueden SALIR a internet pero nadie puede ENTRAR desde fuera',
      'ojo: SALIR si, ENTRAR no. va en UNA availability zone, no en dos',
    ].join('\n'), 'apuntes.md');
    for (const n of ['SALIR', 'ENTRAR', 'UNA availability zone']) expect(found, n).not.toContain(n);
  });
});
