import type {
  BrokenLinkDTO,
  ConceptDTO,
  ConceptSummaryDTO,
  EvidenceDTO,
  GradeRequest,
  GradeResult,
  GraphDTO,
  GraphQuery,
  NoteDTO,
  NoteId,
  NoteSummary,
  MasteryDTO,
  LinkAnswerRequest,
  LinkAnswerResult,
  ReviewFitDTO,
  ReviewPlanDTO,
  ReviewSettingsDTO,
  ReviewQueueDTO,
  ReviewQueueRequest,
  SaveRequest,
  SaveResult,
  SearchRequest,
  SearchResultDTO,
  VaultInfo,
} from './dto';
import type { UnlinkedMentionDTO } from './mentions';
import type { DraftDTO, DraftRequest, FileOperationDTO, NoteAnchorsDTO, RenameRequest } from './files';

/**
 * The one API every host serves and every client calls. Each method takes at most one
 * serialisable argument and returns a Promise of a serialisable DTO.
 */
export interface CairnApi {
  describeVault(): Promise<VaultInfo>;
  /** Asks the host to let the person pick another vault; null when cancelled. */
  openVault(): Promise<VaultInfo | null>;
  listNotes(): Promise<NoteSummary[]>;
  readNote(id: NoteId): Promise<NoteDTO>;
  saveNote(request: SaveRequest): Promise<SaveResult>;
  getGraph(query: GraphQuery): Promise<GraphDTO>;
  getConcept(id: string): Promise<ConceptDTO>;
  /** Every concept's names, for the quick switcher. */
  listConcepts(): Promise<ConceptSummaryDTO[]>;
  getEdgeEvidence(edgeId: string): Promise<EvidenceDTO[]>;
  brokenLinks(): Promise<BrokenLinkDTO[]>;
  search(request: SearchRequest): Promise<SearchResultDTO>;
  /** The cards to revise now; nothing is scheduled until a card is graded. */
  reviewQueue(request: ReviewQueueRequest): Promise<ReviewQueueDTO>;
  /** Records a grade, schedules the card's next review (FSRS) and saves it in the vault's `.cairn/`. */
  gradeCard(request: GradeRequest): Promise<GradeResult>;
  getMastery(): Promise<MasteryDTO>;
  /** Renames or moves a note, attachment or folder and rewrites every link to it, as one step that can be undone. */
  renameNote(request: RenameRequest): Promise<FileOperationDTO>;
  /** Moves a note, attachment or folder to the vault's `.trash/`; can be undone. */
  deleteNote(id: NoteId): Promise<FileOperationDTO>;
  /** Undoes a rename, move or delete of this session (links are put back unless their note changed since). */
  undoFileOperation(operationId: string): Promise<FileOperationDTO>;
  createFolder(id: NoteId): Promise<{ id: NoteId }>;
  /** The headings and block ids of a note, for `[[Note#` and `[[Note#^` completion. */
  noteAnchors(id: NoteId): Promise<NoteAnchorsDTO>;
  /** The unsaved draft of a note (`.cairn/drafts/`), or null. */
  readDraft(id: NoteId): Promise<DraftDTO | null>;
  saveDraft(request: DraftRequest): Promise<DraftDTO>;
  discardDraft(id: NoteId): Promise<null>;
  /** Notes that name this note (title or aliases) in plain text without linking to it. */
  unlinkedMentions(id: NoteId): Promise<UnlinkedMentionDTO[]>;
  getReviewSettings(): Promise<ReviewSettingsDTO>;
  /** Changes the exam date and daily limits; saved with the review history in the vault. */
  setReviewSettings(settings: Partial<ReviewSettingsDTO>): Promise<ReviewSettingsDTO>;
  /** The exam plan: reviews per day until the exam, and every concept's predicted recall on that day. */
  reviewPlan(): Promise<ReviewPlanDTO>;
  /** Answers a missing-link exercise: yes writes the link into the note (as a save would), no dismisses it. */
  answerLinkSuggestion(request: LinkAnswerRequest): Promise<LinkAnswerResult>;
  /** Fits FSRS's parameters to the vault's review history (at least 400 grades) and schedules with them from now on. */
  fitReviewParameters(): Promise<ReviewFitDTO>;
}

export type CairnMethod = keyof CairnApi;

/** A record, not a list: forgetting a method here is a compile error. Every adapter loops over it. */
export const cairnApiMethods: { readonly [K in CairnMethod]: true } = {
  describeVault: true,
  openVault: true,
  listNotes: true,
  readNote: true,
  saveNote: true,
  getGraph: true,
  getConcept: true,
  listConcepts: true,
  getEdgeEvidence: true,
  brokenLinks: true,
  search: true,
  reviewQueue: true,
  gradeCard: true,
  getMastery: true,
  renameNote: true,
  deleteNote: true,
  undoFileOperation: true,
  createFolder: true,
  noteAnchors: true,
  readDraft: true,
  saveDraft: true,
  discardDraft: true,
  unlinkedMentions: true,
  getReviewSettings: true,
  setReviewSettings: true,
  reviewPlan: true,
  answerLinkSuggestion: true,
  fitReviewParameters: true,
};

export const cairnMethodNames = Object.keys(cairnApiMethods) as CairnMethod[];

export function isCairnMethod(name: string): name is CairnMethod {
  return Object.prototype.hasOwnProperty.call(cairnApiMethods, name);
}

export const IPC_PREFIX = 'cairn:';
export const IPC_EVENT_CHANNEL = 'cairn:event';

/** What travels back when a call is refused: a reason a person can read, never a stack. */
export interface CairnErrorDTO {
  code: CairnErrorCode;
  message: string;
}

export type CairnErrorCode = 'bad-request' | 'not-found' | 'conflict' | 'forbidden' | 'unsupported' | 'internal';

export class CairnError extends Error {
  constructor(
    readonly code: CairnErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CairnError';
  }

  toDTO(): CairnErrorDTO {
    return { code: this.code, message: this.message };
  }
}

/** Longest message sent across a boundary: a message quoting its input (a regex, a path) must stay small. */
export const MAX_ERROR_MESSAGE = 500;

/**
 * Any thrown value as what crosses a boundary: our errors keep their code, others become `internal` with
 * their first line only, absolute paths cut out (Node's fs messages hold them) and the length bounded.
 */
export function toErrorDTO(error: unknown): CairnErrorDTO {
  const dto = error instanceof CairnError ? error.toDTO() : { code: 'internal' as const, message: `Internal error: ${unexpectedMessage(error)}` };
  return dto.message.length > MAX_ERROR_MESSAGE ? { ...dto, message: `${dto.message.slice(0, MAX_ERROR_MESSAGE)}…` } : dto;
}

function unexpectedMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const end = text.indexOf('\n');
  return text.slice(0, Math.min(end < 0 ? text.length : end, 4 * MAX_ERROR_MESSAGE)).replace(/(?:[A-Za-z]:)?[\\/](?:[^\s'"\\/]+[\\/])+[^\s'",]*/g, '<path>');
}
