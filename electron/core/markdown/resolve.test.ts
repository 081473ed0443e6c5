import { describe, expect, it } from 'vitest';
import type { LinkKind } from '../../contract';
import { brokenLinks, resolveLinks } from './links';
import { parseNote } from './parse';
import { joinPath, LinkResolver, missingName, nameKey, normalizeTarget } from './resolve';

const vault = [
  'EC2.md',
  'aws/EC2.md',
  'aws/compute/Instances.md',
  'aws/AMI.md',
  'aws/Rol de IAM.md',
  'notes/Café ☕.md',
  'notes/🚀 Launch.md',
  'notes/ec2-study-notes.md',
  'notes/sub/Deep.md',
  'other/Deep.md',
  'img/diagram.png',
  'docs/Guide.pdf',
  'Some Note.md',
  'v1.2.md',
  'a/x/Dup.md',
  'b/x/Dup.md',
  'z/Same.md',
  'a/Same.md',
  'README',
  'README.md',
];

interface Row {
  name: string;
  from: string;
  target: string;
  kind?: LinkKind;
  expected: string | null;
}

const rows: Row[] = [
  { name: 'bare name, unique', from: 'notes/ec2-study-notes.md', target: 'AMI', expected: 'aws/AMI.md' },
  { name: 'case-insensitive', from: 'EC2.md', target: 'ami', expected: 'aws/AMI.md' },
  { name: '.md optional', from: 'EC2.md', target: 'AMI.md', expected: 'aws/AMI.md' },
  { name: 'shortest path wins', from: 'notes/ec2-study-notes.md', target: 'EC2', expected: 'EC2.md' },
  { name: 'shortest path wins over same folder', from: 'aws/AMI.md', target: 'EC2', expected: 'EC2.md' },
  { name: 'same depth: same folder as the source', from: 'other/x.md', target: 'Same', expected: 'a/Same.md' },
  { name: 'same depth: source folder beats alphabetical', from: 'z/x.md', target: 'Same', expected: 'z/Same.md' },
  { name: 'same depth, neither beside the source: alphabetical', from: 'EC2.md', target: 'Dup', expected: 'a/x/Dup.md' },
  { name: 'same depth, beside the source', from: 'b/x/y.md', target: 'Dup', expected: 'b/x/Dup.md' },
  { name: 'deeper file found when it is the only one', from: 'EC2.md', target: 'Instances', expected: 'aws/compute/Instances.md' },
  { name: 'shortest path among two depths', from: 'notes/sub/Deep.md', target: 'Deep', expected: 'other/Deep.md' },
  { name: 'folder-qualified: vault path', from: 'EC2.md', target: 'aws/EC2', expected: 'aws/EC2.md' },
  { name: 'folder-qualified: path suffix', from: 'EC2.md', target: 'compute/Instances', expected: 'aws/compute/Instances.md' },
  { name: 'folder-qualified: suffix picks among same names', from: 'EC2.md', target: 'sub/Deep', expected: 'notes/sub/Deep.md' },
  { name: 'folder-qualified: no such folder', from: 'EC2.md', target: 'nope/EC2', expected: null },
  { name: 'folder-qualified: partial folder name does not match', from: 'EC2.md', target: 'ws/EC2', expected: null },
  { name: 'leading slash is the vault root', from: 'aws/AMI.md', target: '/EC2', expected: 'EC2.md' },
  { name: 'wiki ./ is relative', from: 'aws/AMI.md', target: './EC2', expected: 'aws/EC2.md' },
  { name: 'wiki ../ is relative', from: 'aws/compute/Instances.md', target: '../AMI', expected: 'aws/AMI.md' },
  { name: 'attachment needs its extension', from: 'EC2.md', target: 'diagram', expected: null },
  { name: 'attachment with extension', from: 'EC2.md', target: 'diagram.png', expected: 'img/diagram.png' },
  { name: 'attachment, other case', from: 'EC2.md', target: 'Guide.PDF', expected: 'docs/Guide.pdf' },
  { name: 'dots in a note name', from: 'EC2.md', target: 'v1.2', expected: 'v1.2.md' },
  { name: 'accents and emoji', from: 'EC2.md', target: 'café ☕', expected: 'notes/Café ☕.md' },
  { name: 'decomposed accents (NFD) match', from: 'EC2.md', target: 'Cafe\u0301 ☕', expected: 'notes/Café ☕.md' },
  { name: 'emoji name', from: 'EC2.md', target: '🚀 Launch', expected: 'notes/🚀 Launch.md' },
  { name: 'spaces', from: 'EC2.md', target: 'rol de iam', expected: 'aws/Rol de IAM.md' },
  { name: 'surrounding blanks ignored', from: 'EC2.md', target: '  AMI  ', expected: 'aws/AMI.md' },
  { name: 'empty target is the note itself', from: 'aws/AMI.md', target: '', expected: 'aws/AMI.md' },
  { name: 'note preferred over an extensionless file', from: 'EC2.md', target: 'README', expected: 'README.md' },
  { name: 'missing', from: 'EC2.md', target: 'Nowhere', expected: null },
  { name: 'markdown: relative to the source folder first', from: 'aws/AMI.md', target: 'EC2.md', kind: 'markdown', expected: 'aws/EC2.md' },
  { name: 'markdown: ../', from: 'aws/compute/Instances.md', target: '../../EC2.md', kind: 'markdown', expected: 'EC2.md' },
  { name: 'markdown: ../ out of the vault', from: 'EC2.md', target: '../EC2.md', kind: 'markdown', expected: null },
  { name: 'markdown: falls back to the name', from: 'notes/ec2-study-notes.md', target: 'AMI.md', kind: 'markdown', expected: 'aws/AMI.md' },
  { name: 'markdown: decoded target', from: 'EC2.md', target: 'Some Note.md', kind: 'markdown', expected: 'Some Note.md' },
  { name: 'markdown: still-encoded target', from: 'EC2.md', target: 'Some%20Note.md', kind: 'markdown', expected: 'Some Note.md' },
  { name: 'markdown: without .md', from: 'aws/AMI.md', target: 'Rol de IAM', kind: 'markdown', expected: 'aws/Rol de IAM.md' },
  { name: 'markdown: attachment path', from: 'notes/ec2-study-notes.md', target: '../img/diagram.png', kind: 'markdown', expected: 'img/diagram.png' },
  { name: 'backslashes as separators', from: 'EC2.md', target: 'aws\\EC2', expected: 'aws/EC2.md' },
];

