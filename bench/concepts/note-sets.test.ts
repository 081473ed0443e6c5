import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { noteCorpora, picked } from './concepts-bench';
import { fold } from './fold';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('which notes a concepts run scores', () => {
  it('leaves the sealed notes out unless --corpora names them', () => {
    expect(picked('sealed:es-crypto', undefined)).toBe(false);
    expect(picked('sealed:es-crypto', ['heldout'])).toBe(false);
    expect(picked('sealed:es-crypto', ['seed', 'notes', 'aws', 'heldout'])).toBe(false);
    expect(picked('heldout:en-terse', undefined)).toBe(true);
    expect(picked('seed', undefined)).toBe(true);
  });

  it('scores only the sealed notes when --corpora sealed', () => {
    expect(picked('sealed:es-crypto', ['sealed'])).toBe(true);
    expect(picked('heldout:en-terse', ['sealed'])).toBe(false);
    expect(picked('seed', ['sealed'])).toBe(false);
  });
});

// Read without running any extractor: a name in pairs.tsv or relations.tsv that no concept row holds would
// make that row unscoreable without anyone noticing, and nobody reads the sealed lists to catch it.
describe.each(['heldout', 'sealed'] as const)('the %s notes and their gold lists', (set) => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), `cairn-${set}-load-`));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const corpora = noteCorpora(tmp, set);

  it('loads every folder of the set: one left out for want of a note or a concepts.tsv would go unscored unseen', () => {
    const dir = path.join(here, set);
    const folders = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${set}:${d.name}`) : [];
    expect(corpora.map((c) => c.name).sort()).toEqual(folders.sort());
  });

  it.each(corpora.map((c) => [c.name, c] as const))('%s: a note alone in its folder, concepts with must rows, pairs and relations between gold names', (_name, c) => {
    expect(readdirSync(c.dir).filter((f) => f.endsWith('.md'))).toHaveLength(1);
    expect(c.concepts.filter((g) => g.must).length).toBeGreaterThan(0);
    const owner = new Map<string, string>();
    for (const g of c.concepts) for (const name of [g.canonical, ...g.aliases]) if (!owner.has(fold(name))) owner.set(fold(name), g.canonical);
    const unknown = [...c.pairs.flatMap((p) => [p.a, p.b]), ...c.relations.flatMap((r) => [r.a, r.b])].filter((name) => !owner.has(fold(name)));
    expect(unknown, 'names in pairs.tsv/relations.tsv that no concept row holds').toEqual([]);
    const split = c.pairs.filter((p) => owner.get(fold(p.a)) !== owner.get(fold(p.b))).map((p) => `${p.a} = ${p.b}`);
    expect(split, 'pairs whose two names belong to different concept rows').toEqual([]);
    expect(c.relations.every((r) => r.relation)).toBe(true);
  });
});
