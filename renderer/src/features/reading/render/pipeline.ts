import MarkdownIt, { type PluginSimple } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { mark } from '@mdit/plugin-mark';
import { tasklist } from '@mdit/plugin-tasklist';
import { katex } from '@mdit/plugin-katex-slim';
import callouts from 'markdown-it-obsidian-callouts';
import hljs from 'highlight.js/lib/common';
import { anchors } from './anchors';
import { comments } from './comments';
import type { RenderContext } from './context';
import { links } from './links';
import { flattenDeepNesting } from './nesting';
import { sanitize } from './sanitize';
import { tags } from './tags';
import { taskLines } from './tasks';
import { wikilinks } from './wikilinks';

/** Code blocks past this size are shown plain: highlighting them costs more than it helps. */
const MAX_HIGHLIGHT = 100_000;

/**
 * markdown-it: synchronous (a note renders in one pass, embeds included), linear on pathological input
 * and capped in nesting (`maxNesting`), with maintained plugins for each Obsidian construct it lacks.
 */
function createMarkdown(): MarkdownIt {
  const md: MarkdownIt = new MarkdownIt({
    html: true,
    // Obsidian's default ("strict line breaks" off): a line typed under another shows under it. Notes typed
    // fast, one fact per line and no blank lines between, read as lines, not as one run-on paragraph.
    breaks: true,
    linkify: true,
    typographer: false,
    highlight(code, lang) {
      const language = lang.trim().toLowerCase();
      if (!language || code.length > MAX_HIGHLIGHT || !hljs.getLanguage(language)) return '';
      try {
        return `<pre class="hljs"><code class="language-${md.utils.escapeHtml(language)}">${hljs.highlight(code, { language, ignoreIllegals: true }).value}</code></pre>`;
      } catch {
        return '';
      }
    },
  });
  // Deeper nesting renders as text: 5,000 nested `>` or list marks cost a loop, not the stack.
  (md.options as { maxNesting?: number }).maxNesting = 40;
  md.use(comments)
    .use(wikilinks)
    .use(tags)
    .use(mark)
    // Its @types are written for `require`, whose MarkdownIt type is a different (equal) declaration.
    .use(footnote as unknown as PluginSimple)
    .use(tasklist, { disabled: false, label: false })
    .use(taskLines)
    .use(katex, { throwOnError: false, output: 'htmlAndMathml', maxSize: 20, maxExpand: 500, trust: false })
    .use(callouts)
    .use(anchors)
    .use(links);
  return md;
}

let shared: MarkdownIt | null = null;

export function markdown(): MarkdownIt {
  shared ??= createMarkdown();
  return shared;
}

/** A note's body as sanitised HTML. Embeds are transcluded from `ctx.embeds` (load them first: embeds.ts). */
export function renderBody(body: string, ctx: RenderContext): string {
  return sanitize(markdown().render(flattenDeepNesting(body), { ctx }), ctx.remoteImages);
}
