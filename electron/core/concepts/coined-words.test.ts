import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { extractCandidates } from './extract';
import { isSpanishSpelling, isSpanishWord } from './spanish-lexicon';

/** Every name the note puts forward but its title. */
const names = (text: string, file = 'apuntes.md'): string[] =>
  extractCandidates(parseNote(file, text)).candidates.filter((c) => c.source !== 'note').flatMap((c) => c.names);

describe('words of a subject that no dictionary holds', () => {
  it('reads a lower-case word neither dictionary knows, used twice in Spanish prose, as a term', () => {
    const found = names([
      'En genética de poblaciones la endogamia reduce la diversidad de los rebaños.',
      'Las herramientas como vcftools leen los genotipos; con vcftools se filtran los marcadores malos.',
      'Un alelo raro puede fijarse por deriva. La deriva es más fuerte en poblaciones pequeñas.',
    ].join('\n'));
    expect(found).toContain('vcftools');
    // Everyday Spanish words the dictionary knows.
    expect(found).not.toContain('deriva');
    expect(found).not.toContain('genotipos');
  });

  it('leaves out typos said once, participles and English prose', () => {
    const es = names([
      'El modelo quedó desbalanceado y el conjunto desbalanceado da malas métricas.',
      'Esto lo explicó en clsae, pero luego fue otra cosa.',
    ].join('\n'));
    expect(es).not.toContain('desbalanceado');
    expect(es).not.toContain('clsae');
    const en = names('Run vcftools on the cohort. Then vcftools writes the filtered set.\n', 'notes.md');
    expect(en).not.toContain('vcftools');
  });

  it('knows Spanish words the dictionary makes with a prefix, and those written without their accent', () => {
    // `defecto` is `efecto` with `de-`, `recursos` is `curso` with `re-`: everyday words, not terms.
    for (const w of ['defecto', 'recursos', 'información', 'aplicaciones']) expect(isSpanishWord(w), w).toBe(true);
    expect(isSpanishSpelling('informacion')).toBe(true);
    expect(isSpanishWord('kubelet')).toBe(false);
  });
});
