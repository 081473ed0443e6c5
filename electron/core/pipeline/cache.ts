import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NoteId } from '../../contract';
import type { ConceptEngineState } from '../concepts/engine';
import type { PackedContributions } from '../graph/contribution-codec';
import type { RelatedState } from '../graph/related-index';
import { readFrames, writeFrames } from './cache-frames';
import type { NoteRecord } from './note-record';
import type { OpeningSnapshot } from './snapshot';

/** Bump when the parser, the concept rules or the record shape change: old caches are then ignored. */
export const CACHE_VERSION = 54;

export interface CacheData {
  version: number;
  /**
   * What a window asks first (the whole graph, the note list, the counts), as the other parts below left
   * them: written before them and read alone, so a warm start answers those while it loads the rest.
   */
  snapshot?: OpeningSnapshot;
  /** Metadata only (see NoteMeta): the notes' text stays in the vault. */
  records: NoteRecord[];
  search: unknown;
  /** The concept engine as the records left it: a warm start then extracts and matches only what changed. */
  concepts?: ConceptEngineState;
  /**
   * Each note's graph contribution as the records and concepts above made it: a warm start loads them
   * and applies only the files changed since, instead of recomputing every note's part.
   */
  graph?: PackedContributions;
  /** The `related` co-occurrence sums of those contributions, so a warm start does not re-add them. */
  related?: RelatedState;
}

/** The cache's parts, each made when its turn to be written comes (see `writeFrames`). */
export type CacheParts = { [K in keyof CacheData]-?: () => CacheData[K] | Promise<CacheData[K]> };

export interface CacheStore {
  /** The whole cache except its snapshot (and, `withoutSearch`, its search part). */
  load(withoutSearch?: boolean): Promise<CacheData | null>;
  /** Only the search part (FlexSearch's export), to answer searches before the rest is loaded. */
  loadSearch(): Promise<unknown>;
  /** Only the snapshot: a few MB at the head of the file. */
  loadSnapshot(): Promise<OpeningSnapshot | null>;
  save(parts: CacheParts): Promise<void>;
}

/**
 * The cache lives outside the vault (a vault is the person's folder, not ours), one file per vault,
 * written in frames (cache-frames.ts) to a temporary file renamed into place, so a crash mid-save leaves
 * the previous cache.
 */
export class FileCacheStore implements CacheStore {
  constructor(readonly file: string) {}

  static forVault(root: string, dir = defaultCacheDir()): FileCacheStore {
    const id = createHash('sha256').update(root).digest('hex').slice(0, 16);
    return new FileCacheStore(path.join(dir, `${path.basename(root).replace(/[^\w.-]+/g, '_')}-${id}.cache`));
  }

  async load(withoutSearch = false): Promise<CacheData | null> {
    try {
      const data = (await readFrames(this.file, { skip: withoutSearch ? ['snapshot', 'search'] : ['snapshot'] })) as unknown as CacheData;
      return data && data.version === CACHE_VERSION && Array.isArray(data.records) ? data : null;
    } catch {
      return null;
    }
  }

  async loadSearch(): Promise<unknown> {
    try {
      const data = (await readFrames(this.file, { only: ['version', 'search'] })) as unknown as Partial<CacheData>;
      return data.version === CACHE_VERSION ? (data.search ?? null) : null;
    } catch {
      return null;
    }
  }

  async loadSnapshot(): Promise<OpeningSnapshot | null> {
    try {
      const data = (await readFrames(this.file, { stopAfter: 'snapshot' })) as unknown as Partial<CacheData>;
      return data.version === CACHE_VERSION && data.snapshot ? data.snapshot : null;
    } catch {
      return null;
    }
  }

  async save(parts: CacheParts): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFrames(this.file, parts);
  }
}

export function defaultCacheDir(): string {
  if (process.env.CAIRN_CACHE_DIR) return process.env.CAIRN_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'cairn');
}

export function recordsById(data: CacheData | null): Map<NoteId, NoteRecord> {
  return new Map((data?.records ?? []).map((record) => [record.entry.id, record]));
}
