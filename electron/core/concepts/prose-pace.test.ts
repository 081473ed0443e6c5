import { describe, expect, it } from 'vitest';
import { vaultSessions } from '../testing/vault-sessions';

const NOTE = '# Acceso\n\nPara entrar en la instancia usamos SSH con una clave privada.\n';

describe('names written in prose while editing', () => {
  const openVault = vaultSessions();

  it('wait for a pause: the edit is applied at once, and the new concept joins the graph when the index catches up', async () => {
    const { vault, session } = await openVault({ 'acceso.md': NOTE, 'otra.md': '# Otra\n\nNada que ver.\n' });
    const { service } = session;
    const conceptNamed = async (label: string) => (await service.getGraph({})).nodes.find((n) => n.kind === 'concept' && n.label === label);
    expect(await conceptNamed('EC2 Instance Connect')).toBeUndefined();

    await vault.write('acceso.md', `${NOTE}\nTambién se puede entrar con EC2 Instance Connect desde la consola.\n`);
    await service.filesChanged(['acceso.md']);
    // The note itself is current: its new text is searchable right away.
    expect((await service.search({ query: 'consola' })).hits.map((h) => h.noteId)).toEqual(['acceso.md']);
    expect(await conceptNamed('EC2 Instance Connect')).toBeUndefined();

    await service.catchUpConcepts();
    expect(await conceptNamed('EC2 Instance Connect')).toBeDefined();
  });

  it('a new title is a concept at once: names the person gives are never left waiting', async () => {
    const { vault, session } = await openVault({ 'acceso.md': NOTE });
    const { service } = session;
    await vault.write('Session Manager.md', '---\naliases: [SSM Session Manager]\n---\n# Session Manager\n\nOtra forma de entrar.\n');
    await service.filesChanged(['Session Manager.md']);
    const concept = (await service.getGraph({})).nodes.find((n) => n.id === 'note:Session Manager.md');
    expect(concept?.concept).toBeTruthy();
  });
});
