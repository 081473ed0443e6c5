import type { EvidenceDTO, GraphDTO, NoteId, ReviewCardKind } from '../../contract';
import { plain } from '../concepts/fold';
import { conceptNodeId, noteNodeId } from '../graph/contribution';
import { extractCards, isFlashcardTag } from '../markdown/cards';
import type { ParsedNote } from '../markdown/types';
import { hashBytes } from '../pipeline/read-note';
import { afterName } from './answers';
import { questionAnswers } from './question-answers';
import { ReviewGraph } from './concept-graph';
import { graphCardSteps } from './generated';
import { LinkSuggestions, linkCandidates, type LinkTarget } from './missing-links';
import { drain, type Steps } from './steps';

/** A card as the deck knows it: the answer is read from the note only when the card is shown. */
export interface DeckCard {
  id: string;
  /** The id cards had before ids followed the card's own text: a schedule saved under it still counts. */
  legacyId?: string;
  kind: ReviewCardKind;
  front: string;
  /** Graph nodes it asks about (see ReviewCardDTO.nodeIds); never empty. */
  nodeIds: string[];
  source: { noteId: NoteId; line: number } | null;
  options?: string[];
  /** For `missing-link` exercises: where the link would be written. */
  link?: LinkTarget;
  answer(): string;
}

export interface DeckConcept {
  key: string;
  label: string;
  aliases: readonly string[];
  noteId: NoteId | null;
  definitions: readonly Definition[];
  /**
   * Up to `limit` lines that name the concept without a gloss the engine read (an acronym spelled out, a
   * name pair): asked only when no definition answers its card (see answers.ts, `laidOutAnswer`).
   */
  named?: (limit: number) => readonly Definition[];
  /** Notes that mention or define it, in path order: their layout is read only when nothing else answers its card. */
  notes?: () => readonly NoteId[];
  /** Answers to "what is it?" the person wrote in a flashcards note (`Q: What is X?` / `A: …`): they answer first. */
  asked?: readonly Definition[];
}

/** What the deck reads from the index; a narrow view so it can be built from a test's index too. */
export interface DeckSource {
  notes(): Iterable<{ id: NoteId; tags: readonly string[] }>;
  /** Concepts, most central first. */
  concepts(): Iterable<DeckConcept>;
  text(id: NoteId): ParsedNote | undefined;
  /** Keys of the concepts the concept engine found on lines `from`–`to` (1-based, inclusive) of a note. */
  conceptsOnLines(id: NoteId, from: number, to: number): string[];
  graph(): GraphDTO;
  evidence(edgeId: string): EvidenceDTO[];
}

export interface Deck {
  /** Written and generated cards; missing-link exercises too from `buildDeck`, only in `links` from `deckSteps`. */
  cards: DeckCard[];
  /** The missing-link exercises, confirmed as a queue asks for them. */
  links: LinkSuggestions;
  graph: ReviewGraph;
  /** Graph node id → label, for plans and deck names. */
  labels: Map<string, string>;
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
  // `RAM: molestias GI (la eritromicina es procinética), …`: a copula inside parentheses says nothing of the concept.
  if (/\b(is|are|es|son|refers to|se refiere a)\b/i.test(sentence.replace(/\([^()]*\)/g, ' '))) score += 2;
  if (/^(an?|the|el|la|los|las|un|una)\s/i.test(sentence)) score += 1;
  // Steps and conditions mention a concept on the way to something else.
  if (/^(if|when|to|you|currently|this|these|after|before|for|si|cuando|para)\b/i.test(sentence)) score -= 2;
  // "Amazon Machine Image (AMI) …" near the start: the sentence introduces the concept.
  if (/^(?:\S+\s+){0,6}?[^()]*\([^()]{1,40}\)\s+(is|are|es|son)\b/i.test(sentence)) score += 2;
  return score;
}

