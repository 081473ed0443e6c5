import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { extractCandidates } from './extract';
import { evidenceOf, relationsIn } from '../testing/typed-relations';

const termsOf = (text: string): string[] => extractCandidates(parseNote('os.md', text)).candidates.filter((c) => c.source === 'term').map((c) => c.names[0] as string);

describe('the members of a list a term introduces on its own line', () => {
  it('names each member, even a single everyday word written once', () => {
    const terms = termsOf('# OS\n\n**IPC** — inter-process communication: pipes, message passing, shared memory, sockets\n');
    expect(terms).toEqual(expect.arrayContaining(['pipes', 'shared memory', 'sockets']));
    expect(termsOf('# Cripto\n\n**Objetivos**: confidencialidad, integridad, autenticacion y no repudio\n')).toEqual(expect.arrayContaining(['confidencialidad', 'integridad', 'no repudio']));
  });

  it('names nothing where the list describes, is a heading, or follows another sentence', () => {
    expect(termsOf('# EBS\n\n- sc1: cold HDD, cheapest, infrequent access\n')).not.toContain('cheapest');
    expect(termsOf('# EC2\n\n- velocidad: rapido, barato y simple\n')).toEqual([]);
    expect(termsOf('# BBDD: SQL vs NoSQL, indices, replicacion y sharding\n\ntexto\n')).not.toContain('replicacion');
    expect(termsOf('# RDS\n\nrds = servicio gestionado. motores: mysql, postgresql, mariadb, oracle\n')).not.toContain('mariadb');
  });

  it('reads each member as part of the term, with the line as evidence', () => {
    const text = '# OS\n\n**Coffman conditions** — all 4 must hold for a deadlock: mutual exclusion, hold and wait, no preemption, circular wait\n';
    expect(relationsIn(['Coffman conditions', 'Mutual exclusion', 'Hold and wait', 'Circular wait'], text)).toEqual(
      expect.arrayContaining([
        ['Mutual exclusion', 'part of', 'Coffman conditions'],
        ['Hold and wait', 'part of', 'Coffman conditions'],
        ['Circular wait', 'part of', 'Coffman conditions'],
      ]),
    );
    expect(evidenceOf(['Coffman conditions', 'Mutual exclusion'], text, 'Mutual exclusion', 'Coffman conditions')).toBe(text.split('\n')[2]?.replace(/\*\*/g, ''));
  });
});

describe('a lead that ends with a concept and a colon', () => {
  it('reads the items under it as its parts', () => {
    const text = '# Transacciones y ACID\n\nLas BD relacionales garantizan ACID:\n1. **Atomicity**: todo o nada\n2. **Isolation**: no se ven\n3. **Durability**: no se pierde\n';
    expect(relationsIn(['ACID', 'Atomicity', 'Isolation', 'Durability'], text)).toEqual([
      ['Atomicity', 'part of', 'ACID'],
      ['Isolation', 'part of', 'ACID'],
      ['Durability', 'part of', 'ACID'],
    ]);
  });

  it('reads no parts under a concept in the plural, which is only what the sentence is about', () => {
    const text = '# AMIs\n\nThe following AMIs support memory optimized instances:\n- **Amazon Linux**\n- **Ubuntu**\n';
    expect(relationsIn(['Memory optimized instances', 'Amazon Linux', 'Ubuntu'], text).filter((r) => r[1] === 'part of')).toEqual([]);
  });
});
