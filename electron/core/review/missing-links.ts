import type { EvidenceDTO, GraphDTO, NoteId } from '../../contract';
import { noteNodeId } from '../graph/contribution';
import { shortHash, type DeckCard } from './deck';
import type { Steps } from './steps';

export interface LinkTarget {
  /** The note the link is written into, and the line its mention sits on. */
  noteId: NoteId;
  line: number;
  /** The note the link points at, and how it may be written there (its title and aliases). */
  target: NoteId;
  names: string[];
}

/**
 * A mention edge that may become a missing-link exercise: all the graph says, before any note is read.
 * A large vault has tens of thousands of them and a queue shows two: names and ids are made when asked.
 */
export class LinkCandidate {
  readonly kind = 'missing-link';
  /** The note that names the target, then the target: the graph nodes the exercise is about. */
  readonly nodeIds: readonly [string, string];
  private hashed: string | undefined;
  private titled: string | undefined;

  constructor(
    readonly edgeId: string,
    from: string,
    target: string,
    readonly names: string[],
    private readonly labelOf: (nodeId: string) => string | undefined,
  ) {
    this.nodeIds = [target, from];
  }

  get from(): NoteId {
    return this.nodeIds[1].slice(5);
  }

  get target(): NoteId {
    return this.nodeIds[0].slice(5);
  }

  /** Named by the two notes, so an answer outlives edits. */
  get id(): string {
    return (this.hashed ??= `link:${shortHash(`${this.from}\n${this.target}`)}`);
  }

  get front(): string {
    if (this.titled === undefined) {
      const [from, target] = [this.from, this.target];
      let [a, b] = [this.labelOf(this.nodeIds[1]) ?? from, this.labelOf(this.nodeIds[0]) ?? target];
      // Two notes titled alike ("EC2 → EC2") are told apart by their paths.
      if (a === b) [a, b] = [from.replace(/\.md$/, ''), target.replace(/\.md$/, '')];
      this.titled = `${a} → ${b}`;
    }
    return this.titled;
  }
}

/** What confirming a candidate reads: the edge's sentences and the note's lines (both may read the note from disk). */
export interface LinkEvidence {
  evidence: (edgeId: string) => EvidenceDTO[];
  lineOf: (noteId: NoteId, line: number) => string | undefined;
}

/**
 * "Should these be linked?": a note that names a concept with a note of its own (a `mention` edge) but
 * does not link it, in the graph's edge order. Only the graph is read here; whether a link can really be
 * written (`confirmLink`) reads the note, so it waits until an exercise is about to be shown.
 */
export function linkCandidates(graph: GraphDTO, namesOf: (target: NoteId) => string[] | null, skip: ReadonlySet<NoteId>): LinkCandidate[] {
  const linked = new Map<string, Set<string>>();
  for (const e of graph.edges) {
    if (e.kind !== 'link' && e.kind !== 'embed') continue;
    let targets = linked.get(e.source);
    if (!targets) linked.set(e.source, (targets = new Set()));
    targets.add(e.target);
  }
  const skipped = new Set([...skip].map(noteNodeId));
  let labels: Map<string, string> | undefined;
  const labelOf = (id: string): string | undefined => (labels ??= new Map(graph.nodes.map((n) => [n.id, n.label]))).get(id);
  const out: LinkCandidate[] = [];
  // A note can stand for two concepts another note names (`SSH y EC2 Instance Connect`): one mention edge
  // each, one exercise for the pair, or the same question came twice under one id.
  const asked = new Set<string>();
  for (const e of graph.edges) {
    if (e.kind !== 'mention' || e.source === e.target || !e.source.startsWith('note:') || !e.target.startsWith('note:')) continue;
    if (skipped.has(e.source) || linked.get(e.source)?.has(e.target)) continue;
    const pair = `${e.source}\n${e.target}`;
    if (asked.has(pair)) continue;
    asked.add(pair);
    const names = namesOf(e.target.slice(5));
    if (names) out.push(new LinkCandidate(e.id, e.source, e.target, names, labelOf));
  }
  return out;
}

/** The exercise a candidate makes, or null when its note has no mention a link could be written on. */
export function confirmLink(c: LinkCandidate, read: LinkEvidence): (DeckCard & { link: LinkTarget }) | null {
  const sentence = read.evidence(c.edgeId).find((x) => x.noteId === c.from);
  if (!sentence) return null;
  // Only where a link can be written: not a name inside code, a link or a file name (`ec2-study-notes`).
  const line = read.lineOf(c.from, sentence.line);
  if (line === undefined || !findMention(line, c.names)) return null;
  const text = sentence.text;
  return {
    id: c.id,
    kind: 'missing-link',
    front: c.front,
    nodeIds: [...c.nodeIds],
    source: { noteId: c.from, line: sentence.line },
    link: { noteId: c.from, line: sentence.line, target: c.target, names: c.names },
    answer: () => text,
  };
}

