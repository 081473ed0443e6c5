import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { extractCandidates } from './extract';

/** Every name the note puts forward but its title. */
const names = (text: string): string[] =>
  extractCandidates(parseNote('apuntes.md', text)).candidates.filter((c) => c.source !== 'note').flatMap((c) => c.names);

describe('acronyms typed in lower case', () => {
  it('reads a short word no dictionary knows, used again in a note typed without capitals, as an acronym', () => {
    const found = names([
      'apuntes de redes, tema 2',
      'el trafico de cada vlan va separado del resto',
      'cada puerto del switch va a su vlan, ej la de invitados',
      'el dhcp reparte las ips. si el dhcp se cae nadie tiene ip nueva',
      'ojo con el stp, evita bucles entre switches',
    ].join('\n'));
    expect(found).toContain('VLAN');
    expect(found).toContain('DHCP');
    // Said once: not yet a term of the note.
    expect(found).not.toContain('STP');
    // The shorthand of fast notes is not an acronym.
    expect(found).not.toContain('EJ');
  });

  it('leaves lower-case words alone in a note that capitalises its sentences', () => {
    const found = names([
      'Run wget to fetch the package. The wget command writes to the current folder.',
      'Edit fstab to mount the volume at boot. A wrong fstab entry stops the boot.',
    ].join('\n'));
    expect(found).not.toContain('WGET');
    expect(found).not.toContain('FSTAB');
  });

  it('keeps clipped words, contractions and LaTeX commands out', () => {
    const found = names([
      'the avg latency goes up. avg over a wk is what the exam asks',
      "it doesn't matter. it doesn't scale either",
      'la formula $a \\cdot b$ y luego $c \\cdot d$, ya esta',
    ].join('\n'));
    for (const n of ['AVG', 'WK', 'DOESN', 'CDOT']) expect(found, n).not.toContain(n);
  });
});
