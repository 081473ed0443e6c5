import type { NoteId } from '../../../../electron/contract';
import type { Anchor } from './scroll';

export interface Visit {
  id: NoteId;
  anchor: Anchor | null;
  /** Counts visits: going back to the same note is a new visit, and opens at its place again. */
  serial: number;
}

interface Entry {
  id: NoteId;
  anchor: Anchor | null;
}

/** `#note=aws%2FEC2.md&heading=conexión`: the open note in the URL, so a reload or a bookmark brings it back. */
export function hashFor(entry: Entry): string {
  const params = new URLSearchParams({ note: entry.id });
  if (entry.anchor?.heading) params.set('heading', entry.anchor.heading);
  if (entry.anchor?.block) params.set('block', entry.anchor.block);
  return `#${params.toString()}`;
}

export function entryFromHash(hash: string): Entry | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get('note');
  if (!id) return null;
  const heading = params.get('heading') ?? undefined;
  const block = params.get('block') ?? undefined;
  return { id, anchor: heading || block ? { heading, block } : null };
}

/**
 * Back and forward over the notes opened, on the window's own history: the browser's buttons, Alt+←/→ and
 * the mouse's back button all arrive as `popstate`, and each note has its URL.
 */
export class Navigation {
  current = $state.raw<Visit | null>(null);
  private serial = 0;

  constructor(private readonly open: (id: NoteId) => Promise<boolean>) {}

  /** Opens the note the URL names (after a reload) and follows the history from then on. */
  start(): () => void {
    const onPop = (event: PopStateEvent): void => {
      const entry = (event.state as Entry | null) ?? entryFromHash(location.hash);
      if (entry) void this.show(entry);
    };
    window.addEventListener('popstate', onPop);
    const initial = entryFromHash(location.hash);
    if (initial) {
      history.replaceState(initial, '', hashFor(initial));
      void this.show(initial);
    }
    return () => window.removeEventListener('popstate', onPop);
  }

  async visit(id: NoteId, anchor: Anchor | null = null): Promise<void> {
    const entry: Entry = { id, anchor: anchor?.heading || anchor?.block ? anchor : null };
    if (!(await this.show(entry))) return;
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
    if (opened) this.current = { ...entry, serial: ++this.serial };
    return opened;
  }
}
