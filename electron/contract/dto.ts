/** Vault-relative POSIX path of a note or attachment, e.g. `aws/EC2.md`. Never absolute. */
export type NoteId = string;

/** Why a note is flagged. A flagged note is still indexed unless `skipped` says otherwise. */
export type ProblemCode =
  | 'yaml-error'
  | 'unclosed-frontmatter'
  | 'js-frontmatter'
  | 'non-utf8'
  | 'nul-bytes'
  | 'too-large'
  | 'unreadable'
  | 'symlink-outside'
  | 'symlink-loop';

export interface NoteProblem {
  code: ProblemCode;
  message: string;
  line?: number;
}

export interface VaultInfo {
  /** Folder name of the vault, for titles. The absolute path stays on the host. */
  name: string;
  noteCount: number;
  attachmentCount: number;
  problemCount: number;
  /** 'electron' | 'browser' | 'cli': lets the UI hide what a host cannot do. */
  host: HostKind;
  indexing: boolean;
  /** Opened on the index kept from the last session (the cache), rather than read from disk. */
  fromLastIndex: boolean;
}

export type HostKind = 'electron' | 'browser' | 'cli' | 'test';

export interface NoteSummary {
  id: NoteId;
  title: string;
  aliases: string[];
  tags: string[];
  folder: string;
  size: number;
  mtimeMs: number;
  readOnly: boolean;
  problems: NoteProblem[];
}

export interface HeadingDTO {
  level: number;
  text: string;
  line: number;
}

export type LinkKind = 'wiki' | 'markdown';

export interface LinkDTO {
  /** The target as written, before resolution. */
  target: string;
  /** `#heading`, `#h1#h2` or `#^block`, without the leading `#`. */
  subpath: string | null;
  display: string | null;
  embed: boolean;
  kind: LinkKind;
  line: number;
  /** Resolved note or attachment, null when missing. */
  resolved: NoteId | null;
}

export interface NoteDTO extends NoteSummary {
  /** The whole file as text, front matter included. Empty when the file is unreadable. */
  content: string;
  /** The body without front matter. */
  body: string;
  frontmatter: Record<string, unknown>;
  headings: HeadingDTO[];
  links: LinkDTO[];
  backlinks: BacklinkDTO[];
  /** sha256 of the bytes on disk; pass it back to saveNote to detect a concurrent change. */
  hash: string;
}

export interface BacklinkDTO {
  from: NoteId;
  line: number;
  text: string;
}

export type NodeKind = 'note' | 'concept' | 'tag' | 'missing';
/** `relation`: a typed relation a sentence, a list or a heading states (its name in `relation`). */
export type EdgeKind = 'link' | 'embed' | 'mention' | 'tagged' | 'related' | 'relation';

/**
 * Every name a typed relation may carry, as the core writes it (English). The window shows each in the UI's
 * language; a name outside this list (from an older cache) is shown as it is.
 */
export const relationNames = [
  'is a kind of',
  'feature of',
  'part of',
  'creates',
  'used with',
  'configured by',
  'connects to',
  'compared with',
  'stored in',
  'lives in',
  'runs in',
  'associated with',
  'attached to',
  'needs',
  'uses',
  'launched from',
  'sent to',
  'alternative to',
  'runs over',
  'used for',
  'causes',
  'prevents',
  'points to',
  'identified by',
  'replaces',
  'manages',
  'has',
  'built from',
  'leads to',
] as const;
export type RelationName = (typeof relationNames)[number];

export interface GraphNodeDTO {
  /** `note:<NoteId>`, `concept:<key>`, `tag:<tag>`, `missing:<target>`. */
  id: string;
  kind: NodeKind;
  label: string;
  /** For note nodes. */
  noteId: NoteId | null;
  /**
   * Concept id (`concept:<key>`) this node stands for. A concept that has its own note is drawn as that
   * note's node (one idea, one node); concepts without a note get a `concept` node.
   */
  concept: string | null;
  folder: string | null;
  tags: string[];
  /** Sum of the weights of incident edges. */
  weight: number;
  degree: number;
}

export interface GraphEdgeDTO {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  weight: number;
  /** For `relation` edges: what the source is to the target (`is a kind of`, `part of`, `creates` …). */
  relation?: string;
}

export interface GraphDTO {
  nodes: GraphNodeDTO[];
  edges: GraphEdgeDTO[];
}

export interface GraphQuery {
  /** Kinds of nodes to include; all when absent. */
  kinds?: NodeKind[];
  /** Local graph: centre node id and depth 1–3. */
  center?: string;
  depth?: number;
  minWeight?: number;
}

