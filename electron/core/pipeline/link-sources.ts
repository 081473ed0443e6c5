import type { NoteId } from '../../contract';
import { nameKey, namespaceFile, normalizeTarget } from '../markdown/resolve';
import type { NoteRecord } from './note-record';

/**
 * Lower-cased basename of each link target → notes whose links name it: the notes to re-resolve when a
 * file of that name comes or goes, and the only notes whose links a rename of such a file can change.
 */
export class LinkSources {
  private readonly byName = new Map<string, Set<NoteId>>();

  /** Adds (or takes away) the note's links. */
  index(record: NoteRecord, add: boolean): void {
    for (const link of record.parsed?.links ?? []) {
      if (!link.target) continue;
      for (const base of linkKeys(link.target)) this.indexOne(base, record.entry.id, add);
    }
  }

  /** Notes whose links name a file of this name key (`nameKey`). */
  of(base: string): ReadonlySet<NoteId> | undefined {
    return this.byName.get(base);
  }

  /** Notes with a link naming a file of one of these ids' names (any folder). */
  linkingTo(ids: Iterable<NoteId>): Set<NoteId> {
    const out = new Set<NoteId>();
    for (const id of ids) for (const source of this.byName.get(nameKey(id)) ?? []) out.add(source);
    return out;
  }

  clear(): void {
    this.byName.clear();
  }

  private indexOne(base: string, id: NoteId, add: boolean): void {
    let set = this.byName.get(base);
    if (add) {
      if (!set) this.byName.set(base, (set = new Set()));
      set.add(id);
    } else if (set) {
      set.delete(id);
      if (set.size === 0) this.byName.delete(base);
    }
  }
}

/** The names the resolver may look a target up by: as written, and URL-decoded (it tries both). */
function linkKeys(target: string): string[] {
  const keys = [nameKey(normalizeTarget(target))];
  // A namespaced Logseq page may be the file `a___b.md` (see LinkResolver).
  if (target.includes('/')) keys.push(nameKey(namespaceFile(normalizeTarget(target), '___')), nameKey(namespaceFile(normalizeTarget(target), '%2F')));
  if (/%[0-9a-f]{2}/i.test(target)) {
    try {
      keys.push(nameKey(normalizeTarget(decodeURIComponent(target))));
    } catch {
      // Not decodable: the resolver does not find it decoded either.
    }
  }
  return keys;
}
