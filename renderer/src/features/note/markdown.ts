import DOMPurify from 'dompurify';
import { Marked, type Tokens, type TokenizerAndRendererExtension } from 'marked';

export interface LinkTarget {
  /** Resolved note id, or null for a missing note. */
  resolved: string | null;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Note text is untrusted: Markdown is rendered with wikilinks, embeds and tags understood, then
 * sanitized; links carry their resolved target in data attributes for the click handler.
 */
export function renderMarkdown(body: string, resolve: (target: string) => LinkTarget): string {
  const wikilink: TokenizerAndRendererExtension = {
    name: 'wikilink',
    level: 'inline',
    start: (src: string) => src.match(/!?\[\[/)?.index,
    tokenizer(src: string) {
      const match = /^(!?)\[\[([^\]\n|]*)(?:\|([^\]\n]*))?\]\]/.exec(src);
      if (!match) return undefined;
      const [raw, bang, inner = '', alias] = match;
      const hash = inner.indexOf('#');
      const target = hash === -1 ? inner : inner.slice(0, hash);
      const subpath = hash === -1 ? '' : inner.slice(hash + 1);
      return { type: 'wikilink', raw, target: target.trim(), subpath, alias: alias?.trim() ?? null, embed: bang === '!' };
    },
    renderer(token: Tokens.Generic) {
      const { target, subpath, alias, embed } = token as unknown as { target: string; subpath: string; alias: string | null; embed: boolean };
      const link = resolve(target);
      const text = alias || (target ? target : '') + (subpath ? ` › ${subpath.replace(/^\^/, '')}` : '') || subpath;
      const cls = `wikilink${link.resolved ? '' : ' missing'}${embed ? ' embed' : ''}`;
      const note = link.resolved ? ` data-note-id="${escapeHtml(link.resolved)}"` : '';
      return `<a href="#" class="${cls}" data-target="${escapeHtml(target)}"${note}>${embed ? '↪ ' : ''}${escapeHtml(text)}</a>`;
    },
  };
  const tag: TokenizerAndRendererExtension = {
    name: 'tag',
    level: 'inline',
    start: (src: string) => src.match(/(^|\s)#[\p{L}_]/u)?.index,
    tokenizer(src: string) {
      const match = /^#([\p{L}\p{N}_/-]*\p{L}[\p{L}\p{N}_/-]*)/u.exec(src);
      return match ? { type: 'tag', raw: match[0], tag: match[1] } : undefined;
    },
    renderer(token: Tokens.Generic) {
      return `<span class="tag">#${escapeHtml((token as unknown as { tag: string }).tag)}</span>`;
    },
  };
  const marked = new Marked({ gfm: true, breaks: false });
  marked.use({ extensions: [wikilink, tag] });
  marked.use({
    walkTokens(token: Tokens.Generic) {
      // Markdown links to notes (relative .md paths) open inside the app.
      if (token.type === 'link' && !/^[a-z][a-z0-9+.-]*:/i.test(token.href) && /\.md(#|$)/i.test(decodeURI(token.href))) {
        token.title = `cairn-note:${token.href}`;
      }
    },
  });
  const html = marked.parse(body.replace(/\s\^[\w-]+$/gm, ''), { async: false });
  const clean = DOMPurify.sanitize(html, { ADD_ATTR: ['data-note-id', 'data-target'], FORBID_TAGS: ['style', 'form', 'input'] });
  return decorateCallouts(clean);
}

function decorateCallouts(html: string): string {
  return html.replace(/<blockquote>\s*<p>\[!(\w+)\][+-]?\s*([^<\n]*)/g, (_m, type: string, title: string) => {
    const label = title.trim() || type.charAt(0).toUpperCase() + type.slice(1);
    return `<blockquote class="callout callout-${type.toLowerCase()}"><p class="callout-title">${label}</p><p>`;
  });
}
