const storageKey = 'cairn:panes';

/** Below this window width the file list starts folded, so the graph keeps room (until the person chooses). */
export const NARROW_WINDOW = 1100;

/**
 * Which side panes are open: the file list on the left, the note (or concept, or review) on the right.
 * The person's choice is remembered for the next start.
 */
export class Panes {
  left = $state(true);
  right = $state(true);

  constructor() {
    let saved: { left?: unknown; right?: unknown } = {};
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
      if (parsed && typeof parsed === 'object') saved = parsed;
    } catch {
      // Unreadable or refused storage: the defaults.
    }
    this.left = typeof saved.left === 'boolean' ? saved.left : typeof window === 'undefined' || window.innerWidth >= NARROW_WINDOW;
    this.right = typeof saved.right === 'boolean' ? saved.right : true;
  }

  toggle(side: 'left' | 'right'): void {
    this[side] = !this[side];
    try {
      localStorage.setItem(storageKey, JSON.stringify({ left: this.left, right: this.right }));
    } catch {
      // Storage refused (private mode, quota): the fold still holds for this session.
    }
  }
}
