import type { Outline } from './outline';
import type { ConceptHit, ConceptKey, Occurrence } from './types';

/** A concept named in a sentence, and where: `span` is its name's place in the folded sentence. */
export interface Placed {
  key: ConceptKey;
  span: [number, number];
}

/**
 * Each sentence the hits were found in, once: a sentence naming five concepts comes with five hits. Worked out
 * once per note's hits, not once by each rule that reads the note's sentences (three of them do).
 */
const SENTENCES = new WeakMap<readonly ConceptHit[], readonly Occurrence[]>();
export function eachSentence(hits: readonly ConceptHit[]): readonly Occurrence[] {
  const known = SENTENCES.get(hits);
  if (known) return known;
  const out: Occurrence[] = [];
  // By line, then by the sentence itself: a key joining the two was a new string to copy and hash per hit,
  // where a sentence's own string keeps its hash once computed (a short sentence's hits share it).
  const seen = new Map<number, Set<string>>();
  for (const h of hits) {
    const { line, sentence } = h.occurrence;
    let onLine = seen.get(line);
    if (!onLine) seen.set(line, (onLine = new Set()));
    else if (onLine.has(sentence)) continue;
    onLine.add(sentence);
    out.push(h.occurrence);
  }
  SENTENCES.set(hits, out);
  return out;
}

/** The concepts a sentence names, the longest name at each place (`TLS 1.3`, not the `TLS` inside it). */
export function placedIn(outline: Outline, hits: readonly ConceptHit[], occurrence: Occurrence, lower: string): Placed[] {
  const placed: Placed[] = [];
  for (const x of hits) {
    if (x.occurrence.line !== occurrence.line || x.occurrence.sentence !== occurrence.sentence || placed.some((p) => p.key === x.key)) continue;
    const span = outline.spanOf(x.key, lower);
    if (span) placed.push({ key: x.key, span });
  }
  return placed.filter((p) => !placed.some((q) => q !== p && q.span[0] <= p.span[0] && q.span[1] >= p.span[1] && q.span[1] - q.span[0] > p.span[1] - p.span[0]));
}
