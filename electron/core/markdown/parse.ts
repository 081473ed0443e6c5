import type { NoteId } from '../../contract';
import { parseFrontmatter, type FrontmatterResult } from './frontmatter';
import { isFlashcardTag } from './cards';
import { scanInline, type InlineSink, type OpenComment } from './inline';
import { BLOCK_REF, markedProperty, pageData, pageOfFileName, PLANNING, propertyLine, taskMarker, type PropertyLine } from './logseq';
import { frontmatterAliases, frontmatterLinks, frontmatterTags } from './properties';
import type { CodeSpan, Heading, ListItem, ParsedNote, RawLink, Section, TagUse } from './types';

/*
 * A line-oriented Markdown scanner for what a vault index needs, not a renderer: block structure only as far
 * as it decides what is code, a heading, a list or a quote; inline syntax per line (inline.ts). Every regex
 * here is anchored or bounded, so parsing is linear in the size of the note.
 */

const FENCE_OPEN = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})(.*)$/;
const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const QUOTE = /^[ \t]*(?:>[ \t]?)+/;
const LIST = /^[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?|$)/;
const CALLOUT = /\[!([^\]\s]+)\]([+-]?)[ \t]*/y;
const BLOCK_ID = /(?:^|[ \t])\^([A-Za-z0-9-]+)[ \t]*$/;
const BLANK = /^[ \t]*$/;
/** A cloze card's marks (`{{c1::answer::hint}}`) are card syntax: the prose reads the answer alone. */
const CLOZE = /\{\{c\d+::((?:(?!::|\}\}).)*)(?:::(?:(?!\}\}).)*)?\}\}/g;
const FENCE_ANCHOR = /<a\s+(?:name|id)\s*=\s*"[^"]*"\s*>\s*<\/a>/g;

interface Fence {
  char: string;
  length: number;
  /** A shell block (`bash`, `sh`, `console`, no language): its commented commands are kept (Section.commands). */
  shell: boolean;
}
/** Page properties whose values are names, not links: `alias:: [[Thermo]]` names this page. */
const NAMING_KEYS = new Set(['alias', 'aliases', 'tags', 'tag', 'title']);

