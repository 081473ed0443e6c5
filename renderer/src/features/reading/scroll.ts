/** Where a link asks the note to open: a heading (its slug) or a `^block`. */
export interface Anchor {
  heading?: string;
  block?: string;
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

export function findFragment(root: HTMLElement, fragment: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[id=${cssString(`user-content-${fragment}`)}]`) ?? root.querySelector<HTMLElement>(`[id=${cssString(fragment)}]`);
}

/** The scrolling pane around the note. */
export function scrollRoot(el: HTMLElement): HTMLElement | null {
  return el.closest<HTMLElement>('[data-scroll-root]');
}
