import type { VaultIndex } from '../pipeline/vault-index';
import type { DeckSource } from './deck';

/** The deck's view of the live index. */
export function indexDeckSource(index: VaultIndex): DeckSource {
  return {
    *notes() {
      for (const record of index.records.values()) {
        if (record.parsed) yield { id: record.entry.id, tags: record.parsed.tags.map((t) => t.tag) };
      }
    },
    *concepts() {
      for (const { concept } of index.concepts.ranked()) {
        yield { key: concept.key, label: concept.label, aliases: concept.aliases, noteId: concept.noteId, definitions: concept.definitions };
      }
    },
    text: (id) => index.texts.get(id),
  };
}
