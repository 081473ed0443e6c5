import type { ConceptHit, ConceptKey, Occurrence, RelatedPair } from './types';

/** Occurrences kept as evidence per pair and note: enough to show why, not a copy of the note. */
export const MAX_PAIR_EVIDENCE = 4;

export const pairKey = (a: ConceptKey, b: ConceptKey): string => (a < b ? `${a}\t${b}` : `${b}\t${a}`);

/**
 * Concepts that share a section are related; the weight counts the sections they share. Computed per note
 * so a changed note only replaces its own pairs.
 */
export function relatedInNote(hits: readonly ConceptHit[]): Map<string, RelatedPair> {
  const bySection = new Map<number, Map<ConceptKey, Occurrence>>();
  /** Per section, the concepts of each sentence: a sentence naming both is the best evidence of a pair. */
  const together = new Map<string, Occurrence>();
  const sentenceKeys = new Map<string, ConceptKey[]>();
  for (const h of hits) {
    const s = h.occurrence.section;
    let m = bySection.get(s);
    if (!m) {
      m = new Map();
      bySection.set(s, m);
    }
    if (!m.has(h.key)) m.set(h.key, h.occurrence);
    const where = `${s}\t${h.occurrence.line}\t${h.occurrence.sentence}`;
    const keys = sentenceKeys.get(where);
    if (!keys) sentenceKeys.set(where, [h.key]);
    else if (!keys.includes(h.key)) {
      for (const other of keys) if (!together.has(pairKey(other, h.key))) together.set(pairKey(other, h.key), h.occurrence);
      keys.push(h.key);
    }
  }
  const out = new Map<string, RelatedPair>();
  for (const m of bySection.values()) {
    const keys = [...m.keys()].sort();
    for (let i = 0; i < keys.length; i++) {
      const a = keys[i] as ConceptKey;
      for (let j = i + 1; j < keys.length; j++) {
        const b = keys[j] as ConceptKey;
        const k = `${a}\t${b}`;
        let p = out.get(k);
        if (!p) {
          p = { a, b, weight: 0, evidence: [] };
          out.set(k, p);
        }
        p.weight++;
        if (p.evidence.length < MAX_PAIR_EVIDENCE) {
          const both = together.get(k);
          const oa = m.get(a);
          const ob = m.get(b);
          if (both && !p.evidence.includes(both)) p.evidence.unshift(both);
          else {
            if (oa) p.evidence.push(oa);
            if (ob && ob !== oa) p.evidence.push(ob);
          }
        }
      }
    }
  }
  return out;
}

/** Sums per-note pairs into one pair per concept couple, evidence capped. */
export function mergePairs(perNote: Iterable<Map<string, RelatedPair>>, cap = MAX_PAIR_EVIDENCE * 3): Map<string, RelatedPair> {
  const out = new Map<string, RelatedPair>();
  for (const m of perNote) {
    for (const [k, p] of m) {
      const q = out.get(k);
      if (!q) out.set(k, { a: p.a, b: p.b, weight: p.weight, evidence: p.evidence.slice(0, cap) });
      else {
        q.weight += p.weight;
        for (const e of p.evidence) if (q.evidence.length < cap) q.evidence.push(e);
      }
    }
  }
  return out;
}
