import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempVault, type TempVault } from '../testing/temp-vault';
import { MemoryVaultFs } from './memory-vault-fs';
import { NodeVaultFs } from './node-vault-fs';

/** Every file under a folder, relative: what a write left behind, wherever it went. */
async function tree(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries.map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

describe('a write stays inside the vault, through every kind of symlink', () => {
  let vault: TempVault;
  let outside: TempVault;
  afterEach(async () => {
    await vault?.cleanup();
    await outside?.cleanup();
  });

  const open = async (): Promise<NodeVaultFs> => {
    vault = await makeTempVault({ 'a.md': '# A', 'sub/b.md': '# B' });
    outside = await makeTempVault({ 'secret.md': 'secret' });
    return NodeVaultFs.open(vault.dir);
  };

  it('refuses a new folder under a symlink to a folder outside (mkdir -p would follow it)', async () => {
    const nodeFs = await open();
    await fs.symlink(outside.dir, path.join(vault.dir, 'linkdir'));
    await fs.symlink(outside.dir, path.join(vault.dir, 'sub/linkroot'));
    for (const id of ['linkdir/newsub/pwn.md', 'linkdir/pwn.md', 'sub/linkroot/a/b/pwn.md', 'linkdir/secret.md']) {
      await expect(nodeFs.write(id, 'x'), id).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await tree(outside.dir)).toEqual(['secret.md']);
    expect(await outside.read('secret.md')).toBe('secret');
  });

  it('refuses to replace a dangling symlink, or to write through a dangling or looping folder link', async () => {
    const nodeFs = await open();
    const ghost = path.join(outside.dir, 'created-by-the-save.md');
    await fs.symlink(ghost, path.join(vault.dir, 'dangling.md'));
    await fs.symlink(path.join(outside.dir, 'no-such-folder'), path.join(vault.dir, 'ghostdir'));
    await fs.symlink('loop', path.join(vault.dir, 'loop'));
    for (const id of ['dangling.md', 'ghostdir/x.md', 'loop/x.md']) {
      await expect(nodeFs.write(id, 'x'), id).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/broken or looping symlink/) });
    }
    expect((await fs.lstat(path.join(vault.dir, 'dangling.md'))).isSymbolicLink()).toBe(true);
    expect(await tree(outside.dir)).toEqual(['secret.md']);
  });

  it('moves and makes folders under the same rules: never through a link leading out, dangling or looping', async () => {
    const nodeFs = await open();
    await fs.symlink(outside.dir, path.join(vault.dir, 'linkdir'));
    await fs.symlink(path.join(outside.dir, 'no-such-folder'), path.join(vault.dir, 'ghostdir'));
    await fs.symlink('loop', path.join(vault.dir, 'loop'));
    for (const to of ['linkdir/newsub/a.md', 'linkdir/a.md', 'ghostdir/a.md', 'ghostdir/x/a.md', 'loop/a.md']) {
      await expect(nodeFs.move('a.md', to), to).rejects.toMatchObject({ code: 'forbidden' });
      await expect(nodeFs.mkdir(path.posix.dirname(to)), to).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await tree(outside.dir)).toEqual(['secret.md']);
    expect(await vault.read('a.md')).toBe('# A');
  });

  it('writes through a symlink that stays inside, to its real target', async () => {
    const nodeFs = await open();
    await fs.symlink(path.join(vault.dir, 'sub'), path.join(vault.dir, 'alias'));
    await nodeFs.write('alias/new/c.md', '# C');
    expect(await vault.read('sub/new/c.md')).toBe('# C');
  });

  it('refuses .md files in .git, .obsidian and node_modules, but keeps the app its own .cairn', async () => {
    const nodeFs = await open();
    for (const fsUnderTest of [nodeFs, new MemoryVaultFs()]) {
      for (const id of ['.git/hooks/pre-commit.md', '.git/x.md', '.obsidian/plugins/p.md', 'sub/.hidden/x.md', 'node_modules/x.md', '.cairn']) {
        await expect(fsUnderTest.write(id, 'x'), id).rejects.toMatchObject({ code: 'forbidden' });
      }
      await fsUnderTest.write('.cairn/review.json', '{}');
    }
    expect(await tree(vault.dir)).toEqual(['.cairn', '.cairn/review.json', 'a.md', 'sub', 'sub/b.md']);
  });

  it('cancels the rename when the check before it throws, leaving the old file and no temp file', async () => {
    const nodeFs = await open();
    let seen: string | null = null;
    const refuse = (current: Uint8Array | null): void => {
      seen = current && new TextDecoder().decode(current);
      throw new Error('changed meanwhile');
    };
    await expect(nodeFs.write('a.md', 'new text', refuse)).rejects.toThrow('changed meanwhile');
    expect(seen).toBe('# A');
    expect(await vault.read('a.md')).toBe('# A');
    expect(await tree(vault.dir)).toEqual(['a.md', 'sub', 'sub/b.md']);
  });
});

describe.skipIf(path.sep === '\\')('file names holding a backslash (POSIX)', () => {
  let vault: TempVault;
  afterEach(async () => vault?.cleanup());

  it('are listed, read and written like any other, and lead nowhere else', async () => {
    vault = await makeTempVault({ 'a\\b.md': '# Barra\n', 'sub/b.md': '# B' });
    const nodeFs = await NodeVaultFs.open(vault.dir);
    expect((await nodeFs.scan()).files.map((f) => f.id)).toEqual(['a\\b.md', 'sub/b.md']);
    expect(new TextDecoder().decode(await nodeFs.read('a\\b.md'))).toBe('# Barra\n');
    await nodeFs.write('a\\b.md', '# Barra 2\n');
    await nodeFs.write('x\\..\\..\\c.md', '# odd name');
    expect(await tree(vault.dir)).toEqual(['a\\b.md', 'sub', 'sub/b.md', 'x\\..\\..\\c.md']);
    expect(await vault.read('a\\b.md')).toBe('# Barra 2\n');
  });
});

describe('temp files a killed save left behind', () => {
  let vault: TempVault;
  afterEach(async () => vault?.cleanup());

  it('are never indexed, and are removed on the next scan once their writer is gone', async () => {
    vault = await makeTempVault({ 'a.md': '# A', 'notes.md.1': 'a person’s own backup', 'b.md.2024': 'another' });
    // A pid that is not running: the highest pid Linux can hand out, plus one.
    const deadPid = 4194305;
    await vault.write(`.a.md.cairn-${deadPid}-0123abcd.tmp`, '# A half writ');
    await vault.write(`.new.md.cairn-${deadPid}-89abcdef.tmp`, '# New, never renamed');
    await vault.write('a.md.2882400018', '# A half written by write-file-atomic');
    await vault.write('orphan.md.2882400018', 'no note beside it: could be anyone’s');
    const nodeFs = await NodeVaultFs.open(vault.dir);
    const { files } = await nodeFs.scan();
    expect(files.map((f) => f.id)).toEqual(['a.md', 'b.md.2024', 'notes.md.1']);
    expect(await tree(vault.dir)).toEqual(['a.md', 'b.md.2024', 'notes.md.1', 'orphan.md.2882400018']);
  });

  it('leaves a temp file of a writer still running', async () => {
    vault = await makeTempVault({ 'a.md': '# A' });
    const name = `.a.md.cairn-${process.ppid}-0123abcd.tmp`;
    await vault.write(name, 'in flight');
    await (await NodeVaultFs.open(vault.dir)).scan();
    expect(await tree(vault.dir)).toEqual([name, 'a.md']);
  });
});
