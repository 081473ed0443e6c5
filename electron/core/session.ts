import type { HostKind, VaultInfo } from '../contract';
import { CairnService } from './service';
import { NodeVaultFs } from './vault/node-vault-fs';
import { watchVault, type VaultWatcher } from './vault/watcher';

export interface VaultSession {
  service: CairnService;
  root: string;
  close(): Promise<void>;
}

export interface SessionOptions {
  host: HostKind;
  watch?: boolean;
  openVault?: () => Promise<VaultInfo | null>;
}

/** Opens a folder as a vault: index it, then keep it current from the file system. */
export async function openVaultSession(dir: string, options: SessionOptions): Promise<VaultSession> {
  const vault = await NodeVaultFs.open(dir);
  const service = new CairnService(vault, { host: options.host, openVault: options.openVault });
  let watcher: VaultWatcher | null = null;
  const started = service.start();
  if (options.watch !== false) {
    watcher = watchVault(vault.root, (ids) => {
      service.filesChanged(ids).catch((error: unknown) => console.error('cairn: update failed:', (error as Error).message));
    });
  }
  await started;
  return {
    service,
    root: vault.root,
    close: async () => {
      await watcher?.close();
    },
  };
}
