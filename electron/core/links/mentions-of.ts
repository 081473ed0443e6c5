import { CairnError, type NoteId, type UnlinkedMentionDTO } from '../../contract';
import { noteSummary } from '../pipeline/snapshot';
import type { VaultIndex } from '../pipeline/vault-index';
import type { VaultFs } from '../vault/vault-fs';
import { findUnlinkedMentions, namesPattern } from './unlinked-mentions';

/** Notes read to confirm mentions, at most: the search index narrows the vault to these first. */
const MAX_CANDIDATES = 300;
/** Reading stops here, with what was found: the list is a suggestion, not worth blocking the index for. */
const BUDGET_MS = 500;
/** Names looked for, at most: a note with hundreds of aliases would cost a search each. */
const MAX_NAMES = 10;

/**
 * A note's text after its front matter, and the file line it starts on. The fences alone are looked for:
 * parsing the YAML (an alias bomb costs seconds) tells nothing about where names occur in the prose.
 */
export function proseOf(bytes: Uint8Array): { body: string; firstLine: number } {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (!/^---[ \t]*\r?\n/.test(text)) return { body: text, firstLine: 1 };
  const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  if (!close) return { body: text, firstLine: 1 };
  const end = 3 + close.index + close[0].length;
  return { body: text.slice(end), firstLine: text.slice(0, end).split('\n').length };
}

/**
 * Notes naming `id` (its title, aliases or file name) in prose without a link. The index keeps no text,
 * so the search index proposes the notes holding each name as a phrase, and each is read to find where.
 */
export async function unlinkedMentionsOf(index: VaultIndex, vault: VaultFs, id: NoteId): Promise<UnlinkedMentionDTO[]> {
  const record = index.records.get(id);
  if (!record) throw new CairnError('not-found', `No such note: ${id}`);
  const summary = noteSummary(record);
  const names = [summary.title, ...summary.aliases, id.replace(/^.*\//, '').replace(/\.md$/i, '')];
  const pattern = namesPattern(names.slice(0, MAX_NAMES + 1));
  if (!pattern) return [];
  const candidates = new Set<NoteId>();
  const deadline = performance.now() + BUDGET_MS;
  for (const name of [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 3))].slice(0, MAX_NAMES)) {
    if (performance.now() > deadline) break;
    const result = index.search.search(`"${name.replace(/"/g, ' ')}"`, MAX_CANDIDATES);
    for (const hit of result.hits) if (hit.noteId !== id) candidates.add(hit.noteId);
  }
  const out: UnlinkedMentionDTO[] = [];
  for (const from of [...candidates].slice(0, MAX_CANDIDATES)) {
    if (performance.now() > deadline) break;
    const other = index.records.get(from);
    // A file the index could not read as a note (too large, not UTF-8) is not proposed for a link.
    if (!other?.parsed || other.readOnly) continue;
    const bytes = await vault.read(from).catch(() => null);
    if (!bytes) continue;
    const prose = proseOf(bytes);
    const mentions = findUnlinkedMentions(prose.body, prose.firstLine, pattern);
    if (mentions.length > 0) out.push({ from, title: noteSummary(other).title, mentions });
  }
  return out.sort((a, b) => b.mentions.length - a.mentions.length || a.title.localeCompare(b.title));
}