export interface GraphDelta {
  upsertNodes: GraphNodeDTO[];
  removeNodes: string[];
  upsertEdges: GraphEdgeDTO[];
  removeEdges: string[];
}

export interface EvidenceDTO {
  noteId: NoteId;
  line: number;
  /** The sentence or line that makes the edge exist. */
  text: string;
  /** For a typed relation: its name, as the sentence states it. */
  relation?: string;
}

export interface ConceptDTO {
  id: string;
  label: string;
  aliases: string[];
  noteId: NoteId | null;
  sources: ConceptSource[];
  definitions: EvidenceDTO[];
  mentions: EvidenceDTO[];
  related: { id: string; label: string; weight: number }[];
}

/** A concept as the quick switcher lists it: its names, and the note that stands for it, if any. */
export interface ConceptSummaryDTO {
  id: string;
  label: string;
  aliases: string[];
  noteId: NoteId | null;
}

/** `term`: a name found in the prose by its shape or repetition (see core/concepts/prose-terms.ts). */
/** `link`: the target of a `[[link]]`, a page the person named (in Logseq, before or without writing it). */
export type ConceptSource = 'note' | 'alias' | 'definition' | 'heading' | 'tag' | 'acronym' | 'term' | 'glossary' | 'link';

export interface BrokenLinkDTO {
  from: NoteId;
  line: number;
  target: string;
}

export interface SearchRequest {
  query: string;
  limit?: number;
}

export interface SnippetDTO {
  text: string;
  /** [start, end) offsets into `text` to highlight. */
  highlights: [number, number][];
}

export interface SearchHitDTO {
  noteId: NoteId;
  title: string;
  /** Heading of the section the best match sits under; null for the top of the note. */
  heading: string | null;
  line: number;
  snippets: SnippetDTO[];
  matchCount: number;
  score: number;
}

export interface SearchResultDTO {
  query: string;
  hits: SearchHitDTO[];
  /** The concepts the query's `concept:` filters name (ids `concept:<key>`), so the graph lights them too. */
  concepts?: string[];
  /** Set when the query cannot be parsed; hits is then empty. */
  error: string | null;
  tookMs: number;
}

export interface SaveRequest {
  id: NoteId;
  content: string;
  /** Hash the client read; the save is refused if the file changed since. Null for a new note. */
  baseHash: string | null;
}

export interface SaveResult {
  id: NoteId;
  hash: string;
}

export type ReviewGrade = 'again' | 'hard' | 'good' | 'easy';
export type CardState = 'new' | 'learning' | 'review' | 'relearning';

/**
 * What a card asks: `note` a question written in a note (`::`, `:::`, `?`, `??`), `cloze` a hidden part of
 * a written sentence, and the ones Cairn asks from the graph: `concept` (what is it? — only where a
 * definition exists), `alias` (an acronym and what it stands for), `relation` (how two concepts are
 * related, from a typed edge), `kind-of` (which of these is a kind of X?), and `missing-link`: a note that
 * names a concept without linking it — should they be linked? (answered yes or no, not graded).
 */
export type ReviewCardKind = 'note' | 'cloze' | 'concept' | 'alias' | 'relation' | 'kind-of' | 'missing-link';

export interface ReviewCardDTO {
  id: string;
  kind: ReviewCardKind;
  front: string;
  /** The answer; for cards from the graph, with the sentence of the vault that says it. */
  back: string;
  /**
   * The graph nodes this card asks about: the concepts named in its question and answer (found by the
   * concept engine), else the note that holds it. Mastery, decks and implicit credit follow these.
   */
  nodeIds: string[];
  /** The first of `nodeIds`. */
  nodeId: string;
  /** The names of `nodeIds`, in the same order. */
  nodeLabels: string[];
  /** Where the answer is written, to open it. */
  source: { noteId: NoteId; line: number } | null;
  /** `kind-of` cards: the names to choose from, one of which is the answer. */
  options?: string[];
  state: CardState;
  /** ISO time it is due; null for a card never reviewed. */
  due: string | null;
  /** A card asked before it is due, as a hub: how many due cards its recall should clear (see ReviewQueueDTO.cards). */
  clears?: number;
  /** When each grade would bring the card back, as "10m", "3d", "2mo": shown on the grade buttons. */
  next: Record<ReviewGrade, string>;
}

