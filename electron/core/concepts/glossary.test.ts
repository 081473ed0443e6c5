import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { vaultSessions } from '../testing/vault-sessions';
import { glossaryCandidates, isGlossary } from './glossary';

const SEED = readFileSync(path.resolve(import.meta.dirname, '../../../notes/ec2-study-notes.md'), 'utf8');
const GLOSARIO = [
  '# Glosario',
  '',
  '- datos de usuario = user data',
  '- **rol de la instancia** ↔ IAM role',
  '',
  '| Español | English |',
  '| --- | --- |',
  '| instancias de rendimiento ampliable | burstable performance instances |',
  '',
  '```',
  'a = b',
  '```',
].join('\n');

describe('a glossary note', () => {
  it('is known by its title, its tag or its front matter, and only then read as entries', () => {
    expect(isGlossary(parseNote('Glosario.md', GLOSARIO))).toBe(true);
    expect(isGlossary(parseNote('aws/términos.md', '# Términos #aws/glossary\n\n- a b = c d\n'))).toBe(true);
    expect(isGlossary(parseNote('t.md', '---\ncairn: glossary\n---\n- a b = c d\n'))).toBe(true);
    const prose = parseNote('EC2.md', '# EC2\n\n- x = y + z, como en álgebra\n');
    expect(isGlossary(prose)).toBe(false);
    expect(glossaryCandidates(prose)).toEqual([]);
  });

  it('gives one candidate per entry, with every name of a line or a table row and nothing from the header or code', () => {
    const entries = glossaryCandidates(parseNote('Glosario.md', GLOSARIO));
    expect(entries.map((e) => e.names)).toEqual([
      ['datos de usuario', 'user data'],
      ['rol de la instancia', 'IAM role'],
      ['instancias de rendimiento ampliable', 'burstable performance instances'],
    ]);
    expect(entries.map((e) => e.occurrence.line)).toEqual([3, 4, 8]);
    expect(entries.every((e) => e.source === 'glossary')).toBe(true);
  });
});

describe('a vault with the study note and a glossary', () => {
  const openVault = vaultSessions();

  it('makes the Spanish and English names one concept, found by either, and lists nothing as related for sharing the glossary', async () => {
    const { service } = (await openVault({ 'ec2-study-notes.md': SEED, 'Glosario.md': GLOSARIO })).session;
    const graph = await service.getGraph({});
    const node = (name: string) => graph.nodes.find((n) => n.kind === 'concept' && [n.label.toLowerCase()].includes(name));
    // The seed writes `User data` and `IAM role`; only the glossary says the Spanish names are the same.
    const userData = graph.nodes.filter((n) => n.kind === 'concept' && /^(user data|datos de usuario)$/i.test(n.label));
    expect(userData).toHaveLength(1);
    const concept = await service.getConcept(userData[0]!.id);
    expect([concept.label, ...concept.aliases].map((n) => n.toLowerCase())).toEqual(expect.arrayContaining(['user data', 'datos de usuario']));
    expect(concept.sources).toContain('glossary');
    expect(concept.mentions.some((m) => m.noteId === 'ec2-study-notes.md')).toBe(true);
    const found = await service.search({ query: 'concept:"datos de usuario"' });
    expect(found.hits.map((h) => h.noteId)).toContain('ec2-study-notes.md');
    expect(node('burstable performance instances') ?? node('instancias de rendimiento ampliable')).toBeDefined();
    const related = graph.edges.filter((e) => e.kind === 'related');
    for (const e of related) {
      const evidence = await service.getEdgeEvidence(e.id);
      expect(evidence.every((x) => x.noteId !== 'Glosario.md')).toBe(true);
    }
  }, 60_000);
});
