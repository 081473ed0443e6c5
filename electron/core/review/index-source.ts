import type { VaultIndex } from '../pipeline/vault-index';
import type { DeckSource } from './deck';

/** The deck's view of the live index. */
export function indexDeckSource(index: VaultIndex): DeckSource {
  // A note of 500 cards asked for its hits 500 times, each a scan of all of them: grouped by line once instead.
  const byLine = new Map<string, Map<number, string[]>>();
  const linesOf = (id: string): Map<number, string[]> => {
    let lines = byLine.get(id);
    if (!lines) {
      lines = new Map();
      for (const h of index.concepts.hitsFor(id)) {
        const keys = lines.get(h.occurrence.line);
        if (keys) keys.push(h.key);
        else lines.set(h.occurrence.line, [h.key]);
      }
      byLine.set(id, lines);
    }
    return lines;
  };
  return {
    *notes() {
      for (const record of index.records.values()) {
        if (record.parsed) yield { id: record.entry.id, tags: record.parsed.tags.map((t) => t.tag) };
      }
    },
    *concepts() {
      for (const { concept } of index.concepts.ranked()) {
        yield { key: concept.key, label: concept.label, aliases: concept.aliases, noteId: concept.noteId, definitions: concept.definitions, named: (limit) => index.concepts.namedWithoutGloss(concept.key, limit), notes: () => index.concepts.notesOf(concept.key) };
      }
    },
    text: (id) => index.texts.get(id),
    // The concept engine has already matched every note: a card's concepts are its hits on the card's lines.
    conceptsOnLines: (id, from, to) => {
      const lines = linesOf(id);
      const keys = new Set<string>();
      for (let line = from; line <= to; line++) for (const key of lines.get(line) ?? []) keys.add(key);
      return [...keys];
    },
    graph: () => index.graph.snapshot(),
    evidence: (edgeId) => index.graph.evidence(edgeId) ?? [],
  };
}

