import type { LinkKind, NoteId } from '../../contract';

/*
 * Obsidian's link resolution, indexed for a 50k-file vault: every lookup is a Map hit plus a look at the few
 * files sharing one basename.
 *
 * Rules, in order:
 * 1. `''` (`[[#heading]]`, `[x](#a)`) is the source note itself.
 * 2. Markdown links, and wiki links starting with `./` or `../`, are first tried relative to the source's
 *    folder (`..` resolved; a path climbing out of the vault matches nothing by this rule).
 * 3. A target starting with `/` is a vault path.
 * 4. The target as a vault path: `aws/EC2` or `aws/EC2.md`.
 * 5. By name: the files whose basename matches (case-insensitive, `.md` optional for notes; attachments need
 *    their extension, so `[[diagram]]` does not find `diagram.png`). A folder-qualified target (`aws/EC2`)
 *    keeps only files whose path ends with it. When several remain, the tie-break is:
 *    shortest path (fewest folders), then the one in the source note's folder, then the path in
 *    alphabetical order (case-insensitive, then exact) — deterministic whatever order files were added in.
 * Everything compares case-insensitively after Unicode NFC normalisation (macOS stores names as NFD).
 * When two files differ only in case, the exact spelling wins, then alphabetical order.
 */

const NOTE_EXT = '.md';

export class LinkResolver {
  /** Folded path → ids with that folded path (several only when names differ by case alone). */
  private readonly byPath = new Map<string, NoteId[]>();
  /** Folded basename (without `.md` for notes) → files, kept sorted by (depth, folded path, path). */
  private readonly byName = new Map<string, Entry[]>();
  /**
   * Answers that did not depend on the source note (no relative path, no tie broken by its folder), by
   * kind and target as written: a vault's notes link the same pages again and again, and each answer
   * folded the target three times. Emptied whenever a file comes or goes.
   */
  private readonly known = new Map<string, NoteId | null>();
  /** Set while resolving when the answer read the source note's id (its folder, or itself). */
  private usedSource = false;

  constructor(ids: Iterable<NoteId> = []) {
    for (const id of ids) this.add(id);
  }

  /**
   * A copy to change apart from this one: a rename resolves links as the vault will be after its move,
   * and making a resolver of 10k ids again folded every one of them (~50 ms).
   */
  copy(): LinkResolver {
    const out = new LinkResolver();
    for (const [path, ids] of this.byPath) out.byPath.set(path, [...ids]);
    for (const [name, entries] of this.byName) out.byName.set(name, [...entries]);
    return out;
  }

  get size(): number {
    let n = 0;
    for (const list of this.byPath.values()) n += list.length;
    return n;
  }

  has(id: NoteId): boolean {
    return this.byPath.get(fold(id))?.includes(id) ?? false;
  }

  add(id: NoteId): void {
    const path = fold(id);
    const same = this.byPath.get(path);
    if (same?.includes(id)) return;
    this.known.clear();
    if (same) {
      same.push(id);
      same.sort();
    } else {
      this.byPath.set(path, [id]);
    }
    const entry: Entry = { id, folded: path, depth: depth(id) };
    const key = nameKey(id);
    const bucket = this.byName.get(key);
    if (bucket) bucket.splice(sortedIndex(bucket, entry), 0, entry);
    else this.byName.set(key, [entry]);
  }

  remove(id: NoteId): void {
    const path = fold(id);
    const same = this.byPath.get(path);
    const at = same ? same.indexOf(id) : -1;
    if (!same || at === -1) return;
    this.known.clear();
    same.splice(at, 1);
    if (same.length === 0) this.byPath.delete(path);
    const key = nameKey(id);
    const bucket = this.byName.get(key) ?? [];
    const index = bucket.findIndex((entry) => entry.id === id);
    if (index !== -1) bucket.splice(index, 1);
    if (bucket.length === 0) this.byName.delete(key);
  }

  /** The file `target` (as written, without `#subpath`) names from `fromId`, or null when it is missing. */
  resolve(fromId: NoteId, target: string, kind: LinkKind): NoteId | null {
    const key = `${kind}\n${target}`;
    const known = this.known.get(key);
    if (known !== undefined) return known;
    this.usedSource = false;
    const found = this.resolveAgain(fromId, target, kind);
    if (!this.usedSource) this.known.set(key, found);
    return found;
  }

  private resolveAgain(fromId: NoteId, target: string, kind: LinkKind): NoteId | null {
    const found = this.resolveOnce(fromId, normalizeTarget(target), kind);
    if (found !== null || !/%[0-9a-f]{2}/i.test(target)) return found;
    // Callers normally pass Markdown targets decoded; accept an encoded one too.
    return this.resolveOnce(fromId, normalizeTarget(safeDecode(target)), kind);
  }

  private resolveOnce(fromId: NoteId, target: string, kind: LinkKind): NoteId | null {
    if (target === '') {
      this.usedSource = true;
      return fromId;
    }
    if (kind === 'markdown' || target.startsWith('./') || target.startsWith('../')) {
      this.usedSource = true;
      const relative = joinPath(folderOf(fromId), target);
      if (relative !== null) {
        const hit = this.exact(relative);
        if (hit !== null) return hit;
      }
    }
    if (target.startsWith('/')) return this.exact(target.replace(/^\/+/, ''));
    const cleaned = target.replace(/^(?:\.\/)+/, '');
    if (cleaned.startsWith('../')) return null;
    const direct = this.exact(cleaned);
    if (direct !== null) return direct;
    const found = this.byBasename(fromId, cleaned);
    if (found !== null || !cleaned.includes('/') || kind !== 'wiki') return found;
    // Logseq's namespaced page `[[PHYS 2210/Thermodynamics]]` is the file `PHYS 2210___Thermodynamics.md`
    // (older exports: `PHYS 2210%2FThermodynamics.md`).
    return this.byBasename(fromId, namespaceFile(cleaned, '___')) ?? this.byBasename(fromId, namespaceFile(cleaned, '%2F'));
  }

