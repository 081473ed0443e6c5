import type { DictionaryInputs, FirstSeen, HeadingEntry } from './dictionary-inputs';
import { FOLDED_DESCRIPTIVE, FOLDED_GENERIC, isStopword } from './extract';
import type { Group } from './make-concept';

/** A word pair or triple becomes a concept when the headings of this many notes use it. */
const HEADING_TERM_MIN_NOTES = 3;

/**
 * Words that mostly open headings are the verbs of instructions (Create, Use, Configure, Launch): a
 * heading that starts with one names a task, not a concept, and a term does not start with one.
 */
export function verbDetector(headings: Iterable<HeadingEntry>, fold: (w: string) => string): (f: string) => boolean {
  const initial = new Map<string, number>();
  const inner = new Map<string, number>();
  for (const h of headings) {
    h.tokens.forEach((w, i) => {
      const f = fold(w);
      const m = i === 0 ? initial : inner;
      m.set(f, (m.get(f) ?? 0) + h.size);
    });
  }
  return (f: string): boolean => {
    const a = initial.get(f) ?? 0;
    // Enough headings to tell: in a small vault a noun may open a few headings in a row.
    return a >= 8 && a > 3 * (inner.get(f) ?? 0);
  };
}

/** Where a heading term is first written: the heading's first place, then the term's length and place in it. */
interface GramSeen {
  at: FirstSeen;
  n: number;
  i: number;
}

function gramBefore(a: GramSeen, b: GramSeen): boolean {
  if (a.at.noteId !== b.at.noteId) return a.at.noteId < b.at.noteId;
  if (a.at.index !== b.at.index) return a.at.index < b.at.index;
  return a.n !== b.n ? a.n < b.n : a.i < b.i;
}

/** Recurring heading terms: word pairs/triples that name things across several notes' headings. */
export function headingTerms(
  inputs: DictionaryInputs,
  fold: (w: string) => string,
  verbLike: (f: string) => boolean,
  brands: ReadonlySet<string>,
): Group[] {
  const ok = (f: string): boolean => f.length >= 2 && /\p{L}/u.test(f) && !isStopword(f);

  const seen = new Map<string, { notes: Set<number>; surface: string; seen: GramSeen }>();
  for (const h of inputs.headings.values()) {
    const folded = h.tokens.map(fold);
    const at = inputs.firstSeen(h);
    for (let n = 2; n <= 3; n++) {
      for (let i = 0; i + n <= folded.length; i++) {
        const gram = folded.slice(i, i + n);
        if (!gram.every(ok)) continue;
        if (i === 0 && verbLike(gram[0] ?? '')) continue;
        // `Supported instance types`; `Amazon EBS-backed`: the brand's name is the next pair.
        if (FOLDED_DESCRIPTIVE.has(gram[0] ?? '') || brands.has(gram[0] ?? '')) continue;
        const key = gram.join(' ');
        if (FOLDED_GENERIC.has(key)) continue;
        const here = { at, n, i };
        let e = seen.get(key);
        if (!e || gramBefore(here, e.seen)) {
          // The term is spelled as where it is first written (notes in id order, then headings in order).
          const raw = h.tokens.slice(i, i + n);
          const surface = raw.every((w) => w === w.toUpperCase()) ? raw.join(' ') : raw.join(' ').toLowerCase();
          if (!e) seen.set(key, (e = { notes: new Set(), surface, seen: here }));
          else {
            e.surface = surface;
            e.seen = here;
          }
        }
        // Only whether enough notes use it counts.
        if (e.notes.size >= HEADING_TERM_MIN_NOTES) continue;
        for (const id of h.holders) {
          e.notes.add(id);
          if (e.notes.size >= HEADING_TERM_MIN_NOTES) break;
        }
      }
    }
  }
  const kept = new Set<string>();
  for (const [k, e] of seen) if (e.notes.size >= HEADING_TERM_MIN_NOTES && k.split(' ').length === 2) kept.add(k);
  const out: { group: Group; seen: GramSeen }[] = [];
  for (const [k, e] of seen) {
    if (e.notes.size < HEADING_TERM_MIN_NOTES) continue;
    const parts = k.split(' ');
    // A triple that contains a recurring pair is that pair in context (`instance store volume`).
    if (parts.length === 3 && (kept.has(`${parts[0]} ${parts[1]}`) || kept.has(`${parts[1]} ${parts[2]}`))) continue;
    out.push({ group: { names: [e.surface], source: 'heading', count: 1, entry: null, named: false }, seen: e.seen });
  }
  return out.sort((a, b) => (gramBefore(a.seen, b.seen) ? -1 : gramBefore(b.seen, a.seen) ? 1 : 0)).map((x) => x.group);
}
