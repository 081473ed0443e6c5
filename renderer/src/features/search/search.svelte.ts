import type { SearchResultDTO, SnippetDTO } from '../../../../electron/contract';
import type { CairnClient } from '../../lib/api/types';

export interface Segment {
  text: string;
  mark: boolean;
}

/** Snippet text cut at its highlight ranges, so the view renders text nodes and <mark>s, never HTML. */
export function segments(snippet: SnippetDTO): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of [...snippet.highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) out.push({ text: snippet.text.slice(at, start), mark: false });
    out.push({ text: snippet.text.slice(start, end), mark: true });
    at = end;
  }
  if (at < snippet.text.length) out.push({ text: snippet.text.slice(at), mark: false });
  return out;
}

/** Search as you type: one request in flight matters, older answers are dropped. */
export class SearchState {
  query = $state('');
  result = $state.raw<SearchResultDTO | null>(null);
  selected = $state(0);
  open = $state(false);
  matchingIds = $derived(this.result && !this.result.error && this.query.trim() ? new Set(this.result.hits.map((h) => h.noteId)) : null);
  /** The concepts a `concept:` filter names, lit on the graph beside the notes found. */
  matchingConcepts = $derived(this.matchingIds && this.result?.concepts?.length ? new Set(this.result.concepts) : null);
  private timer: ReturnType<typeof setTimeout> | null = null;
  private generation = 0;

  constructor(private readonly client: CairnClient) {}

  setQuery(query: string): void {
    this.query = query;
    this.open = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), 80);
  }

  async run(): Promise<void> {
    const query = this.query;
    const generation = ++this.generation;
    if (!query.trim()) {
      this.result = null;
      return;
    }
    const result = await this.client.search({ query, limit: 30 }).catch((error: Error) => ({ query, hits: [], error: error.message, tookMs: 0 }));
    if (generation !== this.generation) return;
    this.result = result;
    this.selected = 0;
  }

  move(by: number): void {
    const count = this.result?.hits.length ?? 0;
    if (count === 0) return;
    this.selected = (this.selected + by + count) % count;
  }

  clear(): void {
    this.query = '';
    this.result = null;
    this.open = false;
    this.generation++;
  }
}
