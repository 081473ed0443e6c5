import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { findDefinitions } from './definitions';
import { extractCandidates, headingName, headingWords, splitCompound } from './extract';

const defs = (text: string): { long: string; short: string[] }[] =>
  findDefinitions(text).map(({ long, short }) => ({ long, short }));

describe('findDefinitions', () => {
  it('reads long (SHORT) and SHORT (long)', () => {
    expect(defs('An Amazon Machine Image (AMI) is a template.')).toEqual([
      { long: 'Amazon Machine Image', short: ['AMI'] },
    ]);
    expect(defs('Sirve para crear AMIs (Amazon Machine Image). Luego')).toEqual([
      { long: 'Amazon Machine Image', short: ['AMIs'] },
    ]);
    expect(defs('You can use AMIs (Amazon Machine Images) to launch.')).toEqual([
      { long: 'Amazon Machine Images', short: ['AMIs'] },
    ]);
    expect(defs('Use Elastic Load Balancing (ELB) to spread traffic.')).toEqual([
      { long: 'Elastic Load Balancing', short: ['ELB'] },
    ]);
  });

  it('gives the bare acronym when a brand word prefixes both forms, and spells digits out', () => {
    expect(defs('One or more Amazon Elastic Block Store (Amazon EBS) snapshots')).toEqual([
      { long: 'Amazon Elastic Block Store', short: ['Amazon EBS', 'EBS'] },
    ]);
    expect(defs('get started with Amazon Elastic Compute Cloud (Amazon EC2).')).toEqual([
      { long: 'Amazon Elastic Compute Cloud', short: ['Amazon EC2', 'EC2'] },
    ]);
  });

  it('ignores parentheses that are not abbreviations', () => {
    expect(defs('the root volume (for example, an operating system)')).toEqual([]);
    expect(defs('Amazon Linux AMI (Amazon Linux 2) is old')).toEqual([]);
    expect(defs('store your data (Optional)')).toEqual([]);
    expect(defs('launch an EC2 Fleet with attribute-based instance type selection (CLI)')).toEqual([]);
  });
});

describe('headingName', () => {
  it('keeps names and drops document parts, sentences and long headings', () => {
    expect(headingName('Amazon Machine Images (AMI)')).toBe('Amazon Machine Images');
    expect(headingName('EC2 IMAGE BUILDER')).toBe('EC2 IMAGE BUILDER');
    expect(headingName('Balanceador de carga')).toBe('Balanceador de carga');
    expect(headingName('[ Console ]')).toBeNull();
    expect(headingName('Overview')).toBeNull();
    expect(headingName('Introducción')).toBeNull();
    expect(headingName('Resumen')).toBeNull();
    expect(headingName('Topics')).toBeNull();
    expect(headingName('2023')).toBeNull();
    expect(headingName('Connect to your Linux instance')).toBeNull();
    expect(headingName('Step 1: Prepare a security group')).toBeNull();
    expect(headingName('Troubleshoot unreachable instances after a failed kernel upgrade on Linux')).toBeNull();
  });
});

describe('splitCompound', () => {
  it('spaces file names written as one word', () => {
    expect(splitCompound('AmazonEBS')).toBe('Amazon EBS');
    expect(splitCompound('AMIEncryption')).toBe('AMI Encryption');
    expect(splitCompound('AMIs')).toBe('AMIs');
    expect(splitCompound('EC2_GetStarted')).toBe('EC2 Get Started');
  });
});

