import type { EvidenceDTO, NoteId } from '../../contract';
import { plain } from '../concepts/fold';
import { answers, arrowedEntry, definingEntry, framedGloss, laidOutAnswer, packedEntries, reverseCopula, reverseGloss, separatedEntry, shownAnswer } from './answers';
import { clauseGloss } from './clause-gloss';
import { answerNames } from './name-forms';
import type { ParsedNote } from '../markdown/types';
import { isKindOf, type ReviewGraph } from './concept-graph';
import { bestDefinition, conceptNode, namesConcept, shortHash, type DeckCard, type DeckConcept, type Definition } from './deck';
import { introductions, layoutAnswers, mentionLines, withoutMarkers, type LayoutCache } from './laid-out';
import { drain, type Steps } from './steps';
import { isAcronymOf } from './acronym-of';

export { isAcronymOf };

interface GraphCardSource {
  text(id: NoteId): ParsedNote | undefined;
  evidence(edgeId: string): EvidenceDTO[];
}

/** The longest name would be its plural or a translation: the shortest full name is the expansion. */
function expansion(c: DeckConcept, short: string): string | null {
  const names = [c.label, ...c.aliases].filter((n) => n !== short && n.split(/\s+/).length >= 2 && isAcronymOf(short, n));
  names.sort((a, b) => a.length - b.length);
  return names[0] ?? null;
}

/** Wrong options for a "kind of" card are drawn from this many neighbours of the parent. */
const WRONG_POOL = 40;
/** …from at most this many nodes nearest the parent (a hub's two hops can be the whole vault, per parent). */
const NEAR_LIMIT = 400;

/** `ids` in a fixed pseudo-random order: each hashed once, not at every comparison. */
const byHash = (ids: readonly string[], key: (id: string) => string): string[] =>
  ids
    .map((id) => [shortHash(key(id)), id] as const)
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map(([, id]) => id);

const quote = (sentence: string): string => `“${sentence.trim()}”`;

/** Lines naming a concept read for an answer when none of its definitions gives one. */
const NAMED_LIMIT = 20;

/**
 * Where a concept card's answer comes from: the person's own answer to "what is it?", else its
 * definitions when one of them answers (answers.ts), else
 * the lines that name it and go on to say what it is (a question's answer, `X (Y) controla …`); null when
 * nothing does, and then there is no card. Which one answers best is read when the card is shown.
 */
function answerPool(concept: DeckConcept, names: readonly string[], text: GraphCardSource['text'], layouts: LayoutCache): readonly Definition[] | null {
  if (concept.asked?.some((d) => answers(d.sentence, names))) return concept.asked;
  if (concept.definitions.some((d) => answers(d.sentence, names))) return concept.definitions;
  const named = concept.named?.(NAMED_LIMIT) ?? [];
  const laidOut = named.filter((d) => laidOutAnswer(d.sentence, names));
  if (laidOut.length > 0) return laidOut;
  // The layout around the lines that name it or hold it: a term alone on a list item with its gloss
  // under it, a heading and its first item, a line the engine's sentence ran into (laid-out.ts).
  const fromLayout = layoutAnswers(named, concept.notes?.() ?? [], text, names, layouts);
  if (fromLayout.length > 0) return fromLayout;
  // A clause inside a sentence that glosses it: `… con una sal (salt), un valor aleatorio …` (answers.ts, `clauseGloss`).
  const clauses: Definition[] = [];
  for (const d of [...named, ...mentionLines(concept.notes?.() ?? [], text, names, layouts)]) {
    // `… → esto es el cifrado híbrido`, `Se entiende por pago el cumplimiento …`: named after or framed by what it is.
    const clause = clauseGloss(d.sentence, names) ?? reverseGloss(d.sentence, names) ?? reverseCopula(d.sentence, names) ?? framedGloss(d.sentence, names) ?? arrowedEntry(d.sentence, names);
    if (clause && answers(clause, names) && !clauses.some((c) => c.sentence === clause)) clauses.push({ noteId: d.noteId, line: d.line, sentence: clause });
    // A line that packs several entries (`bactericida → mata … ; bacteriostático → inhibe …`): the one that is the concept's.
    for (const entry of packedEntries(d.sentence)) {
      // (`… sellers get. ==Tax incidence== refers to who actually bears the tax`: a sentence opening with it and a verb that defines.)
      const own = separatedEntry(entry, names) || definingEntry(entry, names) ? entry : reverseGloss(entry, names);
      if (own && answers(own, names) && !clauses.some((c) => c.sentence === own)) clauses.push({ noteId: d.noteId, line: d.line, sentence: own });
    }
  }
  if (clauses.length > 0) return clauses;
  // How a note introduces it: a section under its heading, or the first sentence naming it (laid-out.ts).
  const introduced = introductions(concept.notes?.() ?? [], text, names, layouts);
  return introduced.length > 0 ? introduced : null;
}

/**
 * Cards asked from the graph, each answered by what the vault says: concept cards where a definition
 * exists, acronyms, typed relations with their sentence, and "which of these is a kind of X?". A concept
 * with nothing that answers the question gets no card: a card must never teach a wrong answer.
 */
export function graphCards(concepts: readonly DeckConcept[], graph: ReviewGraph, source: GraphCardSource, labels: Map<string, string>): DeckCard[] {
  return drain(graphCardSteps(concepts, graph, source, labels));
}

