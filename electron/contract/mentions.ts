import type { NoteId } from './dto';

/** A note whose text names another note (its title or an alias) without linking to it. */
export interface UnlinkedMentionDTO {
  from: NoteId;
  title: string;
  /** Each place, in file order: 1-based line, 0-based column, the name as written, the line's text. */
  mentions: { line: number; col: number; match: string; text: string }[];
}
