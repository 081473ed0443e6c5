import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { NoteId } from '../../contract';
import { isWriteDebris } from './atomic-write';
import { isIgnoredSegment } from './vault-fs';

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
  const watcher: FSWatcher = watch(root, {
    ignoreInitial: true,
    followSymlinks: false,
    atomic: true,
    ignored: (p: string) => {
      const rel = path.relative(root, p);
      return rel !== '' && (rel.split(path.sep).some(isIgnoredSegment) || isWriteDebris(path.basename(rel)));
    },
    awaitWriteFinish: false,
  });
  watcher.on('add', push).on('change', push).on('unlink', push);
  // A removed folder takes its notes with it: report every note we knew under it via the index's stat.
  watcher.on('unlinkDir', (dir) => push(dir));
  watcher.on('error', (error) => console.error('cairn watcher:', (error as Error).message));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    close: async () => {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
