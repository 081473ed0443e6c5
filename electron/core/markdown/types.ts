import type { LinkKind, NoteId, NoteProblem } from '../../contract';

export interface Heading {
  level: number;
  text: string;
  /** 1-based line in the file (front matter included). */
  line: number;
}

export interface RawLink {
  /** Target as written, decoded (`%20` → space for Markdown links), without subpath. '' for same-note links. */
  target: string;
  /** `heading`, `h1#h2` or `^block` — the part after the first `#`, null if none. */
  subpath: string | null;
  display: string | null;
  embed: boolean;
  kind: LinkKind;
  line: number;
  /** 0-based column of the link's first character on its line. */
  col: number;
  /**
   * Written as a property's value (`course:: [[PHYS 2210]]`, Logseq's and Dataview's `key:: value`): a link,
   * but metadata about the note, so it names no concept.
   */
  meta?: true;
}

export interface TagUse {
  /** Without `#`, as written, e.g. `aws/ec2`. */
  tag: string;
  /** 0 for front matter. */
  line: number;
}

export interface Section {
  /** Heading text, null for the part before the first heading. */
  heading: string | null;
  level: number;
  /** 1-based first and last line of the section in the file. */
  startLine: number;
  endLine: number;
  /**
   * The section's prose: code blocks, inline code, HTML comments and link/embed syntax blanked out
   * with spaces so offsets and line breaks stay where they were. Line i of `text` is file line startLine+i.
   * In practice (parse.ts): LINES always stay aligned, columns within a line do not: code blocks and comment
   * lines become empty lines, an inline code span or comment becomes one space, backslash escapes are
   * resolved (`\(AMI\)` → `(AMI)`), AWS `<a name>` anchors removed, links reduced to their visible text
   * (`[[a|b]]` → `b`, `[[a]]` → `a`, `[x](url)` → `x`, attachment embeds → a space), list, quote and
   * callout markers dropped. A heading's section starts with the heading's text (no `#`) as line 0.
   */
  text: string;
  /**
   * The section's list items (outside quotes), in order, when it has any: `text` drops their markers and
   * indentation, and a nested item under a term says how the two relate (relations.ts).
   */
  listItems?: ListItem[];
  /**
   * The inline code spans `text` blanks that open a line or a sentence (and those after them on the line),
   * when it has any: the line (0 is the heading's), the column of the space that stands for the span, and
   * the span's content. Code a note treats as a term (`` `git stash` — guarda…``) is read from here;
   * nothing else in `text` counts code.
   */
  code?: CodeSpan[];
  /**
   * Lines of a shell code block that end in a comment (`git pull   # = fetch + merge`), whole: a command a
   * note explains. `at` is 0. The rest of a code block is not kept.
   */
  commands?: CodeSpan[];
}

export interface CodeSpan {
  line: number;
  at: number;
  text: string;
}

export interface ListItem {
  /** Line of the item in the section's `text` (0 is the heading's line). */
  line: number;
  /** Columns before the marker: deeper is nested under the nearest shallower item above. */
  indent: number;
  ordered: boolean;
}

export interface ParsedNote {
  id: NoteId;
  /** Front-matter `title`, else the file name without `.md`. */
  title: string;
  aliases: string[];
  /** Front-matter and inline tags, deduplicated case-insensitively, first spelling kept. */
  tags: TagUse[];
  frontmatter: Record<string, unknown>;
  /** File text after the front matter (BOM removed, CRLF kept as in the file is NOT guaranteed: lines are split on \r?\n). */
  body: string;
  /** 1-based line where `body` starts. */
  bodyStartLine: number;
  headings: Heading[];
  links: RawLink[];
  blockIds: { id: string; line: number }[];
  callouts: { type: string; title: string; line: number }[];
  sections: Section[];
  problems: NoteProblem[];
}
