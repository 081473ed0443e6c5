import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { extractCandidates } from './extract';
import { isStopword } from './folded-lists';

const names = (text: string): string[] =>
  extractCandidates(parseNote('apuntes.md', text)).candidates.filter((c) => c.source !== 'note').flatMap((c) => c.names.map((n) => n.toLowerCase()));

describe('a function word', () => {
  it('is one however a caller spells it: as written, capitalised, accented or as a concept key', () => {
    for (const w of ['entre', 'Entre', 'sobre', 'SOBRE', 'cuántos', 'these', 'entr', 'sobr', 'thes']) expect(isStopword(w), w).toBe(true);
  });

  it('is not a content word whose key looks like one (`sobres`, envelopes, keys as `sobr`)', () => {
    for (const w of ['sobres', 'rol', 'instancia', 'Entrega']) expect(isStopword(w), w).toBe(false);
  });

  it('keeps a bold head that opens on a preposition (`**Entre regiones**: …`) out of the names', () => {
    const text = '# Costes\n\n- **Entre regiones**: el tráfico se cobra por GB transferido\n- **Sobre todo**: revisa la factura cada mes\n- **Transferencia de datos**: lo que sale de AWS se paga\n';
    expect(names(text)).toContain('transferencia de datos');
    expect(names(text)).not.toContain('entre regiones');
    expect(names(text)).not.toContain('sobre todo');
  });
});
