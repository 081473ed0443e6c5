import { afterEach, describe, expect, it } from 'vitest';
import type { CairnService } from '../service';
import { openVaultSession, type VaultSession } from '../session';
import { makeTempVault, type TempVault } from '../testing/temp-vault';

/** A small Logseq graph as its files hold it: a namespaced page with properties, and a journal day. */
const LOGSEQ: Record<string, string> = {
  'pages/PHYS 2210___Thermodynamics.md': [
    'course:: [[PHYS 2210]]',
    'instructor:: [[Prof. Okafor]]',
    'alias:: Thermo',
    '',
    '- ## Week 9',
    '  lecture:: [[Nov 2nd, 2026]]',
    '\t- [[Heat]] is energy transferred because of a temperature difference',
    '\t  id:: 6571a2f0-1c3b-4d8e-9a11-0b7e3f2c9d01',
    '\t- [[Work]] done by a gas is the area under the curve; [[heat]] and work are not state variables',
  ].join('\n'),
  'journals/2026_11_02.md': '- read about [[heat]] for [[PHYS 2210/Thermodynamics]]\n- TODO ask about [[Nov 2nd, 2026]]\n',
};

describe('a vault whose links name pages no note holds', () => {
  let vault: TempVault;
  let session: VaultSession;
  let service: CairnService;
  afterEach(async () => {
    await session.close();
    await vault.cleanup();
  });

  async function open(files: Record<string, string>): Promise<void> {
    vault = await makeTempVault(files);
    session = await openVaultSession(vault.dir, { host: 'test', watch: false });
    service = session.service;
  }

  it('links to the concept the page names, not to a missing note, and search finds it', async () => {
    await open(LOGSEQ);
    const graph = await service.getGraph({});
    const ids = new Set(graph.nodes.map((n) => n.id));
    const heat = (await service.search({ query: 'concept:Heat' })).concepts ?? [];
    expect(heat).toHaveLength(1);
    const heatId = heat[0] as string;
    expect(ids).toContain(heatId);
    expect(ids).not.toContain('missing:heat');
    const page = 'note:pages/PHYS 2210___Thermodynamics.md';
    expect(graph.edges.some((e) => e.kind === 'link' && e.source === page && e.target === heatId)).toBe(true);
    expect(graph.edges.some((e) => e.kind === 'link' && e.source === 'note:journals/2026_11_02.md' && e.target === heatId)).toBe(true);
    // The namespaced page is found by its page name, and stands for its own concept under its aliases.
    expect(graph.edges.some((e) => e.kind === 'link' && e.source === 'note:journals/2026_11_02.md' && e.target === page)).toBe(true);
    expect(graph.nodes.find((n) => n.id === page)).toMatchObject({ label: 'PHYS 2210/Thermodynamics' });
    expect((await service.search({ query: 'concept:Thermo' })).concepts).toHaveLength(1);
    const hits = (await service.search({ query: 'concept:Heat' })).hits.map((h) => h.noteId).sort();
    expect(hits).toEqual(['journals/2026_11_02.md', 'pages/PHYS 2210___Thermodynamics.md']);
  });

  it('leaves dates and property values missing notes, and makes no concept of metadata', async () => {
    await open(LOGSEQ);
    const graph = await service.getGraph({});
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const id of ['missing:nov 2nd, 2026', 'missing:phys 2210', 'missing:prof. okafor']) expect(ids).toContain(id);
    const names = (await service.listConcepts()).flatMap((c) => [c.label, ...c.aliases].map((n) => n.toLowerCase()));
    for (const junk of ['phys 2210', 'prof. okafor', 'nov 2nd, 2026', 'course', 'instructor', 'lecture', 'alias', 'todo']) expect(names, junk).not.toContain(junk);
    expect(names.some((n) => n.includes('6571a2f0') || n.includes('___'))).toBe(false);
  });

  it('once the note is written, the link goes to it', async () => {
    await open(LOGSEQ);
    await service.saveNote({ id: 'pages/Heat.md', content: '- energy in transit\n', baseHash: null });
    const graph = await service.getGraph({});
    expect(graph.edges.some((e) => e.kind === 'link' && e.source === 'note:journals/2026_11_02.md' && e.target === 'note:pages/Heat.md')).toBe(true);
    expect(graph.nodes.some((n) => n.kind === 'concept' && n.label.toLowerCase() === 'heat')).toBe(false);
  });
  it('makes one missing note of a Markdown link and a wikilink to the same note, named as the wikilink names it', async () => {
    await open({
      'Diario.md': '# Diario\n\nVer [[2026-11-02]] y [el día](2026-11-02.md) y [la charla](/2026-11-03.md).\n',
      'sub/Notas.md': '# Notas\n\nVer [el día](../2026-11-02.md) y [[2026-11-03]].\n',
    });
    const graph = await service.getGraph({});
    const missing = graph.nodes.filter((n) => n.kind === 'missing').map((n) => `${n.id}|${n.label}`).sort();
    expect(missing).toEqual(['missing:2026-11-02|2026-11-02', 'missing:2026-11-03|2026-11-03']);
    const into = (id: string): string[] => graph.edges.filter((e) => e.target === id).map((e) => e.source).sort();
    expect(into('missing:2026-11-02')).toEqual(['note:Diario.md', 'note:sub/Notas.md']);
  });
});
