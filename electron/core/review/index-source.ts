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
    // The concept engine has already matched every note: a card's concepts are its hits on the card's lines.
    conceptsOnLines: (id, from, to) => [...new Set(index.concepts.hitsFor(id).flatMap((h) => (h.occurrence.line >= from && h.occurrence.line <= to ? [h.key] : [])))],
    graph: () => index.graph.snapshot(),
    evidence: (edgeId) => index.graph.evidence(edgeId) ?? [],
  };
}

