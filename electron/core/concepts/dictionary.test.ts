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

  it('keeps acronyms from their first use in prose, and drops stop-acronyms', () => {
    const d = dict({
      'a.md': 'We use EC2 and EFS here.\nI said OK to that.\nA PDF was sent once.\nThe VPC, the VPC and the VPC again.',
      'b.md': 'More EC2 here, and EBS.',
    });
    expect(d.lookup('EC2')).toBe('ec2');
    expect(d.lookup('VPC')).toBe('vpc');
    // `mediante SSH` once in a one-note vault is still SSH.
    expect(d.lookup('EFS')).toBe('efs');
    expect(d.lookup('PDF')).toBe('pdf');
    expect(d.lookup('OK')).toBeUndefined();
    expect(d.lookup('I')).toBeUndefined();
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

describe('near-duplicates', () => {
  const efs = { 'EFS.md': '---\naliases: [Amazon EFS, Elastic File System]\n---\nx' };

  it.each([
    ['a shouted compound written as one word', { ...efs, 'study.md': '##### ELASTIC FILESYSTEM\nMontar en varias instancias.' }, 'ELASTIC FILESYSTEM', 'EFS'],
    [
      'a suffix on a middle word',
      { 'EC2.md': '---\naliases: [Elastic Compute Cloud]\n---\nx', 'study.md': '### ELASTIC COMPUTING CLOUD\nx' },
      'ELASTIC COMPUTING CLOUD',
      'EC2',
    ],
    ['a shouted plural', { 'IAM roles.md': '---\naliases: [rol, IAM role]\n---\nx' }, 'ROLES', 'rol'],
    [
      'a brand before an acronym',
      { 'x.md': 'Amazon Elastic Block Store (Amazon EBS) is storage.', 'a.md': '# EBS volumes\nx', 'b.md': '# Amazon EBS volumes\nx' },
      'Amazon EBS volumes',
      'EBS volumes',
    ],
  ])('merges %s', (_why, files: Record<string, string>, a, b) => {
    const d = dict(files);
    expect(d.lookup(a)).toBeDefined();
    expect(d.lookup(a)).toBe(d.lookup(b));
  });

  it('reads a long word as a compound only when both parts are words (End Certificate is not EC2)', () => {
    const d = dict({
      'EC2.md': '---\naliases: [Elastic Compute Cloud]\n---\nEC2 runs instances.',
      'certs.md': '## End Certificate\nThe End Certificate signs the instance identity document of an EC2 instance.',
    });
    expect(d.lookup('End Certificate')).toBeDefined();
    expect(d.lookup('End Certificate')).not.toBe(d.lookup('EC2'));
    expect(d.get(d.lookup('EC2') ?? '')?.aliases ?? []).not.toContain('End Certificate');
  });

  it('makes one concept of the EFS note and the user\'s ELASTIC FILESYSTEM heading, owned by the note', () => {
    const d = dict({ ...efs, 'study.md': '##### ELASTIC FILESYSTEM\nx' });
    const c = d.get(d.lookup('ELASTIC FILESYSTEM') ?? '');
    expect(c?.noteId).toBe('EFS.md');
    expect(c?.label).toBe('EFS');
  });

  it.each([
    ['Elastic Load Balancing', 'load balancer', { 'ELB.md': '---\naliases: [Elastic Load Balancing]\n---\nx', 'LB.md': '---\naliases: [load balancer]\n---\nx' }],
    ['Elastic Load Balancing', 'Elastic Load Balancer', { 'ELB.md': '---\naliases: [Elastic Load Balancing]\n---\nx', 'LB.md': '---\naliases: [Elastic Load Balancer]\n---\nx' }],
    ['Amazon Linux', 'Linux', { 'x.md': 'Amazon Elastic Block Store (Amazon EBS) is storage.', 'AL.md': '# Amazon Linux\nx', 'L.md': '---\naliases: [Linux]\n---\nx' }],
  ])('keeps %s apart from %s', (a, b, files: Record<string, string>) => {
    const d = dict(files);
    expect(d.lookup(a)).toBeDefined();
    expect(d.lookup(b)).toBeDefined();
    expect(d.lookup(a)).not.toBe(d.lookup(b));
  });
});

describe('generic single words', () => {
  const heads = (word: string): Record<string, string> => ({
    'a.md': `# ${word}\nx`,
    'b.md': `# ${word}\ny`,
    'c.md': `# Other\nThe ${word.toLowerCase()} again.`,
  });

  it.each([
    ['Costs', heads('Costs')],
    ['Performance', heads('Performance')],
    ['Permissions', heads('Permissions')],
    ['Familias', heads('Familias')],
    ['Destinos', heads('Destinos')],
    ['Conexión', heads('Conexión')],
    ['connect', { 'connect.md': 'How to connect.', 'b.md': 'Connect later.' }],
    ['resources', { 'resources.md': 'Resources.' }],
    ['storage', { 'n.md': '---\ntags: [storage]\n---\nx' }],
    // A brand adds nothing to an everyday word.
    ['AWS account', { 'x.md': 'AWS Key Management Service (AWS KMS) keys.', 'a.md': '# AWS account\nx' }],
  ])('%s from headings, tags or a bare file name is not a concept', (word, files: Record<string, string>) => {
    expect(dict(files).lookup(word)).toBeUndefined();
  });

  it.each([
    // Rare words are ideas.
    ['Snapshots', heads('Snapshots')],
    ['Subnets', heads('Subnets')],
    // More evidence than a heading: an alias, a front-matter title, a definition, a longer name.
    ['Performance', { 'Performance.md': '---\naliases: [rendimiento]\n---\nx' }],
    ['costs', { 'n.md': "---\ntitle: 'Costs'\n---\nx" }],
    ['ELB', { 'n.md': 'Use Elastic Load Balancing (ELB) now.' }],
    ['instance store', { 'a.md': '# Instance store\nx', 'b.md': '# Instance store\nx', 'c.md': '# Instance store volumes\nx' }],
  ])('%s stays a concept', (word, files: Record<string, string>) => {
    expect(dict(files).lookup(word)).toBeDefined();
  });

  it('does not make ID a concept', () => {
    expect(dict({ 'a.md': 'The ID, the ID, the ID.', 'b.md': 'Another ID.' }).lookup('ID')).toBeUndefined();
  });
});

describe('labels and names', () => {
  it('spells out an acronym the prose never uses on its own', () => {
    const d = dict({
      'EFS.md': 'Clases: Standard, Infrequent Access (IA) y Archive.',
      'S3.md': 'Clases: Standard-IA, One Zone-IA.',
    });
    expect(d.get(d.lookup('IA') ?? '')?.label).toBe('Infrequent Access');
    expect(d.get(d.lookup('IA') ?? '')?.sources).toEqual(['definition']);
  });

  it('keeps the acronym as label when the prose uses it', () => {
    const d = dict({ 'a.md': 'An Amazon Machine Image (AMI) is a template. Launch an AMI.', 'b.md': 'Copy an AMI.' });
    expect(d.get(d.lookup('AMI') ?? '')?.label).toBe('AMI');
  });

  it('names a brand product without its brand', () => {
    const d = dict({ 'x.md': 'Amazon Elastic Block Store (Amazon EBS) is storage.', 'cw.md': '# Amazon CloudWatch\nx' });
    expect(d.lookup('CloudWatch')).toBe(d.lookup('Amazon CloudWatch'));
  });

  it('drops a vendor before an acronym, but not a describing word or a participle (Default VPC is not VPC)', () => {
    const d = dict({
      'a.md': 'Run tasks with Amazon ECS. Images come from Amazon Machine Images. ECS runs containers.',
      'b.md': 'Each Region has a Default VPC. The Default Region is set once. Every VPC has a default security group. The default security group allows all traffic.',
      'c.md': 'See Rotating KMS for the steps, and Rotating Keys for the schedule. KMS holds the keys.',
      'd.md': 'The VPC and the KMS key again, with ECS.',
    });
    expect(d.lookup('ECS')).toBeDefined();
    expect(d.lookup('Amazon ECS')).toBe(d.lookup('ECS'));
    expect(d.lookup('VPC')).toBeDefined();
    expect(d.lookup('Default VPC')).not.toBe(d.lookup('VPC'));
    expect(d.lookup('KMS')).toBeDefined();
    expect(d.lookup('Rotating KMS')).not.toBe(d.lookup('KMS'));
  });

  it('does not start a name with a word that only situates it', () => {
    const d = dict({
      'a.md': '# Supported instance types\nx',
      'b.md': '# Existing instances\nx',
      'c.md': '# Existing instances here\nx',
      'd.md': '# Existing instances there\nx',
    });
    expect(d.lookup('Supported instance types')).toBeUndefined();
    expect(d.lookup('existing instances')).toBeUndefined();
  });

  it('keeps hyphenated compounds whole in recurring heading terms', () => {
    const d = dict({
      'a.md': '# On-Demand Instances\nx',
      'b.md': '# Pricing for On-Demand Instances\nx',
      'c.md': '# On-Demand Instances limits\nx',
    });
    expect(d.lookup('On-Demand Instances')).toBeDefined();
    expect(d.lookup('demand instances')).toBeUndefined();
  });
});

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
    expect(d.get(d.lookup('ELB') ?? '')?.aliases.length).toBeGreaterThan(0);
  });
});
