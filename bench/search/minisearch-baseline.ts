import MiniSearch from 'minisearch';
import { foldKey, foldPlain } from '../../electron/core/search/fold';
import { parseQuery, type FilterOp, type QueryNode } from '../../electron/core/search/query-parser';
import type { SearchDoc } from '../../electron/core/search/types';

/**
 * The peer: MiniSearch (BM25) over the same section-level documents, the same folding, prefix and
 * one-typo fuzzy on, results aggregated to notes by their best section. It reads the same query syntax
 * through our parser: words and phrase words go to MiniSearch (it has no phrase search), filters run
 * on stored fields and exclusions drop the notes a search for them finds.
 */

interface SectionDoc {
  id: number;
  note: number;
  title: string;
  aliases: string;
  heading: string;
  tags: string;
  path: string;
  concepts: string;
  body: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

export class MiniSearchBaseline {
  private readonly ms = new MiniSearch<SectionDoc>({
    fields: ['title', 'aliases', 'heading', 'tags', 'path', 'concepts', 'body'],
    storeFields: ['note'],
    tokenize: (text) => text.match(WORD) ?? [],
    processTerm: (term) => foldKey(term),
    searchOptions: {
      boost: { title: 3, aliases: 3, heading: 2, tags: 1.5, concepts: 1.5, path: 1.5 },
      prefix: true,
      fuzzy: (term) => (term.length >= 5 ? 1 : false),
    },
  });
  private notes: SearchDoc[] = [];
  private folded: { tags: string[]; path: string; file: string; concepts: string[] }[] = [];

  add(docs: SearchDoc[]): void {
    const batch: SectionDoc[] = [];
    for (const d of docs) {
      const note = this.notes.length;
      this.notes.push(d);
      this.folded.push({
        tags: d.tags.map((t) => foldPlain(t.replace(/^#+/, ''))),
        path: foldPlain(d.path),
        file: foldPlain((d.path.split('/').pop() ?? '').replace(/\.md$/i, '')),
        concepts: d.concepts.map((c) => (c.match(WORD) ?? []).map(foldKey).join(' ')),
      });
      const sections = d.sections.length ? d.sections : [{ heading: null, line: 1, text: '' }];
      sections.forEach((s, i) => {
        batch.push({
          id: note * 1024 + Math.min(i, 1023),
          note,
          title: d.title,
          aliases: d.aliases.join(' '),
          heading: s.heading ?? '',
          tags: d.tags.join(' '),
          path: d.path,
          concepts: d.concepts.join(' '),
          body: s.text,
        });
      });
    }
    const seen = new Set<number>();
    this.ms.addAll(batch.filter((b) => !seen.has(b.id) && seen.add(b.id)));
  }

  search(query: string, limit = 50): string[] {
    const parsed = parseQuery(query);
    if (!parsed.ok || !parsed.node) return [];
    const scores = this.evaluate(parsed.node);
    return [...scores]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([note]) => (this.notes[note] as SearchDoc).id);
  }

  private runText(text: string, combineWith: 'OR' | 'AND' = 'OR'): Map<number, number> {
    const out = new Map<number, number>();
    for (const r of this.ms.search(text, { combineWith })) {
      const note = r['note'] as number;
      out.set(note, Math.max(out.get(note) ?? 0, r.score));
    }
    return out;
  }

  private evaluate(node: QueryNode): Map<number, number> {
    switch (node.kind) {
      case 'word':
        return this.runText(node.text);
      case 'phrase':
        return this.runText(node.text, 'AND');
      case 'filter':
        return this.all((n) => this.passes(n, node.op, node.value));
      case 'not': {
        const ex = this.evaluate(node.child);
        return this.all((n) => !ex.has(n));
      }
      case 'or': {
        const m = new Map<number, number>();
        for (const c of node.children) for (const [n, s] of this.evaluate(c)) m.set(n, (m.get(n) ?? 0) + s);
        return m;
      }
      case 'and': {
        // The words go to MiniSearch together (BM25 over all of them); the rest narrows the result.
        const words = node.children.filter((c) => c.kind === 'word').map((c) => (c as { text: string }).text);
        let m: Map<number, number> | null = words.length ? this.runText(words.join(' ')) : null;
        for (const c of node.children) {
          if (c.kind === 'word') continue;
          if (c.kind === 'filter') {
            m = m ? new Map([...m].filter(([n]) => this.passes(n, c.op, c.value))) : this.evaluate(c);
          } else if (c.kind === 'not') {
            const ex = this.evaluate(c.child);
            m = m ? new Map([...m].filter(([n]) => !ex.has(n))) : this.evaluate(c);
          } else {
            const r = this.evaluate(c);
            m = m ? new Map([...m].flatMap(([n, s]) => (r.has(n) ? [[n, s + (r.get(n) ?? 0)] as [number, number]] : []))) : r;
          }
        }
        return m ?? new Map();
      }
    }
  }

  private all(pred: (note: number) => boolean): Map<number, number> {
    const m = new Map<number, number>();
    for (let n = 0; n < this.notes.length; n++) if (pred(n)) m.set(n, 0);
    return m;
  }

  private passes(note: number, op: FilterOp, value: string): boolean {
    const f = this.folded[note];
    if (!f) return false;
    const v = foldPlain(value.replace(/^#+/, ''));
    switch (op) {
      case 'tag':
        return f.tags.some((t) => t === v || t.startsWith(`${v}/`));
      case 'path':
        return f.path.includes(v);
      case 'file':
        return f.file.includes(v);
      case 'concept':
        return f.concepts.includes((value.match(WORD) ?? []).map(foldKey).join(' '));
    }
  }
}
