import { CairnError, type NoteId, type UnlinkedMentionDTO } from '../../contract';
import { parseBytes } from '../pipeline/read-note';
import { noteSummary } from '../pipeline/snapshot';
import type { VaultIndex } from '../pipeline/vault-index';
import type { VaultFs } from '../vault/vault-fs';
import { findUnlinkedMentions, namesPattern } from './unlinked-mentions';

/** Notes read to confirm mentions, at most: the search index narrows the vault to these first. */
const MAX_CANDIDATES = 300;

/**
 * Notes naming `id` (its title, aliases or file name) in prose without a link. The index keeps no text,
 * so the search index proposes the notes holding each name as a phrase, and each is read to find where.
 */
export async function unlinkedMentionsOf(index: VaultIndex, vault: VaultFs, id: NoteId): Promise<UnlinkedMentionDTO[]> {
  const record = index.records.get(id);
  if (!record) throw new CairnError('not-found', `No such note: ${id}`);
  const summary = noteSummary(record);
  const names = [summary.title, ...summary.aliases, id.replace(/^.*\//, '').replace(/\.md$/i, '')];
  const pattern = namesPattern(names);
  if (!pattern) return [];
  const candidates = new Set<NoteId>();
  for (const name of new Set(names.map((n) => n.trim()).filter((n) => n.length >= 3))) {
    const result = index.search.search(`"${name.replace(/"/g, ' ')}"`, MAX_CANDIDATES);
    for (const hit of result.hits) if (hit.noteId !== id) candidates.add(hit.noteId);
  }
  const out: UnlinkedMentionDTO[] = [];
  for (const from of [...candidates].slice(0, MAX_CANDIDATES)) {
    const bytes = await vault.read(from).catch(() => null);
    const other = index.records.get(from);
    if (!bytes || !other) continue;
    const parsed = parseBytes(from, bytes);
    const mentions = findUnlinkedMentions(parsed.body, parsed.bodyStartLine, pattern);
    if (mentions.length > 0) out.push({ from, title: noteSummary(other).title, mentions });
  }
  return out.sort((a, b) => b.mentions.length - a.mentions.length || a.title.localeCompare(b.title));
}
