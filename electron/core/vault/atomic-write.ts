import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Temp files of our atomic writes: hidden (so scan and watch skip them like any dot file) and carrying the
 * writer's pid, so a later start can tell debris of a killed writer from a write in flight.
 */
const TEMP = /^\.(.+)\.cairn-(\d+)-[0-9a-f]{8}\.tmp$/;

/** write-file-atomic's names (`target.md.<uint32>`), left by saves killed before this writer existed. */
const LEGACY_TEMP = /^(.+\.md)\.\d{6,10}$/i;

export function isWriteDebris(name: string): boolean {
  return TEMP.test(name) || LEGACY_TEMP.test(name);
}

/**
 * Whether a temp file may be removed: ours when its writer is gone (or is this process, which scans only
 * before it saves), write-file-atomic's when the note it was writing exists beside it.
 */
export function isStaleDebris(name: string, siblings: ReadonlySet<string>): boolean {
  const ours = TEMP.exec(name);
  if (ours) return Number(ours[2]) === process.pid || !isAlive(Number(ours[2]));
  const legacy = LEGACY_TEMP.exec(name);
  return legacy !== null && siblings.has(legacy[1] ?? '');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface AtomicWriteOptions {
  /** Runs on the target's bytes as they are right before the rename (null when absent); throws to cancel. */
  beforeRename?: (current: Buffer | null) => void;
  /** The target's permission bits, when the caller already stat-ed it (else they are read here). */
  mode?: number;
  /**
   * Flush the folder's entry after the rename (default true). A caller writing many files into a few
   * folders passes false and flushes each folder once after the last (`syncFolder`), before it reports
   * the files written.
   */
  syncFolder?: boolean;
}

/**
 * Writes `data` to a temp file beside `target`, flushes it, runs `beforeRename` on the file's bytes as they
 * are at that moment (null when absent), and only then renames the temp over the target.
 * write-file-atomic does the same but offers no hook between its flush and its rename; a save must re-check
 * the file right there, or an edit made by another program during the flush is silently replaced.
 */
export async function atomicWrite(target: string, data: string, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.cairn-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const mode = options.mode ?? (await fs.stat(target).then((s) => s.mode & 0o777, () => 0o666));
  const handle = await fs.open(temp, 'wx', mode);
  try {
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.beforeRename) options.beforeRename(await fs.readFile(target).catch(notFoundAsNull));
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  if (options.syncFolder !== false) await syncFolder(dir);
}

/** Makes the entries of a folder (a rename into it, a file created) survive a power cut; not possible on Windows. */
export async function syncFolder(dir: string): Promise<void> {
  const folder = await fs.open(dir, 'r').catch(() => null);
  await folder?.sync().catch(() => undefined);
  await folder?.close();
}

function notFoundAsNull(error: NodeJS.ErrnoException): null {
  if (error.code === 'ENOENT') return null;
  throw error;
}
