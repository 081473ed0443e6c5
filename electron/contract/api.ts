import type {
  BrokenLinkDTO,
  ConceptDTO,
  EvidenceDTO,
  GradeRequest,
  GradeResult,
  GraphDTO,
  GraphQuery,
  NoteDTO,
  NoteId,
  NoteSummary,
  MasteryDTO,
  ReviewQueueDTO,
  ReviewQueueRequest,
  SaveRequest,
  SaveResult,
  SearchRequest,
  SearchResultDTO,
  VaultInfo,
} from './dto';
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

/** Any thrown value as what crosses a boundary: our errors keep their code, others become `internal`. */
export function toErrorDTO(error: unknown): CairnErrorDTO {
  if (error instanceof CairnError) return error.toDTO();
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
