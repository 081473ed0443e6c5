import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { proseTerms } from './prose-terms';

const terms = (text: string): string[] => proseTerms(parseNote('n.md', text)).map((c) => (c.names[0] ?? '').toLowerCase());

describe('repeated phrases in notes written without accents', () => {
  it('reads an unaccented adjective as the adjective, not as the verb it spells', () => {
    const found = terms(
      'Cada usuario tiene una clave publica y una privada. El emisor firma con la privada.\n\n' +
        'El receptor comprueba la firma con la clave publica del emisor.\n',
    );
    expect(found).toContain('clave publica');
  });

  it('reads a noun made from an -ar verb as a noun', () => {
    const found = terms('El intercambio de claves usa ECDHE.\n\nEn TLS 1.3 quitaron RSA del intercambio de claves.\n');
    expect(found).toContain('intercambio de claves');
  });

  it('still keeps a verb the note conjugates out of a phrase', () => {
    const found = terms('La consola publica los límites de EC2.\n\nLa consola publica las cuotas de EBS.\n');
    expect(found).not.toContain('consola publica');
  });
});