/** `graphCards` a concept, a relation or a parent at a time (see steps.ts). */
export function* graphCardSteps(concepts: readonly DeckConcept[], graph: ReviewGraph, source: GraphCardSource, labels: Map<string, string>): Steps<DeckCard[]> {
  const cards: DeckCard[] = [];
  // Each note's lines are read at most once while the deck is made (laid-out.ts).
  const layouts: LayoutCache = new Map();
  const namesOf = new Map<string, string[]>();
  for (const concept of concepts) namesOf.set(conceptNode(concept), [...(namesOf.get(conceptNode(concept)) ?? []), concept.label, ...concept.aliases]);
  for (const concept of concepts) {
    yield;
    const nodeId = conceptNode(concept);
    // `⚡ DynamoDB`, `key policy 🔥`: a student's emoji mark the line, they are not part of the name asked.
    const names = answerNames([concept.label, ...concept.aliases].map(withoutMarkers).filter(Boolean));
    // Only a sentence that says what it is or is for (concepts/glosses.ts) answers a concept card: the first
    // sentence of a note titled after it may be about anything. Which of them answers best is read when the
    // card is shown: ranking a concept's hundreds of definitions for every mastery ring cost a tenth of a second.
    const pool = answerPool(concept, names, source.text, layouts);
    if (pool) {
      let best: Definition | undefined;
      const answer = (): Definition => (best ??= bestDefinition(pool.filter((d) => answers(d.sentence, names)), names)!);
      cards.push({
        id: `concept:${concept.key}`,
        kind: 'concept',
        front: withoutMarkers(concept.label) || concept.label,
        nodeIds: [nodeId],
        get source() {
          const { noteId, line } = answer();
          return { noteId, line };
        },
        answer: () => shownAnswer(answer().sentence, names),
      });
    }

    for (const short of new Set(names.filter((n) => /^[A-Z][A-Z0-9]{1,6}$/.test(n)))) {
      const long = expansion(concept, short);
      if (!long) continue;
      let found: Definition | null | undefined;
      const said = (): Definition | null => (found ??= concept.definitions.find((d) => namesConcept(d.sentence, [short]) && plain(d.sentence).includes(plain(long))) ?? null);
      const noteId = concept.noteId;
      cards.push({
        id: `alias:${concept.key}:${shortHash(short)}`,
        kind: 'alias',
        front: short,
        nodeIds: [nodeId],
        get source() {
          const d = said();
          return d ? { noteId: d.noteId, line: d.line } : noteId ? { noteId, line: 1 } : null;
        },
        answer: () => {
          const d = said();
          return d ? `${long}\n\n${quote(d.sentence)}` : long;
        },
      });
    }
  }

  const kinds = new Map<string, { child: string; sentence: EvidenceDTO }[]>();
  for (const edge of graph.typedEdges) {
    yield;
    const evidence = source.evidence(edge.id)[0];
    // A relation nobody wrote a sentence for has no answer to show.
    if (!evidence) continue;
    const a = labels.get(edge.source) ?? edge.source;
    const b = labels.get(edge.target) ?? edge.target;
    const text = `${a} — ${edge.relation} — ${b}\n\n${quote(evidence.text)}`;
    // "CloudWatch Logs · CloudWatch", "EFS (Elastic File System) · Elastic": when one is named by a single
    // word inside a name of the other, the names give the answer away (or it is only a word of the other).
    const [as, bs] = [namesOf.get(edge.source) ?? [a], namesOf.get(edge.target) ?? [b]];
    const word = (names: string[]): string[] => names.filter((n) => !/\s/.test(n.trim()));
    const givenAway = as.some((n) => namesConcept(n, word(bs))) || bs.some((n) => namesConcept(n, word(as)));
    if (!givenAway) cards.push({
      id: `relation:${shortHash(`${edge.source}\n${edge.relation}\n${edge.target}`)}`,
      kind: 'relation',
      front: `${a} · ${b}`,
      nodeIds: [edge.source, edge.target],
      source: { noteId: evidence.noteId, line: evidence.line },
      answer: () => text,
    });
    if (isKindOf(edge.relation)) {
      const list = kinds.get(edge.target) ?? [];
      list.push({ child: edge.source, sentence: evidence });
      kinds.set(edge.target, list);
    }
  }

  for (const [parent, children] of kinds) {
    yield;
    const kindsOfParent = new Set(children.map((c) => c.child));
    // Wrong options from around the parent, so the choice is about meaning, not about which names are near.
    // A parent of hundreds of kinds near thousands of nodes hashed every pair at every comparison (seconds
    // on a hostile vault): a fixed sample of the neighbourhood is drawn once, and each child picks from it.
    const pool = [...graph.within(parent, 2, NEAR_LIMIT).keys()].filter((id) => id !== parent && !kindsOfParent.has(id) && labels.has(id));
    // Two wrong options at least, or no card; which ones (hashing the neighbourhood) is worked out when the card is shown.
    if (pool.length < 2) continue;
    let near: string[] | undefined;
    const nearParent = (): string[] => (near ??= byHash(pool, (x) => parent + x).slice(0, WRONG_POOL));
    for (const { child, sentence } of children) {
      let options: string[] | undefined;
      const text = `${labels.get(child) ?? child}\n\n${quote(sentence.text)}`;
      cards.push({
        id: `kind-of:${shortHash(`${parent}\n${child}`)}`,
        kind: 'kind-of',
        front: labels.get(parent) ?? parent,
        nodeIds: [child, parent],
        source: { noteId: sentence.noteId, line: sentence.line },
        get options() {
          options ??= [child, ...byHash(nearParent(), (x) => child + x).slice(0, 3)].map((id) => labels.get(id) ?? id).sort((x, y) => (shortHash(x + child) < shortHash(y + child) ? -1 : 1));
          return options;
        },
        answer: () => text,
      });
    }
  }
  return cards;
}
