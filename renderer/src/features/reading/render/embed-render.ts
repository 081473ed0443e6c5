import type MarkdownIt from 'markdown-it';
import { contextFor, MAX_EMBED_DEPTH, type RenderContext } from './context';
import { extractSection } from './sections';
import type { WikiLink } from './wikilinks';
import { renderWikiLink } from './wikilinks';
import { t } from '../../../i18n/i18n';

const IMAGE = /\.(png|jpe?g|gif|webp|avif|bmp|svg)$/i;
const AUDIO = /\.(mp3|wav|ogg|m4a|flac)$/i;
const VIDEO = /\.(mp4|webm|mov)$/i;

export function isImage(id: string): boolean {
  return IMAGE.test(id);
}

/** `![[…]]`: an image or media file is shown, a note or one of its sections is transcluded. */
export function renderEmbed(md: MarkdownIt, link: WikiLink, ctx: RenderContext): string {
  const esc = md.utils.escapeHtml;
  const resolved = ctx.resolve(link.target, 'wiki');
  if (!resolved) return `<span class="embed missing">${renderWikiLink(md, { ...link, embed: false }, ctx)}</span>`;
  if (!resolved.toLowerCase().endsWith('.md')) {
    const url = esc(ctx.attachmentUrl(resolved));
    // `![[p.png|300]]` and `![[p.png|300x200]]` size the image, as in Obsidian.
    const size = /^(\d{1,5})(?:x(\d{1,5}))?$/.exec(link.alias ?? '');
    const alt = esc(size ? resolved.split('/').pop() ?? '' : (link.alias ?? resolved.split('/').pop() ?? ''));
    if (IMAGE.test(resolved)) return `<img class="embed-image" src="${url}" alt="${alt}"${size ? ` width="${size[1]}"` : ''}${size?.[2] ? ` height="${size[2]}"` : ''}>`;
    if (AUDIO.test(resolved)) return `<audio class="embed-media" controls src="${url}"></audio>`;
    if (VIDEO.test(resolved)) return `<video class="embed-media" controls src="${url}"></video>`;
    return `<a class="attachment" href="${url}" target="_blank" rel="noopener noreferrer">📎 ${esc(resolved.split('/').pop() ?? resolved)}</a>`;
  }
  const chain = [...ctx.chain, ctx.noteId];
  const note = ctx.embeds.get(resolved);
  const chip = (why: string): string => `<span class="embed chip" title="${esc(why)}">${renderWikiLink(md, { ...link, embed: false }, ctx)}</span>`;
  if (chain.includes(resolved)) return chip(t('note.embedAgain'));
  if (chain.length > MAX_EMBED_DEPTH) return chip(t('note.embedDepth', { depth: MAX_EMBED_DEPTH }));
  if (!note) return chip(t('note.embedNotLoaded'));
  const section = extractSection(note.body, link.subpath);
  if (section === null) return `<div class="embed missing-section">${renderWikiLink(md, { ...link, embed: false }, ctx)} <span class="muted">${esc(t('note.embedSectionMissing', { title: note.title }))}</span></div>`;
  const inner = contextFor(note, ctx, chain);
  const body = md.render(section, { ctx: inner });
  return `<div class="embed" data-embed-of="${esc(resolved)}"><div class="embed-title">${renderWikiLink(md, { ...link, embed: false, alias: null }, ctx)}</div><div class="embed-body">${body}</div></div>`;
}
