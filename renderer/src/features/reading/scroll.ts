/** Where a link asks the note to open: a heading (its slug) or a `^block`. */
export interface Anchor {
  heading?: string;
  block?: string;
  /** A 1-based line of the file (a search hit's), for the block that holds it. */
  line?: number;
}

function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * The element an anchor names in a rendered note: the note's own headings before those of its embeds,
 * and for a `#x` link the footnote or heading DOMPurify kept as `user-content-x`.
 */
export function findAnchor(root: HTMLElement, anchor: Anchor): HTMLElement | null {
  const selector = anchor.block ? `[data-block=${cssString(anchor.block)}]` : anchor.heading ? `[data-heading=${cssString(anchor.heading)}]` : null;
  if (!selector) return null;
  const all = [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => !el.matches('a'));
  return all.find((el) => !el.closest('.embed')) ?? all[0] ?? null;
}

/** The last block of the open note (not of an embed) starting at or before `bodyLine` (0-based). */
export function findLine(root: HTMLElement, bodyLine: number): HTMLElement | null {
  let best: HTMLElement | null = null;
  for (const el of root.querySelectorAll<HTMLElement>('[data-line]')) {
    if (el.closest('.embed')) continue;
    const line = Number(el.dataset.line);
    if (line <= bodyLine && (!best || line >= Number(best.dataset.line))) best = el;
  }
  return best;
}

/**
 * The body line (0-based) of the block being read in the open note (not in an embed): the one clicked last
 * if it is still in view, else the innermost block across the view's top edge, else the first below it.
 */
export function readingBlockLine(root: HTMLElement, view: { top: number; bottom: number }, clicked: HTMLElement | null): number | null {
  const inView = (r: DOMRect): boolean => r.bottom > view.top && r.top < view.bottom;
  if (clicked?.isConnected && root.contains(clicked) && inView(clicked.getBoundingClientRect())) return Number(clicked.dataset.line);
  let across: number | null = null;
  let below: { line: number; top: number } | null = null;
  for (const el of root.querySelectorAll<HTMLElement>('[data-line]')) {
    if (el.closest('.embed')) continue;
    const r = el.getBoundingClientRect();
    const line = Number(el.dataset.line);
    if (r.bottom <= view.top || r.height === 0) continue;
    if (r.top <= view.top + 4) across = Math.max(across ?? line, line);
    else if (!below || r.top < below.top) below = { line, top: r.top };
  }
  return across ?? below?.line ?? null;
}

export function findFragment(root: HTMLElement, fragment: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[id=${cssString(`user-content-${fragment}`)}]`) ?? root.querySelector<HTMLElement>(`[id=${cssString(fragment)}]`);
}

/** The scrolling pane around the note. */
export function scrollRoot(el: HTMLElement): HTMLElement | null {
  return el.closest<HTMLElement>('[data-scroll-root]');
}