/**
 * The missing-link exercises of a deck, found and confirmed as a queue asks for them. Confirming all of
 * them read and matched every note that mentions a concept note (seconds on a large vault, for the two a
 * queue shows), and listing the candidates costs a pass over every edge: a deck used for mastery only
 * does neither. Each candidate is confirmed at most once per deck.
 */
export class LinkSuggestions {
  private listed: readonly LinkCandidate[] | null = null;
  private byId: Map<string, LinkCandidate> | null = null;
  private readonly confirmed = new Map<LinkCandidate, (DeckCard & { link: LinkTarget }) | null>();

  constructor(
    private readonly list: () => readonly LinkCandidate[],
    private readonly read: LinkEvidence,
  ) {}

  get candidates(): readonly LinkCandidate[] {
    return (this.listed ??= this.list());
  }

  /** The exercise by its id, or undefined when there is none (any more). */
  get(id: string): (DeckCard & { link: LinkTarget }) | undefined {
    this.byId ??= new Map(this.candidates.map((c) => [c.id, c]));
    const c = this.byId.get(id);
    return c ? (this.confirm(c) ?? undefined) : undefined;
  }

  /** The first `n` exercises, in the graph's order, among the candidates `wanted` keeps. */
  first(n: number, wanted: (c: LinkCandidate) => boolean): (DeckCard & { link: LinkTarget })[] {
    const out: (DeckCard & { link: LinkTarget })[] = [];
    for (const c of this.candidates) {
      if (out.length >= n) break;
      if (!wanted(c)) continue;
      const card = this.confirm(c);
      if (card) out.push(card);
    }
    return out;
  }

  /** Every exercise, confirmed a candidate at a time (see steps.ts). */
  *all(): Steps<(DeckCard & { link: LinkTarget })[]> {
    const out: (DeckCard & { link: LinkTarget })[] = [];
    for (const c of this.candidates) {
      yield;
      const card = this.confirm(c);
      if (card) out.push(card);
    }
    return out;
  }

  private confirm(c: LinkCandidate): (DeckCard & { link: LinkTarget }) | null {
    let card = this.confirmed.get(c);
    if (card === undefined) this.confirmed.set(c, (card = confirmLink(c, this.read)));
    return card;
  }
}

/**
 * The first mention of any of the names on the line that could become a link: a whole word (a name joined
 * to a word, a path or a file name by `-`, `_`, `/` or `.` is part of it), outside code, links and URLs.
 */
export function findMention(line: string, names: readonly string[]): { index: number; length: number } | null {
  // Spans where a link would break something: code, wikilinks, Markdown links, URLs.
  const taken: [number, number][] = [];
  for (const m of line.matchAll(/`[^`]*`|\[\[[^\]]*\]\]|\[[^\]]*\]\([^)]*\)|https?:\/\/\S+/g)) taken.push([m.index, m.index + m[0].length]);
  let best: { index: number; length: number } | null = null;
  for (const name of [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_/.-])${escape(name)}(?![\\p{L}\\p{N}_/-]|\\.\\p{L})`, 'giu');
    for (const m of line.matchAll(re)) {
      const end = m.index + m[0].length;
      if (taken.some(([a, b]) => m.index < b && end > a)) continue;
      if (!best || m.index < best.index) best = { index: m.index, length: m[0].length };
      break;
    }
  }
  return best;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The note's text with the first unlinked mention on `line` (1-based) turned into a wikilink to `target`,
 * or null when the line no longer names it outside code and links. `[[Target|as written]]` keeps the
 * prose as it reads; a name that is the target's own file name becomes `[[name]]`.
 */
export function writeLink(text: string, link: LinkTarget, linkText: string): { text: string; line: string } | null {
  const lines = text.split('\n');
  const at = link.line - 1;
  const line = lines[at];
  if (line === undefined) return null;
  const best = findMention(line, link.names);
  if (!best) return null;
  const written = line.slice(best.index, best.index + best.length);
  const wiki = written === linkText ? `[[${written}]]` : `[[${linkText}|${written}]]`;
  const next = `${line.slice(0, best.index)}${wiki}${line.slice(best.index + best.length)}`;
  lines[at] = next;
  return { text: lines.join('\n'), line: next };
}
