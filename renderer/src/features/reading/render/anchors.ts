import type { default as MarkdownIt, StateCore, Token } from 'markdown-it';
import type { RenderContext } from './context';
import { slugify } from './slug';

const BLOCK_ID = /\s\^([\w-]+)\s*$/;
const BLOCKS = new Set(['heading_open', 'paragraph_open', 'list_item_open', 'blockquote_open', 'table_open', 'callout_open']);

/**
 * Targets for heading and block links: headings get `data-heading` (their slug), and a paragraph or list
 * item ending in ` ^id` gets `data-block` with the marker hidden. Data attributes, not ids: an embedded
 * note's headings must not clash with the open note's, nor clobber the page's globals.
 */
export function anchors(md: MarkdownIt): void {
  md.core.ruler.push('cairn_anchors', (state: StateCore) => {
    const tokens = state.tokens;
    // The open note's blocks know their body line, so a search hit can open the note where it matched.
    if ((state.env as { ctx?: RenderContext }).ctx?.interactive) {
      for (const token of tokens) if (token.nesting === 1 && token.map && BLOCKS.has(token.type)) token.attrSet('data-line', String(token.map[0]));
    }
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (token.type !== 'inline') continue;
      const open = tokens[i - 1];
      if (open?.type === 'heading_open') {
        open.attrSet('data-heading', slugify(token.content));
        continue;
      }
      const match = BLOCK_ID.exec(token.content);
      if (!match || !open) continue;
      const last = token.children?.at(-1);
      if (last?.type !== 'text' || !BLOCK_ID.test(last.content)) continue;
      last.content = last.content.replace(BLOCK_ID, '');
      const item = tokens[i - 2];
      (item?.type === 'list_item_open' ? item : open).attrSet('data-block', match[1] as string);
    }
    return true;
  });
}
