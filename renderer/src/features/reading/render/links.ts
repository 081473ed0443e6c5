import type { default as MarkdownIt, Token } from 'markdown-it';
import type { RenderContext } from './context';
import { safeDecode, slugify } from './slug';
import { subpathAnchor } from './wikilinks';
import { t } from '../../../i18n/i18n';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const REMOTE = /^(https?:)?\/\//i;

type Env = { ctx: RenderContext };

/** Splits `path#sub` into the vault path it names (decoded) and its subpath. */
function splitHref(href: string): { path: string; subpath: string | null } {
  const hash = href.indexOf('#');
  return { path: safeDecode(hash === -1 ? href : href.slice(0, hash)), subpath: hash === -1 ? null : safeDecode(href.slice(hash + 1)) };
}

/**
 * The note a Markdown link to nothing names, as the core names it for the graph (resolve.ts `missingName`):
 * `.md` dropped, `./` and `../` taken from the linking note's folder, no leading `/`.
 */
export function missingName(noteId: string, target: string): string {
  if (!target.startsWith('./') && !target.startsWith('../')) return target.replace(/^\/+/, '').replace(/\.md$/i, '');
  const parts = noteId.includes('/') ? noteId.slice(0, noteId.lastIndexOf('/')).split('/') : [];
  for (const part of target.split('/')) {
    if (part === '..') {
      // Out of the vault: kept as written, and creating it is refused.
      if (parts.length === 0) return target.replace(/\.md$/i, '');
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/').replace(/\.md$/i, '');
}

/** Resolves a Markdown link's path as the core does, then relative to the note's folder as a fallback. */
function resolvePath(path: string, ctx: RenderContext): string | null {
  const direct = ctx.resolve(path, 'markdown');
  if (direct) return direct;
  const folder = ctx.noteId.includes('/') ? ctx.noteId.slice(0, ctx.noteId.lastIndexOf('/') + 1) : '';
  const joined = (folder + path.replace(/^\.\//, '')).split('/');
  const out: string[] = [];
  for (const part of joined) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.length > 0 ? out.join('/') : null;
}

/**
 * Markdown links and images: a link to a note opens in the app (at its heading), `#anchor` scrolls, other
 * schemes open outside; a local image is served from the vault, a remote one waits for the person's consent.
 */
export function links(md: MarkdownIt): void {
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens: Token[], idx: number, options, env: Env, self) => {
    const token = tokens[idx] as Token;
    const href = token.attrGet('href') ?? '';
    if (href.startsWith('#')) {
      token.attrSet('data-anchor', slugify(safeDecode(href.slice(1))));
    } else if (SCHEME.test(href) || REMOTE.test(href)) {
      token.attrSet('target', '_blank');
      token.attrSet('rel', 'noopener noreferrer');
      token.attrSet('class', 'external');
    } else if (href !== '') {
      const { path, subpath } = splitHref(href);
      const resolved = env.ctx.resolve(path, 'markdown');
      if (resolved && resolved.toLowerCase().endsWith('.md')) {
        token.attrSet('data-note-id', resolved);
        const anchor = subpathAnchor(subpath);
        if (anchor.heading) token.attrSet('data-heading', anchor.heading);
        if (anchor.block) token.attrSet('data-block', anchor.block);
      } else if (resolved) {
        token.attrSet('href', env.ctx.attachmentUrl(resolved));
        token.attrSet('target', '_blank');
      } else {
        // As a missing wikilink does: a click offers to create the note (the graph's missing node is named alike).
        token.attrSet('class', 'missing');
        token.attrSet('data-target', missingName(env.ctx.noteId, path));
      }
    }
    return defaultLinkOpen(tokens, idx, options, env, self);
  };

  md.renderer.rules.image = (tokens: Token[], idx: number, options, env: Env, self) => {
    const token = tokens[idx] as Token;
    const src = token.attrGet('src') ?? '';
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    const esc = md.utils.escapeHtml;
    if (REMOTE.test(src)) {
      if (env.ctx.remoteImages) return `<img src="${esc(src)}" alt="${esc(alt)}" referrerpolicy="no-referrer">`;
      return `<span class="remote-image" data-remote-src="${esc(src)}" title="${esc(t('note.remoteImageTitle', { src }))}">${esc(t('note.remoteImage', { alt: alt || t('note.image') }))}</span>`;
    }
    if (SCHEME.test(src)) return `<span class="remote-image">${esc(alt)}</span>`;
    const resolved = resolvePath(splitHref(src).path, env.ctx);
    if (!resolved) return `<span class="missing">${esc(alt || src)}</span>`;
    return `<img src="${esc(env.ctx.attachmentUrl(resolved))}" alt="${esc(alt)}">`;
  };
}
