import type { EdgeKind, NodeKind } from '../../contract';
import { edgeKey, type EdgeContribution, type NodeRef, type NoteContribution } from './contribution';

/**
 * Every note's graph contribution as a few flat arrays, for the cache. As objects, 10k notes' parts were
 * ~0.4M objects and each edge repeated its node ids as strings: the largest and slowest part of the cache
 * to read back. Here each distinct string is stored once and everything else is numbers.
 */
export interface PackedContributions {
  strings: string[];
  data: Int32Array;
  weights: Float64Array;
  /** Every note's related pairs, one after the other (see RelatedPairs). */
  pairs: Int32Array;
}

const EDGE_KINDS: readonly EdgeKind[] = ['link', 'embed', 'mention', 'tagged', 'related', 'relation'];
const NODE_KINDS: readonly NodeRef['kind'][] = ['concept', 'tag', 'missing'];

/** Int32 values appended to a buffer that doubles as it fills (a plain array of numbers, then a copy, cost twice). */
class Int32Writer {
  buf = new Int32Array(4096);
  length = 0;
  push(value: number): void {
    if (this.length === this.buf.length) {
      const grown = new Int32Array(this.buf.length * 2);
      grown.set(this.buf);
      this.buf = grown;
    }
    this.buf[this.length++] = value;
  }
  done(): Int32Array {
    return this.buf.slice(0, this.length);
  }
}

export function packContributions(contributions: readonly NoteContribution[]): PackedContributions {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const s = (value: string | null): number => {
    if (value === null) return -1;
    let i = index.get(value);
    if (i === undefined) {
      i = strings.length;
      strings.push(value);
      index.set(value, i);
    }
    return i;
  };
  // An evidence line is rarely quoted twice but by edges of one note in a row (a line of several links):
  // it is stored once per run rather than looked up in the map, where hashing long lines showed.
  let lastText: string | null = null;
  let lastTextAt = -1;
  const text = (value: string): number => {
    if (value !== lastText) {
      lastText = value;
      lastTextAt = strings.length;
      strings.push(value);
    }
    return lastTextAt;
  };
  const data = new Int32Writer();
  let weightCount = 0;
  let pairCount = 0;
  for (const c of contributions) {
    pairCount += c.related?.pairs.length ?? 0;
    weightCount += c.edges.length;
  }
  const weights = new Float64Array(weightCount);
  let weightAt = 0;
  const pairs = new Int32Array(pairCount);
  let pairAt = 0;
  for (const c of contributions) {
    data.push(s(c.noteId));
    data.push(s(c.label));
    data.push(s(c.folder));
    data.push(s(c.concept));
    data.push(c.tags.length);
    for (const tag of c.tags) data.push(s(tag));
    data.push(c.refs.length);
    for (const ref of c.refs) {
      data.push(s(ref.id));
      data.push(NODE_KINDS.indexOf(ref.kind));
      data.push(s(ref.label));
      data.push(s(ref.concept));
    }
    data.push(c.edges.length);
    for (const edge of c.edges) {
      data.push(EDGE_KINDS.indexOf(edge.kind));
      data.push(s(edge.source));
      data.push(s(edge.target));
      data.push(s(edge.relation ?? null));
      data.push(edge.evidence.length);
      weights[weightAt++] = edge.weight;
      for (const e of edge.evidence) {
        data.push(s(e.noteId));
        data.push(e.line);
        data.push(text(e.text));
        data.push(s(e.relation ?? null));
      }
    }
    if (!c.related) data.push(-1);
    else {
      data.push(c.related.nodes.length);
      for (const node of c.related.nodes) data.push(s(node));
      data.push(c.related.pairs.length);
      pairs.set(c.related.pairs, pairAt);
      pairAt += c.related.pairs.length;
    }
  }
  return { strings, data: data.done(), weights, pairs };
}

export function unpackContributions(packed: PackedContributions): NoteContribution[] {
  const { strings, data, weights, pairs } = packed;
  let at = 0;
  let weightAt = 0;
  let pairAt = 0;
  const next = (): number => data[at++] as number;
  const str = (): string => strings[next()] as string;
  const strOrNull = (): string | null => {
    const i = next();
    return i < 0 ? null : (strings[i] as string);
  };
  const out: NoteContribution[] = [];
  while (at < data.length) {
    const noteId = str();
    const label = str();
    const folder = str();
    const concept = strOrNull();
    const tags: string[] = new Array<string>(next());
    for (let i = 0; i < tags.length; i++) tags[i] = str();
    const refs: NodeRef[] = new Array<NodeRef>(next());
    for (let i = 0; i < refs.length; i++) {
      const id = str();
      const kind = NODE_KINDS[next()] as Exclude<NodeKind, 'note'>;
      refs[i] = { id, kind, label: str(), concept: strOrNull() };
    }
    const edges: EdgeContribution[] = new Array<EdgeContribution>(next());
    for (let i = 0; i < edges.length; i++) {
      const kind = EDGE_KINDS[next()] as EdgeKind;
      const source = str();
      const target = str();
      const relation = strOrNull();
      const evidence = new Array<EdgeContribution['evidence'][number]>(next());
      for (let j = 0; j < evidence.length; j++) {
        const e = { noteId: str(), line: next(), text: str() };
        const named = strOrNull();
        evidence[j] = named === null ? e : { ...e, relation: named };
      }
      const edge: EdgeContribution = { kind, source, target, weight: weights[weightAt++] as number, evidence, key: edgeKey(kind, source, target) };
      if (relation !== null) edge.relation = relation;
      edges[i] = edge;
    }
    const contribution: NoteContribution = { noteId, label, folder, tags, concept, refs, edges };
    const nodeCount = next();
    if (nodeCount >= 0) {
      const nodes: string[] = new Array<string>(nodeCount);
      for (let i = 0; i < nodeCount; i++) nodes[i] = str();
      const length = next();
      contribution.related = { nodes, pairs: pairs.subarray(pairAt, pairAt + length) };
      pairAt += length;
    }
    out.push(contribution);
  }
  return out;
}
