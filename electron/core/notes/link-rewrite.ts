import path from 'node:path';
import type { NoteId } from '../../contract';
import { nameKey, normalizeTarget, type LinkResolver } from '../markdown/resolve';
import type { FrontmatterResult } from '../markdown/frontmatter';
import type { ParsedNote, RawLink } from '../markdown/types';

/*
 * Rewriting the links of one note after files moved, as Obsidian does on a rename: a link is changed only
 * when it would otherwise stop naming the file it named before; what it says after `#` or `|` is kept,
 * and so is its style (a bare name stays a bare name while it is unique, a Markdown link stays relative).
 */

/** What a rewrite asks of link resolution (a LinkResolver, or the index's own, which resolves as the vault is). */
export type Resolver = Pick<LinkResolver, 'resolve'>;

export interface RewriteContext {
  /** The note's id before and after the operation (it differs when the note itself moved). */
  before: NoteId;
  after: NoteId;
  /** Resolution before and after the move. */
  resolverBefore: Resolver;
  resolverAfter: Resolver;
  /** Where a file is after the operation (itself when it did not move). */
  moved: (id: NoteId) => NoteId;
  /**
   * The name keys (`nameKey`) of the moved files, before and after: a link of a note that did not move can
   * change what it names only when it looks one of them up. Without it every link is resolved twice.
   */
  names?: ReadonlySet<string>;
}

export interface RewriteResult {
  text: string;
  /** How many links were rewritten. */
  changed: number;
  /** Links that needed a rewrite but whose text was not where the parser said (left as they were). */
  unmatched: RawLink[];
  /** The first line (1-based) the rewrite changed; Infinity when none. */
  firstLine: number;
}

/** True when some link of the note would name another file after the move (a cheap test before reading it). */
export function needsRewrite(links: readonly RawLink[], context: RewriteContext): boolean {
  return links.some((link) => expectedTarget(link, context) !== null);
}

/** The file the link must keep naming, when its text would no longer name it after the move; else null. */
function expectedTarget(link: RawLink, context: RewriteContext): NoteId | null {
  if (link.target === '') return null;
  if (context.names && context.before === context.after && !looksUpAny(link.target, context.names)) return null;
  const was = context.resolverBefore.resolve(context.before, link.target, link.kind);
  if (was === null) return null;
  const expected = context.moved(was);
  return context.resolverAfter.resolve(context.after, link.target, link.kind) === expected ? null : expected;
}

/** Whether the resolver may look `target` up by one of these names (as written, or URL-decoded). */
function looksUpAny(target: string, names: ReadonlySet<string>): boolean {
  if (names.has(nameKey(normalizeTarget(target)))) return true;
  if (!/%[0-9a-f]{2}/i.test(target)) return false;
  try {
    return names.has(nameKey(normalizeTarget(decodeURIComponent(target))));
  } catch {
    return false;
  }
}

/**
 * Rewrites the note's links in `text`. `links` must come from parsing this very text (their line and
 * column are where the rewrite looks).
 */
export function rewriteLinks(text: string, links: readonly RawLink[], context: RewriteContext): RewriteResult {
  const lines = text.split('\n');
  const edits = new Map<number, { start: number; end: number; replacement: string }[]>();
  const unmatched: RawLink[] = [];
  for (const link of links) {
    const expected = expectedTarget(link, context);
    if (expected === null) continue;
    const line = lines[link.line - 1];
    const span = line === undefined ? null : locateTarget(line, link);
    if (!span) {
      unmatched.push(link);
      continue;
    }
    const written = line!.slice(span.start, span.end);
    const replacement = link.kind === 'wiki' ? wikiTarget(written, expected, context) : markdownTarget(written, span.angle, expected, context.after);
    const list = edits.get(link.line - 1) ?? [];
    list.push({ ...span, replacement });
    edits.set(link.line - 1, list);
  }
  let changed = 0;
  let firstLine = Infinity;
  for (const [index, list] of edits) {
    firstLine = Math.min(firstLine, index + 1);
    let line = lines[index] as string;
    for (const edit of list.sort((a, b) => b.start - a.start)) {
      line = line.slice(0, edit.start) + edit.replacement + line.slice(edit.end);
      changed++;
    }
    lines[index] = line;
  }
  return { text: lines.join('\n'), changed, unmatched, firstLine };
}

