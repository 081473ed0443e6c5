import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { extractCandidates } from './extract';

/** Every name the note puts forward besides its own title, as written. */
const names = (text: string, id = 'apuntes.md'): string[] => {
  const nc = extractCandidates(parseNote(id, text));
  return [...nc.candidates.filter((c) => c.source !== 'note').flatMap((c) => c.names), ...nc.acronyms.map((a) => a.text)];
};
const lower = (text: string, id?: string): string[] => names(text, id).map((n) => n.toLowerCase());

describe('a citation is not a concept', () => {
  it('drops a surname with the year of a finding, and keeps a product with its year', () => {
    const found = names(
      'La teoria celular (Schleiden y Brandt 1838-39, Moreau 1855) dice que todo ser vivo esta hecho de celulas.\n' +
        'El modelo de mosaico fluido (Singer y Halvorsen 1972) explica la membrana.\n' +
        'The relational model (Hartwell 1970) is the base of SQL; in 2019 we moved to Windows Server 2019.\n',
    );
    for (const junk of ['Brandt 1838-39', 'Moreau 1855', 'Halvorsen 1972', 'Hartwell 1970']) expect(found).not.toContain(junk);
    expect(found).toContain('Windows Server 2019');
  });
});

describe('a count, a measure or a day is not a name', () => {
  it('drops phrases opened by a bare count or holding a limit, keeps a status line', () => {
    const found = lower(
      '3 clases d org: simples y complejas.\nLos 12 primeros son los del libro.\n' +
        'request timeout 30 s => the call fails after that.\nmemory max 10 GB per task.\n' +
        '## Errors\n- 503 Service Unavailable: no healthy target.\n- scale out every Friday 9:00 with a schedule.\n',
      'notes.md',
    );
    for (const junk of ['3 clases d org', '12 primeros', 'request timeout 30 s', 'friday 9']) expect(found).not.toContain(junk);
    expect(found).toContain('503 service unavailable');
  });

  it('drops letters paired by a dash and a number before a prime', () => {
    const found = names('Pares: C-G (3 puentes) y T-A (2 puentes). La polimerasa lee el ADN 3\'→5\' y escribe 5\'→3\'.\n');
    for (const junk of ['C-G', 'T-A', 'ADN 3']) expect(found).not.toContain(junk);
    expect(found).toContain('ADN');
  });
});

describe('the student\'s own machinery is not a concept', () => {
  it('drops exam markers, study words and numbered parts of a course, in any source', () => {
    const found = lower(
      '# Redes\n\n## exam pitfalls (from the mock)\n\nText.\n\n## VPC cheat sheet\n\nText.\n\n' +
        'OJO EXAMEN: saber dibujar las capas.\nVer el Tema 5 para el resto.\nNB: el NAT gateway cuesta.\n',
    );
    for (const junk of ['exam pitfalls', 'vpc cheat sheet', 'ojo examen', 'ojo', 'tema 5']) expect(found).not.toContain(junk);
    expect(found).toContain('nat gateway');
  });

  it('a file named for lessons, an index page and a roman numeral name no concept', () => {
    expect(lower('Texto sobre redes.\n', 'redes L3-L5 (cuaderno).md')).not.toContain('redes l3-l5 (cuaderno)');
    const index = extractCandidates(parseNote('Índice.md', '---\naliases: [Inicio, MOC]\n---\n# Índice\n\nVer [[VPC]].\n'));
    // The page it links to is a concept of its own (link-names.ts); the index's names are not.
    expect(index.candidates.flatMap((c) => c.names)).toEqual(['VPC']);
    expect(names('La fase II empieza tras la fase I. Luego viene la II otra vez.\n')).not.toContain('II');
  });
});

