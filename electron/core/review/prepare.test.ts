import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CairnService } from '../service';
import { makeTempVault, type TempVault } from '../testing/temp-vault';
import { NodeVaultFs } from '../vault/node-vault-fs';
import { indexDeckSource } from './index-source';
import { Reviewer } from './reviewer';
import { turnsDuring } from '../testing/turns';

/*
 * The deck is built after the index, in the background: on a vault of tens of thousands of cards that
 * took seconds in one piece, and every request to the index waited behind it. Now it goes a slice at a
 * time, and a request that needs the deck meanwhile finishes it and gets all of it.
 */

const CARDS = 8_000;
const FILES = {
  'tarjetas.md': `---\ntags: [flashcards]\n---\n# Tarjetas\n\n${Array.from({ length: CARDS }, (_, i) => `pregunta ${i}::respuesta ${i}`).join('\n')}\n`,
  'EC2.md': '# EC2\n\nAmazon EC2 runs virtual servers in the AWS cloud. It boots from an [[AMI]].\n',
  'AMI.md': '# AMI\n\nAn Amazon Machine Image (AMI) holds the root volume of an instance.\n',
};

describe('building the deck in the background', { timeout: 60_000 }, () => {
  let vault: TempVault;
  let service: CairnService;
  let fs: NodeVaultFs;
  const reviewer = (): Reviewer => new Reviewer(() => indexDeckSource(service.index), fs, () => new Date('2026-05-04T10:00:00Z'));

  beforeEach(async () => {
    vault = await makeTempVault(FILES);
    fs = await NodeVaultFs.open(vault.dir);
    service = new CairnService(fs, { host: 'test' });
    await service.start();
  });
  afterEach(() => vault.cleanup());

  it('lets the event loop turn while it builds', async () => {
    const { turns } = await turnsDuring(() => reviewer().prepare());
    // Each turn is a chance for a queued request; in one piece the build allowed none.
    expect(turns).toBeGreaterThan(3);
  });

  it('answers a request made during the build with the whole deck, as a build in one piece would', async () => {
    const whole = await reviewer().queue({ limit: 5 });
    expect(whole.newCount).toBeGreaterThanOrEqual(CARDS);
    const background = reviewer();
    const prepared = background.prepare();
    await new Promise((resolve) => setImmediate(resolve));
    const during = await background.queue({ limit: 5 });
    await prepared;
    expect(during).toEqual(whole);
    expect(await background.queue({ limit: 5 })).toEqual(whole);
  });

  it('drops a build the vault changed under, and builds the new deck on the next request', async () => {
    const before = (await reviewer().queue({ limit: 5 })).newCount;
    const background = reviewer();
    const prepared = background.prepare();
    await new Promise((resolve) => setImmediate(resolve));
    await fs.write('más.md', '---\ntags: [flashcards]\n---\n# Más\n\notra::más\n');
    await service.index.applyChanges(['más.md']);
    background.invalidate();
    await prepared;
    const after = await background.queue({ limit: 5 });
    expect(after.newCount).toBeGreaterThan(before);
    expect(after).toEqual(await reviewer().queue({ limit: 5 }));
  });
});
