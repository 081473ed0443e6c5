import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptDictionary } from './dictionary';
import { extractCandidates } from './extract';

const dict = (files: Record<string, string>): ConceptDictionary =>
  new ConceptDictionary(Object.entries(files).map(([id, text]) => extractCandidates(parseNote(id, text))));

describe('ConceptDictionary', () => {
  it('makes one concept of a concept note and a definition elsewhere', () => {
    const d = dict({
      'AMI.md': '---\naliases: [Amazon Machine Image]\n---\nThe image.',
      'guide.md': 'Launch from Amazon Machine Images (AMIs) only.',
    });
    const key = d.lookup('AMI');
    expect(key).toBeDefined();
    expect(d.lookup('amazon machine images')).toBe(key);
    expect(d.lookup('AMIs')).toBe(key);
    const c = d.get(key ?? '');
    expect(c?.noteId).toBe('AMI.md');
    expect(c?.sources).toEqual(['note', 'alias', 'definition']);
    expect(c?.definitions.map((o) => o.noteId)).toEqual(['guide.md']);
  });

  it('keeps acronyms that recur and drops one-offs and stop-acronyms', () => {
    const d = dict({
      'a.md': 'We use EC2 and EFS here.\nI said OK to that.\nA PDF was sent once.\nThe VPC, the VPC and the VPC again.',
      'b.md': 'More EC2 here, and EBS.',
    });
    expect(d.lookup('EC2')).toBe('ec2');
    expect(d.lookup('VPC')).toBe('vpc');
    expect(d.lookup('EFS')).toBeUndefined();
    expect(d.lookup('PDF')).toBeUndefined();
    expect(d.lookup('OK')).toBeUndefined();
    expect(d.get('ec2')?.sources).toEqual(['acronym']);
  });

  it('finds terms that recur in the headings of several notes', () => {
    const d = dict({
      'a.md': '# Instance store volumes\nx',
      'b.md': '# Add instance store volumes to an AMI\nx',
      'c.md': '# Instance store lifetime\nx',
      'd.md': '# Create a snapshot\nx',
      'e.md': '# Create an image\nx',
      'f.md': '# Create a volume\nx',
    });
    expect(d.lookup('instance store')).toBeDefined();
    expect(d.get(d.lookup('instance store') ?? '')?.label).toBe('instance store');
    expect(d.lookup('create snapshot')).toBeUndefined();
  });

  it('has a signature that changes iff names → keys change', () => {
    const base = { 'EC2.md': '---\naliases: [Elastic Compute Cloud]\n---\nText.' };
    const a = dict(base);
    expect(dict({ 'EC2.md': '---\naliases: [Elastic Compute Cloud]\n---\nOther text, same names.' }).signature).toBe(
      a.signature,
    );
    expect(dict({ 'EC2.md': '---\naliases: [Elastic Compute Cloud, instancia EC2]\n---\nText.' }).signature).not.toBe(
      a.signature,
    );
  });

  it('prefers the note named after the concept over one that only carries the title', () => {
    const d = dict({
      'study/ec2-study-notes.md': "---\ntitle: 'EC2'\n---\nNotes.",
      'aws/EC2.md': '---\naliases: [Amazon EC2]\n---\nThe service.',
    });
    expect(d.get(d.lookup('Amazon EC2') ?? '')?.noteId).toBe('aws/EC2.md');
  });
});
