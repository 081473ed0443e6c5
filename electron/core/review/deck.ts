import type { NoteId } from '../../contract';
import { plain } from '../concepts/fold';
import { conceptNodeId, noteNodeId } from '../graph/contribution';
import { extractCards, isFlashcardTag } from '../markdown/cards';
import type { ParsedNote } from '../markdown/types';
import { hashBytes } from '../pipeline/read-note';

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
  concepts(): Iterable<{ key: string; label: string; aliases: readonly string[]; noteId: NoteId | null; definitions: readonly Definition[] }>;
  text(id: NoteId): ParsedNote | undefined;
}

const MAX_ANSWER = 320;

export interface Definition {
  noteId: NoteId;
  line: number;
  sentence: string;
}

/**
 * How well a sentence answers "what is it?": a whole sentence that says what the concept is beats a
 * heading, a table row or a warning that happens to spell the acronym out.
 */
export function answerScore(sentence: string): number {
  const words = sentence.split(/\s+/).filter(Boolean).length;
  let score = 0;
  if (words >= 6 && words <= 60) score += 2;
  if (sentence.includes('|')) score -= 5;
  if (/^\*\*|^(important|note|warning|tip)\b/i.test(sentence)) score -= 2;
  if (/\b(is|are|es|son|refers to|se refiere a)\b/i.test(sentence)) score += 2;
  if (/^(an?|the|el|la|los|las|un|una)\s/i.test(sentence)) score += 1;
  // Steps and conditions mention a concept on the way to something else.
  if (/^(if|when|to|you|currently|this|these|after|before|for|si|cuando|para)\b/i.test(sentence)) score -= 2;
  // "Amazon Machine Image (AMI) …" near the start: the sentence introduces the concept.
  if (/^(?:\S+\s+){0,6}?[^()]*\([^()]{1,40}\)\s+(is|are|es|son)\b/i.test(sentence)) score += 2;
  return score;
}

/** The definition that best answers "what is it?"; one that does not name the concept never wins. */
export function bestDefinition(definitions: readonly Definition[], names: readonly string[] = []): Definition | null {
  let best: Definition | null = null;
  let bestScore = -Infinity;
  const folded = names.map(plain).filter((n) => n.length > 0);
  for (const d of definitions) {
    const sentence = plain(d.sentence);
    const named = folded.length === 0 || folded.some((n) => sentence.includes(n));
    const score = answerScore(d.sentence) - (named ? 0 : 10);
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

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

const short = (text: string): string => hashBytes(text).slice(0, 12);

/**
 * Every card the vault holds. Cards the person wrote (`question::answer` in notes tagged `flashcards`)
 * come first; then one card per concept that has a definition, most central first, answered by it. A
 * concept without one has no card, never an empty or a guessed one.
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
    // Only a sentence that says what it is or is for (see concepts/glosses.ts) answers a concept card: the
    // first sentence of a note titled after it may be about anything (`Cloudwatch recoge data…` in EC2).
    const definition = bestDefinition(concept.definitions, [concept.label, ...concept.aliases]);
    if (definition) {
      const { sentence, noteId, line } = definition;
      cards.push({ id: `concept:${concept.key}`, kind: 'concept', front: concept.label, nodeId, source: { noteId, line }, answer: () => sentence });
    }
  }
  return cards;
}