describe('extractCandidates', () => {
  const note = parseNote(
    'aws/AMI.md',
    [
      '---',
      'aliases: [Amazon Machine Image, imagen de máquina]',
      'tags: [aws/compute]',
      '---',
      '# AMI',
      '',
      'An Amazon Machine Image \\(AMI\\) holds the root volume. Use it with EC2 and EBS.',
      'EC2 again, EC2 once more; see `EC2 in code` too.',
      '',
      '## Overview',
      'IMPORTANT: OK, I think NOTE this.',
      '',
      '## ELASTIC LOAD BALANCER',
      'ELASTIC LOAD BALANCER TARGETS ARE LOUD',
    ].join('\n'),
  );
  const nc = extractCandidates(note);

  it('names the concept note by title and aliases', () => {
    const named = nc.candidates.filter((c) => c.source === 'note' || c.source === 'alias');
    expect(named.map((c) => c.names)).toEqual([['AMI'], ['AMI', 'Amazon Machine Image', 'imagen de máquina']]);
  });

  it('finds definitions with line, sentence and section', () => {
    const d = nc.candidates.find((c) => c.source === 'definition');
    expect(d?.names).toEqual(['Amazon Machine Image', 'AMI']);
    expect(d?.occurrence).toEqual({
      noteId: 'aws/AMI.md',
      line: 7,
      sentence: 'An Amazon Machine Image (AMI) holds the root volume.',
      section: 0,
    });
  });

  it('keeps named headings and tags, skips generic ones', () => {
    expect(nc.candidates.filter((c) => c.source === 'heading').map((c) => c.names[0])).toEqual([
      'AMI',
      'ELASTIC LOAD BALANCER',
    ]);
    expect(nc.candidates.filter((c) => c.source === 'tag').map((c) => c.names[0])).toEqual(['compute']);
  });

  it('counts acronyms in prose, not in code, stop words or shouting', () => {
    const counts = Object.fromEntries(nc.acronyms.map((a) => [a.text, a.count]));
    // `(AMI)` right after its long form is the name being given, not a use of it.
    expect(counts).toEqual({ AMI: 1, EC2: 3, EBS: 1 });
  });
});

describe('concept note names from file names', () => {
  const names = (id: string): string[][] =>
    extractCandidates(parseNote(id, 'text')).candidates.filter((c) => c.source === 'note').map((c) => c.names);

  it('spaces compound and slug file names, keeps brands and hyphenated names', () => {
    expect(names('AmazonEBS.md')).toEqual([['Amazon EBS', 'AmazonEBS']]);
    expect(names('CloudWatch.md')).toEqual([['CloudWatch', 'Cloud Watch']]);
    expect(names('guide/instance-types.md')).toEqual([['instance types']]);
    expect(names('X-Forwarded-For.md')).toEqual([['X-Forwarded-For']]);
    expect(names('IAM roles.md')).toEqual([['IAM roles']]);
  });

  it('does not make a concept of a slug that reads as a sentence', () => {
    expect(names('how-spot-instances-work.md')).toEqual([]);
    expect(names('work-with.md')).toEqual([]);
  });

  it('does not make a concept of a file named for a class, a week or an exam, unless the note gives it a title', () => {
    for (const id of ['aws curso clases 5-9.md', 'redes/tema4 enrutamiento.md', 'Week 3 - TCP.md', 'Resumen examen final.md', 'OS midterm - cornell page.md', '2026-12-07 redes.md', 'git para el TFG.md'])
      expect(names(id), id).toEqual([]);
    expect(extractCandidates(parseNote('repaso.md', '# Repaso\n\nx')).candidates.filter((c) => c.source === 'note' || c.source === 'heading')).toEqual([]);
    for (const id of ['Clase abstracta.md', 'Unit test.md', 'Session Manager.md', 'Page cache.md'])
      expect(names(id), id).not.toEqual([]);
    expect(extractCandidates(parseNote('apuntes clase 3.md', "---\ntitle: 'Subnetting'\n---\nx")).candidates.filter((c) => c.source === 'note').map((c) => c.names)).toEqual([['Subnetting']]);
  });
});

describe('acronyms glued to a word', () => {
  it('does not count the tail of a hyphenated name as a use of the acronym', () => {
    const nc = extractCandidates(parseNote('s3.md', 'Clases: Standard-IA, One Zone-IA y EC2-Classic. Also IA alone.'));
    expect(Object.fromEntries(nc.acronyms.map((a) => [a.text, a.count]))).toEqual({ IA: 1, EC2: 1 });
  });
});

describe('headingWords', () => {
  it('keeps hyphenated compounds whole', () => {
    expect(headingWords('On-Demand Instances for Nitro-based types')).toEqual(['On-Demand', 'Instances', 'for', 'Nitro-based', 'types']);
    expect(headingWords("The instance's <a name=\"x\"></a>store")).toEqual(['The', 'instance', 'store']);
  });
});

describe('file-name titles', () => {
  it('marks a name that is only the file name', () => {
    const note = (id: string, text: string) => extractCandidates(parseNote(id, text)).candidates.find((c) => c.source === 'note');
    expect(note('connect.md', 'x')?.fileName).toBe(true);
    expect(note('study.md', "---\ntitle: 'EC2'\n---\nx")?.fileName).toBeUndefined();
  });
});
