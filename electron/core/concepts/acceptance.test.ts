/**
 * The acceptance criteria, on real text: the user's Spanish study note (no [[links]]), the sample
 * vault, and the AWS EC2 user guide.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptEngine } from './engine';
import type { ParsedNote } from '../markdown/types';

const repoRoot = resolve(import.meta.dirname, '../../..');
const vaultDir = join(repoRoot, 'notes');
const seed = resolve(repoRoot, '../shared/seed/ec2-study-notes.md');
const guideDir = resolve(repoRoot, '../shared/corpora/aws-ec2-user-guide');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (f.startsWith('.')) return [];
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.md') ? [p] : [];
  });
}

const load = (dir: string): ParsedNote[] =>
  walk(dir).map((f) => parseNote(relative(dir, f).split('\\').join('/'), readFileSync(f, 'utf8')));

/** Concepts related to `key` by co-occurrence in the sections of one note, by label. */
function relatedIn(engine: ConceptEngine, noteId: string, key: string): Set<string> {
  const out = new Set<string>();
  for (const p of engine.relatedFor(noteId)) {
    if (p.a === key) out.add(p.b);
    if (p.b === key) out.add(p.a);
  }
  return out;
}

/**
 * The issue: EC2 is related to each name by co-occurrence in a section of the note, or at least by being
 * mentioned in the same note (`sameNote`: the note's "AWS CLI" section never names EC2, only the note does).
 */
function expectEc2Related(engine: ConceptEngine, noteId: string, names: string[], sameNote: string[] = []): void {
  const ec2 = engine.lookup('EC2');
  expect(ec2).toBeDefined();
  const related = relatedIn(engine, noteId, ec2 ?? '');
  const inNote = new Set(engine.hitsFor(noteId).map((h) => h.key));
  expect(inNote.has(ec2 ?? '')).toBe(true);
  for (const name of [...names, ...sameNote]) {
    const key = engine.lookup(name);
    expect(key, `${name} is a concept`).toBeDefined();
    expect(inNote.has(key ?? ''), `${name} mentioned in ${noteId}`).toBe(true);
    if (names.includes(name)) expect(related.has(key ?? ''), `EC2 shares a section with ${name} in ${noteId}`).toBe(true);
  }
}

describe.runIf(existsSync(seed))("the user's study note", () => {
  it('relates EC2 to what its prose talks about, through plain words and folded spellings', () => {
    // The user's note plus concept notes that only give names (as a vault would): everything else comes
    // from the note's prose, which has no [[links]] and writes "Cloudwatch", "aws cli", "Los roles".
    const engine = new ConceptEngine();
    engine.update(
      [
        parseNote('ec2-study-notes.md', readFileSync(seed, 'utf8')),
        parseNote('EC2.md', '---\naliases: [Amazon EC2, instancia EC2]\n---\n'),
        parseNote('ELB.md', '---\naliases: [Elastic Load Balancer, load balancer, balanceador de carga]\n---\n'),
        parseNote('IAM roles.md', '---\naliases: [IAM role, rol, rol de IAM]\n---\n'),
        parseNote('CloudWatch.md', '---\naliases: [Amazon CloudWatch]\n---\n'),
        parseNote('AWS CLI.md', '---\naliases: []\n---\n'),
      ],
      [],
    );
    expectEc2Related(engine, 'ec2-study-notes.md', [
      'ELB', 'load balancer', 'EFS', 'IAM roles', 'rol', 'AMI', 'Amazon Machine Image', 'EC2 Image Builder',
      'CloudWatch',
    ], ['AWS CLI', 'aws cli']);
    // Defined in prose: `AMIs (Amazon Machine Image)`.
    const ami = engine.concept(engine.lookup('AMIs') ?? '');
    expect(ami?.definitions).toContainEqual(
      expect.objectContaining({ noteId: 'ec2-study-notes.md', line: 82, sentence: 'Sirve para crear AMIs (Amazon Machine Image).' }),
    );
    // "Los roles son preferibles…" is a mention of IAM roles, with its line and sentence.
    expect(engine.mentionsOf(engine.lookup('rol') ?? '')).toContainEqual({
      noteId: 'ec2-study-notes.md',
      line: 33,
      sentence: 'Los roles son preferibles en terminos de seguridad ya que no hay que escribir las credenciales de manera "hard coded".',
      section: 0,
    });
  });
});

describe.runIf(existsSync(vaultDir))('the sample vault', () => {
  it("relates EC2 to ELB, EFS, IAM roles, AMI, EC2 Image Builder, CloudWatch and AWS CLI in the user's note", () => {
    const notes = load(vaultDir);
    const user = notes.find((n) => n.id.endsWith('ec2-study-notes.md'));
    expect(user).toBeDefined();
    const engine = new ConceptEngine();
    engine.update(notes, []);
    expectEc2Related(engine, user?.id ?? '', [
      'Elastic Load Balancer', 'EFS', 'IAM roles', 'AMI', 'EC2 Image Builder', 'CloudWatch',
    ], ['AWS CLI']);
  });
});

describe.runIf(existsSync(guideDir))('the AWS EC2 user guide', () => {
  const notes = existsSync(guideDir) ? load(guideDir) : [];
  const engine = new ConceptEngine();
  const t0 = performance.now();
  engine.update(notes, []);
  const ms = performance.now() - t0;

  it('finds the guide\'s main concepts without being told them', () => {
    const ranked = engine.ranked();
    const top = ranked.slice(0, 60).map((r) => r.concept.key);
    for (const name of ['AMI', 'EBS', 'VPC', 'security group', 'instance store', 'EC2']) {
      const key = engine.lookup(name);
      expect(key, `${name} is a concept`).toBeDefined();
      expect(top, `${name} (${key}) in the top 60 by notes`).toContain(key);
    }
    expect(engine.lookup('Amazon Machine Image')).toBe(engine.lookup('AMI'));
    expect(engine.lookup('Amazon Machine Images')).toBe(engine.lookup('AMIs'));
    expect(ms).toBeLessThan(5_000);
  });

  it('knows where AMI is defined and mentioned, with the sentence', () => {
    const ami = engine.concept(engine.lookup('AMI') ?? '');
    expect(ami?.noteId).toBe('AMIs.md');
    expect(ami?.definitions).toContainEqual({
      noteId: 'AMIs.md',
      line: 3,
      sentence: expect.stringMatching(/^An Amazon Machine Image \(AMI\) is a supported and maintained image/),
      section: 0,
    });
    const mentions = engine.mentionsOf(ami?.key ?? '');
    expect(new Set(mentions.map((m) => m.noteId)).size).toBeGreaterThan(100);
    for (const m of mentions.slice(0, 200)) expect(m.sentence).toMatch(/AMI|Amazon Machine Image/i);
  });
});
