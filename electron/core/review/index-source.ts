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
        const d = concept.definitions[0];
        yield { key: concept.key, label: concept.label, noteId: concept.noteId, definition: d ? { noteId: d.noteId, line: d.line, sentence: d.sentence } : null };
      }
    },
    text: (id) => index.texts.get(id),
  };
}
