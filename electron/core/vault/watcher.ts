import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { NoteId } from '../../contract';
import { isWriteDebris } from './atomic-write';
import { isIgnoredSegment } from './vault-fs';

/** How long a new folder's events must be quiet before it is listed again. */
const RELIST_QUIET_MS = 500;

export interface VaultWatcher {
  close(): Promise<void>;
  /** Resolves once the initial crawl is done and events are live. */
  ready: Promise<void>;
}

export interface WatchOptions {
  /** Quiet time before a batch is delivered; bursts (a git checkout) arrive as one batch. */
  debounceMs?: number;
  /** A batch is delivered at the latest this long after its first event, even in a long burst. */
  maxWaitMs?: number;
}

/**
 * Turns file-system noise (editors' atomic saves, renames, bursts) into batches of vault-relative ids
 * to re-check. The index stats each id, so create/change/delete/rename all reduce to "look again".
 */
export function watchVault(root: string, onBatch: (ids: NoteId[]) => void, options: WatchOptions = {}): VaultWatcher {
  const debounceMs = options.debounceMs ?? 10;
  const maxWaitMs = options.maxWaitMs ?? 250;
  let pending = new Set<NoteId>();
  let timer: NodeJS.Timeout | null = null;
  let firstAt = 0;
  const flush = (): void => {
    timer = null;
    if (pending.size === 0) return;
    const batch = [...pending];
    pending = new Set();
    onBatch(batch);
  };
  const push = (absolute: string): void => {
    const id = path.relative(root, absolute).split(path.sep).join('/');
    if (!id || id.startsWith('..')) return;
    if (pending.size === 0) firstAt = Date.now();
    pending.add(id);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, Date.now() - firstAt >= maxWaitMs ? 0 : debounceMs);
  };
  const ignored = (p: string): boolean => {
    const rel = path.relative(root, p);
    return rel !== '' && (rel.split(path.sep).some(isIgnoredSegment) || isWriteDebris(path.basename(rel)));
  };
  const watcher: FSWatcher = watch(root, {
    ignoreInitial: true,
    followSymlinks: false,
    atomic: true,
    ignored,
    awaitWriteFinish: false,
  });
  watcher.on('add', push).on('change', push).on('unlink', push);
  // A removed folder takes its notes with it: report every note we knew under it via the index's stat.
  watcher.on('unlinkDir', (dir) => push(dir));
  // A folder that appears with many files at once (a git checkout, an unzip) can lose an 'add' under load, as
  // chokidar starts watching it while the files are still being written: once the burst is quiet, the folder
  // is listed again and every file in it looked at (the index skips those it already holds unchanged).
  const newDirs = new Set<string>();
  let relist: NodeJS.Timeout | null = null;
  const listAgain = (): void => {
    relist = null;
    const dirs = [...newDirs];
    newDirs.clear();
    for (const dir of dirs) {
      readdir(dir, { recursive: true, withFileTypes: true })
        .then((entries) => {
          for (const entry of entries) {
            const file = path.join(entry.parentPath, entry.name);
            if (entry.isFile() && !ignored(file)) push(file);
          }
        })
        .catch(() => undefined);
    }
  };
  watcher.on('addDir', (dir) => newDirs.add(dir));
  watcher.on('all', () => {
    if (newDirs.size === 0) return;
    if (relist) clearTimeout(relist);
    relist = setTimeout(listAgain, RELIST_QUIET_MS);
  });
  watcher.on('error', (error) => console.error('cairn watcher:', (error as Error).message));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    close: async () => {
      if (timer) clearTimeout(timer);
      if (relist) clearTimeout(relist);
      await watcher.close();
    },
  };
}
