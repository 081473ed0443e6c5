import type { RawLink } from './types';

/** A comment left open at the end of a line: the block scanner skips lines until its terminator. */
export type OpenComment = null | '-->' | '%%';

/** Collects what one line yields. `out` receives the visible text in pieces. */
export interface InlineSink {
  line: number;
  links: RawLink[];
  tags: { tag: string; line: number }[];
  out: string[];
  /** Code spans blanked from the visible text: the index in `out` of the space standing for each, and its content. */
  code?: { piece: number; text: string }[];
}

/**
 * Scans one line (or part of it) of Markdown prose: backslash escapes, code spans, HTML and `%%` comments,
 * AWS-style `<a name>` anchors, wiki links and embeds, Markdown links and images, inline tags.
 *
 * Linear in the length of the line: code spans and bracket pairs are found in one pre-pass (a stack for
 * brackets, a per-length queue for backtick runs), so unmatched `[`, `` ` `` or `[[` cannot make the scan
 * restart from every position.
 */
export function scanInline(line: string, start: number, end: number, sink: InlineSink, keepCode = false): OpenComment {
  return new InlineScanner(line, start, end, sink, keepCode).scan(start, end, true);
}

const SPECIAL = /[\\`<![#%]/g;
const ANCHOR = /<a\s+(?:name|id)\s*=\s*"[^"]*"\s*>\s*<\/a>/y;
const DEST =
  /\(\s*(?:<((?:[^<>\n\\]|\\.)*)>|((?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*))(?:\s+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?\s*\)/y;
const TAG = /(?:[\p{L}\p{N}\p{M}_/-]|\p{Extended_Pictographic}|\u200d|\ufe0f)+/uy;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const WHITESPACE = /\s/;
const BRACKETS = /[\\`[\]]/g;
const WIKI_STOP = /[[\]]/g;

class InlineScanner {
  /** Code span start → end (exclusive). */
  private readonly code = new Map<number, number>();
  /** `[` position → matching `]` position. */
  private readonly close = new Map<number, number>();

  constructor(
    private readonly line: string,
    start: number,
    end: number,
    private readonly sink: InlineSink,
    private readonly keepCode: boolean,
  ) {
    this.prepass(start, end);
  }

  private prepass(start: number, end: number): void {
    const { line } = this;
    const hasTick = line.indexOf('`', start);
    const hasBracket = line.indexOf('[', start);
    if ((hasTick === -1 || hasTick >= end) && (hasBracket === -1 || hasBracket >= end)) return;
    const runs = hasTick === -1 || hasTick >= end ? null : backtickRuns(line, start, end);
    const stack: number[] = [];
    BRACKETS.lastIndex = start;
    for (let m = BRACKETS.exec(line); m && m.index < end; m = BRACKETS.exec(line)) {
      const i = m.index;
      const c = line[i];
      if (c === '\\') {
        BRACKETS.lastIndex = i + 2;
      } else if (c === '`') {
        let k = 1;
        while (i + k < end && line[i + k] === '`') k++;
        const closer = runs ? runs.next(k, i + k) : -1;
        if (closer !== -1) {
          this.code.set(i, closer + k);
          BRACKETS.lastIndex = closer + k;
        } else {
          BRACKETS.lastIndex = i + k;
        }
      } else if (c === '[') {
        stack.push(i);
      } else if (stack.length > 0) {
        this.close.set(stack.pop() as number, i);
      }
    }
  }

