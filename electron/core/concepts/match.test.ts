import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptDictionary } from './dictionary';
import { extractCandidates } from './extract';
import { ConceptMatcher } from './match';

function setup(concepts: Record<string, string>) {
  const d = new ConceptDictionary(Object.entries(concepts).map(([id, t]) => extractCandidates(parseNote(id, t))));
  const m = new ConceptMatcher(d);
  return (text: string) =>
    m.match(parseNote('n.md', text)).map((h) => [d.get(h.key)?.label ?? h.key, h.occurrence.line, h.occurrence.sentence]);
}

const concepts = {
  'EC2.md': '---\naliases: [Amazon EC2]\n---\nx',
  'EC2 Image Builder.md': 'x',
  'Load Balancer.md': '---\naliases: [balanceador de carga]\n---\nx',
  'Application Load Balancer.md': 'x',
  'IAM roles.md': '---\naliases: [rol, IAM role]\n---\nx',
  'CloudWatch.md': 'x',
  'IAM.md': 'x',
};

describe('ConceptMatcher', () => {
  const match = setup(concepts);

  it('finds unlinked mentions, case/accent/plural-insensitive, whole words only', () => {
    expect(match('Cloudwatch mira los Load Balancers. Los roles son temporales.\nUn balanceador de cárga.')).toEqual([
      ['CloudWatch', 1, 'Cloudwatch mira los Load Balancers.'],
      ['Load Balancer', 1, 'Cloudwatch mira los Load Balancers.'],
      ['IAM roles', 1, 'Los roles son temporales.'],
      ['Load Balancer', 2, 'Un balanceador de cárga.'],
    ]);
    expect(match('ec2s roleplay EC2x cloudwatching')).toEqual([]);
  });

  it("finds a name written with a possessive (Fourier's law), as the note names it", () => {
    const m = setup({ "Fourier's law.md": 'x', 'Law.md': 'x' });
    expect(m("Fourier's law gives the heat current; so does Fourier’s law.").map((h) => h[0])).toEqual(["Fourier's law", "Fourier's law"]);
  });

  it('lets the longest name win', () => {
    expect(match('Use EC2 Image Builder on EC2 behind an Application Load Balancer.').map((h) => h[0])).toEqual([
      'EC2 Image Builder',
      'EC2',
      'Application Load Balancer',
    ]);
  });

  it('does not join names across sentences, clauses or list items', () => {
    expect(match('We run EC2. Image Builder is separate.').map((h) => h[0])).toEqual(['EC2']);
    expect(match('- EC2\n- Image Builder').map((h) => h[0])).toEqual(['EC2']);
  });

  it('matches acronym-only names in capitals only, and ignores code', () => {
    expect(match('iam and IAM and Iam, `IAM`').map((h) => h[0])).toEqual(['IAM']);
  });

  it('reports file lines and the sentence', () => {
    const hits = match('---\ntitle: x\n---\n# Title\n\nFirst line.\nSecond mentions EC2 here. And more.');
    expect(hits).toEqual([['EC2', 7, 'Second mentions EC2 here.']]);
  });
});

describe('names inside heading-only names', () => {
  it('still counts `instance store` inside `instance store volumes`', () => {
    const match = setup({
      'a.md': '# Instance store volumes\nx',
      'b.md': '# Instance store lifetime\nx',
      'c.md': '# Instance store swap\nx',
      'd.md': '# Add instance store to it\nx',
    });
    expect(match('Data on instance store volumes is lost.').map((h) => h[0])).toEqual([
      'Instance store volumes',
      'instance store',
    ]);
  });
});

describe('packed hits', () => {
  it('cuts each hit of an over-long sentence around that hit, and keeps a definition as its candidate', () => {
    const filler = 'word '.repeat(80);
    const note = parseNote('n.md', `An Amazon Machine Image (AMI) is a template. ${filler}CloudWatch ${filler}and then EC2 ${filler}end.`);
    const d = new ConceptDictionary([...Object.entries(concepts).map(([id, t]) => extractCandidates(parseNote(id, t))), extractCandidates(note)]);
    const hits = new ConceptMatcher(d).match(note, extractCandidates(note));
    const byLabel = new Map(hits.map((h) => [d.get(h.key)?.label ?? h.key, h]));
    const cw = byLabel.get('CloudWatch')?.occurrence.sentence ?? '';
    const ec2 = byLabel.get('EC2')?.occurrence.sentence ?? '';
    expect(cw).toContain('CloudWatch');
    expect(ec2).toContain('EC2');
    expect(cw).not.toBe(ec2);
    expect(cw.length).toBeLessThanOrEqual(242);
    const ami = hits.find((h) => h.kind === 'definition');
    expect(ami?.occurrence.sentence).toBe('An Amazon Machine Image (AMI) is a template.');
    expect(hits.filter((h) => d.get(h.key)?.label === ami?.key || h.key === ami?.key)).toHaveLength(1);
  });
});
