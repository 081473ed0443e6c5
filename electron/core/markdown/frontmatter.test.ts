import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProblemCode } from '../../contract';
import { parseFrontmatter } from './frontmatter';

interface Row {
  name: string;
  input: string;
  data: Record<string, unknown>;
  body: string;
  bodyStartLine: number;
  problem?: ProblemCode;
  problemLine?: number;
}

const rows: Row[] = [
  { name: 'no front matter', input: '# Title\ntext', data: {}, body: '# Title\ntext', bodyStartLine: 1 },
  { name: 'YAML properties', input: '---\ntitle: EC2\ncount: 3\n---\n# Body\n', data: { title: 'EC2', count: 3 }, body: '# Body\n', bodyStartLine: 5 },
  { name: 'CRLF line endings', input: '---\r\ntitle: EC2\r\ntags: [a, b]\r\n---\r\nbody\r\n', data: { title: 'EC2', tags: ['a', 'b'] }, body: 'body\r\n', bodyStartLine: 5 },
  { name: 'UTF-8 BOM before the fence', input: '\uFEFF---\ntitle: Café\n---\nbody', data: { title: 'Café' }, body: 'body', bodyStartLine: 4 },
  { name: 'empty front matter', input: '---\n---\nbody', data: {}, body: 'body', bodyStartLine: 3 },
  { name: 'only comments', input: '---\n# just a comment\n---\nbody', data: {}, body: 'body', bodyStartLine: 4 },
  { name: 'closing fence at end of file without newline', input: '---\na: 1\n---', data: { a: 1 }, body: '', bodyStartLine: 4 },
  { name: 'closing fence with trailing blanks', input: '---\na: 1\n---  \nbody', data: { a: 1 }, body: 'body', bodyStartLine: 4 },
  {
    name: '`--- x` and `----` do not close (Obsidian wants a bare ---)',
    input: '---\na: |\n  --- x\n  ----\n---\nbody',
    data: { a: '--- x\n----\n' },
    body: 'body',
    bodyStartLine: 6,
  },
  { name: '---- on line 1 is not front matter', input: '----\na: 1\n---\nbody', data: {}, body: '----\na: 1\n---\nbody', bodyStartLine: 1 },
  {
    name: 'YAML dates become ISO strings',
    input: '---\ncreated: 2024-03-01\nat: 2024-03-01T10:20:30Z\nlist: [2024-01-02]\n---\n',
    data: { created: '2024-03-01T00:00:00.000Z', at: '2024-03-01T10:20:30.000Z', list: ['2024-01-02T00:00:00.000Z'] },
    body: '',
    bodyStartLine: 6,
  },
  { name: '---json', input: '---json\n{"title": "J"}\n---\nbody', data: { title: 'J' }, body: 'body', bodyStartLine: 4 },
  {
    name: 'malformed YAML: flagged with its line, body still indexed',
    input: '---\ntitle: ok\ntags: [a, b\nother: x\n---\n# Body [[link]]\n',
    data: {},
    body: '# Body [[link]]\n',
    bodyStartLine: 6,
    problem: 'yaml-error',
  },
  {
    name: 'malformed YAML: bad indentation',
    input: '---\na: 1\n  b: 2\n---\nbody',
    data: {},
    body: 'body',
    bodyStartLine: 5,
    problem: 'yaml-error',
    // The `yaml` package (see frontmatter.ts, trap 7) points at the mapping the indented line would nest into.
    problemLine: 2,
  },
  { name: 'malformed YAML: duplicated key', input: '---\ntitle: a\ntitle: b\n---\nbody', data: {}, body: 'body', bodyStartLine: 5, problem: 'yaml-error', problemLine: 3 },
  { name: 'malformed YAML with CRLF', input: '---\r\na: 1\r\n  b: 2\r\n---\r\nbody', data: {}, body: 'body', bodyStartLine: 5, problem: 'yaml-error', problemLine: 2 },
  {
    name: 'unclosed front matter: the whole file is body',
    input: '---\ntitle: x\n\n# Heading\n[[a]]\n',
    data: {},
    body: '---\ntitle: x\n\n# Heading\n[[a]]\n',
    bodyStartLine: 1,
    problem: 'unclosed-frontmatter',
  },
  { name: 'lone --- line', input: '---', data: {}, body: '---', bodyStartLine: 1, problem: 'unclosed-frontmatter' },
  { name: 'front matter that is not a map', input: '---\n- a\n- b\n---\nbody', data: {}, body: 'body', bodyStartLine: 5, problem: 'yaml-error' },
  { name: 'unknown language', input: '---toml\na = 1\n---\nbody', data: {}, body: 'body', bodyStartLine: 4, problem: 'yaml-error' },
  { name: '---javascript is refused', input: '---javascript\n({ title: "x" })\n---\nbody', data: {}, body: 'body', bodyStartLine: 4, problem: 'js-frontmatter' },
];

