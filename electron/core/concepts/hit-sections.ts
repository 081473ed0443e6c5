import type { ConceptDictionary } from './dictionary';
import { HIT_WIDTH, packedLine, packedSentenceStart } from './packed';
import type { ConceptKey, NoteCandidates, PackedHits } from './types';

/** The concept, section and definition flag of each of a note's hits (see `ConceptEngine.hitSections`). */
export interface HitSections {
  keys: ConceptKey[];
  sections: number[];
  definitions: boolean[];
  /**
   * Where each hit's sentence starts in its section's prose, or -1 when not known (a definition found
   * apart from any mention). Hits come in order, so one sentence's hits are consecutive with one start.
   */
  sentences: number[];
  /** Each hit's note line. */
  lines: number[];
}

/** `hitSections` read from packed hits, given the concepts the note's own prose put forward. */
export function packedSections(p: PackedHits | undefined, introduced: ReadonlySet<ConceptKey>): HitSections {
  const keys: ConceptKey[] = [];
  const sections: number[] = [];
  const definitions: boolean[] = [];
  const sentences: number[] = [];
  const lines: number[] = [];
  if (!p) return { keys, sections, definitions, sentences, lines };
  for (let o = 0; o < p.data.length; o += HIT_WIDTH) {
    keys.push(p.keys[p.data[o] ?? 0] ?? '');
    // A hit that points at a candidate is a definition (see packed.ts).
    definitions.push((p.data[o + 1] ?? -1) >= 0 || introduced.has(keys[keys.length - 1] ?? ''));
    sections.push(p.data[o + 2] ?? 0);
    sentences.push(packedSentenceStart(p.data, o));
    lines.push(packedLine(p.data, o));
  }
  return { keys, sections, definitions, sentences, lines };
}

/**
 * The concepts a note's `term` candidates name: the note is where the term comes from, so it keeps the
 * concept as a node however seldom it repeats the name.
 */
export function introducedKeys(nc: NoteCandidates | undefined, dictionary: ConceptDictionary): Set<ConceptKey> {
  const out = new Set<ConceptKey>();
  for (const c of nc?.candidates ?? []) {
    // A helper thread keeps some candidates only, at their places (extract-worker.ts).
    if ((c as NoteCandidates['candidates'][number] | undefined)?.source !== 'term') continue;
    const key = dictionary.lookup(c.names[0] ?? '');
    if (key !== undefined) out.add(key);
  }
  return out;
}

/** Whether the packed hits hold a mention (not a definition) of key index `k`. */
export function hasMention(p: PackedHits, k: number): boolean {
  for (let o = 0; o < p.data.length; o += HIT_WIDTH) if (p.data[o] === k && (p.data[o + 1] ?? -1) < 0) return true;
  return false;
}