describe('LinkResolver.resolve', () => {
  const resolver = new LinkResolver(vault);
  it.each(rows)('$name: $target from $from', ({ from, target, kind, expected }) => {
    expect(resolver.resolve(from, target, kind ?? 'wiki')).toBe(expected);
  });

  it('answers each note as a resolver asked nothing before would, whatever other notes asked first', () => {
    // The same targets from every folder, in two orders: an answer one folder got must not reach another.
    const sources = [...new Set(rows.map((row) => row.from)), 'a/x/y.md', 'z/q.md', 'other/p.md'];
    const asked = rows.flatMap((row) => sources.map((from) => ({ ...row, from })));
    for (const order of [asked, [...asked].reverse()]) {
      const shared = new LinkResolver(vault);
      for (const { from, target, kind } of order) expect(shared.resolve(from, target, kind ?? 'wiki')).toBe(new LinkResolver(vault).resolve(from, target, kind ?? 'wiki'));
    }
  });

  it('does not depend on the order files were added in', () => {
    const reversed = new LinkResolver([...vault].reverse());
    for (const row of rows) expect(reversed.resolve(row.from, row.target, row.kind ?? 'wiki')).toBe(row.expected);
  });
});

describe('LinkResolver updates', () => {
  it('follows files appearing and disappearing', () => {
    const resolver = new LinkResolver(['aws/EC2.md']);
    expect(resolver.resolve('x.md', 'EC2', 'wiki')).toBe('aws/EC2.md');
    resolver.add('EC2.md');
    expect(resolver.resolve('x.md', 'EC2', 'wiki')).toBe('EC2.md');
    resolver.remove('EC2.md');
    expect(resolver.resolve('x.md', 'EC2', 'wiki')).toBe('aws/EC2.md');
    resolver.remove('aws/EC2.md');
    expect(resolver.resolve('x.md', 'EC2', 'wiki')).toBeNull();
    expect(resolver.size).toBe(0);
  });

  it('copies into a resolver that answers like one made of the same files, and changes apart from it', () => {
    const original = new LinkResolver(vault);
    const copy = original.copy();
    for (const row of rows) expect(copy.resolve(row.from, row.target, row.kind ?? 'wiki')).toBe(row.expected);
    // A move planned on the copy: the original still resolves as the vault is.
    const moved = vault[0] as string;
    copy.remove(moved);
    copy.add(`elsewhere/${moved}`);
    const fresh = new LinkResolver(vault.map((id) => (id === moved ? `elsewhere/${moved}` : id)));
    for (const row of rows) {
      expect(copy.resolve(row.from, row.target, row.kind ?? 'wiki')).toBe(fresh.resolve(row.from, row.target, row.kind ?? 'wiki'));
      expect(original.resolve(row.from, row.target, row.kind ?? 'wiki')).toBe(row.expected);
    }
    expect(copy.size).toBe(original.size);
  });

  it('ignores duplicate adds and unknown removes', () => {
    const resolver = new LinkResolver(['a.md', 'a.md']);
    resolver.remove('nope.md');
    expect(resolver.size).toBe(1);
    resolver.remove('a.md');
    expect(resolver.resolve('x.md', 'a', 'wiki')).toBeNull();
  });

  it('keeps names that differ only by case apart', () => {
    const resolver = new LinkResolver(['Note.md', 'note.md']);
    expect(resolver.resolve('x.md', 'note', 'wiki')).toBe('note.md');
    expect(resolver.resolve('x.md', 'Note', 'wiki')).toBe('Note.md');
    resolver.remove('note.md');
    expect(resolver.resolve('x.md', 'note', 'wiki')).toBe('Note.md');
  });

  it('stays fast with 50,000 files and thousands sharing one name', () => {
    const ids: string[] = [];
    for (let i = 0; i < 45_000; i++) ids.push(`f${i % 100}/n${i}.md`);
    for (let i = 0; i < 5_000; i++) ids.push(`d${i}/index.md`);
    const resolver = new LinkResolver(ids);
    expect(resolver.size).toBe(50_000);
    for (let i = 0; i < 50_000; i++) expect(resolver.resolve('f1/n1.md', `n${i % 45_000}`, 'wiki')).toBe(`f${i % 45_000 % 100}/n${i % 45_000}.md`);
    for (let i = 0; i < 5_000; i++) expect(resolver.resolve(`d${i}/other.md`, 'index', 'wiki')).toBe(`d${i}/index.md`);
    expect(resolver.resolve('x.md', 'index', 'wiki')).toBe('d0/index.md');
  });
});

