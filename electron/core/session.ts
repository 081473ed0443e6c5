import type { OsTrash } from './notes/file-ops';
import type { CairnEvent, HostKind, VaultInfo } from '../contract';
import { CairnService } from './service';
import { FileCacheStore, defaultCacheDir } from './pipeline/cache';
import { NodeVaultFs } from './vault/node-vault-fs';
import { watchVault, type VaultWatcher } from './vault/watcher';

export interface VaultSession {
  service: CairnService;
  root: string;
  /** Resolves when the first index is built (calls made before wait for it anyway). */
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface SessionOptions {
  host: HostKind;
  watch?: boolean;
  openVault?: () => Promise<VaultInfo | null>;
  /** Subscribed before indexing starts, so no progress event is missed. */
  onEvent?: (event: CairnEvent) => void;
  /** Cache folder; null for no cache. Default: the user's cache dir (none for host 'test'). */
  cacheDir?: string | null;
  /** Resolve only after the first index is built (default true). */
  waitForIndex?: boolean;
  /** Warm the search code up once indexed (default: for the app's hosts, where a person will search). */
  warmUp?: boolean;
  /** The system's trash, where the host has one: deletes go there instead of the vault's `.trash/`. */
  osTrash?: OsTrash;
}

/** Opens a folder as a vault: index it, then keep it current from the file system. */
export async function openVaultSession(dir: string, options: SessionOptions): Promise<VaultSession> {
  const vault = await NodeVaultFs.open(dir);
  const cacheDir = options.cacheDir === undefined ? (options.host === 'test' ? null : defaultCacheDir()) : options.cacheDir;
  const cache = cacheDir === null ? null : FileCacheStore.forVault(vault.root, cacheDir);
  const warmUp = options.warmUp ?? (options.host === 'electron' || options.host === 'browser');
  const service = new CairnService(vault, { host: options.host, openVault: options.openVault, cache, warmUp, ...(options.osTrash ? { osTrash: options.osTrash } : {}) });
  if (options.onEvent) service.on(options.onEvent);
  let watcher: VaultWatcher | null = null;
  const ready = service.start();
  if (options.watch !== false) {
    watcher = watchVault(vault.root, (ids) => {
      service.filesChanged(ids).catch((error: unknown) => console.error('cairn: update failed:', (error as Error).message));
    });
    await watcher.ready;
  }
  if (options.waitForIndex !== false) await ready;
  return {
    service,
    root: vault.root,
    ready,
    close: async () => {
      await watcher?.close();
      await service.saveCache();
    },
  };
}
