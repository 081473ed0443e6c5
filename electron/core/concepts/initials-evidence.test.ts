import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptDictionary } from './dictionary';
import { extractCandidates } from './extract';

const dict = (files: Record<string, string>): ConceptDictionary =>
  new ConceptDictionary(Object.entries(files).map(([id, text]) => extractCandidates(parseNote(id, text))));

const namesOf = (d: ConceptDictionary, name: string): string[] => {
  const key = d.lookup(name);
  return key === undefined ? [] : (d.get(key)?.aliases ?? []).concat(d.get(key)?.label ?? []);
};

describe('names that match an acronym by initials alone', () => {
  it('join the name the text pairs with the acronym, not another phrase with the same initials', () => {
    const d = dict({
      'logs.md': 'Upload the logs to Amazon Simple Storage Service (Amazon S3) every night.',
      'db.md': '# SQL Server Standard\nThe database edition we license.',
      'use.md': 'Keep backups in S3. S3 is cheap.',
    });
    expect(d.lookup('Amazon Simple Storage Service')).toBe(d.lookup('S3'));
    expect(d.lookup('SQL Server Standard')).toBeDefined();
    expect(d.lookup('SQL Server Standard')).not.toBe(d.lookup('S3'));
  });

  it('join a spelling of the paired name written elsewhere (ELASTIC COMPUTING CLOUD for Elastic Compute Cloud)', () => {
    const d = dict({
      'intro.md': 'Amazon Elastic Compute Cloud (Amazon EC2) runs servers.',
      'notes.md': '# ELASTIC COMPUTING CLOUD\nServers on demand. EC2 bills by the second.',
    });
    expect(d.lookup('ELASTIC COMPUTING CLOUD')).toBe(d.lookup('EC2'));
  });

  it('leave an acronym spelled alike apart from a name the text pairs with another acronym (ECC is not EC2)', () => {
    const d = dict({
      'intro.md': 'Amazon Elastic Compute Cloud (Amazon EC2) runs servers. EC2 bills by the second.',
      'mem.md': 'The card has DDR ECC memory. ECC corrects single-bit errors, and ECC costs more.',
      'more.md': 'Elastic Compute Cloud is the service.',
    });
    expect(d.lookup('ECC')).toBeDefined();
    expect(d.lookup('ECC')).not.toBe(d.lookup('EC2'));
    expect(d.lookup('Elastic Compute Cloud')).toBe(d.lookup('EC2'));
  });

  it('join nothing when names sharing no word match an acronym the text never expands', () => {
    const d = dict({
      'a.md': 'Patch with AWS Systems Manager. Then check ASM again; ASM is slow.',
      'b.md': '# Apple Silicon M1\nThe Mac instances.',
    });
    expect(d.lookup('ASM')).toBeDefined();
    expect(d.lookup('ASM')).not.toBe(d.lookup('AWS Systems Manager'));
    expect(d.lookup('ASM')).not.toBe(d.lookup('Apple Silicon M1'));
  });

  it('still join the only name that spells an acronym in a one-note vault (the student’s own headings)', () => {
    const d = dict({
      'study.md': '# ELASTIC LOAD BALANCER\nReparte el tráfico.\n\nEl ELB comprueba la salud. El ELB escala solo.',
    });
    expect(d.lookup('ELASTIC LOAD BALANCER')).toBe(d.lookup('ELB'));
    expect(namesOf(d, 'ELB').length).toBeGreaterThan(1);
  });
});
