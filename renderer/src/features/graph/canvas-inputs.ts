import type { NoteId } from '../../../../electron/contract';

/** What the view is told by the app: the props GraphView passes through, read when needed. */
export interface CanvasInputs {
  readonly openNoteId: string | null;
  /** The concept whose pane is open (its graph node id), however it was opened: selected on the graph. */
  readonly openConceptNode?: string | null;
  readonly highlight: Set<string> | null;
  /** The concepts a `concept:` search names (concept ids): lit with the notes found. */
  readonly highlightConcepts?: ReadonlySet<string> | null;
  /** During review: the card's concepts, lit up with their neighbourhood. */
  readonly focus?: Set<string> | null;
  /** Node id → recall probability (0–1) from spaced repetition; nodes never reviewed are absent. */
  readonly mastery?: Record<string, number>;
  /** Node id → [reviewed cards, all cards], shown with the mastery on hover. */
  readonly coverage?: Record<string, [number, number]>;
  onOpenNote: (id: NoteId) => void;
  onOpenConcept: (conceptNodeId: string) => void;
  /** A click on a missing link target: offer to create the note. */
  onCreateNote?: (target: string) => void;
  /** Right-click on a node: revise it and its neighbours. */
  onReviseNode?: (nodeId: string, label: string) => void;
}
