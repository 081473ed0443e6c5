import type { NoteId } from '../../contract';
import { HIT_WIDTH } from './packed';
import type { ConceptCandidate, ConceptEngineState, ConceptKey, NoteCandidates, PackedHits } from './types';

/**
 * Every note's packed hits in one array, as a saved state holds them: per note, its count of keys, its keys
 * as indexes into one list of keys for the vault, then its hit data. `spans[i]` is where note `ids[i]` is.
 */
export function packTable(ids: readonly NoteId[], packed: ReadonlyMap<NoteId, PackedHits>): { keys: ConceptKey[]; hits: Int32Array; spans: [number, number][] } {
  const keys: ConceptKey[] = [];
  const keyIndex = new Map<ConceptKey, number>();
  let size = 0;
  for (const id of ids) {
    const p = packed.get(id);
    size += 1 + (p?.keys.length ?? 0) + (p?.data.length ?? 0);
  }
  const hits = new Int32Array(size);
  const spans: [number, number][] = [];
  let at = 0;
  for (const id of ids) {
    const p = packed.get(id);
    const noteKeys = p?.keys ?? [];
    const from = at;
    hits[at++] = noteKeys.length;
    for (const k of noteKeys) {
      let i = keyIndex.get(k);
      if (i === undefined) {
        i = keys.length;
        keys.push(k);
        keyIndex.set(k, i);
      }
      hits[at++] = i;
    }
    if (p) {
      hits.set(p.data, at);
      at += p.data.length;
    }
    spans.push([from, at]);
  }
  return { keys, hits, spans };
}

/** A note's packed hits read back from a saved state's table (see `packTable`); the data is a view of it. */
export function unpackTable(state: Pick<ConceptEngineState, 'keys' | 'hits'>, hitsFrom: number, hitsTo: number): PackedHits {
  const count = state.hits[hitsFrom] ?? 0;
  const keys: ConceptKey[] = new Array<ConceptKey>(count);
  for (let i = 0; i < count; i++) keys[i] = state.keys[state.hits[hitsFrom + 1 + i] ?? 0] ?? '';
  return { keys, data: state.hits.subarray(hitsFrom + 1 + count, hitsTo) };
}

/**
 * The candidates by which notes define `key` (their hits that point at a candidate), note by note in the
 * order of `definers`: a definition is its candidate's occurrence, so no note is unpacked.
 */
export function* definingCandidates(
  key: ConceptKey,
  definers: Iterable<NoteId>,
  packed: ReadonlyMap<NoteId, PackedHits>,
  candidatesOf: (id: NoteId) => NoteCandidates | undefined,
): Generator<ConceptCandidate> {
  for (const id of definers) {
    const p = packed.get(id);
    if (!p) continue;
    for (let o = 0; o < p.data.length; o += HIT_WIDTH) {
      const cand = p.data[o + 1] ?? -1;
      if (cand < 0 || p.keys[p.data[o] ?? 0] !== key) continue;
      const candidate = candidatesOf(id)?.candidates[cand];
      if (candidate) yield candidate;
    }
  }
}
