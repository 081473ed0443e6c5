import { describe, expect, it } from 'vitest';
import { MemoryVaultFs } from '../vault/memory-vault-fs';
import { VaultIndex } from './vault-index';

const TREES = ['Alder', 'Birch', 'Cedar', 'Elm', 'Fir', 'Hazel', 'Larch', 'Maple', 'Oak', 'Pine', 'Yew', 'Zelkova'];

/** Concept notes for each tree, and a study note naming them all in one section. */
function vault(study: string): Record<string, string> {
  const files: Record<string, string> = { 'study.md': study };
  for (const name of TREES) files[`${name}.md`] = `# ${name}\n\nA tree.\n`;
  return files;
}

async function related(files: Record<string, string>, a: string, b: string): Promise<string[] | null> {
  const index = new VaultIndex(new MemoryVaultFs('v', files));
  await index.build();
  const edge = index.graph.snapshot().edges.find((e) => e.kind === 'related' && [e.source, e.target].sort().join() === [`note:${a}.md`, `note:${b}.md`].sort().join());
  return edge ? (index.graph.evidence(edge.id) ?? []).map((e) => e.text) : null;
}

// Every tree shares the section with eleven others, more than a node keeps (RELATED_PER_NODE), and ties go
// by node id: Yew and Zelkova come last, so only the sentence naming both can keep them together.
const lines = TREES.slice(0, 10).map((t) => `${t} grows in the valley.`);

describe('related edges between concepts one sentence names', () => {
  it('keeps the pair a sentence names among many a section holds, with that sentence as evidence', async () => {
    const evidence = await related(vault(['# Forest', '', ...lines, 'Yew shades Zelkova in winter.', ''].join('\n')), 'Yew', 'Zelkova');
    expect(evidence?.[0]).toBe('Yew shades Zelkova in winter.');
  });

  it('does so when the sentence defines one of them (`Yew: …`)', async () => {
    const evidence = await related(vault(['# Forest', '', ...lines, '- Yew: an evergreen that shades Zelkova in winter.', ''].join('\n')), 'Yew', 'Zelkova');
    expect(evidence?.[0]).toMatch(/^Yew: an evergreen that shades Zelkova/);
  });

  it('keeps a pair one line states across its sentences, the line\'s first naming one, with the line as evidence', async () => {
    const evidence = await related(vault(['# Forest', '', ...lines, '**Yew** — an evergreen of old churchyards. it shades Zelkova in winter.', ''].join('\n')), 'Yew', 'Zelkova');
    expect(evidence?.[0]).toMatch(/^Yew — an evergreen of old churchyards\. (?:… )?it shades Zelkova in winter\.$/);
  });

  it('keeps a pair one sentence names when one end is past the long section\'s cap, against pairs that only share the section', async () => {
    // 45 nodes in one section: only the first 40 by id pair up as the section's. Birch is among them, with 39
    // partners from the section alone; Zelkova is not, and its own strongest partners sort before Birch.
    const word = (first: string, i: number): string => `${first}${'bcdfgklmnp'[Math.floor(i / 10)]}${'aeiou'[i % 5]}${'rstvz'[Math.floor(i / 5) % 2]}`;
    const early = Array.from({ length: 30 }, (_, i) => word('Ab', i));
    const later = Array.from({ length: 14 }, (_, i) => word('Ca', i));
    const files: Record<string, string> = {};
    for (const name of [...early, ...later, 'Birch', 'Zelkova']) files[`${name}.md`] = `# ${name}\n\nA tree.\n`;
    files['study.md'] = ['# Forest', '', ...[...early, ...later].map((t) => `${t} grows in the valley.`), `Zelkova shelters ${early.slice(0, 8).join(', ')}.`, 'Birch shades Zelkova in winter.', ''].join('\n');
    expect(await related(files, 'Birch', 'Zelkova')).toContain('Birch shades Zelkova in winter.');
  });

  it('keeps a pair an outliner states with a term and an item nested under it, with both lines as evidence', async () => {
    const evidence = await related(vault(['# Forest', '', ...lines, '', '- Yew', '  - shades Zelkova in winter', ''].join('\n')), 'Yew', 'Zelkova');
    expect(evidence?.[0]).toBe('Yew › shades Zelkova in winter');
  });

  it('does not single out a pair that only shares the section', async () => {
    expect(await related(vault(['# Forest', '', ...lines, 'Yew is dark.', 'Zelkova is tall.', ''].join('\n')), 'Yew', 'Zelkova')).toBeNull();
  });
});
