import { createHash } from 'node:crypto';
import type { NoteId } from '../../contract';
import { conceptNodeId, noteNodeId } from '../graph/contribution';
import { extractCards, isFlashcardTag } from '../markdown/cards';
import type { ParsedNote } from '../markdown/types';

/** A card as the deck knows it: the answer is read from the note only when the card is shown. */
export interface DeckCard {
  id: string;
  kind: 'concept' | 'note';
  front: string;
  nodeId: string;
  source: { noteId: NoteId; line: number } | null;
  answer(): string;
}

/** What the deck reads from the index; a narrow view so it can be built from a test's index too. */
export interface DeckSource {
  notes(): Iterable<{ id: NoteId; tags: readonly string[] }>;
  /** Concepts, most central first. */
  concepts(): Iterable<{ key: string; label: string; noteId: NoteId | null; definition: { noteId: NoteId; line: number; sentence: string } | null }>;
  text(id: NoteId): ParsedNote | undefined;
}

const MAX_ANSWER = 320;

/** The first sentence or two of a note's prose: what a concept note says its concept is. */
export function leadSentence(note: ParsedNote): { text: string; line: number } | null {
  for (const section of note.sections) {
    const lines = section.text.split('\n');
    const from = section.heading === null ? 0 : 1;
    for (let i = from; i < lines.length; i++) {
      const prose = lines.slice(i).join(' ').replace(/\s+/g, ' ').trim();
      if (!(lines[i] ?? '').trim()) continue;
      if (prose.length < 12) break;
      const end = prose.slice(40).search(/[.!?](\s|$)/);
      const text = end >= 0 ? prose.slice(0, 40 + end + 1) : prose;
      return { text: text.length > MAX_ANSWER ? `${text.slice(0, MAX_ANSWER - 1)}…` : text, line: section.startLine + i };
    }
  }
  return null;
}

const short = (text: string): string => createHash('sha1').update(text).digest('hex').slice(0, 12);

/**
 * Every card the vault holds. Cards the person wrote (`question::answer` in notes tagged `flashcards`)
 * come first; then one card per concept, most central first, answered by its definition in prose or by
 * the first sentence of its concept note. A concept with neither has no card.
 */
export function buildDeck(source: DeckSource): DeckCard[] {
  const cards: DeckCard[] = [];
  const decks = new Set<NoteId>();
  for (const note of source.notes()) {
    if (!note.tags.some(isFlashcardTag)) continue;
    decks.add(note.id);
    const parsed = source.text(note.id);
    if (!parsed) continue;
    for (const card of extractCards(parsed.body, parsed.bodyStartLine)) {
      const back = card.back;
      cards.push({
        id: `note:${note.id}#${short(card.front)}${card.reversed ? ':r' : ''}`,
        kind: 'note',
        front: card.front,
        nodeId: noteNodeId(note.id),
        source: { noteId: note.id, line: card.line },
        answer: () => back,
      });
    }
  }
  for (const concept of source.concepts()) {
    // A note of flashcards is a set of questions, not a concept to recall.
    if (concept.noteId && decks.has(concept.noteId)) continue;
    const nodeId = concept.noteId ? noteNodeId(concept.noteId) : conceptNodeId(concept.key);
    if (concept.definition) {
      const { sentence, noteId, line } = concept.definition;
      cards.push({ id: `concept:${concept.key}`, kind: 'concept', front: concept.label, nodeId, source: { noteId, line }, answer: () => sentence });
    } else if (concept.noteId) {
      const noteId = concept.noteId;
      let lead: { text: string; line: number } | null | undefined;
      const read = (): { text: string; line: number } | null => (lead === undefined ? (lead = ((n) => (n ? leadSentence(n) : null))(source.text(noteId))) : lead);
      cards.push({
        id: `concept:${concept.key}`,
        kind: 'concept',
        front: concept.label,
        nodeId,
        get source() {
          return { noteId, line: read()?.line ?? 1 };
        },
        answer: () => read()?.text ?? '',
      });
    }
  }
  return cards;
}
