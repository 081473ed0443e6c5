import type { NoteId } from '../../contract';
import type { ParsedNote } from '../markdown/types';
import { SENTENCE_MAX, sentenceAt } from './sentence';
import { blankHtml } from './tokens';
import type { ConceptHit, ConceptKey, NoteCandidates, PackedHits } from './types';

/**
 * Hits stored as numbers, for a warm start: with a sentence string per hit a saved state of the AWS
 * guide was 23 MB and slow to read back, when the note's own text gives each sentence again. Per hit:
 * key index, candidate index (a definition: its occurrence is its candidate's) or -1, section, the span
 * in the section's prose, and how far its sentence reaches either side (sentence.ts caps that at a few
 * hundred characters, so both fit in one number); a definition keeps the span of the mention whose place it
 * took, so which sentence it sits in is known without its candidate. That is enough for `sentenceAt` to give back exactly
 * the sentence the matcher gave; the line is the span's line, also kept as a number (the graph weighs two
 * concepts on one line without cutting any sentence).
 */
export const HIT_WIDTH = 7;
const BOUND_MAX = 0xffff;

/** Where a mention was found in its section's prose, or the index of the definition candidate it is. */
export type HitSpan = readonly [start: number, end: number, sentenceStart: number, sentenceEnd: number] | number;

/** A hit as the matcher finds it, before packing: no sentence yet. */
export interface RawHit {
  key: ConceptKey;
  line: number;
  section: number;
  span: HitSpan;
  /** A definition's mention, where it took one's place: its span stays known, so its sentence does too. */
  at?: readonly [start: number, end: number, sentenceStart: number, sentenceEnd: number];
}

export function packHits(hits: readonly RawHit[]): PackedHits {
  const keys: ConceptKey[] = [];
  const index = new Map<ConceptKey, number>();
  const data = new Int32Array(hits.length * HIT_WIDTH);
  hits.forEach((h, i) => {
    let k = index.get(h.key);
    if (k === undefined) {
      k = keys.length;
      keys.push(h.key);
      index.set(h.key, k);
    }
    const o = i * HIT_WIDTH;
    const span = h.span;
    data[o] = k;
    data[o + 2] = h.section;
    data[o + 6] = h.line;
    const at = typeof span === 'number' ? h.at : span;
    data[o + 1] = typeof span === 'number' ? span : -1;
    if (at) {
      const [a, b, bs, be] = at;
      data[o + 3] = a;
      data[o + 4] = b;
      data[o + 5] = Math.min(BOUND_MAX, a - bs) | (Math.min(BOUND_MAX, be - b) << 16);
    }
  });
  return { keys, data };
}

/** The note line of the hit at `o`. */
export function packedLine(data: Int32Array, o: number): number {
  return data[o + 6] ?? 0;
}

/** Where the sentence of the hit at `o` starts in its section's prose; -1 for a definition packed without a span. */
export function packedSentenceStart(data: Int32Array, o: number): number {
  // A span ends past its start: an end of 0 is no span.
  return (data[o + 4] ?? 0) > 0 ? (data[o + 3] ?? 0) - ((data[o + 5] ?? 0) & BOUND_MAX) : -1;
}

/** Line of `offset` in `text`, counting from 0, with the text's newline offsets found once. */
function lineFinder(text: string): (offset: number) => number {
  const nl: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) nl.push(i);
  return (offset) => {
    let lo = 0;
    let hi = nl.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((nl[mid] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** The hits back, with their sentences cut again from the note's prose. */
export function unpackHits(
  note: ParsedNote | undefined,
  candidates: () => NoteCandidates | undefined,
  p: PackedHits,
): ConceptHit[] {
  const out: ConceptHit[] = [];
  const sections = new Map<number, { text: string; lineOf: (offset: number) => number; start: number }>();
  const noteId: NoteId = note?.id ?? '';
  // As in the matcher, hits in one short sentence share its text: cut it once.
  let lastSection = -1;
  let lastFrom = -1;
  let lastTo = -1;
  let last = '';
  for (let o = 0; o < p.data.length; o += HIT_WIDTH) {
    const key = p.keys[p.data[o] ?? 0] ?? '';
    const cand = p.data[o + 1] ?? -1;
    if (cand >= 0) {
      // Only definitions need the candidates (parsed from JSON after a restore).
      const c = candidates()?.candidates[cand];
      if (c) out.push({ key, kind: 'definition', occurrence: c.occurrence });
      continue;
    }
    const section = p.data[o + 2] ?? 0;
    let s = sections.get(section);
    if (!s) {
      const sec = note?.sections[section];
      const text = blankHtml(sec?.text ?? '');
      s = { text, lineOf: lineFinder(text), start: sec?.startLine ?? 0 };
      sections.set(section, s);
    }
    const a = p.data[o + 3] ?? 0;
    const b = p.data[o + 4] ?? 0;
    const reach = p.data[o + 5] ?? 0;
    const from = a - (reach & BOUND_MAX);
    const to = b + (reach >>> 16);
    let sentence: string;
    if (section === lastSection && from === lastFrom && to === lastTo && to - from <= SENTENCE_MAX) sentence = last;
    else sentence = sentenceAt(s.text, [from, to], a, b);
    [lastSection, lastFrom, lastTo, last] = [section, from, to, sentence];
    out.push({ key, kind: 'mention', occurrence: { noteId, line: s.start + s.lineOf(a), sentence, section } });
  }
  return out;
}
