import { afterEach } from 'vitest';
import { openVaultSession, type VaultSession } from '../session';
import { makeTempVault, type TempVault } from './temp-vault';

/**
 * Opens a real session on a temp vault of `files`, closed and removed after each test of the suite that
 * calls this (at its top level).
 */
export function vaultSessions(): (files: Record<string, string>) => Promise<{ vault: TempVault; session: VaultSession }> {
  const open: { vault: TempVault; session: VaultSession }[] = [];
  afterEach(async () => {
    for (const { vault, session } of open.splice(0)) {
      await session.close();
      await vault.cleanup();
    }
  });
  return async (files) => {
    const vault = await makeTempVault(files);
    const session = await openVaultSession(vault.dir, { host: 'test', watch: false });
    open.push({ vault, session });
    return { vault, session };
  };
}
