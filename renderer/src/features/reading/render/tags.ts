import type { default as MarkdownIt, StateInline, Token } from 'markdown-it';

const TAG = /^#([\p{L}\p{N}_/-]*\p{L}[\p{L}\p{N}_/-]*)/u;

/** `#tag` and `#nested/tag` after a space or at the start of a line, as the indexer reads them. */
export function tags(md: MarkdownIt): void {
  md.inline.ruler.after('wikilink', 'tag', (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x23) return false;
    if (state.pos > 0 && !/\s/.test(state.src[state.pos - 1] as string)) return false;
    const match = TAG.exec(state.src.slice(state.pos, state.pos + 200));
    if (!match) return false;
    if (!silent) state.push('tag', '', 0).content = match[1] as string;
    state.pos += match[0].length;
    return true;
  });
  md.renderer.rules.tag = (tokens: Token[], idx: number) => `<span class="tag">#${md.utils.escapeHtml(tokens[idx]?.content ?? '')}</span>`;
}
