import type { default as MarkdownIt, StateInline, Token } from 'markdown-it';
import type { RenderContext } from './context';
import { renderEmbed } from './embed-render';
import { slugify } from './slug';

export interface WikiLink {
  target: string;
  subpath: string | null;
  alias: string | null;
  embed: boolean;
}

/** Longer than this is not a link anyone wrote; stopping early keeps `[[` spam linear. */
const MAX_INNER = 1000;

/** Obsidian's `[[Note]]`, `[[Note|alias]]`, `[[Note#Heading]]`, `[[Note#^block]]` and the `![[…]]` embeds. */
export function wikilinks(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'wikilink', (state: StateInline, silent: boolean) => {
    const start = state.pos;
    const embed = state.src.charCodeAt(start) === 0x21; /* ! */
    const open = embed ? start + 1 : start;
    if (state.src.charCodeAt(open) !== 0x5b || state.src.charCodeAt(open + 1) !== 0x5b) return false;
    const close = state.src.indexOf(']]', open + 2);
    if (close === -1 || close - open > MAX_INNER) return false;
    const inner = state.src.slice(open + 2, close);
    if (inner.includes('\n') || inner.includes('[')) return false;
    const link = parseInner(inner, embed);
    if (!link) return false;
    if (!silent) {
      const token = state.push('wikilink', '', 0);
      token.meta = link;
    }
    state.pos = close + 2;
    return true;
  });
  md.renderer.rules.wikilink = (tokens: Token[], idx: number, _options, env: { ctx: RenderContext }) => {
    const link = tokens[idx]?.meta as WikiLink;
    return link.embed ? renderEmbed(md, link, env.ctx) : renderWikiLink(md, link, env.ctx);
  };
}

function parseInner(inner: string, embed: boolean): WikiLink | null {
  const pipe = inner.indexOf('|');
  const targetPart = pipe === -1 ? inner : inner.slice(0, inner[pipe - 1] === '\\' ? pipe - 1 : pipe);
  const alias = pipe === -1 ? null : inner.slice(pipe + 1).trim() || null;
  const hash = targetPart.indexOf('#');
  const target = (hash === -1 ? targetPart : targetPart.slice(0, hash)).trim();
  const subpath = hash === -1 ? null : targetPart.slice(hash + 1).trim() || null;
  if (target === '' && subpath === null) return null;
  return { target, subpath, alias, embed };
}

/** `Heading` → its slug, `^block` kept as a block reference; `a#b` (nested headings) aims at the last. */
export function subpathAnchor(subpath: string | null): { heading?: string; block?: string } {
  if (!subpath) return {};
  if (subpath.startsWith('^')) return { block: subpath.slice(1) };
  const last = subpath.split('#').filter(Boolean).pop() ?? subpath;
  return { heading: slugify(last) };
}

export function renderWikiLink(md: MarkdownIt, link: WikiLink, ctx: RenderContext): string {
  const resolved = ctx.resolve(link.target, 'wiki');
  const label = link.alias ?? (link.target || '') + (link.subpath ? `${link.target ? ' › ' : ''}${link.subpath.replace(/^\^/, '')}` : '');
  const anchor = subpathAnchor(link.subpath);
  const attrs = [
    `class="wikilink${resolved ? '' : ' missing'}"`,
    `href="#"`,
    `data-target="${md.utils.escapeHtml(link.target)}"`,
    resolved ? `data-note-id="${md.utils.escapeHtml(resolved)}"` : '',
    anchor.heading ? `data-heading="${md.utils.escapeHtml(anchor.heading)}"` : '',
    anchor.block ? `data-block="${md.utils.escapeHtml(anchor.block)}"` : '',
  ].filter(Boolean);
  return `<a ${attrs.join(' ')}>${md.utils.escapeHtml(label)}</a>`;
}
