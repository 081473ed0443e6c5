import type { default as MarkdownIt, StateCore } from 'markdown-it';
import type { RenderContext } from './context';

/**
 * Marks each task box with the body line of its list item, so a tick can be written back to that line.
 * Runs after @mdit/plugin-tasklist has turned `- [ ]` into a checkbox token.
 */
export function taskLines(md: MarkdownIt): void {
  md.core.ruler.after('task_list', 'cairn_task_lines', (state: StateCore) => {
    const ctx = (state.env as { ctx?: RenderContext }).ctx;
    const tokens = state.tokens;
    for (let i = 2; i < tokens.length; i++) {
      const box = tokens[i]?.children?.find((child) => child.type === 'checkbox_input');
      const item = tokens[i - 2];
      if (!box || item?.type !== 'list_item_open' || !item.map) continue;
      if (ctx?.interactive) box.attrSet('data-task-line', String(item.map[0]));
      else box.attrSet('disabled', 'disabled');
    }
    return true;
  });
}

const TASK = /^(\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+\[)([ xX])(\])/;

/**
 * The file's text with the task on body line `bodyLine` ticked or unticked. Null when that line is no
 * longer a task (the file changed): nothing is written then.
 */
export function toggleTask(content: string, body: string, bodyLine: number, checked: boolean): string | null {
  if (!content.endsWith(body)) return null;
  const offset = content.slice(0, content.length - body.length).split('\n').length - 1;
  const lines = content.split('\n');
  const at = offset + bodyLine;
  const line = lines[at];
  if (line === undefined || !TASK.test(line)) return null;
  lines[at] = line.replace(TASK, `$1${checked ? 'x' : ' '}$3`);
  return lines.join('\n');
}
