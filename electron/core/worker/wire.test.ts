import { describe, expect, it } from 'vitest';
import { fromWire, isGraphWire, packGraph, toWire, unpackGraph, unpackGraphLazily, type GraphDTO, type GraphNodeDTO } from '../../contract';

const node = (id: string): GraphNodeDTO => ({ id, kind: 'note', label: id, noteId: id, concept: null, folder: null, tags: [], weight: 1, degree: 1 });

const graph: GraphDTO = {
  nodes: [node('note:a.md'), node('note:b.md'), node('concept:ec2')],
  edges: [
    { id: 'link|note:a.md|note:b.md', source: 'note:a.md', target: 'note:b.md', kind: 'link', weight: 2 },
    { id: 'odd-id', source: 'note:b.md', target: 'concept:ec2', kind: 'mention', weight: 1 },
    { id: 'related|concept:ec2|note:a.md', source: 'concept:ec2', target: 'note:a.md', kind: 'related', weight: 0.5 },
    { id: 'link|note:a.md|note:gone.md', source: 'note:a.md', target: 'note:gone.md', kind: 'link', weight: 1 },
    { id: 'mention|note:a.md|concept:ec2', source: 'note:a.md', target: 'concept:ec2', kind: 'mention', weight: 3 },
  ],
};

describe('graph wire format', () => {
  it('gives back the same graph, edges in the same order, odd edges included', () => {
    const wire = packGraph(graph);
    expect(unpackGraph(JSON.parse(JSON.stringify(wire)))).toEqual(graph);
    expect(wire.whole.map(([at]) => at)).toEqual([1, 3]);
  });

  it('sends edges as numbers: a fraction of the objects` JSON', () => {
    const nodes = Array.from({ length: 200 }, (_, i) => node(`note:folder/a long note name ${i}.md`));
    const edges = nodes.flatMap((a, i) => [1, 2, 3].map((d) => {
      const b = nodes[(i + d) % nodes.length] as GraphNodeDTO;
      return { id: `mention|${a.id}|${b.id}`, source: a.id, target: b.id, kind: 'mention' as const, weight: d };
    }));
    const big: GraphDTO = { nodes, edges };
    const plain = JSON.stringify(big).length;
    const packed = JSON.stringify(packGraph(big)).length;
    expect(packed).toBeLessThan(plain * 0.5);
    expect(unpackGraph(JSON.parse(JSON.stringify(packGraph(big))))).toEqual(big);
  });

  it('packs only the graph: other results cross as they are', () => {
    expect(isGraphWire(toWire('getGraph', graph))).toBe(true);
    expect(fromWire('getGraph', toWire('getGraph', graph))).toEqual(graph);
    const notes = [{ id: 'a.md' }];
    expect(toWire('listNotes', notes)).toBe(notes);
    expect(fromWire('listNotes', notes)).toBe(notes);
    // A graph already in the contract's shape (a host without the codec) is taken as it is.
    expect(fromWire('getGraph', graph)).toBe(graph);
  });

  it('sends on the wire a graph came in, rather than packing it again (a host forwarding a worker`s answer)', () => {
    const wire = packGraph(graph);
    const forwarded = fromWire('getGraph', wire);
    expect(toWire('getGraph', forwarded)).toBe(wire);
    // A host's unpacking is lazy: forwarded untouched, whole if read.
    const lazily = fromWire('getGraph', wire, true) as GraphDTO;
    expect(toWire('getGraph', lazily)).toBe(wire);
    expect(lazily).toEqual(graph);
    // A graph made here is packed.
    expect(toWire('getGraph', { ...graph })).not.toBe(wire);
  });

  it('answers from a held wire without unpacking: the edges are made only if someone reads them', () => {
    const wire = packGraph(graph);
    const lazy = unpackGraphLazily(wire);
    expect(toWire('getGraph', lazy)).toBe(wire);
    // Read in process (the CLI, tests), it is the graph the wire carries.
    expect(lazy).toEqual(graph);
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(graph);
    let reads = 0;
    const counted = { ...wire };
    Object.defineProperty(counted, 'kind', { get: () => (reads++, wire.kind) });
    const unread = unpackGraphLazily(counted);
    expect(toWire('getGraph', unread)).toBe(counted);
    expect(reads).toBe(0);
    expect(unread.edges).toHaveLength(graph.edges.length);
    expect(reads).toBeGreaterThan(0);
  });
});
