import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateNotes } from '../../../bench/vault/generate';
import { YAML_OPTIONS } from './frontmatter';
import { plainYaml } from './plain-yaml';

/** What the `yaml` package reads, or 'error' when it refuses the text. */
function byYamlPackage(text: string): unknown {
  try {
    return parse(text, YAML_OPTIONS) as unknown;
  } catch {
    return 'error';
  }
}

/** js-yaml's reading, where plain-yaml.ts takes the text, must be the `yaml` package's. */
function expectSameReading(text: string): boolean {
  const fast = plainYaml(text);
  if (fast === undefined) return false;
  expect({ text, data: fast }).toEqual({ text, data: byYamlPackage(text) });
  return true;
}

function frontMatterOf(markdown: string): string | null {
  if (!markdown.startsWith('---\n')) return null;
  const end = markdown.indexOf('\n---', 3);
  return end < 0 ? null : markdown.slice(4, end + 1);
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const SCALARS = [
  'draft', 'true', 'True', 'TRUE', 'false', 'FALSE', 'null', 'Null', 'NULL', 'yes', 'No', 'on', 'off', 'y', 'n', 'NaN', 'inf', 'e10',
  'x1', 'EC2', 'aws/ec2', 'a.b', 'v1.2.3', 'Amazon Machine Image', 'instancias de rendimiento ampliable', 'rôle', 'a - b', 'a -b', 'a_b', 'trailing ',
  '0', '1', '7', '10', '123456789012345', '2024-10-05', '2024-02-30', '2023-02-29', '2024-04-31', '0000-01-01', '9999-12-31', '1970-01-01',
];

describe('plain front matter read by js-yaml', () => {
  it('reads every plain line shape as the yaml package does', () => {
    let taken = 0;
    for (const value of SCALARS) {
      for (const text of [`key: ${value}\n`, `a: 1\nkey: ${value}\nb: [${value}]\n`, `tags: [${value}, x]\n`, `tags: [ ${value} ]\n`, `aliases:\n  - ${value}\n  - other\n`, `aliases:\n- ${value}\n`]) {
        if (expectSameReading(text)) taken++;
      }
    }
    for (const text of ['tags: []\n', 'key:\n', 'key:\nother: x\n', 'a: x\n\nb: y\n', '- a\n- b\n', 'aliases:\n  - a\n- b\n', 'a: x\na: y\n', 'x:\n  - a\nb: c\n  - d\n']) {
      expectSameReading(text);
    }
    // Most of these shapes are taken: the fast path is what reads ordinary front matter.
    expect(taken).toBeGreaterThan(SCALARS.length * 5);
  });

  it('leaves to the yaml package what the two libraries read differently, or what js-yaml refuses', () => {
    for (const text of ['n: 017\n', 'n: 1_000\n', 'n: 0o17\n', 'n: 0x1F\n', 'n: 1:20\n', 'n: 1.5\n', 'n: -1\n', 'n: .inf\n', 'a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: "q"\n', 'a: x # c\n', 'a: |\n  x\n', 'a:\n  b: c\n', '<<: {a: 1}\n', 'a:\tx\n', 'a: x\r\n', '__proto__: x\n', 'a: x\na: y\n']) {
      expect(plainYaml(text), text).toBeUndefined();
    }
  });

  it('reads the front matter of the sample vault, the seed note and a synthetic vault as the yaml package does', () => {
    const root = path.resolve(__dirname, '../../..');
    const folders = [path.join(root, 'notes'), path.resolve(root, '../shared/seed')].filter((dir) => existsSync(dir));
    const texts = folders.flatMap(markdownFiles).map((file) => readFileSync(file, 'utf8'));
    for (const note of generateNotes(400)) texts.push(note.text);
    let taken = 0;
    let blocks = 0;
    for (const text of texts) {
      const block = frontMatterOf(text);
      if (block === null) continue;
      blocks++;
      if (expectSameReading(block)) taken++;
    }
    expect(blocks).toBeGreaterThan(100);
    expect(taken / blocks).toBeGreaterThan(0.9);
  });
});