/** Which cards to revise. */
export type DeckSpec =
  | { kind: 'all' }
  /** A concept (or note) and everything within `hops` (1–3) of it on the concept graph. */
  | { kind: 'hops'; nodeId: string; hops: number }
  /** Cards in notes with the tag (nested tags included), and about concepts whose notes have it. */
  | { kind: 'tag'; tag: string }
  /** Cards in notes under the folder, and about concepts whose notes are there. */
  | { kind: 'folder'; folder: string }
  /** Cards in the notes a search finds (the search box's syntax). */
  | { kind: 'query'; query: string }
  /** A selection on the graph: cards about any of these nodes. */
  | { kind: 'nodes'; nodeIds: string[] };

export interface ReviewQueueRequest {
  /** At most this many cards (default 20). */
  limit?: number;
  /** Only cards about this graph node (the same as a deck of 0 hops). */
  nodeId?: string;
  deck?: DeckSpec;
}

export interface ReviewQueueDTO {
  /**
   * Due cards first — those whose implicit credit would clear the most other due cards first, and a learnt
   * card not yet due when its recall would clear two or more due ones — then new cards, a concept's
   * foundations before it, within the day's limits.
   */
  cards: ReviewCardDTO[];
  /** Due cards in the deck, before the day's limit. */
  dueCount: number;
  /** New cards in the deck, before the day's limit. */
  newCount: number;
  totalCount: number;
  reviewedToday: number;
  /** New cards first seen today (they count against `settings.newPerDay`). */
  newToday: number;
  settings: ReviewSettingsDTO;
  /** What is being revised: a name, and the graph nodes the deck covers (for the graph to highlight). */
  deck: { label: string; nodeIds: string[] };
  /** Set when the saved review history could not be read (it is kept aside, never overwritten). */
  problem: string | null;
}

export interface GradeRequest {
  cardId: string;
  grade: ReviewGrade;
}

export interface GradeResult {
  card: ReviewCardDTO;
  /** Mastery of the nodes this grade changed, the card's own and those it gave implicit credit to. */
  mastery: Record<string, number>;
  /** Other cards whose next review this grade moved: later by implicit credit, or forward to now (a lapse's weak spots). */
  implicit: { credited: string[]; pulledForward: string[] };
}

/**
 * Graph node id → predicted recall (0–1) at the horizon: the exam date when one is set, else 7 days
 * ahead; the mean over the node's reviewed cards. Nodes with no reviewed card are absent.
 */
export interface MasteryDTO {
  nodes: Record<string, number>;
  /** ISO date the recall is predicted for. */
  horizon: string;
  /** Node id → [reviewed cards, all cards]: how much of the node the number stands for. */
  coverage: Record<string, [number, number]>;
}

export interface LinkAnswerRequest {
  cardId: string;
  /** Yes: the link is written into the note; no: the suggestion is not made again. */
  accept: boolean;
}

export interface LinkAnswerResult {
  /** The note the link was written into, with the line; null when declined. */
  written: { noteId: NoteId; line: number; text: string } | null;
}

export interface ReviewSettingsDTO {
  /** `YYYY-MM-DD`, or null for none. */
  examDate: string | null;
  /** New cards a day (default 20). */
  newPerDay: number;
  /** Reviews a day (default 200). */
  reviewsPerDay: number;
}

/** FSRS's parameters fitted to the person's history, and how much better they predict it. */
export interface ReviewFitDTO {
  /** Explicit grades the fit used. */
  reviews: number;
  /** Log loss of FSRS's default parameters on the history, and of the fitted ones (lower is better). */
  logLossBefore: number;
  logLossAfter: number;
  weights: number[];
  fittedAt: string;
}

export interface ReviewPlanDTO {
  examDate: string | null;
  /** The fit in use, if any; the explicit grades so far, and how many a fit needs. */
  fit: ReviewFitDTO | null;
  reviewsForFit: { done: number; needed: number };
  /**
   * Implicit credit, fitted to the person's answers: the fraction of a review a recalled card gives a concept
   * card it is tied to by a typed relation (`rate`) and one it only shares a section with (`sharedSection`,
   * the weakest tie); whether the person's own written cards are credited too; `evidence` is the number of
   * answers the fit rests on (0: the starting values).
   */
  credit: { rate: number; sharedSection: number; written: boolean; evidence: number };
  /** The date mastery is predicted for. */
  horizon: string;
  /**
   * Per day from today up to the exam (or 30 days): reviews that come due if every review is done on time
   * and remembered, and new cards met at the day's limit until none is left.
   */
  forecast: { date: string; due: number; fresh: number }[];
  /** Every concept with cards, weakest first: predicted recall at the horizon. */
  concepts: { nodeId: string; label: string; recall: number; reviewed: number; cards: number }[];
  /** Reviews per day over the last 30 days, for the statistics. */
  history: { date: string; reviews: number; again: number }[];
}
