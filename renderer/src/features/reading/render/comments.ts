import type { default as MarkdownIt, StateBlock, StateInline } from 'markdown-it';

/** Obsidian's `%% comments %%`: a block from a `%%` line to the line that closes it, or a run inside a line. */
export function comments(md: MarkdownIt): void {
  md.block.ruler.before('paragraph', 'comment_block', (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
    const start = (state.bMarks[startLine] as number) + (state.tShift[startLine] as number);
    if (state.src.slice(start, start + 2) !== '%%') return false;
    const firstLine = state.src.slice(start + 2, state.eMarks[startLine]);
    // `%% one line %% text` is an inline comment in a paragraph, not a block.
    if (firstLine.includes('%%') && !/%%\s*$/.test(firstLine)) return false;
    if (silent) return true;
    let line = startLine;
    if (!firstLine.includes('%%')) {
      for (line = startLine + 1; line < endLine; line++) {
        const text = state.src.slice(state.bMarks[line], state.eMarks[line]);
        if (text.includes('%%')) break;
      }
    }
    state.line = Math.min(line + 1, endLine);
    return true;
  });
  md.inline.ruler.before('emphasis', 'comment_inline', (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x25 || state.src.charCodeAt(state.pos + 1) !== 0x25) return false;
    const close = state.src.indexOf('%%', state.pos + 2);
    if (close === -1) return false;
    if (!silent) state.pos = close + 2;
    else state.pos = close + 2;
    return true;
  });
}
