import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CairnEvent } from '../../contract';
import { CairnService } from '../service';
import { makeTempVault, type TempVault } from '../testing/temp-vault';
import { MemoryVaultFs } from '../vault/memory-vault-fs';
import { NodeVaultFs } from '../vault/node-vault-fs';
import type { VaultFs } from '../vault/vault-fs';

const VAULT: Record<string, string> = {
  'aws/EC2.md': '# EC2\n\n## Conexión\n\nTexto. ^bloque\n\nVer [[S3]] y [imagen](../img/diagrama%20uno.png).\n',
  'S3.md': '# S3\n\nAlmacenamiento.\n',
  'linker.md': [
    '# Linker',
    '',
    'Plain [[EC2]], aliased [[EC2|la instancia]], heading [[EC2#Conexión]], block [[EC2#^bloque]].',
    'Embed ![[EC2]] and path [[aws/EC2]] and with extension [[EC2.md]].',
    'Markdown [texto](aws/EC2.md) and [con ancla](aws/EC2.md#Conexión) and <[angle](<aws/EC2.md>)>.',
    '',
    '```',
    '[[EC2]] in code stays',
    '```',
    'Inline `[[EC2]]` stays, and [[S3]] is untouched.',
    '',
  ].join('\n'),
  'sub/deep.md': '# Deep\n\n[arriba](../aws/EC2.md) y [[EC2]].\n',
  'img/diagrama uno.png': 'png',
};

interface Harness {
  service: CairnService;
  read(id: string): Promise<string | null>;
  cleanup(): Promise<void>;
}

async function open(vault: VaultFs, cleanup: () => Promise<void>): Promise<Harness> {
  const service = new CairnService(vault, { host: 'test' });
  await service.start();
  const read = async (id: string): Promise<string | null> => {
    const bytes = await vault.read(id).catch(() => null);
    return bytes ? new TextDecoder().decode(bytes) : null;
  };
  return { service, read, cleanup };
}

const makers: [string, (files: Record<string, string>) => Promise<Harness>][] = [
  ['memory', async (files) => open(new MemoryVaultFs('memory', files), async () => {})],
  [
    'node',
    async (files) => {
      const temp = await makeTempVault(files);
      return open(await NodeVaultFs.open(temp.dir), temp.cleanup);
    },
  ],
];

const missingNodes = async (service: CairnService): Promise<string[]> =>
  (await service.getGraph({})).nodes.filter((n) => n.kind === 'missing').map((n) => n.id);
/** The nodes the vault's links to `name` end at. */
const linkTargets = async (service: CairnService, name: string): Promise<string[]> => {
  const graph = await service.getGraph({});
  const named = new Set(graph.nodes.filter((n) => n.label.toLowerCase() === name.toLowerCase() || n.id === `note:${name}.md`).map((n) => n.id));
  return [...new Set(graph.edges.filter((e) => e.kind === 'link' && named.has(e.target)).map((e) => e.target))];
};