/** What may stand before code that opens its line (emphasis, a bracket) or its sentence. */
const CODE_OPENS_LINE = /^[\s*_([]*$/;
const CODE_OPENS_SENTENCE = /[.!?]\s+[*_]*$/;
const SHELL = /^(?:bash|sh|shell|zsh|console|terminal|cmd)?$/i;
/** `git pull   # = fetch + merge`: a command, spaces, and a comment in words. */
const COMMENTED = /^\s*[\p{L}.][^#]*?\s#\s*\S.*\p{L}/u;

interface OpenSection {
  heading: string | null;
  level: number;
  startLine: number;
  lines: string[];
  items?: ListItem[];
  code?: CodeSpan[];
  commands?: CodeSpan[];
}

/**
 * `frontmatter`: the front matter of this very text when the caller knows it (a rewrite that left its
 * lines alone, see `keptFrontmatter`), instead of reading its YAML again.
 */
export function parseNote(id: NoteId, text: string, frontmatter?: FrontmatterResult): ParsedNote {
  const fm = frontmatter ?? parseFrontmatter(text);
  const lines = fm.body.split(/\r?\n/);
  const first = fm.bodyStartLine;

  const headings: Heading[] = [];
  const links: RawLink[] = first > 1 ? frontmatterLinks(fm.data, headerLines(text, first - 1)) : [];
  const blockIds: { id: string; line: number }[] = [];
  const callouts: ParsedNote['callouts'] = [];
  const inlineTags: TagUse[] = [];
  const sections: Section[] = [];
  const sink: InlineSink = { line: 0, links, tags: inlineTags, out: [] };
  const codeBuf: { piece: number; text: string }[] = [];

  let current: OpenSection = { heading: null, level: 0, startLine: first, lines: [] };
  const closeSection = (endLine: number): void => {
    const blank = current.heading === null && current.lines.every((l) => BLANK.test(l));
    if (blank) return;
    const section: Section = { heading: current.heading, level: current.level, startLine: current.startLine, endLine, text: current.lines.join('\n') };
    if (current.items) section.listItems = current.items;
    if (current.code) section.code = current.code;
    if (current.commands) section.commands = current.commands;
    sections.push(section);
  };
  const startSection = (heading: string, level: number, line: number): void => {
    closeSection(line - 1);
    headings.push({ level, text: heading, line });
    current = { heading, level, startLine: line, lines: [] };
  };
  /** Scans [start, end) of a line as prose and returns its visible text. */
  const inline = (raw: string, start: number, end: number, keepCode = false): { text: string; open: OpenComment } => {
    sink.out = [];
    codeBuf.length = 0;
    sink.code = keepCode ? undefined : codeBuf;
    const open = scanInline(raw, start, end, sink, keepCode);
    const text = sink.out.join('');
    // The line `text` is about to become: the spans that open it or a sentence, and the one right after
    // such a span, are kept with it (a heading keeps its code as text).
    if (sink.code?.length) {
      // Columns from the pieces' lengths, once per line (a line of 100,000 spans must stay linear).
      let at = 0;
      let piece = 0;
      let kept = false;
      for (const c of sink.code) {
        for (; piece < c.piece; piece++) at += (sink.out[piece] as string).length;
        kept = kept || (at < 8 && CODE_OPENS_LINE.test(text.slice(0, at))) || CODE_OPENS_SENTENCE.test(text.slice(Math.max(0, at - 6), at));
        if (kept) (current.code ??= []).push({ line: current.lines.length, at, text: c.text });
      }
    }
    return { text: text.includes('{{') ? text.replace(CLOZE, '$1') : text, open };
  };

  let fence: Fence | null = null;
  let comment: OpenComment = null;
  let indentedCode = false;
  let inList = false;
  let prevParagraph = false;
  let skipUnderline = false;
  // Logseq's page properties are the note's first lines; after them, a property line belongs to a block
  // (`id::`, `collapsed::`) or is a Dataview field. A note of `question::answer` cards keeps those as prose.
  const pageProps: PropertyLine[] = [];
  // A note with YAML front matter has its properties there (Logseq writes none).
  let pageBlock = first === 1;
  let blockProps = !frontmatterTags(fm.data).some((t) => isFlashcardTag(t.tag));
  const endPageBlock = (): void => {
    pageBlock = false;
    if (pageProps.length > 0 && frontmatterTags(pageData(pageProps)).some((t) => isFlashcardTag(t.tag))) blockProps = false;
  };
  /** Reads a property line: its links are links (marked as metadata), its text is no prose. */
  const property = (raw: string, prop: PropertyLine): void => {
    if (!NAMING_KEYS.has(prop.key) || !pageBlock) {
      const from = links.length;
      inline(raw, 0, raw.length);
      for (let k = from; k < links.length; k++) (links[k] as RawLink).meta = true;
    }
    current.lines.push('');
    prevParagraph = false;
  };

  for (let idx = 0; idx < lines.length; idx++) {
    const raw = lines[idx] as string;
    const lineNo = first + idx;
    sink.line = lineNo;

    if (fence) {
      if (closesFence(raw, fence)) fence = null;
      else if (fence.shell && raw.includes('#') && COMMENTED.test(raw)) (current.commands ??= []).push({ line: current.lines.length, at: 0, text: raw.trim() });
      current.lines.push('');
      continue;
    }
    if (comment) {
      const close = raw.indexOf(comment);
      if (close === -1) {
        current.lines.push('');
        continue;
      }
      const r = inline(raw, close + comment.length, raw.length);
      comment = r.open;
      current.lines.push(r.text);
      continue;
    }
    if (skipUnderline) {
      skipUnderline = false;
      current.lines.push('');
      continue;
    }
    if (BLANK.test(raw)) {
      prevParagraph = false;
      current.lines.push('');
      if (pageBlock && pageProps.length > 0) endPageBlock();
      continue;
    }
    const indent = indentWidth(raw);
    // Fences win over indented code at any indentation: generated docs (the AWS guides) indent fences inside
    // list items that CommonMark has already closed, and reading them as indented code flips every later fence.
    const fenceOpen = raw.includes('``') || raw.includes('~~') ? FENCE_OPEN.exec(raw) : null;
    if (fenceOpen && !(fenceOpen[1]?.[0] === '`' && fenceOpen[2]?.includes('`'))) {
      const marker = fenceOpen[1] as string;
      fence = { char: marker[0] as string, length: marker.length, shell: SHELL.test((fenceOpen[2] ?? '').trim().split(/\s/)[0] ?? '') };
      prevParagraph = false;
      indentedCode = false;
      current.lines.push('');
      continue;
    }
    if (indentedCode) {
      if (indent >= 4) {
        current.lines.push('');
        continue;
      }
      indentedCode = false;
    }
    if (indent >= 4 && !inList && !prevParagraph) {
      indentedCode = true;
      current.lines.push('');
      continue;
    }
    const prop = raw.includes('::') ? propertyLine(raw) : null;
    if (pageBlock) {
      if (prop && (pageProps.length === 0 || !markedProperty(raw))) {
        pageProps.push(prop);
        property(raw, prop);
        continue;
      }
      endPageBlock();
    }
    if (prop && blockProps) {
      property(raw, prop);
      continue;
    }
    if (raw.includes(':') && PLANNING.test(raw)) {
      current.lines.push('');
      continue;
    }

    const atx = ATX.exec(raw);
    if (atx) {
      const hashes = atx[1] as string;
      const contentEnd = atxContentEnd(raw, atx[0].length);
      const r = inline(raw, atx[0].length, contentEnd, true);
      comment = r.open;
      const heading = tidyHeading(r.text);
      startSection(heading, hashes.length, lineNo);
      current.lines.push(heading);
      prevParagraph = false;
      inList = false;
      continue;
    }

    let start = 0;
    let end = raw.length;
    let isQuote = false;
    let isList = false;
    const quote = raw.includes('>') ? QUOTE.exec(raw) : null;
    if (quote) {
      isQuote = true;
      start = quote[0].length;
      CALLOUT.lastIndex = start;
      const callout = CALLOUT.exec(raw);
      if (callout && !QUOTE.test(lines[idx - 1] ?? '')) {
        const type = (callout[1] as string).toLowerCase();
        start = CALLOUT.lastIndex;
        const r = inline(raw, start, end);
        comment = r.open;
        const title = r.text.trim() || type.charAt(0).toUpperCase() + type.slice(1);
        callouts.push({ type, title, line: lineNo });
        current.lines.push(r.text);
        prevParagraph = false;
        continue;
      }
    }
    const list = LIST.exec(start === 0 ? raw : raw.slice(start));
    if (list) {
      isList = true;
      start += list[0].length;
      // `- ## Week 9`: a heading as a list item's content (every Logseq block is an item) is a heading.
      const atxItem = !isQuote && raw[start] === '#' ? ATX.exec(raw.slice(start)) : null;
      if (atxItem) {
        const from = start + atxItem[0].length;
        const r = inline(raw, from, atxContentEnd(raw, from), true);
        comment = r.open;
        const heading = tidyHeading(r.text);
        startSection(heading, (atxItem[1] as string).length, lineNo);
        current.lines.push(heading);
        prevParagraph = false;
        inList = true;
        continue;
      }
    }
    start += taskMarker(raw, start);
    if (isList && !isQuote) {
      inList = true;
      (current.items ??= []).push({ line: current.lines.length, indent: fullIndent(raw), ordered: /^[ \t]*\d/.test(raw) });
    }
    else if (!isQuote && indent === 0) inList = false;

    if (raw.includes('^')) {
      const block = BLOCK_ID.exec(raw);
      if (block && block.index >= start - 1) {
        blockIds.push({ id: block[1] as string, line: lineNo });
        end = block.index;
      }
    }

    const paragraph = !isQuote && !isList && indent < 4;
    const underline = paragraph && !prevParagraph ? lines[idx + 1] : undefined;
    if (underline !== undefined && SETEXT.test(underline) && end === raw.length) {
      const r = inline(raw, start, end, true);
      comment = r.open;
      const heading = tidyHeading(r.text);
      startSection(heading, underline.trim().startsWith('=') ? 1 : 2, lineNo);
      current.lines.push(heading);
      skipUnderline = !comment;
      prevParagraph = false;
      continue;
    }

    const r = inline(raw, start, end);
    comment = r.open;
    current.lines.push(r.text.includes('((') ? r.text.replace(BLOCK_REF, ' ') : r.text);
    prevParagraph = paragraph;
  }
  closeSection(first + lines.length - 1);

  // YAML front matter, where a note has both, wins over Logseq's page properties.
  const data = pageProps.length > 0 ? { ...pageData(pageProps), ...fm.data } : fm.data;
  const tags = dedupeTags([...frontmatterTags(data), ...inlineTags]);
  const title = typeof data.title === 'string' && data.title.trim() !== '' ? data.title.trim() : basename(id);
  return {
    id,
    title,
    aliases: frontmatterAliases(data),
    tags,
    frontmatter: fm.data,
    body: fm.body,
    bodyStartLine: first,
    headings,
    links,
    blockIds,
    callouts,
    sections,
    problems: fm.problems,
  };
}

/** The first `count` lines of `text`, without reading the rest. */
function headerLines(text: string, count: number): string[] {
  let end = -1;
  for (let i = 0; i < count; i++) {
    end = text.indexOf('\n', end + 1);
    if (end === -1) break;
  }
  return (end === -1 ? text : text.slice(0, end)).split(/\r?\n/).slice(0, count);
}

function closesFence(raw: string, fence: Fence): boolean {
  let i = 0;
  while (i < raw.length && (raw[i] === ' ' || raw[i] === '\t' || raw[i] === '>')) i++;
  let n = 0;
  while (raw[i + n] === fence.char) n++;
  if (n < fence.length) return false;
  const rest = raw.slice(i + n);
  // The AWS guides close fences as "```<a name=\"x\"></a>"; their renderer accepts it, so we do too.
  return BLANK.test(rest) || BLANK.test(rest.replace(FENCE_ANCHOR, ''));
}

/** Columns before a list marker, tabs to the next multiple of 4: how deep an item is nested. */
function fullIndent(raw: string): number {
  return indentWidth(raw, Infinity);
}

/** Columns of leading blanks, tabs to the next multiple of 4, counted up to `cap`. */
function indentWidth(raw: string, cap = 4): number {
  let width = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === ' ') width++;
    else if (c === '\t') width += 4 - (width % 4);
    else break;
    if (width >= cap) break;
  }
  return width;
}

/** End of an ATX heading's text: trailing blanks and a closing `###` sequence (after a blank) removed. */
function atxContentEnd(raw: string, start: number): number {
  let end = raw.length;
  while (end > start && (raw[end - 1] === ' ' || raw[end - 1] === '\t')) end--;
  let hashes = end;
  while (hashes > start && raw[hashes - 1] === '#') hashes--;
  if (hashes < end && (hashes === start || raw[hashes - 1] === ' ' || raw[hashes - 1] === '\t')) {
    end = hashes;
    while (end > start && (raw[end - 1] === ' ' || raw[end - 1] === '\t')) end--;
  }
  return end;
}

function tidyHeading(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function dedupeTags(uses: TagUse[]): TagUse[] {
  const seen = new Set<string>();
  const out: TagUse[] = [];
  for (const use of uses) {
    const key = use.tag.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(use);
  }
  return out;
}

function basename(id: NoteId): string {
  const slash = id.lastIndexOf('/');
  const name = slash === -1 ? id : id.slice(slash + 1);
  return pageOfFileName(name.toLowerCase().endsWith('.md') ? name.slice(0, -3) : name);
}
