import type { ParsedNote } from '../markdown/types';
import type { ConceptDictionary } from './dictionary';
import { foldWord } from './fold';
import { itemStarts, sentenceBounds } from './sentence';
import { blankHtml, tokenize, type Tokens } from './tokens';
import { packHits, unpackHits, type RawHit } from './packed';
import { SpanTable } from './span-table';
import type { ConceptHit, ConceptKey, NoteCandidates, PackedHits } from './types';

interface TrieNode {
  next: Map<string, TrieNode> | null;
  key: ConceptKey | null;
  capsOnly: boolean;
  weak: boolean;
}

const node = (): TrieNode => ({ next: null, key: null, capsOnly: false, weak: false });

/** A word as the matcher reads it: folded, and the trie's node for a name that starts with it. */
interface Word {
  folded: string;
  first: TrieNode | undefined;
}
/** How a caps-only name must be written to match: IAM, AMIs — not Iam, not `Guide` for GUID. */
const CAPS_WORD = /^[A-Z0-9]+s?$/;

/**
 * Finds every concept name in prose: a trie over folded words built once per dictionary, walked from each
 * word; the longest name wins and the walk resumes after it, so matching is linear in the note's length
 * (times the longest name, a few words).
 */
export class ConceptMatcher {
  private readonly root = node();
  /**
   * Words by the span they stand on (span-table.ts), folded once: words repeat a lot, folding (NFD) is the
   * costly step, and a Map needed each token cut out as a string and hashed again.
   */
  private readonly words = new SpanTable<Word>(10, 17);
  private readonly makeWord = (raw: string): Word => {
    const folded = foldWord(raw, this.dictionary.acronyms);
    return { folded, first: this.root.next?.get(folded) };
  };
  /** The last token of the name `longest` found. */
  private foundEnd = 0;

  constructor(private readonly dictionary: ConceptDictionary) {
    for (const n of dictionary.names()) {
      let at = this.root;
      for (const w of n.folded.split(' ')) {
        at.next ??= new Map();
        let child = at.next.get(w);
        if (!child) {
          child = node();
          at.next.set(w, child);
        }
        at = child;
      }
      at.key = n.key;
      at.capsOnly = n.capsOnly;
      at.weak = n.weak;
    }
  }

  /**
   * Longest name starting at token i and ending at or before `limit`: its node, its last token in
   * `foundEnd`; or null.
   */
  private longest(text: string, tokens: Tokens, words: readonly Word[], i: number, limit: number): TrieNode | null {
    let at: TrieNode | undefined = words[i]?.first;
    let found: TrieNode | null = null;
    for (let j = i; at && j <= limit; ) {
      if (at.key !== null && (!at.capsOnly || CAPS_WORD.test(text.slice(tokens.start[j], tokens.end[j])))) {
        found = at;
        this.foundEnd = j;
      }
      if (tokens.joins[j] === 0 || ++j > limit) break;
      at = at.next?.get((words[j] as Word).folded);
    }
    return found;
  }

  /**
   * Mentions of concepts in the note's prose. A definition found by extraction marks the first mention of
   * its concept on its line as the `definition` hit.
   */
  match(note: ParsedNote, candidates?: NoteCandidates): ConceptHit[] {
    return unpackHits(note, () => candidates, this.matchPacked(note, candidates));
  }

  /**
   * The hits packed (see packed.ts): spans and sentence bounds, no sentence strings or hit objects. A whole
   * vault's hits as objects were most of the index's heap while it was built, and few are ever read:
   * `unpackHits` cuts the sentences of a note when a view asks.
   */
  matchPacked(note: ParsedNote, candidates?: NoteCandidates): PackedHits {
    const hits: RawHit[] = [];
    const words: Word[] = [];
    note.sections.forEach((section, index) => {
      const text = blankHtml(section.text);
      const items = itemStarts(section, text);
      const tokens = tokenize(text);
      const { start, end: ends, hash } = tokens;
      for (let k = 0; k < tokens.length; k++) words[k] = this.words.get(text, start[k] as number, ends[k] as number, hash[k] as number, this.makeWord);
      // Hits come in order, so consecutive hits in one sentence share its bounds.
      let bounds: [number, number] = [-1, -1];
      const emit = (from: number, to: number, key: ConceptKey): void => {
        const a = start[from] ?? 0;
        const b = ends[to] ?? 0;
        if (a < bounds[0] || b > bounds[1]) bounds = sentenceBounds(text, a, b, items);
        hits.push({ key, line: section.startLine + (tokens.line[from] ?? 0), section: index, span: [a, b, bounds[0], bounds[1]] });
      };
      const end = tokens.length - 1;
      for (let i = 0; i <= end; ) {
        const hit = this.longest(text, tokens, words, i, end);
        if (!hit) {
          i++;
          continue;
        }
        const last = this.foundEnd;
        emit(i, last, hit.key as ConceptKey);
        if (hit.weak && last > i) {
          // Names inside a heading-only name still count (`instance store` in `instance store volumes`).
          for (let k = i; k <= last; ) {
            const inner = this.longest(text, tokens, words, k, k === i ? last - 1 : last);
            if (inner && inner.key !== hit.key) {
              const innerEnd = this.foundEnd;
              emit(k, innerEnd, inner.key as ConceptKey);
              k = innerEnd + 1;
            } else k++;
          }
        }
        i = last + 1;
      }
    });
    if (candidates) markDefinitions(hits, candidates, this.dictionary);
    return packHits(hits);
  }
}

function markDefinitions(hits: RawHit[], nc: NoteCandidates, dictionary: ConceptDictionary): void {
  for (const [ci, c] of nc.candidates.entries()) {
    // A helper thread keeps only the definitions, at their places (extract-worker.ts).
    if ((c as NoteCandidates['candidates'][number] | undefined)?.source !== 'definition') continue;
    const key = c.names.map((n) => dictionary.lookup(n)).find((k) => k !== undefined);
    if (key === undefined) continue;
    const line = c.occurrence.line;
    let marked = false;
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i];
      if (!h || h.key !== key || h.line !== line) continue;
      if (typeof h.span === 'number') {
        // `Amazon Machine Image (AMI) is …` is one occurrence, and the gloss says more than the expansion;
        // two glosses on one line (`X son … X son …`) keep a hit each.
        if (!c.gloss || nc.candidates[h.span]?.gloss) continue;
      }
      // A definition's occurrence is its candidate's: its line, sentence and section.
      const at = typeof h.span === 'number' ? h.at : h.span;
      hits[i] = { key, line, section: c.occurrence.section, span: ci, ...(at ? { at } : {}) };
      marked = true;
      // `Amazon Machine Image (AMI)` is one occurrence: the short form right after is not another mention.
      const next = hits[i + 1];
      if (next && next.key === key && next.line === line) hits.splice(i + 1, 1);
      break;
    }
    if (!marked) hits.push({ key, line, section: c.occurrence.section, span: ci });
  }
}