describe('helpers', () => {
  it.each([
    ['aws/EC2.md', 'ec2'],
    ['EC2', 'ec2'],
    ['img/Diagram.PNG', 'diagram.png'],
    ['Cafe\u0301.md', 'café'],
  ])('nameKey(%s) = %s', (input, key) => expect(nameKey(input)).toBe(key));

  it.each([
    [' a\\b//c/ ', 'a/b/c'],
    ['/', '/'],
  ])('normalizeTarget(%j) = %j', (input, out) => expect(normalizeTarget(input)).toBe(out));

  it.each([
    ['a/b', '../c', 'a/c'],
    ['a', './x/../y', 'a/y'],
    ['', '../x', null],
  ])('joinPath(%j, %j) = %j', (folder, target, out) => expect(joinPath(folder, target)).toBe(out));
});

describe('resolveLinks and brokenLinks', () => {
  it('resolves each parsed link and lists the missing ones', () => {
    const resolver = new LinkResolver(['aws/EC2.md', 'aws/AMI.md', 'img/d.png']);
    const note = parseNote('aws/EC2.md', '[[AMI]] [[#Top]] [[Missing]] [a](AMI.md#x) ![[d.png]] ![[gone.png]] [[AMI#^blk]]');
    expect(resolveLinks(note, resolver).map((l) => l.resolved)).toEqual(['aws/AMI.md', 'aws/EC2.md', null, 'aws/AMI.md', 'img/d.png', null, 'aws/AMI.md']);
    expect(brokenLinks(note, resolver).map((l) => l.target)).toEqual(['Missing', 'gone.png']);
  });
});

describe('the note a link to nothing names', () => {
  it('is named as a wikilink names it: no .md, ./ and ../ from the linking note, no leading /', () => {
    expect(missingName('Diario.md', 'Nota perdida.md')).toBe('Nota perdida');
    expect(missingName('sub/C.md', '../Nota perdida.md')).toBe('Nota perdida');
    expect(missingName('sub/C.md', './Otra.md')).toBe('sub/Otra');
    expect(missingName('sub/C.md', 'docs/guía.md')).toBe('docs/guía');
    expect(missingName('C.md', '/blog')).toBe('blog');
    expect(missingName('C.md', 'Nota perdida')).toBe('Nota perdida');
    expect(missingName('C.md', 'diagrama.png')).toBe('diagrama.png');
    expect(missingName('C.md', '../fuera.md')).toBe('../fuera');
  });
});
