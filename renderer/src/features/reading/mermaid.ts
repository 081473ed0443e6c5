import DOMPurify from 'dompurify';
import type { Mermaid, MermaidConfig } from 'mermaid';

/*
 * ```mermaid blocks drawn as diagrams in the reading view. The library (~2 MB with its diagrams) is loaded
 * only when a note has one. `securityLevel: 'strict'` encodes HTML in labels and turns clicks off; labels are
 * SVG text, not HTML in a foreignObject, so nothing a label says is parsed as HTML while measuring; and a
 * diagram's `%%{init}%%` cannot change any of that (`secure`). What comes back still passes DOMPurify.
 */
const CONFIG: MermaidConfig = {
  startOnLoad: false,
  securityLevel: 'strict',
  htmlLabels: false,
  flowchart: { htmlLabels: false },
  suppressErrorRendering: true,
  maxTextSize: 50_000,
  maxEdges: 500,
  theme: 'neutral',
  secure: ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'maxEdges', 'suppressErrorRendering', 'htmlLabels', 'flowchart', 'themeCSS', 'themeVariables', 'fontFamily', 'altFontFamily', 'dompurifyConfig'],
};

let loading: Promise<Mermaid> | null = null;

function load(): Promise<Mermaid> {
  loading ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize(CONFIG);
    return mermaid;
  });
  return loading;
}

const purify = DOMPurify(window);
// A reference out of the diagram would fetch: only its own markers and gradients (`url(#id)`) stay.
purify.addHook('uponSanitizeAttribute', (_node, data) => {
  if (/url\s*\(\s*(?!['"]?#)/i.test(data.attrValue)) data.keepAttr = false;
});
purify.addHook('uponSanitizeElement', (node) => {
  if ((node as Element).tagName?.toLowerCase() === 'style' && node.textContent) {
    node.textContent = node.textContent.replace(/@import[^;]*;?/gi, '').replace(/url\s*\(\s*(?!['"]?#)[^)]*\)/gi, 'none');
  }
});

/** A diagram's SVG as it may enter the page: SVG elements only, no links, images or HTML islands. */
export function sanitizeDiagram(svg: string): string {
  return purify.sanitize(svg, {
    USE_PROFILES: { svg: true, svgFilters: true },
    ADD_TAGS: ['style'],
    FORBID_TAGS: ['a', 'image', 'foreignObject', 'script', 'use'],
  });
}

/** The source of each ```mermaid block under `root` (markdown-it's fence output, escaped text). */
export function diagramBlocks(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('pre > code.language-mermaid')];
}

let serial = 0;

/**
 * Replaces each mermaid block under `root` with its diagram. A block that does not parse keeps its source,
 * with `describe(error)` above it. Stops when `current()` turns false (another note, or a new render).
 */
export async function drawDiagrams(root: HTMLElement, current: () => boolean, describe: (error: string) => string): Promise<void> {
  const blocks = diagramBlocks(root);
  if (blocks.length === 0) return;
  const mermaid = await load();
  for (const code of blocks) {
    const pre = code.parentElement;
    if (!current() || !pre?.isConnected) return;
    const id = `cairn-diagram-${++serial}`;
    try {
      const { svg } = await mermaid.render(id, code.textContent ?? '');
      if (!current() || !pre.isConnected) return;
      const figure = document.createElement('figure');
      figure.className = 'diagram';
      figure.dataset.testid = 'diagram';
      figure.innerHTML = sanitizeDiagram(svg);
      pre.replaceWith(figure);
    } catch (error) {
      // Mermaid leaves its measuring element behind when a diagram fails.
      document.getElementById(`d${id}`)?.remove();
      if (!current() || !pre.isConnected) return;
      const problem = document.createElement('p');
      problem.className = 'diagram-error';
      problem.dataset.testid = 'diagram-error';
      problem.textContent = describe(((error as Error).message?.split('\n')[0] || String(error)).replace(/:\s*$/, ''));
      pre.before(problem);
    }
  }
}
