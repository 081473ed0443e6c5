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

/** `term`: a name found in the prose by its shape or repetition (see core/concepts/prose-terms.ts). */
export type ConceptSource = 'note' | 'alias' | 'definition' | 'heading' | 'tag' | 'acronym' | 'term' | 'glossary';

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

/** One flashcard: a concept's definition, or a `question::answer` line in a note tagged `flashcards`. */
export interface ReviewCardDTO {
  id: string;
  kind: 'concept' | 'note';
  front: string;
  back: string;
  /** The graph node whose mastery this card counts toward. */
  nodeId: string;
  /** Where the answer is written, to open it. */
  source: { noteId: NoteId; line: number } | null;
  state: CardState;
  /** ISO time it is due; null for a card never reviewed. */
  due: string | null;
  /** When each grade would bring the card back, as "10m", "3d", "2mo": shown on the grade buttons. */
  next: Record<ReviewGrade, string>;
}

export interface ReviewQueueRequest {
  /** At most this many cards (default 20). */
  limit?: number;
  /** Only cards about this graph node (a concept, or a note and the concepts it defines). */
  nodeId?: string;
}

export interface ReviewQueueDTO {
  /** Due cards first (most overdue first), then new ones (most central concepts first). */
  cards: ReviewCardDTO[];
  dueCount: number;
  newCount: number;
  totalCount: number;
  reviewedToday: number;
  /** Set when the saved review history could not be read (it is kept aside, never overwritten). */
  problem: string | null;
}

export interface GradeRequest {
  cardId: string;
  grade: ReviewGrade;
}

export interface GradeResult {
  card: ReviewCardDTO;
  /** Mastery of the nodes this grade changed. */
  mastery: Record<string, number>;
}

/** Graph node id → how likely the person recalls it now (0–1), for nodes with at least one reviewed card. */
export interface MasteryDTO {
  nodes: Record<string, number>;
}