  /** The file at vault path `path`, with `.md` added if needed. */
  private exact(path: string): NoteId | null {
    const folded = fold(path);
    // `[[note]]` means note.md even if an extensionless file `note` also exists.
    const list = folded.endsWith(NOTE_EXT) ? this.byPath.get(folded) : (this.byPath.get(folded + NOTE_EXT) ?? this.byPath.get(folded));
    if (!list) return null;
    return pickSpelling(list, path);
  }

  private byBasename(fromId: NoteId, target: string): NoteId | null {
    const bucket = this.byName.get(nameKey(target));
    if (!bucket || bucket.length === 0) return null;
    const folded = fold(target);
    const fitting = folded.includes('/') ? bucket.filter((entry) => endsWithPath(entry.folded, folded)) : bucket;
    const best = fitting[0];
    if (!best) return null;
    if (fitting.length === 1 || (fitting[1] as Entry).depth > best.depth) return best.id;
    // Several at the smallest depth: prefer the one beside the source note (a direct lookup, not a scan).
    this.usedSource = true;
    const slash = target.lastIndexOf('/');
    const beside = this.exact(joinPath(folderOf(fromId), target.slice(slash + 1)) ?? '');
    if (beside !== null && fitting.some((entry) => entry.id === beside && entry.depth === best.depth)) return beside;
    return best.id;
  }
}

interface Entry {
  id: NoteId;
  folded: string;
  depth: number;
}

/** The file name Logseq gives the namespaced page `a/b`: its slashes written as `separator`. */
export function namespaceFile(target: string, separator: '___' | '%2F'): string {
  return target.replace(/\//g, separator);
}

/** Trims, turns `\` into `/`, collapses `//`, and removes a trailing `/`. Case is kept. */
export function normalizeTarget(target: string): string {
  let t = target.trim().replace(/\\/g, '/');
  if (t.includes('//')) t = t.replace(/\/{2,}/g, '/');
  if (t.length > 1 && t.endsWith('/')) t = t.slice(0, -1);
  return t;
}

/**
 * The name key a target or file is looked up by: lower-cased NFC basename, `.md` removed.
 * Use it to find which links may change meaning when a file with that name appears or disappears.
 */
export function nameKey(pathOrTarget: string): string {
  const t = fold(pathOrTarget);
  const slash = t.lastIndexOf('/');
  const base = slash === -1 ? t : t.slice(slash + 1);
  return base.endsWith(NOTE_EXT) ? base.slice(0, -NOTE_EXT.length) : base;
}

export function folderOf(id: NoteId): string {
  const slash = id.lastIndexOf('/');
  return slash === -1 ? '' : id.slice(0, slash);
}

/** `folder` + relative `target`, with `.` and `..` resolved; null if it climbs out of the vault. */
export function joinPath(folder: string, target: string): string | null {
  const parts = folder === '' ? [] : folder.split('/');
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.join('/');
}

function fold(path: string): string {
  return path.normalize('NFC').toLowerCase();
}

function depth(id: NoteId): number {
  let n = 0;
  for (let i = id.indexOf('/'); i !== -1; i = id.indexOf('/', i + 1)) n++;
  return n;
}

function endsWithPath(foldedId: string, foldedTarget: string): boolean {
  const withExt = foldedTarget.endsWith(NOTE_EXT) ? [foldedTarget] : [foldedTarget, foldedTarget + NOTE_EXT];
  return withExt.some((t) => foldedId === t || foldedId.endsWith('/' + t));
}

function compareEntries(a: Entry, b: Entry): number {
  if (a.depth !== b.depth) return a.depth - b.depth;
  if (a.folded !== b.folded) return a.folded < b.folded ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Binary search: a name shared by thousands of files (`index.md`) must not make add() quadratic. */
function sortedIndex(list: Entry[], entry: Entry): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareEntries(list[mid] as Entry, entry) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Among ids differing only by case, the one spelled like `path`, else the first. */
function pickSpelling(list: NoteId[], path: string): NoteId | null {
  if (list.length === 1) return list[0] as NoteId;
  const nfc = path.normalize('NFC');
  return list.find((id) => id.normalize('NFC') === nfc || id.normalize('NFC') === nfc + NOTE_EXT) ?? list[0] ?? null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The note a link to nothing names, as a wikilink names it: `.md` dropped, `./` and `../` taken from the
 * linking note's folder. `[x](Nota%20perdida.md)`, `[x](../Nota%20perdida.md)` from `sub/` and
 * `[[Nota perdida]]` then name one missing note, as Obsidian shows them, and a click creates it there.
 * A target climbing out of the vault is kept as written (creating it is refused).
 */
export function missingName(fromId: NoteId, target: string): string {
  const relative = target.startsWith('./') || target.startsWith('../') ? joinPath(folderOf(fromId), target) : target.replace(/^\/+/, '');
  return (relative ?? target).replace(/\.md$/i, '');
}
