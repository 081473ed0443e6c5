import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CairnError } from '../contract';
import { openVaultSession, type VaultSession } from './session';
import { makeTempVault, type TempVault } from './testing/temp-vault';

/** Saves that race each other or another program: none may overwrite text it did not see. */
describe('a save never loses an update', () => {
  let vault: TempVault;
  let session: VaultSession;
  afterEach(async () => {
    await session?.close();
    await vault?.cleanup();
  });

  const open = async (): Promise<string> => {
    vault = await makeTempVault({ 'a.md': '# A\n\nbase\n' });
    session = await openVaultSession(vault.dir, { host: 'test', watch: false });
    return (await session.service.readNote('a.md')).hash;
  };

  it('lets exactly one of two saves from the same base succeed, 100 times over', async () => {
    let baseHash = await open();
    for (let round = 0; round < 100; round++) {
      const saves = await Promise.allSettled([
        session.service.saveNote({ id: 'a.md', content: `# A\n\nfirst ${round}\n`, baseHash }),
        session.service.saveNote({ id: 'a.md', content: `# A\n\nsecond ${round}\n`, baseHash }),
      ]);
      const won = saves.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      const lost = saves.flatMap((s) => (s.status === 'rejected' ? [s.reason as CairnError] : []));
      expect(won, `round ${round}`).toHaveLength(1);
      expect(lost[0]?.code).toBe('conflict');
      expect(await vault.read('a.md')).toBe(`# A\n\nfirst ${round}\n`);
      baseHash = won[0]?.hash ?? '';
    }
  });

  it('lets exactly one of two new notes with the same name be created', async () => {
    await open();
    const saves = await Promise.allSettled(['one', 'two', 'three'].map((who) => session.service.saveNote({ id: 'nueva.md', content: who, baseHash: null })));
    expect(saves.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    expect(await vault.read('nueva.md')).toBe('one');
  });

  it('never overwrites a write another program made while the save was in flight', async () => {
    await open();
    const file = path.join(vault.dir, 'a.md');
    let lost = 0;
    let conflicts = 0;
    for (let trial = 0; trial < 150; trial++) {
      await fs.writeFile(file, `# A\n\nbase ${trial}\n`);
      const baseHash = (await session.service.readNote('a.md')).hash;
      // The other program writes after a few event-loop turns: somewhere inside the save.
      const external = (async () => {
        for (let turn = trial % 6; turn > 0; turn--) await new Promise((r) => setImmediate(r));
        await fs.writeFile(file, `# A\n\ntheirs ${trial}\n`);
      })();
      const [save] = await Promise.allSettled([session.service.saveNote({ id: 'a.md', content: `# A\n\nmine ${trial}\n`, baseHash }), external]);
      if (save.status === 'rejected') conflicts++;
      // Their write finished, yet the file holds ours: it was replaced without being seen.
      else if ((await fs.readFile(file, 'utf8')) === `# A\n\nmine ${trial}\n`) lost++;
    }
    expect(lost).toBe(0);
    expect(conflicts).toBeGreaterThan(0);
  }, 60_000);
});
