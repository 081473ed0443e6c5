import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openVaultSession, type VaultSession } from '../session';
import { eventRecorder } from '../testing/in-process';
import { makeTempVault, type TempVault } from '../testing/temp-vault';

describe('live updates from the disk', () => {
  let vault: TempVault;
  let session: VaultSession;
  afterEach(async () => {
    await session?.close();
    await vault?.cleanup();
  });

  const open = async (files: Record<string, string>): Promise<ReturnType<typeof eventRecorder>> => {
    vault = await makeTempVault(files);
    session = await openVaultSession(vault.dir, { host: 'test', watch: true });
    return eventRecorder(session.service);
  };
  const hasNode = async (id: string): Promise<boolean> => (await session.service.getGraph({})).nodes.some((n) => n.id === id);

  it('turns a created note into a graph delta with its links', async () => {
    const events = await open({ 'a.md': '# A' });
    await vault.write('b.md', '# B\n\nsee [[a]]');
    await events.waitFor((e) => e.type === 'graph-delta' && e.delta.upsertEdges.some((edge) => edge.id === 'link|note:b.md|note:a.md'));
    expect((await session.service.listNotes()).map((n) => n.id)).toEqual(['a.md', 'b.md']);
  });

  it('follows a change, a delete, and an editor-style atomic save', async () => {
    const events = await open({ 'a.md': '# A\n\n[[b]]', 'b.md': '# B' });
    await vault.write('a.md', '# A\n\n[[c]]');
    await events.waitFor((e) => e.type === 'graph-delta' && e.delta.upsertNodes.some((n) => n.id === 'missing:c'));
    await vault.remove('b.md');
    await events.waitFor((e) => e.type === 'notes-changed' && e.removed.includes('b.md'));
    expect(await hasNode('note:b.md')).toBe(false);
    // Editors write a temp file and rename it over the note.
    await fs.writeFile(path.join(vault.dir, '.a.md.swp'), '# A\n\n[[d]]');
    await fs.rename(path.join(vault.dir, '.a.md.swp'), path.join(vault.dir, 'a.md'));
    await events.waitFor((e) => e.type === 'graph-delta' && e.delta.upsertNodes.some((n) => n.id === 'missing:d'));
  });

  it('follows a rename: the old node goes, links to the new name resolve', async () => {
    const events = await open({ 'a.md': '# A\n\n[[new name]]', 'old name.md': '# Old' });
    // A link to a note not yet written goes to the concept it names (link-names.ts) until the note exists.
    expect(await hasNode('concept:new name')).toBe(true);
    await fs.rename(path.join(vault.dir, 'old name.md'), path.join(vault.dir, 'new name.md'));
    await events.waitFor((e) => e.type === 'graph-delta' && e.delta.removeNodes.includes('concept:new name'));
    await events.waitFor((e) => e.type === 'notes-changed' && e.removed.includes('old name.md'));
    expect(await hasNode('note:old name.md')).toBe(false);
    const edges = (await session.service.getGraph({})).edges;
    expect(edges.some((e) => e.id === 'link|note:a.md|note:new name.md')).toBe(true);
  });

  it('absorbs a burst of 1,000 files (a git checkout) and ends consistent', async () => {
    const events = await open({ 'hub.md': '# Hub' });
    await Promise.all(Array.from({ length: 1000 }, (_, i) => vault.write(`burst/n${i}.md`, `# N${i}\n\n[[hub]] [[n${(i + 1) % 1000}]]`)));
    const deadline = Date.now() + 40_000;
    while ((await session.service.listNotes()).length < 1001 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect((await session.service.listNotes()).length).toBe(1001);
    const batches = events.events.filter((e) => e.type === 'notes-changed').length;
    expect(batches).toBeLessThan(200);
    const links = (await session.service.getGraph({})).edges.filter((e) => e.kind === 'link' && e.target === 'note:hub.md');
    expect(links).toHaveLength(1000);
    await vault.remove('burst');
    const deadline2 = Date.now() + 20_000;
    while ((await session.service.listNotes()).length > 1 && Date.now() < deadline2) await new Promise((r) => setTimeout(r, 100));
    expect((await session.service.listNotes()).map((n) => n.id)).toEqual(['hub.md']);
  }, 60_000);

  it('follows a rename made outside: links to the old name are rewritten, once, and the rename can be undone', async () => {
    const events = await open({ 'a.md': '# A\n\nVer [[old name]] y [texto](old%20name.md).\n', 'old name.md': '# Old\n', 'other.md': '# Other\n' });
    await fs.rename(path.join(vault.dir, 'old name.md'), path.join(vault.dir, 'new name.md'));
    const followed = await events.waitFor((e) => e.type === 'file-operation');
    if (followed.type !== 'file-operation') throw new Error('unexpected event');
    expect(followed.operation.moved).toEqual([{ from: 'old name.md', to: 'new name.md' }]);
    expect(followed.operation.rewritten).toEqual(['a.md']);
    expect(await vault.read('a.md')).toBe('# A\n\nVer [[new name]] y [texto](new%20name.md).\n');
    expect(await hasNode('missing:old name')).toBe(false);
    const edges = (await session.service.getGraph({})).edges;
    expect(edges.some((e) => e.id === 'link|note:a.md|note:new name.md')).toBe(true);
    await session.service.undoFileOperation(followed.operation.id);
    expect(await vault.read('a.md')).toBe('# A\n\nVer [[old name]] y [texto](old%20name.md).\n');
    expect(await vault.read('old name.md')).toBe('# Old\n');
  });

  it('leaves links alone when a deleted file and a new one only look alike (two copies of the same text)', async () => {
    const events = await open({ 'a.md': '# A\n\n[[uno]]', 'uno.md': 'igual', 'dos.md': 'igual' });
    await fs.rm(path.join(vault.dir, 'uno.md'));
    await fs.rm(path.join(vault.dir, 'dos.md'));
    await vault.write('tres.md', 'igual');
    await events.waitFor((e) => e.type === 'notes-changed' && e.changed.includes('tres.md'));
    await new Promise((r) => setTimeout(r, 300));
    expect(events.events.some((e) => e.type === 'file-operation')).toBe(false);
    expect(await vault.read('a.md')).toBe('# A\n\n[[uno]]');
  });
});

