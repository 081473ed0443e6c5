import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { extractCandidates } from './extract';

/** Every name the note puts forward but its title, lower-cased. */
const names = (text: string): string[] =>
  extractCandidates(parseNote('apuntes.md', text)).candidates.filter((c) => c.source !== 'note').flatMap((c) => c.names.map((n) => n.toLowerCase()));

describe('English terms in Spanish prose', () => {
  it('reads an English noun the Spanish sentence holds as a term', () => {
    const found = names([
      'Dentro de la red se crean varias subredes. Una subnet vive en una sola zona de disponibilidad.',
      'Cada subnet tiene su tabla de rutas, y los recursos de una subnet privada no salen a internet.',
      'La función tarda en arrancar la primera vez. Provisioned concurrency lo evita.',
      'El servicio está gestionado; en cambio una NAT instance es una máquina que montas tú.',
    ].join('\n'));
    expect(found).toContain('subnet');
    expect(found).toContain('provisioned concurrency');
    expect(found).toContain('nat instance');
  });

  it('reads an everyday English word a Spanish note defines as the term it learned', () => {
    const es = extractCandidates(parseNote('apuntes.md', '- Versioning: guarda todas las versiones de un objeto.\n- Detalles: lo que cuesta cada cosa.\n')).candidates;
    expect(es.filter((c) => c.source === 'definition').map((c) => c.names[0])).toEqual(['Versioning']);
    const en = extractCandidates(parseNote('notes.md', '- Versioning: keeps every version of an object in the bucket.\n')).candidates;
    expect(en.filter((c) => c.source === 'definition')).toEqual([]);
  });

  it('leaves out a word said once, an English clause and an English note', () => {
    const es = names([
      'Las instancias van todas juntas en el mismo rack, con baja latencia entre ellas.',
      'La regla es stateless, so you need rules for both directions, y hay que abrir los puertos.',
    ].join('\n'));
    for (const n of ['rack', 'you need rules', 'need rules', 'rules']) expect(es, n).not.toContain(n);
    const en = names('Each subnet lives in one zone. A subnet has a route table. The subnet can be public.\n');
    expect(en.filter((n) => n === 'subnet')).toEqual([]);
  });
});