describe('parseFrontmatter', () => {
  it.each(rows)('$name', (row) => {
    const result = parseFrontmatter(row.input);
    expect(result.data).toEqual(row.data);
    expect(result.body).toBe(row.body);
    expect(result.bodyStartLine).toBe(row.bodyStartLine);
    expect(result.problems.map((p) => p.code)).toEqual(row.problem ? [row.problem] : []);
    if (row.problemLine !== undefined) expect(result.problems[0]?.line).toBe(row.problemLine);
    expect(JSON.parse(JSON.stringify(result.data))).toEqual(result.data);
  });

  it('never runs ---js front matter', () => {
    const marker = '/tmp/pwned';
    const other = path.join(tmpdir(), `cairn-pwned-${process.pid}`);
    rmSync(marker, { force: true });
    rmSync(other, { force: true });
    for (const lang of ['js', 'javascript', 'JS', 'js ', ' js', 'Javascript']) {
      const result = parseFrontmatter(
        `---${lang}\nrequire('fs').writeFileSync('/tmp/pwned','x')\n---\nrest [[a]]`,
      );
      expect(result.problems.map((p) => p.code)).toEqual(['js-frontmatter']);
      expect(result.data).toEqual({});
      expect(result.body).toBe('rest [[a]]');
      parseFrontmatter(`---${lang}\n{ title: (require('fs').writeFileSync(${JSON.stringify(other)}, 'x'), 'x') }\n---\n`);
    }
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(other)).toBe(false);
  });

  it('reports the same bad YAML every time (gray-matter content cache)', () => {
    const bad = '---\ntitle: [unclosed\n---\nbody';
    for (let i = 0; i < 3; i++) {
      const result = parseFrontmatter(bad);
      expect(result.problems.map((p) => p.code)).toEqual(['yaml-error']);
      expect(result.data).toEqual({});
    }
  });

  it('returns fresh data objects for identical input', () => {
    const text = '---\ntags: [a]\n---\n';
    const first = parseFrontmatter(text);
    (first.data.tags as string[]).push('mutated');
    expect(parseFrontmatter(text).data).toEqual({ tags: ['a'] });
  });

  it('keeps a `__proto__` key as data instead of a prototype', () => {
    const result = parseFrontmatter('---\n__proto__:\n  polluted: yes\n---\n');
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('front matter that costs more than it holds', () => {
  // Nine levels of aliases, nine references each: 9^9 nodes once expanded, from under 400 bytes.
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    levels.push(`${name}: &${name} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`);
  }
  const bomb = `---\n${levels.join('\n')}\n---\n# Bomba\n\nEl cuerpo se indexa: [[EC2]].\n`;

  it('refuses a YAML alias bomb quickly, flagged, and keeps the body', () => {
    const started = performance.now();
    const result = parseFrontmatter(bomb);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.data).toEqual({});
    expect(result.problems.map((p) => p.code)).toEqual(['yaml-error']);
    expect(result.problems[0]?.message).toMatch(/alias/i);
    expect(result.body).toContain('[[EC2]]');
  });

  it('still reads a few aliases, and merge keys', () => {
    const result = parseFrontmatter('---\nbase: &b {x: 1}\ncopy: *b\nmerged:\n  <<: *b\n  y: 2\n---\n');
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual({ base: { x: 1 }, copy: { x: 1 }, merged: { x: 1, y: 2 } });
  });

  it('refuses front matter nested deeper than any note needs, without overflowing the stack', () => {
    const deep = `---\nk: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\nbody`;
    const json = `---json\n{"k": ${'['.repeat(100_000)}${']'.repeat(100_000)}}\n---\nbody`;
    for (const input of [deep, json]) {
      const result = parseFrontmatter(input);
      expect(result.data).toEqual({});
      expect(result.problems.map((p) => p.code)).toEqual(['yaml-error']);
      expect(result.body).toBe('body');
    }
  });
});
