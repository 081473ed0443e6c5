import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { extractCandidates } from './extract';

/** Every name the note puts forward, as written. */
const names = (text: string, id = 'notes.md'): string[] =>
  extractCandidates(parseNote(id, text)).candidates.filter((c) => c.source !== 'note').flatMap((c) => c.names);

describe('numbers are not names', () => {
  it('reads an outline heading by its words, not its number', () => {
    const found = names('# Review\n\n## 3 Transport layer\n### 3.2 TCP\nText.\n### 3.3. UDP\nText.\n## IV. Paging\nText.\n');
    expect(found).toEqual(expect.arrayContaining(['Transport layer', 'TCP', 'UDP', 'Paging']));
    expect(found.some((n) => /\d/.test(n))).toBe(false);
  });

  it('reads a Zettelkasten note by its title, not its id: `202312011220 Subnets`', () => {
    const found = names('# Redes\n\n## 202312011220 Subnets\nUna subnet es un rango de IPs.\n## 20231201 - Route tables\nTexto.\n');
    expect(found).toEqual(expect.arrayContaining(['Subnets', 'Route tables']));
    expect(found.some((n) => /\d{8}/.test(n))).toBe(false);
    const titled = extractCandidates(parseNote('zk/202312011230 NAT gateway.md', 'Un NAT gateway deja salir a internet.\n')).candidates.filter((c) => c.source === 'note');
    expect(titled.flatMap((c) => c.names)).toEqual(['NAT gateway']);
  });

  it('keeps a heading whose number is part of its name', () => {
    expect(names('# Notas\n\n## TLS 1.3\nTexto.\n## 3D Secure\nTexto.\n')).toEqual(expect.arrayContaining(['TLS 1.3', '3D Secure']));
  });

  it('drops ranges, placeholders, sizes and cut numbers written in prose', () => {
    const found = names(
      'The router rewrites private addresses (10.x, 172.16-31.x, 192.168.x) to its one public address.\n' +
        'Status codes: 2xx ok, 3xx redirect, 5XX server error. A 4096x2160 display, a 2x4k panel.\n' +
        'La API de IMDS 169.254.169.254 devuelve el token; el log dice 00.000Z y 1e.0.\n',
    );
    for (const junk of ['10.x', '172.16-31.x', '192.168.x', '2xx', '3xx', '5XX', '4096x2160', '2x4k', '00.000Z', '1e.0']) expect(found).not.toContain(junk);
    expect(found.some((n) => n.includes('169.254'))).toBe(false);
  });

  it('keeps versioned and sized names', () => {
    const found = names('TLS 1.3 does the handshake in one round trip. An m5.2xlarge runs the 1:1 model with HTTP/2.\n');
    expect(found).toEqual(expect.arrayContaining(['TLS 1.3', 'm5.2xlarge']));
    expect(names('## Errors\n- 502 Bad Gateway: the target sent a bad answer.\n- 504 Gateway Timeout: the target did not answer in time.\n')).toContain('502 Bad Gateway');
  });
});
