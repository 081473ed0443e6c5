import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeNoteBytes } from './decode';
import { brokenLinks } from './links';
import { parseNote } from './parse';
import { LinkResolver } from './resolve';
import type { ParsedNote } from './types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpus = path.resolve(repoRoot, '../shared/corpora/aws-ec2-user-guide');
const present = existsSync(path.join(corpus, 'AMIs.md'));

describe.skipIf(!present)(`the AWS EC2 user guide (${corpus})`, () => {
  const files = present ? readdirSync(corpus).filter((f) => f.endsWith('.md')).sort() : [];
  const notes = new Map<string, ParsedNote>();
  for (const file of files) {
    const decoded = decodeNoteBytes(readFileSync(path.join(corpus, file)));
    notes.set(file, parseNote(file, decoded.text));
  }
  const resolver = new LinkResolver(files);

  it('parses every page', () => {
    expect(files.length).toBeGreaterThan(500);
    expect(notes.size).toBe(files.length);
    for (const note of notes.values()) expect(note.problems).toEqual([]);
  });

  it('reads AMIs.md like a reader would', () => {
    const ami = notes.get('AMIs.md') as ParsedNote;
    expect(ami.headings[0]).toEqual({ level: 1, text: 'Amazon Machine Images (AMI)', line: 1 });
    expect(ami.headings.map((h) => h.text)).toContain('Use an AMI');
    const targets = ami.links.map((l) => l.target);
    expect(targets).toContain('ComponentsAMIs.md');
    expect(targets).toContain('finding-an-ami.md');
    expect(resolver.resolve('AMIs.md', 'ComponentsAMIs.md', 'markdown')).toBe('ComponentsAMIs.md');
    expect(ami.links.find((l) => l.target === '' && l.subpath === 'ami-using')?.display).toBe('Use an AMI');
    // The lifecycle diagram is an external image: not a link.
    expect(targets.some((t) => t.includes('amazon.com'))).toBe(false);
    const first = ami.sections[0]?.text ?? '';
    expect(first).toContain('An Amazon Machine Image (AMI) is a supported and maintained image');
    expect(first).toContain('AMI types');
    expect(first).not.toContain('](');
  });

  it('leaves no Markdown escapes or anchors in section text', () => {
    for (const note of notes.values()) {
      for (const section of note.sections) {
        expect(section.text, `${note.id}:${section.startLine}`).not.toMatch(/\\[._-]|\\\([A-Za-z]|<a name=/);
        expect(section.text.split('\n')).toHaveLength(section.endLine - section.startLine + 1);
      }
      for (const heading of note.headings) expect(heading.text, note.id).not.toMatch(/\\|<a /);
    }
  });

  it('finds no tags in the guide (every # sits in code, URLs or headings)', () => {
    const tagged = [...notes.values()].filter((n) => n.tags.length > 0).map((n) => `${n.id}: ${n.tags.map((t) => t.tag).join(',')}`);
    expect(tagged).toEqual([]);
  });

  it('resolves nearly every internal link', () => {
    let total = 0;
    const broken: string[] = [];
    for (const note of notes.values()) {
      total += note.links.length;
      for (const link of brokenLinks(note, resolver)) broken.push(`${note.id} → ${link.target}`);
    }
    expect(total).toBeGreaterThan(5000);
    // The guide links a few pages that are not part of this export.
    expect(broken.length).toBeLessThan(total * 0.02);
  });
});
