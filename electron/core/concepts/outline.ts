import type { ParsedNote } from '../markdown/types';
import { plain } from './fold';
import { nameSpan } from './name-find';
import type { ConceptHit, ConceptKey } from './types';

/**
 * A note's sections read as an outline: how deep each line sits (list items, indented lines) and the
 * concept a line opens with when it names one before a separator (`**EBS** = …`, `gp3: …`, `ELB - …`,
 * `- **instancias reservadas** (RI)`). Student notes state relations in this structure more than in
 * sentences: what is listed under a term, what a `types:` line enumerates. Built lazily, per section,
 * only for the sections a relation rule asks about.
 */
export class OutlineLine {
  private folded: string | null = null;

  constructor(
    /** The line as the section's text holds it. */
    readonly text: string,
    readonly indent: number,
    readonly item: boolean,
    readonly blank: boolean,
  ) {}

  /** Lower-cased, accent-free: what folded names are found in (made when first asked for). */
  get lower(): string {
    return (this.folded ??= plain(this.text));
  }
}

/** The concept a line opens with, where its name ends, and what follows it (past a parenthesis), lower-cased. */
export interface LineHead {
  key: ConceptKey;
  hit: ConceptHit;
  end: number;
  rest: string;
}

const INDENTED = /\n[ \t]+\S/;
/** Only markup may come before a line's head: spaces, emphasis, brackets, quotes. */
const MARKUP = new Set([...' \t*_[]"\'`'].map((c) => c.charCodeAt(0)));
/** What ends a term that opens a line: a definition's sign, a comma, the line's end, `vs`, or only tags (an outliner's `[[Entropy]] #law`). */
/** A line that opens with a definition's sign: its term was blanked (a code span). */
const BLANKED_HEAD = /^\s+(?::|->|=>|→|⇒|=\s|–|—)/;
const HEAD_END = /^(?::|->|=>|→|⇒|=|-\s|–|—|,|;|vs\b|versus\b|$|(?:#[^\s#]+\s*)+$)/;

export class Outline {
  private readonly byLine = new Map<number, ConceptHit[]>();
  private readonly lines = new Map<number, OutlineLine[]>();
  private readonly heads = new Map<string, LineHead | null>();
  /** Sections with a hit below their heading line. */
  private readonly named = new Set<number>();
  private linked: Set<number> | null = null;
  private indexed = false;
  private readonly structured = new Map<number, boolean>();

  constructor(
    readonly note: ParsedNote,
    private readonly hits: readonly ConceptHit[],
    private readonly namesOf: (key: ConceptKey) => readonly (readonly string[])[],
  ) {}

  /** The hits by line, made when a rule first asks: most notes' sections have no list to read. */
  private index(): void {
    if (this.indexed) return;
    this.indexed = true;
    const sections = this.note.sections;
    for (const h of this.hits) {
      if (h.occurrence.line !== sections[h.occurrence.section]?.startLine) this.named.add(h.occurrence.section);
      const list = this.byLine.get(h.occurrence.line);
      if (!list) this.byLine.set(h.occurrence.line, [h]);
      else if (!list.some((x) => x.key === h.key)) list.push(h);
    }
  }

  /** Whether a section has any structure to read: list items or indented lines, and a concept below its heading. */
  hasStructure(section: number): boolean {
    let has = this.structured.get(section);
    if (has === undefined) {
      const s = this.note.sections[section];
      has = !!s && (s.listItems !== undefined || INDENTED.test(s.text));
      if (has) {
        this.index();
        has = this.named.has(section);
      }
      this.structured.set(section, has);
    }
    return has;
  }

  linesOf(section: number): OutlineLine[] {
    let out = this.lines.get(section);
    if (out) return out;
    const s = this.note.sections[section];
    out = [];
    if (s) {
      const texts = s.text.split('\n');
      const indents = new Array<number>(texts.length).fill(-1);
      for (const i of s.listItems ?? []) indents[i.line] = i.indent;
      for (let index = 0; index < texts.length; index++) {
        const text = this.restored(section, index, texts[index] as string);
        const indent = indents[index] as number;
        const blank = text.trim() === '';
        out.push(new OutlineLine(text, indent >= 0 ? indent : blank ? 0 : text.length - text.trimStart().length, indent >= 0, blank));
      }
    }
    this.lines.set(section, out);
    return out;
  }

  /**
   * Whether a line is only a link to another page (`- [Spot Instances](spot.md)`): a table of contents
   * lists pages, it does not say how their subjects relate.
   */
  onlyLink(section: number, index: number): boolean {
    const s = this.note.sections[section];
    if (!s) return false;
    this.linked ??= new Set(this.note.links.map((l) => l.line));
    return this.linked.has(s.startLine + index) && this.head(section, index)?.rest === '' && !this.hasChildren(section, index);
  }

  /** Whether lines sit nested under this one: an outliner's `- [[Conduction]]` with its notes below is a term, not a page's entry in a contents list. */
  private hasChildren(section: number, index: number): boolean {
    const lines = this.linesOf(section);
    const line = lines[index];
    if (!line) return false;
    for (let j = index + 1; j < lines.length; j++) {
      const below = lines[j] as OutlineLine;
      if (!below.blank) return below.indent > line.indent;
    }
    return false;
  }

  /** The concepts a section line names, each once. */
  hitsOn(section: number, index: number): readonly ConceptHit[] {
    this.index();
    const s = this.note.sections[section];
    return s ? (this.byLine.get(s.startLine + index) ?? []) : [];
  }

  /** Where a concept's name first stands in a lower-cased text from `from` on, as [start, end), or null. */
  spanOf(key: ConceptKey, lower: string, from = 0): [number, number] | null {
    let best: [number, number] | null = null;
    for (const words of this.namesOf(key)) {
      const span = nameSpan(lower, words, from);
      if (span && (!best || span[0] < best[0] || (span[0] === best[0] && span[1] > best[1]))) best = span;
    }
    return best;
  }

  /** The concept a line opens with, or null. */
  head(section: number, index: number): LineHead | null {
    const k = `${section}:${index}`;
    const cached = this.heads.get(k);
    if (cached !== undefined) return cached;
    const line = this.linesOf(section)[index];
    let found: LineHead | null = null;
    if (line && !line.blank) {
      const lower = line.lower;
      // Only a name starting where the line's words start can be its head: checked by its first word
      // before any search (this runs for every line that names a concept).
      let start = 0;
      while (start < lower.length && MARKUP.has(lower.charCodeAt(start))) start++;
      let best: { hit: ConceptHit; span: [number, number] } | null = null;
      for (const hit of this.hitsOn(section, index)) {
        for (const words of this.namesOf(hit.key)) {
          if (!lower.startsWith(words[0] ?? '\u0000', start)) continue;
          const span = nameSpan(lower, words, start);
          if (span && span[0] === start && (!best || span[1] > best.span[1])) best = { hit, span };
        }
      }
      if (best) {
        const rest = afterTerm(lower, best.span[1]);
        if (HEAD_END.test(rest)) found = { key: best.hit.key, hit: best.hit, end: best.span[1], rest };
      }
    }
    this.heads.set(k, found);
    return found;
  }

  /**
   * A line whose term was code (`` - `TXT`: free text … ``): the section's prose blanks code spans, so the
   * line opens with its separator. The definition read on that line names the term: it is put back, so the
   * line has its head and its evidence names it.
   */
  private restored(section: number, index: number, text: string): string {
    if (!BLANKED_HEAD.test(text)) return text;
    const s = this.note.sections[section];
    if (!s) return text;
    this.index();
    for (const hit of this.byLine.get(s.startLine + index) ?? []) {
      if (hit.kind !== 'definition') continue;
      const said = hit.occurrence.sentence;
      const lower = plain(said);
      for (const words of this.namesOf(hit.key)) {
        const span = nameSpan(lower, words);
        if (span?.[0] === 0) return `${said.slice(0, span[1])}${text.trimStart()}`;
      }
    }
    return text;
  }

  /**
   * The line a line is nested under: the nearest line above it that sits less deep, or -1. A blank line
   * ends an indented paragraph; a list may hold blank lines between its items.
   */
  parent(section: number, index: number): number {
    const lines = this.linesOf(section);
    const line = lines[index];
    if (!line || line.indent === 0) return -1;
    const top = this.note.sections[section]?.heading === null ? 0 : 1;
    for (let j = index - 1; j >= top && j >= index - 80; j--) {
      const above = lines[j] as OutlineLine;
      if (above.blank) {
        if (!line.item) return -1;
        continue;
      }
      if (above.indent < line.indent) return j;
    }
    return -1;
  }

  /**
   * For a list item at the top of its list: the paragraph line just above the list when it ends with a
   * colon (`Los VPC Endpoints permiten …:`, `Tipos de políticas:`), else -1.
   */
  lead(section: number, index: number): number {
    const lines = this.linesOf(section);
    const top = this.note.sections[section]?.heading === null ? 0 : 1;
    for (let j = index - 1; j >= top; j--) {
      const above = lines[j] as OutlineLine;
      if (above.blank || above.item || above.indent > 0) continue;
      return above.text.trimEnd().endsWith(':') ? j : -1;
    }
    return -1;
  }
}

/** Closing markup after a term: emphasis, a code span's backtick (`` `TXT`: … ``), a link's brackets, spaces. */
const CLOSING = new Set([...'*_`] \t'].map((c) => c.charCodeAt(0)));

/**
 * The text after a term: its closing markup, the symbol it is written with (`[[latent heat]] $L$ (J/kg): …`,
 * `[[thermal efficiency]] $e = W/Q_H$`) and one parenthesis (`**RI** (reserved)`) skipped.
 */
function afterTerm(lower: string, end: number): string {
  let i = end;
  while (i < lower.length && CLOSING.has(lower.charCodeAt(i))) i++;
  if (lower[i] === '$' && lower[i + 1] !== '$') {
    const close = lower.indexOf('$', i + 1);
    if (close > i + 1) {
      i = close + 1;
      while (i < lower.length && (lower[i] === ' ' || lower[i] === '\t')) i++;
    }
  }
  if (lower[i] === '(') {
    const close = lower.indexOf(')', i);
    if (close < 0) return '';
    i = close + 1;
    while (i < lower.length && (lower[i] === '*' || lower[i] === ' ' || lower[i] === '\t')) i++;
  }
  return lower.slice(i);
}