describe('cut names are not names', () => {
  it('keeps what comes before an open parenthesis', () => {
    const found = names('idle timeout (old name: keepalive) => closes the connection.\nidle timeout (old name: keepalive) again.\n', 'notes.md');
    expect(found.some((n) => n.includes('('))).toBe(false);
  });

  it('drops the rest of a slogan after a contraction, a name cut at an initial, a word that is always part of a longer name', () => {
    const found = names(
      'Otros principios: **KISS** (Keep It Simple) y **YAGNI** (You Ain\'t Gonna Need It).\n' +
        'Lo recopiló **Joan K. Rowe** en su libro. La teoria (Lynn Halvorsen): las bacterias se fusionan.\n',
    );
    for (const junk of ['Gonna Need', 'Joan K', 'Halvorsen']) expect(found).not.toContain(junk);
  });

  it('splits a title-cased or shouted line at its conjunction', () => {
    const found = lower('== T3. CODIGO GENETICO Y EXPRESION GENICA ==\nTexto sobre el tema.\n');
    expect(found).not.toContain('codigo genetico y expresion genica');
    expect(found).toEqual(expect.arrayContaining(['codigo genetico', 'expresion genica']));
  });
});

describe('a capitalised word alone is read for what it is', () => {
  it('gives an eponym its whole phrase: the surname alone is no concept', () => {
    const found = names('En la matriz va el ciclo de Hartwell. Luego el ciclo de Hartwell da ATP.\nLos trozos (fragmentos d Moreau) los une la ligasa.\n');
    expect(found).toEqual(expect.arrayContaining(['ciclo de Hartwell', 'fragmentos d Moreau']));
    expect(found).not.toContain('Hartwell');
    expect(found).not.toContain('Moreau');
  });

  it('keeps a product a Spanish sentence names after de', () => {
    expect(names('Hay que arrancar el demonio de Docker antes de montar el volumen.\n')).toContain('Docker');
  });

  it('in Spanish prose, a capitalised Spanish word is an example\'s class or a person, not a term', () => {
    const found = names(
      'La agregación une un Equipo con su Jugador; la composición, una Casa con su Habitación.\n' +
        'Lo explicó Marta en la tutoría, y el Jugador puede existir sin el Equipo. Se despliega en Fargate, en Ubuntu o en Debian.\n',
    );
    for (const junk of ['Jugador', 'Habitación', 'Marta']) expect(found).not.toContain(junk);
    expect(found).toEqual(expect.arrayContaining(['Fargate', 'Debian']));
    const table = names('| dispositivo | para qué |\n| --- | --- |\n| **Conmutador** | une los equipos de una red local |\n| **Enrutador** | une redes distintas |\n');
    expect(table).toEqual(expect.arrayContaining(['Conmutador', 'Enrutador']));
  });

  it('an upper-case acronym that is also shorthand stays', () => {
    expect(names('- `MX`: mail server for the domain\n- `NS`: name server\n', 'notes.md')).toContain('MX');
  });
});

describe('descriptions and pieces of names are not kinds', () => {
  it('drops comparatives, sizes and a compound adjective read mid-sentence; keeps one heading a list item', () => {
    const found = lower(
      'bigger payloads → put them in S3. Most new hosts are Graphite-based. The c7.4xlarge has size 4xlarge.\n' +
        '- Weight-based → splits traffic by weight\n',
      'notes.md',
    );
    for (const junk of ['bigger payloads', 'graphite-based', '4xlarge', 'xlarge']) expect(found).not.toContain(junk);
    expect(found).toContain('weight-based');
    expect(lower('Un escaneo completo recorre la tabla, malo en tablas grandes. Las tablas grandes van particionadas.\n')).not.toContain('tablas grandes');
  });

  it('a page named by a row of acronyms lists topics: it names no concept', () => {
    const nc = extractCandidates(parseNote('VPC NAT ACL DNS.md', '# VPC NAT ACL DNS\n\nNotas de redes.\n'));
    expect(nc.candidates.filter((c) => c.source === 'note' || c.source === 'alias')).toEqual([]);
  });
});
