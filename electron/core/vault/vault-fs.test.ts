import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempVault, type TempVault } from '../testing/temp-vault';
import { MemoryVaultFs } from './memory-vault-fs';
import { NodeVaultFs } from './node-vault-fs';
import type { VaultFs } from './vault-fs';

const FILES = { 'a.md': '# A', 'sub/b.md': '# B', 'sub/img.png': 'png', '.obsidian/app.json': '{}', 'Árbol con espacios 🌲.md': '# emoji' };

/** One suite every VaultFs must pass (SilverBullet's pattern): the in-memory one is only trusted because of it. */
function suite(name: string, make: () => Promise<{ fs: VaultFs; cleanup: () => Promise<void> }>): void {
  describe(name, () => {
    let current: { fs: VaultFs; cleanup: () => Promise<void> };
    afterEach(async () => current.cleanup());

    it('scans notes and attachments, skipping dot folders', async () => {
      current = await make();
      const { files } = await current.fs.scan();
      expect(files.map((f) => f.id).sort()).toEqual(['a.md', 'sub/b.md', 'sub/img.png', 'Árbol con espacios 🌲.md'].sort());
    });

    it('reads, writes and stats by vault-relative id', async () => {
      current = await make();
      await current.fs.write('new/deep/c.md', '# C');
      expect(new TextDecoder().decode(await current.fs.read('new/deep/c.md'))).toBe('# C');
      expect(new TextDecoder().decode(current.fs.readSync('new/deep/c.md'))).toBe('# C');
      expect(() => current.fs.readSync('missing.md')).toThrow();
      expect((await current.fs.stat('new/deep/c.md'))?.size).toBe(3);
      expect(await current.fs.stat('missing.md')).toBeNull();
    });

    it('moves files and folders, refusing to overwrite, and removes files', async () => {
      current = await make();
      await current.fs.move('a.md', 'moved/deeper/a.md');
      expect(await current.fs.stat('a.md')).toBeNull();
      expect(new TextDecoder().decode(await current.fs.read('moved/deeper/a.md'))).toBe('# A');
      await expect(current.fs.move('sub/b.md', 'moved/deeper/a.md')).rejects.toMatchObject({ code: 'conflict' });
      await current.fs.move('sub', 'renamed');
      expect((await current.fs.scan()).files.map((f) => f.id).sort()).toEqual(['moved/deeper/a.md', 'renamed/b.md', 'renamed/img.png', 'Árbol con espacios 🌲.md'].sort());
      await expect(current.fs.move('nothing.md', 'x.md')).rejects.toThrow();
      await current.fs.remove('renamed/b.md');
      await current.fs.remove('renamed/b.md');
      expect(await current.fs.stat('renamed/b.md')).toBeNull();
      await current.fs.mkdir('empty/folder');
      await expect(current.fs.move('../x.md', 'y.md')).rejects.toMatchObject({ code: 'forbidden' });
      await expect(current.fs.move('renamed/img.png', '../y.png')).rejects.toMatchObject({ code: 'forbidden' });
    });

    it('refuses ids that escape before any I/O', async () => {
      current = await make();
      // `a\\b.md` escapes nothing on POSIX, where it is one file name: see write-containment.test.ts.
      for (const bad of ['../x.md', 'sub/../../x.md', '/etc/passwd', 'C:/x.md', ...(path.sep === '\\' ? ['a\\b.md'] : []), 'a\0.md', '']) {
        await expect(current.fs.read(bad), bad).rejects.toThrow();
        expect(() => current.fs.readSync(bad), bad).toThrow();
        await expect(current.fs.write(bad, 'x'), bad).rejects.toThrow();
      }
    });
  });
}

suite('NodeVaultFs', async () => {
  const vault = await makeTempVault(FILES);
  return { fs: await NodeVaultFs.open(vault.dir), cleanup: vault.cleanup };
});
suite('MemoryVaultFs', async () => ({ fs: new MemoryVaultFs('memory', FILES), cleanup: async () => {} }));

describe('NodeVaultFs on a hostile disk', () => {
  let vault: TempVault;
  let outside: TempVault;
  afterEach(async () => {
    await vault?.cleanup();
    await outside?.cleanup();
  });

  it('skips symlinks that point outside and symlink loops, with a reason', async () => {
    vault = await makeTempVault({ 'a.md': '# A', 'dir/b.md': '# B' });
    outside = await makeTempVault({ 'secret.md': 'secret' });
    await fs.symlink(path.join(outside.dir, 'secret.md'), path.join(vault.dir, 'leak.md'));
    await fs.symlink(vault.dir, path.join(vault.dir, 'dir/loop'));
    const nodeFs = await NodeVaultFs.open(vault.dir);
    const { files, skipped } = await nodeFs.scan();
    expect(files.map((f) => f.id)).toEqual(['a.md', 'dir/b.md']);
    expect(skipped.map((s) => s.reason).sort()).toEqual(['symlink-loop', 'symlink-outside']);
    await expect(nodeFs.read('leak.md')).rejects.toThrow(/symlink/);
    expect(() => nodeFs.readSync('leak.md')).toThrow(/symlink/);
    await expect(nodeFs.write('leak.md', 'overwrite')).rejects.toThrow(/symlink/);
    expect(await outside.read('secret.md')).toBe('secret');
  });

  it('leaves the old file intact and no temp files behind when a write fails', async () => {
    vault = await makeTempVault({ 'keep.md': 'original' });
    const nodeFs = await NodeVaultFs.open(vault.dir);
    // Root ignores permission bits, so fail the write the portable way: the parent is a file.
    await expect(nodeFs.write('keep.md/child.md', 'new text')).rejects.toThrow();
    expect(await vault.read('keep.md')).toBe('original');
    expect(await fs.readdir(vault.dir)).toEqual(['keep.md']);
  });
});
