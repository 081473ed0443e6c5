import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import type { Extension } from '@codemirror/state';
import { tags } from '@lezer/highlight';
import type { BlockContext, InlineContext, Line, MarkdownConfig } from '@lezer/markdown';

/*
 * Obsidian's additions to Markdown, as Lezer inline parsers so highlighting, live preview and completion
 * all read one syntax tree: `[[target#sub|display]]`, `![[embed]]` and `#tags`.
 */

const BRACKET = 91; // [
const BANG = 33; // !
const HASH = 35; // #

/** Custom tags the highlight style and live preview give a look to. */
export const wikiTags = {
  link: tags.special(tags.link),
  mark: tags.special(tags.processingInstruction),
  tag: tags.special(tags.labelName),
};

const wikiLinks: MarkdownConfig = {
  defineNodes: [
    // `/...`: the style reaches the text inside, as lang-markdown does for its links.
    { name: 'WikiLink', style: { 'WikiLink/...': wikiTags.link } },
    { name: 'WikiLinkMark', style: wikiTags.mark },
    { name: 'WikiLinkTarget' },
    { name: 'WikiLinkDisplay' },
  ],
  parseInline: [
    {
      name: 'WikiLink',
      before: 'Link',
      parse(cx: InlineContext, next: number, pos: number): number {
        const embed = next === BANG;
        const open = embed ? pos + 1 : pos;
        if ((embed && cx.char(open) !== BRACKET) || cx.char(open) !== BRACKET || cx.char(open + 1) !== BRACKET) return -1;
        const rest = cx.slice(open + 2, cx.end);
        const close = rest.indexOf(']]');
        if (close <= 0 || rest.slice(0, close).includes('[')) return -1;
        const innerStart = open + 2;
        const innerEnd = innerStart + close;
        const inner = rest.slice(0, close);
        const pipe = inner.indexOf('|');
        const children = [cx.elt('WikiLinkMark', pos, innerStart)];
        if (pipe === -1) children.push(cx.elt('WikiLinkTarget', innerStart, innerEnd));
        else {
          children.push(cx.elt('WikiLinkTarget', innerStart, innerStart + pipe));
          children.push(cx.elt('WikiLinkMark', innerStart + pipe, innerStart + pipe + 1));
          children.push(cx.elt('WikiLinkDisplay', innerStart + pipe + 1, innerEnd));
        }
        children.push(cx.elt('WikiLinkMark', innerEnd, innerEnd + 2));
        return cx.addElement(cx.elt('WikiLink', pos, innerEnd + 2, children));
      },
    },
  ],
};

/** `#tag`, `#nested/tag`: after whitespace or at the start, not all digits (Obsidian's rule, as the core's). */
const hashtags: MarkdownConfig = {
  defineNodes: [{ name: 'Hashtag', style: wikiTags.tag }],
  parseInline: [
    {
      name: 'Hashtag',
      parse(cx: InlineContext, next: number, pos: number): number {
        if (next !== HASH) return -1;
        const before = pos === cx.offset ? ' ' : cx.slice(pos - 1, pos);
        if (!/\s/.test(before)) return -1;
        const match = /^[\p{L}\p{N}_\-/]+/u.exec(cx.slice(pos + 1, Math.min(cx.end, pos + 200)));
        if (!match || !/[^0-9]/.test(match[0])) return -1;
        return cx.addElement(cx.elt('Hashtag', pos, pos + 1 + match[0].length));
      },
    },
  ],
};

/**
 * YAML front matter at the top of the note: without it, `tags: x` above the closing `---` reads as a
 * Setext heading. An unclosed `---` runs to the end, as the core reads it.
 */
const frontmatter: MarkdownConfig = {
  defineNodes: [
    { name: 'Frontmatter', block: true, style: { 'Frontmatter/...': tags.meta } },
    { name: 'FrontmatterMark', style: tags.processingInstruction },
  ],
  parseBlock: [
    {
      name: 'Frontmatter',
      before: 'LinkReference',
      parse(cx: BlockContext, line: Line): boolean {
        if (cx.lineStart !== 0 || !/^---[ \t]*$/.test(line.text)) return false;
        const marks = [cx.elt('FrontmatterMark', 0, 3)];
        let end = line.text.length;
        while (cx.nextLine()) {
          end = cx.lineStart + line.text.length;
          if (/^(?:---|\.\.\.)[ \t]*$/.test(line.text)) {
            marks.push(cx.elt('FrontmatterMark', cx.lineStart, cx.lineStart + 3));
            cx.nextLine();
            break;
          }
        }
        cx.addElement(cx.elt('Frontmatter', 0, end, marks));
        return true;
      },
    },
  ],
};

/** Markdown with GFM (tables, task lists, strikethrough) and Obsidian's links and tags. */
export function markdownSyntax(): Extension {
  return markdown({ base: markdownLanguage, extensions: [frontmatter, wikiLinks, hashtags], addKeymap: true });
}
