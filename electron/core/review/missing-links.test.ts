import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CairnService } from '../service';
import { makeTempVault, type TempVault } from '../testing/temp-vault';
import { NodeVaultFs } from '../vault/node-vault-fs';
import { findMention, writeLink } from './missing-links';

describe('writeLink', () => {
  const link = { noteId: 'guia.md', line: 2, target: 'aws/AMI.md', names: ['AMI', 'Amazon Machine Image'] };

  it('links the first mention on the line, keeping the words as written', () => {
    const out = writeLink('# Guía\nLanza una instancia desde una amazon machine image (la AMI).\n', link, 'AMI');
    expect(out?.line).toBe('Lanza una instancia desde una [[AMI|amazon machine image]] (la AMI).');
    expect(out?.text).toBe('# Guía\nLanza una instancia desde una [[AMI|amazon machine image]] (la AMI).\n');
  });

  it('a name that is the target itself becomes a plain wikilink', () => {
    expect(writeLink('x\nUsa la AMI correcta.', link, 'AMI')?.line).toBe('Usa la [[AMI]] correcta.');
  });

  it('never inside code, an existing link or a word', () => {
    expect(writeLink('x\n`AMI` y [[AMI]] y AMIGO', link, 'AMI')).toBeNull();
    expect(writeLink('x\n`AMI` y la AMI', link, 'AMI')?.line).toBe('`AMI` y la [[AMI]]');
  });

  it('nothing when the line moved away', () => {
    expect(writeLink('only one line', link, 'AMI')).toBeNull();
  });
});

describe('missing-link exercises', () => {
  let vault: TempVault;
  let service: CairnService;

  beforeEach(async () => {
    vault = await makeTempVault({
      'AMI.md': '---\naliases: [Amazon Machine Image]\n---\n# AMI\n\nUna Amazon Machine Image (AMI) es la plantilla de una instancia.\n',
      'EC2.md': '# EC2\n\nEC2 ejecuta servidores virtuales. Cada instancia arranca desde una AMI elegida al lanzarla.\n',
      'repaso.md': '---\ntags: [flashcards]\n---\n- ¿Qué es una AMI?::Una plantilla\n',
    });
    service = new CairnService(await NodeVaultFs.open(vault.dir), { host: 'test' });
    await service.start();
  });
  afterEach(() => vault.cleanup());

  const suggestion = async (): Promise<{ id: string; front: string; back: string } | undefined> =>
    (await service.reviewQueue({ limit: 100 })).cards.find((c) => c.kind === 'missing-link');

  it('asks whether a note that names a concept should link it; yes writes the link and the graph gains it', async () => {
    const card = (await suggestion())!;
    expect(card.front).toBe('EC2 → AMI');
    expect(card.back).toMatch(/arranca desde una AMI/);
    // The flashcards note is a set of questions, never asked to link.
    expect((await service.reviewQueue({ limit: 100 })).cards.filter((c) => c.kind === 'missing-link')).toHaveLength(1);
    await expect(service.gradeCard({ cardId: card.id, grade: 'good' })).rejects.toThrow(/yes or no/);
    const result = await service.answerLinkSuggestion({ cardId: card.id, accept: true });
    expect(result.written).toEqual({ noteId: 'EC2.md', line: 3, text: 'EC2 ejecuta servidores virtuales. Cada instancia arranca desde una [[AMI]] elegida al lanzarla.' });
    expect(await vault.read('EC2.md')).toContain('desde una [[AMI]] elegida');
    const edges = (await service.getGraph({})).edges;
    expect(edges.some((e) => e.kind === 'link' && e.source === 'note:EC2.md' && e.target === 'note:AMI.md')).toBe(true);
    expect(await suggestion()).toBeUndefined();
  });

  it('no leaves the note as it is and does not ask again', async () => {
    const card = (await suggestion())!;
    const before = await vault.read('EC2.md');
    expect(await service.answerLinkSuggestion({ cardId: card.id, accept: false })).toEqual({ written: null });
    expect(await vault.read('EC2.md')).toBe(before);
    expect(await suggestion()).toBeUndefined();
    expect(JSON.parse(await vault.read('.cairn/review.json')).links).toEqual({ [card.id]: 'dismissed' });
  });

  it('a note edited since so the line no longer names it: refused, nothing written', async () => {
    const card = (await suggestion())!;
    await vault.write('EC2.md', '# EC2\n\nTexto nuevo sin la plantilla.\n\nOtra línea con AMI.\n');
    await expect(service.answerLinkSuggestion({ cardId: card.id, accept: true })).rejects.toThrow(/no longer names it/);
    expect(await vault.read('EC2.md')).toBe('# EC2\n\nTexto nuevo sin la plantilla.\n\nOtra línea con AMI.\n');
  });
});

describe('findMention', () => {
  it('skips a name that is part of a file name, a path or a hyphenated word', () => {
    expect(findMention('Los comandos de mi nota ec2-study-notes, con la sintaxis:', ['EC2'])).toBeNull();
    expect(findMention('ver notes/ec2.md y aws/EC2', ['EC2'])).toBeNull();
    expect(findMention('Una instancia EC2. Luego otra EC2', ['EC2'])).toEqual({ index: 14, length: 3 });
  });
});

describe('link candidates', () => {
  it('asks once about a pair of notes, even when the note named stands for two concepts the other names', async () => {
    const { linkCandidates } = await import('./missing-links');
    const edge = (id: string, source: string, target: string, kind: string) => ({ id, source, target, kind, weight: 1 });
    const graph = {
      nodes: [{ id: 'note:a.md', label: 'a' }, { id: 'note:ssh.md', label: 'SSH y EC2 Instance Connect' }],
      edges: [edge('m1', 'note:a.md', 'note:ssh.md', 'mention'), edge('m2', 'note:a.md', 'note:ssh.md', 'mention')],
    } as unknown as Parameters<typeof linkCandidates>[0];
    const found = linkCandidates(graph, () => ['SSH'], new Set());
    expect(found.map((c) => c.id)).toHaveLength(1);
  });
});
