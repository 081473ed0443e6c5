import fuzzysort from 'fuzzysort';
import type { ConceptSummaryDTO, NoteSummary } from '../../../../electron/contract';

/** A row of the quick switcher: a note or a concept, and the name of it that matched (title, label or alias). */
export type SwitcherEntry = { kind: 'note'; note: NoteSummary; name: string } | { kind: 'concept'; concept: ConceptSummaryDTO; name: string };

const keyOf = (e: SwitcherEntry): string => (e.kind === 'note' ? `note:${e.note.id}` : e.concept.id);

/** Every name a person may type for each note and each concept. */
export function switcherEntries(notes: readonly NoteSummary[], concepts: readonly ConceptSummaryDTO[]): SwitcherEntry[] {
  return [
    ...notes.flatMap((note) => [note.title, ...note.aliases].map((name): SwitcherEntry => ({ kind: 'note', note, name }))),
    ...concepts.flatMap((concept) => [concept.label, ...concept.aliases].map((name): SwitcherEntry => ({ kind: 'concept', concept, name }))),
  ];
}

/**
 * The rows for what is typed: notes and concepts by how well one of their names matches, each once; on a
 * tie a note comes before a concept, so Enter on a note's exact title still opens the note. Nothing typed:
 * the first notes.
 */
export function switcherResults(query: string, notes: readonly NoteSummary[], entries: readonly SwitcherEntry[], limit = 30): SwitcherEntry[] {
  if (!query.trim()) return notes.slice(0, 50).map((note) => ({ kind: 'note', note, name: note.title }));
  const seen = new Set<string>();
  return fuzzysort
    .go(query, entries, { key: 'name', limit: limit * 2, threshold: 0.3 })
    .map((r, i) => ({ entry: r.obj, score: r.score, i }))
    .sort((a, b) => b.score - a.score || (a.entry.kind === b.entry.kind ? a.i - b.i : a.entry.kind === 'note' ? -1 : 1))
    .map((r) => r.entry)
    .filter((e) => !seen.has(keyOf(e)) && seen.add(keyOf(e)))
    .slice(0, limit);
}
