import type { NoteId } from '../../../../electron/contract';
import type { Anchor } from './scroll';

export interface Visit {
  id: NoteId;
  anchor: Anchor | null;
  /** Counts visits: going back to the same note is a new visit, and opens at its place again. */
  serial: number;
  /** Where the pane was scrolled when this entry was left: going back, or reloading, returns there. */
  scroll: number | null;
}

interface Entry {
  id: NoteId;
  anchor: Anchor | null;
  scroll?: number;
}

/** `#note=aws%2FEC2.md&heading=conexión`: the open note in the URL, so a reload or a bookmark brings it back. */
export function hashFor(entry: Entry): string {
  const params = new URLSearchParams({ note: entry.id });
  if (entry.anchor?.heading) params.set('heading', entry.anchor.heading);
  if (entry.anchor?.block) params.set('block', entry.anchor.block);
  if (entry.anchor?.line) params.set('line', String(entry.anchor.line));
  return `#${params.toString()}`;
}

export function entryFromHash(hash: string): Entry | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get('note');
  if (!id) return null;
  const heading = params.get('heading') ?? undefined;
  const block = params.get('block') ?? undefined;
  const line = Number(params.get('line')) || undefined;
  return { id, anchor: heading || block || line ? { heading, block, line } : null };
}

/**
 * Back and forward over the notes opened, on the window's own history: the browser's buttons, Alt+←/→ and
 * the mouse's back button all arrive as `popstate`, and each note has its URL.
 */
export class Navigation {
  current = $state.raw<Visit | null>(null);
  private serial = 0;
  /**
   * Between leaving an entry and the next one showing, the pane may already hold the next note (scrolled to
   * its top, or clamped): a scroll kept then would overwrite the place of the entry being left.
   */
  private leaving = false;

  constructor(
    private readonly open: (id: NoteId) => Promise<boolean>,
    /** The note pane's scroll offset now, kept in the entry being left. */
    private readonly scrollNow: () => number | null = () => null,
  ) {}

  /** Writes where the pane is into the current entry (before leaving it, and before the page unloads). */
  private keepScroll(): void {
    if (this.leaving) return;
    const here = history.state as Entry | null;
    const scroll = this.scrollNow();
    if (here && scroll !== null && here.id === this.current?.id) history.replaceState({ ...here, scroll }, '');
  }

  /** Opens the note the URL names (after a reload) and follows the history from then on. */
  start(): () => void {
    const onPop = (event: PopStateEvent): void => {
      const entry = (event.state as Entry | null) ?? entryFromHash(location.hash);
      if (entry) void this.show(entry);
    };
    window.addEventListener('popstate', onPop);
    const onHide = (): void => this.keepScroll();
    window.addEventListener('pagehide', onHide);
    // Kept as the person scrolls too: Chromium may drop a history write made while the page unloads.
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onScroll = (): void => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => this.keepScroll(), 250);
    };
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    const saved = history.state as Entry | null;
    const fromHash = entryFromHash(location.hash);
    // A reload keeps the entry's state (and its scroll); a typed or bookmarked URL has only the hash.
    const initial = fromHash && saved?.id === fromHash.id ? saved : fromHash;
    if (initial) {
      history.replaceState(initial, '', hashFor(initial));
      void this.show(initial);
    }
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('scroll', onScroll, { capture: true });
      if (timer) clearTimeout(timer);
    };
  }

  async visit(id: NoteId, anchor: Anchor | null = null): Promise<void> {
    const entry: Entry = { id, anchor: anchor?.heading || anchor?.block || anchor?.line ? anchor : null };
    this.keepScroll();
    this.leaving = true;
    let shown: boolean;
    try {
      shown = await this.show(entry);
    } finally {
      this.leaving = false;
    }
    if (!shown) return;
    const here = history.state as Entry | null;
    if (here && here.id === id && JSON.stringify(here.anchor) === JSON.stringify(entry.anchor)) return;
    history.pushState(entry, '', hashFor(entry));
  }

  back(): void {
    history.back();
  }

  forward(): void {
    history.forward();
  }

  private async show(entry: Entry): Promise<boolean> {
    const opened = await this.open(entry.id);
    if (opened) this.current = { id: entry.id, anchor: entry.anchor, scroll: entry.scroll ?? null, serial: ++this.serial };
    return opened;
  }
}