  scan(start: number, end: number, tags: boolean): OpenComment {
    const { line, sink } = this;
    const out = sink.out;
    let i = start;
    while (i < end) {
      SPECIAL.lastIndex = i;
      const m = SPECIAL.exec(line);
      if (!m || m.index >= end) {
        out.push(line.slice(i, end));
        break;
      }
      if (m.index > i) out.push(line.slice(i, m.index));
      i = m.index;
      const c = line[i];
      const next = line[i + 1];
      if (c === '\\') {
        if (next !== undefined && i + 1 < end && ASCII_PUNCT.test(next)) {
          out.push(next);
          i += 2;
        } else {
          out.push('\\');
          i++;
        }
      } else if (c === '`') {
        const spanEnd = this.code.get(i);
        if (spanEnd !== undefined) {
          if (!this.keepCode && sink.code) sink.code.push({ piece: out.length, text: codeContent(line, i, spanEnd) });
          out.push(this.keepCode ? codeContent(line, i, spanEnd) : ' ');
          i = spanEnd;
        } else {
          let k = 1;
          while (i + k < end && line[i + k] === '`') k++;
          out.push(line.slice(i, i + k));
          i += k;
        }
      } else if (c === '<') {
        if (line.startsWith('<!--', i)) {
          out.push(' ');
          const close = line.indexOf('-->', i + 4);
          if (close === -1 || close + 3 > end) return '-->';
          i = close + 3;
        } else {
          ANCHOR.lastIndex = i;
          if (ANCHOR.test(line) && ANCHOR.lastIndex <= end) {
            i = ANCHOR.lastIndex;
          } else {
            out.push('<');
            i++;
          }
        }
      } else if (c === '%') {
        if (next === '%') {
          out.push(' ');
          const close = line.indexOf('%%', i + 2);
          if (close === -1 || close + 2 > end) return '%%';
          i = close + 2;
        } else {
          out.push('%');
          i++;
        }
      } else if (c === '!' || c === '[') {
        const open = c === '!' ? i + 1 : i;
        const after = line[open] === '[' && open < end ? this.link(open, end, c === '!', i) : -1;
        if (after === -1) {
          out.push(c);
          i++;
        } else {
          i = after;
        }
      } else {
        // '#': a tag needs whitespace or the line start before it (so not `a#b`, `&#123;`, `/#anchor`).
        const before = i === 0 ? ' ' : (line[i - 1] as string);
        // `#[[midterm 2]]`: Logseq's tag of several words, a tag like `#exam` rather than a link.
        if (tags && next === '[' && line[i + 2] === '[' && WHITESPACE.test(before)) {
          const close = line.indexOf(']]', i + 3);
          const inner = close === -1 || close + 2 > end ? '' : line.slice(i + 3, close).trim();
          if (inner !== '' && !/[[\]|#]/.test(inner) && /[^0-9]/.test(inner)) {
            sink.tags.push({ tag: inner, line: sink.line });
            out.push(' ');
            i = close + 2;
            continue;
          }
        }
        let taken = 0;
        if (tags && WHITESPACE.test(before)) {
          TAG.lastIndex = i + 1;
          const t = TAG.exec(line);
          if (t && TAG.lastIndex <= end) {
            const tag = t[0].replace(/\/+$/, '');
            if (/[^0-9]/.test(tag) && !tag.startsWith('/')) {
              sink.tags.push({ tag, line: sink.line });
              taken = t[0].length;
            }
          }
        }
        out.push(line.slice(i, i + 1 + taken));
        i += 1 + taken;
      }
    }
    return null;
  }

  /** Tries a link at `open` (a `[`). Returns the index after it, or -1 when there is no link there. */
  private link(open: number, end: number, embed: boolean, col: number): number {
    const { line, sink } = this;
    if (line[open + 1] === '[') {
      WIKI_STOP.lastIndex = open + 2;
      const stop = WIKI_STOP.exec(line);
      if (stop && line[stop.index] === ']' && line[stop.index + 1] === ']' && stop.index + 2 <= end) {
        const after = this.wiki(line.slice(open + 2, stop.index), embed, col);
        if (after) return stop.index + 2;
      }
    }
    const close = this.close.get(open);
    if (close === undefined || line[close + 1] !== '(' || close + 1 >= end) return -1;
    DEST.lastIndex = close + 1;
    const m = DEST.exec(line);
    if (!m || DEST.lastIndex > end) return -1;
    const after = DEST.lastIndex;
    const first = sink.out.length;
    this.scan(open + 1, close, false);
    const display = sink.out.slice(first).join('').trim();
    const dest = unescape(m[1] ?? m[2] ?? '').trim();
    if (dest === '' || EXTERNAL.test(dest)) return after;
    const hash = dest.indexOf('#');
    const target = safeDecode(hash === -1 ? dest : dest.slice(0, hash));
    const subpath = hash === -1 ? null : safeDecode(dest.slice(hash + 1));
    sink.links.push({ target, subpath: subpath === '' ? null : subpath, display: display === '' ? null : display, embed, kind: 'markdown', line: sink.line, col });
    return after;
  }

  /** Records `[[inner]]`; false when `inner` names nothing (`[[]]`, `[[|x]]`). */
  private wiki(inner: string, embed: boolean, col: number): boolean {
    const pipe = inner.indexOf('|');
    // In tables the pipe is written `\|`; the backslash belongs to neither side.
    const targetPart = pipe === -1 ? inner : inner.slice(0, inner[pipe - 1] === '\\' ? pipe - 1 : pipe);
    const displayRaw = pipe === -1 ? null : inner.slice(pipe + 1).trim();
    const hash = targetPart.indexOf('#');
    const target = (hash === -1 ? targetPart : targetPart.slice(0, hash)).trim();
    const subpathRaw = hash === -1 ? null : targetPart.slice(hash + 1).trim();
    const subpath = subpathRaw === '' ? null : subpathRaw;
    if (target === '' && subpath === null) return false;
    const display = displayRaw === '' ? null : displayRaw;
    this.sink.links.push({ target, subpath, display, embed, kind: 'wiki', line: this.sink.line, col });
    let visible = display ?? (target !== '' ? target : (subpath ?? '').replace(/^\^/, ''));
    // An embedded image or PDF has no prose; an embedded note reads as its name.
    if (display === null && embed && hasNonNoteExtension(target)) visible = ' ';
    this.sink.out.push(visible);
    return true;
  }
}

/** Backtick runs of the line grouped by length, with a cursor per length: `next` is amortised O(1). */
function backtickRuns(line: string, start: number, end: number): { next(length: number, from: number): number } {
  const byLength = new Map<number, number[]>();
  const cursor = new Map<number, number>();
  const re = /`+/g;
  re.lastIndex = start;
  for (let m = re.exec(line); m && m.index < end; m = re.exec(line)) {
    const length = Math.min(m[0].length, end - m.index);
    let list = byLength.get(length);
    if (!list) byLength.set(length, (list = []));
    list.push(m.index);
  }
  return {
    next(length, from) {
      const list = byLength.get(length);
      if (!list) return -1;
      let k = cursor.get(length) ?? 0;
      while (k < list.length && (list[k] as number) < from) k++;
      cursor.set(length, k);
      return k < list.length ? (list[k] as number) : -1;
    },
  };
}

function codeContent(line: string, start: number, end: number): string {
  let k = 0;
  while (line[start + k] === '`') k++;
  return line.slice(start + k, end - k).trim();
}

/** Resolves Markdown backslash escapes (`\(` → `(`); other backslashes stay. */
export function unescape(text: string): string {
  return text.includes('\\') ? text.replace(/\\([!-/:-@[-`{-~])/g, '$1') : text;
}

function safeDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function hasNonNoteExtension(target: string): boolean {
  const slash = target.lastIndexOf('/');
  const dot = target.lastIndexOf('.');
  if (dot <= slash + 1) return false;
  const ext = target.slice(dot + 1).toLowerCase();
  return ext !== 'md' && /^[a-z0-9]{1,8}$/.test(ext);
}