/** Whether the sentence names the concept by any of its names (folded: case, accents, plurals aside). */
export function namesConcept(sentence: string, names: readonly string[]): boolean {
  const text = ` ${plain(sentence).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return names.some((n) => {
    const name = plain(n).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    return name.length > 0 && (text.includes(` ${name} `) || text.includes(` ${name}s `));
  });
}

/** The definition that best answers "what is it?"; one that does not name the concept never wins. */
export function bestDefinition(definitions: readonly Definition[], names: readonly string[] = []): Definition | null {
  let best: Definition | null = null;
  let bestScore = -Infinity;
  // `RAM: nefrotoxicidad …` under one drug, `RAM: bradicardia …` under another: a label repeated line after line is
  // a field of each section, what it is there; `RAM = cualquier respuesta nociva …`, said once, is what it is.
  const labels = new Map<string, number>();
  const labelOf = (sentence: string): string | null => /^\s*(?:[-*+•]\s+)?[*_]*([^:=→\n]{1,40}?)[*_]*\s*(:|=|→|->)\s/u.exec(sentence)?.slice(1, 3).join('') ?? null;
  for (const d of definitions) {
    const label = labelOf(d.sentence);
    if (label !== null) labels.set(label, (labels.get(label) ?? 0) + 1);
  }
  for (const d of definitions) {
    const named = names.length === 0 || namesConcept(d.sentence, names);
    const label = labelOf(d.sentence);
    const repeated = label !== null && (labels.get(label) ?? 0) >= 2;
    // A gloss may leave its subject out (`Sirve para crear AMIs` under its heading): it still answers, after one that names it.
    const score = answerScore(d.sentence) - (named ? 0 : 10) - (repeated ? 3 : 0);
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

export const shortHash = (text: string): string => hashBytes(text).slice(0, 12);

/** The graph node that stands for a concept: its note's node, else its own. */
export const conceptNode = (c: { key: string; noteId: NoteId | null }): string => (c.noteId ? noteNodeId(c.noteId) : conceptNodeId(c.key));

/**
 * Every card the vault holds. Cards the person wrote (in notes tagged `flashcards`) come first, attached
 * to the concepts their question and answer name; then the cards Cairn asks from the graph: one per
 * concept that has a definition, acronyms, typed relations; then every missing-link exercise, each
 * confirmed against its note (the reviewer confirms only those a queue shows, see `deckSteps`).
 */
export function buildDeck(source: DeckSource): Deck {
  const deck = drain(deckSteps(source));
  return { ...deck, cards: [...deck.cards, ...drain(deck.links.all())] };
}

/**
 * The deck a card at a time (see steps.ts), without reading a note for its missing-link exercises: they
 * stay candidates in `links` until a queue asks for them.
 */
export function* deckSteps(source: DeckSource): Steps<Deck> {
  const cards: DeckCard[] = [];
  const flashcardNotes = new Set<NoteId>();
  for (const note of source.notes()) if (note.tags.some(isFlashcardTag)) flashcardNotes.add(note.id);
  let concepts = [...source.concepts()].filter((c) => !(c.noteId && flashcardNotes.has(c.noteId)));
  const nodeOfKey = new Map(concepts.map((c) => [c.key, conceptNode(c)]));
  const namesOfKey = new Map(concepts.map((c) => [c.key, [c.label, ...c.aliases]]));
  const labels = new Map(concepts.map((c) => [conceptNode(c), c.label]));
  const taken = new Map<string, number>();
  const unique = (id: string): string => {
    const n = (taken.get(id) ?? 0) + 1;
    taken.set(id, n);
    return n === 1 ? id : `${id}~${n}`;
  };

  const asked = new Map<string, Definition[]>();
  for (const noteId of flashcardNotes) {
    const parsed = source.text(noteId);
    if (!parsed) continue;
    labels.set(noteNodeId(noteId), parsed.title);
    yield;
    for (const card of extractCards(parsed.body, parsed.bodyStartLine)) {
      yield;
      const back = card.back;
      // Only concepts the card's own words name: the raw line also holds markup (`{{c1::…}}` is not a concept 'c1').
      const asked = source.conceptsOnLines(noteId, card.line, card.endLine).filter((k) => namesConcept(`${card.front} ${back}`, namesOfKey.get(k) ?? [k]));
      const nodeIds = [...new Set(asked.flatMap((k) => nodeOfKey.get(k) ?? []))];
      cards.push({
        // The card's own text names it, not its note or line: edits around it, a move or a rename keep its history.
        id: unique(`card:${shortHash(card.identity)}`),
        legacyId: card.kind === 'basic' && card.line === card.endLine ? `note:${noteId}#${shortHash(card.front)}${card.reversed ? ':r' : ''}` : undefined,
        kind: card.kind === 'cloze' ? 'cloze' : 'note',
        front: card.front,
        // A question that names no known concept still counts for its note.
        nodeIds: nodeIds.length > 0 ? nodeIds : [noteNodeId(noteId)],
        source: { noteId, line: card.line },
        answer: () => back,
      });
    }
    // `Q: What is NAT?` / `A: …` makes no written card (the plugin's syntax is `::` and `?`), but it is the
    // person's own answer to the question a concept card asks.
    for (const qa of questionAnswers(parsed.body, parsed.bodyStartLine)) {
      for (const key of source.conceptsOnLines(noteId, qa.line, qa.line)) {
        if (afterName(qa.subject, namesOfKey.get(key) ?? [key])?.trim() !== '') continue;
        asked.set(key, [...(asked.get(key) ?? []), { noteId, line: qa.answerLine, sentence: qa.answer }]);
      }
    }
  }
  if (asked.size > 0) concepts = concepts.map((c) => (asked.has(c.key) ? { ...c, asked: asked.get(c.key) } : c));
  yield;
  const dto = source.graph();
  yield;
  const graph = new ReviewGraph(dto, new Set([...flashcardNotes].map(noteNodeId)));
  cards.push(...(yield* graphCardSteps(concepts, graph, source, labels)));
  const names = new Map<NoteId, string[]>();
  for (const c of concepts) if (c.noteId) names.set(c.noteId, [...(names.get(c.noteId) ?? []), c.label, ...c.aliases]);
  const lineOf = (id: NoteId, line: number): string | undefined => {
    const note = source.text(id);
    return note ? note.body.split(/\r?\n/)[line - note.bodyStartLine] : undefined;
  };
  yield;
  const links = new LinkSuggestions(() => linkCandidates(dto, (target) => names.get(target) ?? null, flashcardNotes), { evidence: (id) => source.evidence(id), lineOf });
  return { cards, links, graph, labels };
}