for (const [name, make] of makers) {
  describe(`file operations (${name} vault)`, () => {
    let h: Harness;
    afterEach(async () => h?.cleanup());

    it('renames a note and rewrites every kind of link to it, leaving code alone', async () => {
      h = await make(VAULT);
      const op = await h.service.renameNote({ from: 'aws/EC2.md', to: 'aws/Elastic Compute.md' });
      expect(op.moved).toEqual([{ from: 'aws/EC2.md', to: 'aws/Elastic Compute.md' }]);
      expect(op.rewritten.sort()).toEqual(['linker.md', 'sub/deep.md']);
      expect(op.skipped).toEqual([]);
      const linker = await h.read('linker.md');
      expect(linker).toContain('Plain [[Elastic Compute]], aliased [[Elastic Compute|la instancia]], heading [[Elastic Compute#Conexión]], block [[Elastic Compute#^bloque]].');
      expect(linker).toContain('Embed ![[Elastic Compute]] and path [[aws/Elastic Compute]] and with extension [[Elastic Compute.md]].');
      expect(linker).toContain('Markdown [texto](aws/Elastic%20Compute.md) and [con ancla](aws/Elastic%20Compute.md#Conexión) and <[angle](<aws/Elastic Compute.md>)>.');
      expect(linker).toContain('[[EC2]] in code stays');
      expect(linker).toContain('Inline `[[EC2]]` stays, and [[S3]] is untouched.');
      expect(await h.read('sub/deep.md')).toBe('# Deep\n\n[arriba](../aws/Elastic%20Compute.md) y [[Elastic Compute]].\n');
      expect(await h.read('aws/EC2.md')).toBeNull();
      expect(await missingNodes(h.service)).toEqual([]);
      const backlinks = (await h.service.readNote('aws/Elastic Compute.md')).backlinks.map((b) => b.from);
      expect(new Set(backlinks)).toEqual(new Set(['linker.md', 'sub/deep.md']));
    });

    it('reaches the window as one change: the move and the rewritten links together, never a link to nowhere', async () => {
      h = await make(VAULT);
      const events: CairnEvent[] = [];
      h.service.on((event) => events.push(event));
      await h.service.renameNote({ from: 'aws/EC2.md', to: 'aws/Elastic Compute.md' });
      const changes = events.filter((e) => e.type === 'notes-changed');
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatchObject({ removed: ['aws/EC2.md'] });
      expect(new Set(changes[0]?.type === 'notes-changed' ? changes[0].changed : [])).toEqual(new Set(['aws/Elastic Compute.md', 'linker.md', 'sub/deep.md']));
      // Applied apart, the rewritten links first pointed at a note the index did not have yet.
      const drawn = events.flatMap((e) => (e.type === 'graph-delta' ? e.delta.upsertNodes : []));
      expect(drawn.filter((node) => node.kind === 'missing')).toEqual([]);
    });

    it("moves a note to another folder and fixes its own relative links", async () => {
      h = await make(VAULT);
      await h.service.renameNote({ from: 'aws/EC2.md', to: 'archivo/viejo/EC2.md' });
      expect(await h.read('archivo/viejo/EC2.md')).toContain('Ver [[S3]] y [imagen](../../img/diagrama%20uno.png).');
      // A bare name that stays unique is left as it was.
      expect(await h.read('linker.md')).toContain('Plain [[EC2]], aliased [[EC2|la instancia]]');
      expect(await h.read('linker.md')).toContain('path [[archivo/viejo/EC2]]');
      expect(await h.read('linker.md')).toContain('[texto](archivo/viejo/EC2.md)');
      expect(await missingNodes(h.service)).toEqual([]);
    });

    it('writes a folder path when the bare name would become ambiguous', async () => {
      h = await make({ ...VAULT, 'otra/Nombre.md': '# Otro' });
      await h.service.renameNote({ from: 'aws/EC2.md', to: 'aws/Nombre.md' });
      // `otra/Nombre.md` and `aws/Nombre.md` tie on depth; the link must keep naming the renamed one.
      const linker = (await h.read('linker.md')) as string;
      const written = /Plain \[\[([^\]]+)\]\]/.exec(linker)?.[1];
      expect(written === 'Nombre' ? 'otra/Nombre.md' > 'aws/Nombre.md' : written === 'aws/Nombre').toBe(true);
      const note = await h.service.readNote('linker.md');
      expect(note.links.filter((l) => l.line === 3).every((l) => l.resolved === 'aws/Nombre.md')).toBe(true);
    });

    it('undoes a rename in one step: the file comes back and every link text is restored', async () => {
      h = await make(VAULT);
      const before = { linker: await h.read('linker.md'), deep: await h.read('sub/deep.md'), ec2: await h.read('aws/EC2.md') };
      const op = await h.service.renameNote({ from: 'aws/EC2.md', to: 'z/Renombrada.md' });
      const undo = await h.service.undoFileOperation(op.id);
      expect(undo.kind).toBe('undo');
      expect(undo.moved).toEqual([{ from: 'z/Renombrada.md', to: 'aws/EC2.md' }]);
      expect({ linker: await h.read('linker.md'), deep: await h.read('sub/deep.md'), ec2: await h.read('aws/EC2.md') }).toEqual(before);
      expect(await h.read('z/Renombrada.md')).toBeNull();
      expect((await h.service.listNotes()).map((n) => n.id)).toContain('aws/EC2.md');
      expect(await missingNodes(h.service)).toEqual([]);
      await expect(h.service.undoFileOperation(op.id)).rejects.toThrow(/already undone/);
    });

    it('an undo leaves a note edited since the rename as it is now, and says so', async () => {
      h = await make(VAULT);
      const op = await h.service.renameNote({ from: 'S3.md', to: 'Simple Storage.md' });
      const edited = await h.service.readNote('linker.md');
      await h.service.saveNote({ id: 'linker.md', content: `${edited.content}\nAñadido después.\n`, baseHash: edited.hash });
      const undo = await h.service.undoFileOperation(op.id);
      expect(undo.skipped.map((s) => s.noteId)).toEqual(['linker.md']);
      expect(await h.read('linker.md')).toContain('Añadido después.');
      expect(await h.read('aws/EC2.md')).toContain('Ver [[S3]]');
      expect(await h.read('S3.md')).toBe('# S3\n\nAlmacenamiento.\n');
    });

    it('renames a folder with the notes inside it', async () => {
      h = await make(VAULT);
      const op = await h.service.renameNote({ from: 'aws', to: 'amazon' });
      expect(op.moved).toEqual([{ from: 'aws/EC2.md', to: 'amazon/EC2.md' }]);
      expect(await h.read('linker.md')).toContain('[texto](amazon/EC2.md)');
      expect(await h.read('sub/deep.md')).toContain('[arriba](../amazon/EC2.md)');
      expect(await missingNodes(h.service)).toEqual([]);
      await h.service.undoFileOperation(op.id);
      expect(await h.read('aws/EC2.md')).toContain('# EC2');
      expect(await h.read('linker.md')).toContain('[texto](aws/EC2.md)');
    });

    it('deletes to the vault trash, numbering a second file of the same name, and undoes it', async () => {
      h = await make(VAULT);
      const first = await h.service.deleteNote('S3.md');
      expect(first.moved).toEqual([{ from: 'S3.md', to: '.trash/S3.md' }]);
      expect(await h.read('.trash/S3.md')).toBe('# S3\n\nAlmacenamiento.\n');
      expect((await h.service.listNotes()).map((n) => n.id)).not.toContain('S3.md');
      // The links to it now go to the concept their target names, as to a note not yet written.
      expect(await linkTargets(h.service, 'S3')).toEqual(['concept:s3']);
      await h.service.saveNote({ id: 'S3.md', content: '# S3 otra vez\n', baseHash: null });
      const second = await h.service.deleteNote('S3.md');
      expect(second.moved[0]?.to).toBe('.trash/S3 2.md');
      await h.service.undoFileOperation(second.id);
      expect(await h.read('S3.md')).toBe('# S3 otra vez\n');
      // The first one cannot come back over the second: refused, both kept.
      await expect(h.service.undoFileOperation(first.id)).rejects.toThrow(/exists again/);
      expect(await h.read('.trash/S3.md')).toBe('# S3\n\nAlmacenamiento.\n');
      expect(await linkTargets(h.service, 'S3')).toEqual(['note:S3.md']);
      expect(await missingNodes(h.service)).toEqual([]);
    });

    it('refuses paths that leave the vault, hidden names, existing targets, and unknown files, changing nothing', async () => {
      h = await make(VAULT);
      await expect(h.service.renameNote({ from: 'S3.md', to: '../fuera.md' })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(h.service.renameNote({ from: '../../etc/passwd', to: 'x.md' })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(h.service.renameNote({ from: 'S3.md', to: '/tmp/x.md' })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(h.service.renameNote({ from: 'S3.md', to: '.cairn/x.md' })).rejects.toMatchObject({ code: 'bad-request' });
      await expect(h.service.renameNote({ from: 'S3.md', to: 'linker.md' })).rejects.toMatchObject({ code: 'conflict' });
      await expect(h.service.renameNote({ from: 'S3.md', to: 'S3.txt' })).rejects.toMatchObject({ code: 'bad-request' });
      await expect(h.service.renameNote({ from: 'nada.md', to: 'algo.md' })).rejects.toMatchObject({ code: 'not-found' });
      await expect(h.service.deleteNote('../fuera.md')).rejects.toMatchObject({ code: 'forbidden' });
      await expect(h.service.createFolder('../fuera')).rejects.toMatchObject({ code: 'forbidden' });
      await expect(h.service.renameNote({ from: 'S3.md' } as never)).rejects.toMatchObject({ code: 'bad-request' });
      expect(await h.read('S3.md')).toBe('# S3\n\nAlmacenamiento.\n');
      expect((await h.service.listNotes()).length).toBe(4);
    });

    it('keeps a draft until the note is saved, and moves it with a rename', async () => {
      h = await make(VAULT);
      expect(await h.service.readDraft('S3.md')).toBeNull();
      const note = await h.service.readNote('S3.md');
      await h.service.saveDraft({ id: 'S3.md', content: 'borrador', baseHash: note.hash });
      expect(await h.service.readDraft('S3.md')).toMatchObject({ id: 'S3.md', content: 'borrador', baseHash: note.hash });
      // Drafts live in a dot folder: they are not notes.
      expect((await h.service.listNotes()).length).toBe(4);
      await h.service.renameNote({ from: 'S3.md', to: 'Simple.md' });
      expect(await h.service.readDraft('S3.md')).toBeNull();
      expect((await h.service.readDraft('Simple.md'))?.content).toBe('borrador');
      const moved = await h.service.readNote('Simple.md');
      await h.service.saveNote({ id: 'Simple.md', content: 'borrador', baseHash: moved.hash });
      expect(await h.service.readDraft('Simple.md')).toBeNull();
      await h.service.saveDraft({ id: 'Simple.md', content: 'otro', baseHash: null });
      await h.service.discardDraft('Simple.md');
      expect(await h.service.readDraft('Simple.md')).toBeNull();
    });

    it('a conflicting save is refused without losing either text, and saves work again after resolving', async () => {
      h = await make(VAULT);
      const opened = await h.service.readNote('S3.md');
      await h.service.saveDraft({ id: 'S3.md', content: 'mi versión', baseHash: opened.hash });
      // Someone else writes the file meanwhile.
      const theirs = await h.service.readNote('S3.md');
      await h.service.saveNote({ id: 'S3.md', content: '# S3\n\nDe otro editor.\n', baseHash: theirs.hash });
      await h.service.saveDraft({ id: 'S3.md', content: 'mi versión', baseHash: opened.hash });
      await expect(h.service.saveNote({ id: 'S3.md', content: 'mi versión', baseHash: opened.hash })).rejects.toMatchObject({ code: 'conflict' });
      expect(await h.read('S3.md')).toBe('# S3\n\nDe otro editor.\n');
      expect((await h.service.readDraft('S3.md'))?.content).toBe('mi versión');
      // Resolved by keeping mine: saved against the disk's hash.
      const disk = await h.service.readNote('S3.md');
      const saved = await h.service.saveNote({ id: 'S3.md', content: 'mi versión', baseHash: disk.hash });
      expect(await h.read('S3.md')).toBe('mi versión');
      await h.service.saveNote({ id: 'S3.md', content: 'mi versión 2', baseHash: saved.hash });
      expect(await h.read('S3.md')).toBe('mi versión 2');
    });

    it('rewrites a link inside a table (escaped pipe) and leaves same-note heading links alone', async () => {
      h = await make({
        'S3.md': '# S3\n\n## Clases\n',
        'tabla.md': '# Tabla\n\n| servicio | nota |\n|---|---|\n| S3 | [[S3\\|almacén]] |\n\nVer [[#Tabla]] y [[S3#Clases|clases]].\n',
      });
      await h.service.renameNote({ from: 'S3.md', to: 'Simple Storage Service.md' });
      expect(await h.read('tabla.md')).toBe('# Tabla\n\n| servicio | nota |\n|---|---|\n| S3 | [[Simple Storage Service\\|almacén]] |\n\nVer [[#Tabla]] y [[Simple Storage Service#Clases|clases]].\n');
    });

    it('lists the headings and block ids of a note for completion', async () => {
      h = await make(VAULT);
      const anchors = await h.service.noteAnchors('aws/EC2.md');
      expect(anchors.headings.map((x) => x.text)).toEqual(['EC2', 'Conexión']);
      expect(anchors.blocks).toEqual([{ id: 'bloque', line: 5, text: 'Texto.' }]);
    });
  });
}

describe('file operations on a disk with symlinks', () => {
  let vault: TempVault;
  let outside: TempVault;
  afterEach(async () => {
    await vault?.cleanup();
    await outside?.cleanup();
  });

  it('refuses to move a note through a symlink that leads out of the vault', async () => {
    vault = await makeTempVault({ 'a.md': '# A\n\n[[b]]', 'b.md': '# B' });
    outside = await makeTempVault({ 'secret.md': 'secret' });
    await fs.symlink(outside.dir, path.join(vault.dir, 'escape'));
    await fs.symlink(path.join(outside.dir, 'secret.md'), path.join(vault.dir, 'leak.md'));
    const service = new CairnService(await NodeVaultFs.open(vault.dir), { host: 'test' });
    await service.start();
    await expect(service.renameNote({ from: 'b.md', to: 'escape/b.md' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(service.renameNote({ from: 'b.md', to: 'escape/new/b.md' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(service.deleteNote('leak.md')).rejects.toThrow();
    await expect(service.createFolder('escape/dentro')).rejects.toMatchObject({ code: 'forbidden' });
    expect(await vault.read('b.md')).toBe('# B');
    expect((await fs.readdir(outside.dir)).sort()).toEqual(['secret.md']);
  });
});

describe('deleting to the system trash (a host that has one, as the desktop app does)', () => {
  let vault: TempVault;
  let trash: TempVault;
  afterEach(async () => {
    await vault?.cleanup();
    await trash?.cleanup();
  });

  /** Stands in for the OS: moves what it is given into a folder outside the vault, as a trash does. */
  const systemTrash = (dir: string, asked: string[]) => async (absolutePath: string): Promise<void> => {
    asked.push(absolutePath);
    await fs.rename(absolutePath, path.join(dir, `${asked.length}-${path.basename(absolutePath)}`));
  };

  it('hands the file to the system trash, not .trash/, and the index forgets it; undo says where it went', async () => {
    vault = await makeTempVault({ 'a.md': '# A\n\n[[b]]', 'b.md': '# B', 'sub/c.md': '# C', 'sub/d.md': '# D' });
    trash = await makeTempVault({});
    const asked: string[] = [];
    const service = new CairnService(await NodeVaultFs.open(vault.dir), { host: 'test', osTrash: systemTrash(trash.dir, asked) });
    await service.start();
    const op = await service.deleteNote('b.md');
    expect(op).toMatchObject({ kind: 'delete', osTrash: true, undoable: false, moved: [{ from: 'b.md', to: 'b.md' }] });
    expect(asked).toEqual([path.join(await fs.realpath(vault.dir), 'b.md')]);
    expect(await vault.read('b.md').catch(() => null)).toBeNull();
    expect(await fs.readdir(vault.dir)).not.toContain('.trash');
    expect((await service.listNotes()).map((n) => n.id)).not.toContain('b.md');
    expect((await service.getGraph({})).nodes.some((n) => n.kind === 'missing' && n.label.toLowerCase() === 'b')).toBe(true);
    await expect(service.undoFileOperation(op.id)).rejects.toMatchObject({ code: 'not-found' });

    const folder = await service.deleteNote('sub');
    expect(folder.moved.map((m) => m.from).sort()).toEqual(['sub/c.md', 'sub/d.md']);
    expect(asked[1]).toBe(path.join(await fs.realpath(vault.dir), 'sub'));
    expect((await service.listNotes()).map((n) => n.id)).toEqual(['a.md']);
    expect((await fs.readdir(trash.dir)).sort()).toEqual(['1-b.md', '2-sub']);
  });

  it('never hands it a path out of the vault', async () => {
    vault = await makeTempVault({ 'a.md': '# A' });
    trash = await makeTempVault({ 'secret.md': 'secret' });
    await fs.symlink(path.join(trash.dir, 'secret.md'), path.join(vault.dir, 'leak.md'));
    const asked: string[] = [];
    const service = new CairnService(await NodeVaultFs.open(vault.dir), { host: 'test', osTrash: systemTrash(trash.dir, asked) });
    await service.start();
    await expect(service.deleteNote('leak.md')).rejects.toThrow();
    await expect(service.deleteNote('../outside.md')).rejects.toThrow();
    expect(asked).toEqual([]);
    expect(await fs.readFile(path.join(trash.dir, 'secret.md'), 'utf8')).toBe('secret');
  });
});