/**
 * The front matter of a rewritten note, from the parse of its text before the rewrite, when the rewrite
 * left line 1 and the front matter's lines alone: a link rewrite never makes or unmakes a `---` line, and
 * line 1 decides whether there is front matter at all. Reading the YAML again was a third of parsing the
 * 518 notes a rename rewrites at 10k notes. Undefined when the rewrite reached those lines. `firstLine`:
 * the first line the rewrite changed (`RewriteResult.firstLine`), Infinity for the very text parsed (an undo).
 */
export function keptFrontmatter(before: Pick<ParsedNote, 'frontmatter' | 'bodyStartLine' | 'problems'>, text: string, firstLine: number): FrontmatterResult | undefined {
  if (firstLine < Math.max(2, before.bodyStartLine)) return undefined;
  let at = 0;
  for (let line = 1; line < before.bodyStartLine; line++) {
    const nl = text.indexOf('\n', at);
    if (nl === -1) return undefined;
    at = nl + 1;
  }
  return { data: before.frontmatter, body: text.slice(at), bodyStartLine: before.bodyStartLine, problems: before.problems };
}

interface Span {
  start: number;
  end: number;
  /** A Markdown destination written `<like this>`. */
  angle: boolean;
}

/** Where, on its line, the link's target is written (without `#subpath`, `|display` or a title). */
export function locateTarget(line: string, link: Pick<RawLink, 'kind' | 'col'>): Span | null {
  let at = link.col;
  if (line[at] === '!') at++;
  if (link.kind === 'wiki') {
    if (!line.startsWith('[[', at)) return null;
    const close = line.indexOf(']]', at + 2);
    if (close === -1) return null;
    const inner = line.slice(at + 2, close);
    const stop = inner.search(/\\?\||#/);
    const part = stop === -1 ? inner : inner.slice(0, stop);
    const lead = part.length - part.trimStart().length;
    const start = at + 2 + lead;
    return { start, end: start + part.trim().length, angle: false };
  }
  if (line[at] !== '[') return null;
  let depth = 0;
  let i = at;
  for (; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) break;
  }
  if (line[i] !== ']' || line[i + 1] !== '(') return null;
  let start = i + 2;
  while (line[start] === ' ') start++;
  if (line[start] === '<') {
    const end = line.indexOf('>', start + 1);
    if (end === -1) return null;
    const hash = line.slice(start + 1, end).indexOf('#');
    return { start: start + 1, end: hash === -1 ? end : start + 1 + hash, angle: true };
  }
  let end = start;
  let parens = 0;
  for (; end < line.length; end++) {
    const c = line[end];
    if (c === '\\') end++;
    else if (c === '(') parens++;
    else if (c === ')' && parens-- === 0) break;
    else if (c === ' ' || c === '#') break;
  }
  return { start, end, angle: false };
}

const MD = /\.md$/i;

/** The shortest wikilink text that names `target` from the note, in the style the link was written in. */
function wikiTarget(written: string, target: NoteId, context: RewriteContext): string {
  const keepExt = MD.test(written);
  const isNote = MD.test(target);
  const full = isNote && !keepExt ? target.replace(MD, '') : target;
  if (written.startsWith('./') || written.startsWith('../')) {
    const relative = relativeFrom(context.after, full);
    return relative.startsWith('../') ? relative : `./${relative}`;
  }
  const name = full.split('/').pop() as string;
  if (!written.includes('/') && context.resolverAfter.resolve(context.after, name, 'wiki') === target) return name;
  return full;
}

/** A relative Markdown destination, encoded the way the link was (Obsidian writes `%20`). */
function markdownTarget(written: string, angle: boolean, target: NoteId, from: NoteId): string {
  if (written.startsWith('/')) return angle ? `/${target}` : `/${encodeDestination(target)}`;
  let relative = relativeFrom(from, target);
  if (written.startsWith('./') && !relative.startsWith('../')) relative = `./${relative}`;
  return angle ? relative : encodeDestination(relative);
}

function relativeFrom(from: NoteId, target: NoteId): string {
  return path.posix.relative(path.posix.dirname(from), target);
}

/** Only what would break a bare Markdown destination: spaces, parentheses, `%`, `#`, `<`, `>`. */
function encodeDestination(value: string): string {
  return value.replace(/[%\s()#<>]/g, (c) => encodeURIComponent(c));
}
