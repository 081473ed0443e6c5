import { GRAPH_WIRE, type EdgeKind, type GraphNodeDTO, type NoteId } from '../../contract';
import { missingNodeId, noteNodeId, tagNodeId } from '../graph/contribution';
import { missingName, type LinkResolver } from '../markdown/resolve';
import { folderOf, type NoteRecord } from './note-record';
import type { StoredGraph } from './snapshot';

const KINDS: EdgeKind[] = ['link', 'embed', 'tagged'];

/**
 * The global graph of the notes' links and tags alone, packed as the opening snapshot keeps it: what
 * loading each note's part made without concepts (`buildContribution(record, resolver, null, …)`) into a
 * GraphModel and packing its snapshot gives, node for node and edge for edge (links-graph.test.ts).
 * Made straight from the parsed notes: the model, each part's evidence and every edge's key string, made
 * for a graph thrown away once the real one is built, were ~5 % of a cold build's own thread at 10k notes.
 * Every edge starts at the note that asserts it, so no two notes share one: only a note's own repeats sum.
 */
export function linksGraph(records: readonly NoteRecord[], resolver: LinkResolver): StoredGraph {
  // Every node an edge reaches gets a slot; a slot is a node of the graph once a part names it (a link
  // may reach a note whose own part comes later, or never: a note that failed to parse).
  const noteSlots = new Map<NoteId, number>();
  const refSlots = new Map<string, number>();
  const weight: number[] = [];
  const degree: number[] = [];
  /** A slot's place among the nodes, -1 until it is one. */
  const place: number[] = [];
  const nodes: GraphNodeDTO[] = [];
  /** Per ref node (by place): how many notes spell it each way; the model shows the spelling most use. */
  const spellings = new Map<number, Map<string, number>>();
  const slotOf = <K>(slots: Map<K, number>, key: K): number => {
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = weight.length;
      slots.set(key, slot);
      weight.push(0);
      degree.push(0);
      place.push(-1);
    }
    return slot;
  };
  const edgeKind: number[] = [];
  const edgeSource: number[] = [];
  const edgeTarget: number[] = [];
  const edgeWeight: number[] = [];
  // A note's edges so far, by target slot and kind: where each sits in the edge lists.
  const own = new Map<number, number>();
  const refs = new Map<number, { id: string; kind: 'missing' | 'tag'; label: string }>();
  const add = (kind: number, self: number, target: number): void => {
    if (target === self) return;
    const key = target * 3 + kind;
    const at = own.get(key);
    if (at !== undefined) {
      edgeWeight[at] = (edgeWeight[at] as number) + 1;
      return;
    }
    own.set(key, edgeKind.length);
    edgeKind.push(kind);
    edgeSource.push(self);
    edgeTarget.push(target);
    edgeWeight.push(1);
  };

  for (const record of records) {
    const note = record.parsed;
    if (!note) continue;
    const id = note.id;
    const self = slotOf(noteSlots, id);
    own.clear();
    refs.clear();
    const from = edgeKind.length;
    for (const link of note.links) {
      if (link.target === '') continue;
      const resolved = resolver.resolve(id, link.target, link.kind);
      if (resolved) {
        if (!resolved.toLowerCase().endsWith('.md')) continue;
        add(link.embed ? 1 : 0, self, slotOf(noteSlots, resolved));
      } else {
        const name = missingName(id, link.target);
        const missing = missingNodeId(name);
        const slot = slotOf(refSlots, missing);
        // The part keeps the note's last spelling of it, in the place of its first.
        refs.set(slot, { id: missing, kind: 'missing', label: name });
        add(link.embed ? 1 : 0, self, slot);
      }
    }
    const tags = new Map<string, string>();
    for (const use of note.tags) {
      const key = tagNodeId(use.tag);
      if (!tags.has(key)) tags.set(key, use.tag);
      const slot = slotOf(refSlots, key);
      refs.set(slot, { id: key, kind: 'tag', label: `#${tags.get(key)}` });
      add(2, self, slot);
    }
    // The note's node, then the nodes it is first to name, in the order its part names them.
    place[self] = nodes.length;
    nodes.push({ id: noteNodeId(id), kind: 'note', label: note.title, noteId: id, concept: null, folder: folderOf(id), tags: [...tags.values()], weight: 0, degree: 0 });
    for (const [slot, ref] of refs) {
      let at = place[slot] as number;
      if (at < 0) {
        at = place[slot] = nodes.length;
        nodes.push({ id: ref.id, kind: ref.kind, label: ref.label, noteId: null, concept: null, folder: null, tags: [], weight: 0, degree: 0 });
      }
      let counts = spellings.get(at);
      if (!counts) spellings.set(at, (counts = new Map()));
      counts.set(ref.label, (counts.get(ref.label) ?? 0) + 1);
    }
    for (let e = from; e < edgeKind.length; e++) {
      const w = edgeWeight[e] as number;
      for (const end of [self, edgeTarget[e] as number]) {
        weight[end] = (weight[end] as number) + w;
        degree[end] = (degree[end] as number) + 1;
      }
    }
  }

  for (const [at, counts] of spellings) {
    let best: string | null = null;
    let bestCount = 0;
    for (const [label, count] of counts) {
      if (count > bestCount || (count === bestCount && best !== null && label < best)) {
        best = label;
        bestCount = count;
      }
    }
    if (best !== null) (nodes[at] as GraphNodeDTO).label = best;
  }
  for (const slots of [noteSlots, refSlots]) {
    for (const slot of slots.values()) {
      const at = place[slot] as number;
      if (at < 0) continue;
      const node = nodes[at] as GraphNodeDTO;
      node.weight = weight[slot] as number;
      node.degree = degree[slot] as number;
    }
  }
  // Edges to a slot no note made a node are left out, as the model's snapshot leaves them (they still
  // count in their note's degree and weight).
  const kinds: EdgeKind[] = [];
  const kindAt: number[] = [-1, -1, -1];
  const kind: number[] = [];
  const source: number[] = [];
  const target: number[] = [];
  const weights: number[] = [];
  for (let e = 0; e < edgeKind.length; e++) {
    const to = place[edgeTarget[e] as number] as number;
    if (to < 0) continue;
    const k = edgeKind[e] as number;
    if ((kindAt[k] as number) < 0) {
      kindAt[k] = kinds.length;
      kinds.push(KINDS[k] as EdgeKind);
    }
    kind.push(kindAt[k] as number);
    source.push(place[edgeSource[e] as number] as number);
    target.push(to);
    weights.push(edgeWeight[e] as number);
  }
  return { format: GRAPH_WIRE, nodes, kinds, kind: Uint8Array.from(kind), source: Int32Array.from(source), target: Int32Array.from(target), weight: Float64Array.from(weights), whole: [] };
}
