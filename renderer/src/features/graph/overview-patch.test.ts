import { describe, expect, it } from 'vitest';
import type { GraphEdgeDTO, GraphNodeDTO } from '../../../../electron/contract';
import { carryPalette, isEmptyChange, ShownGraph } from './overview-patch';

describe('community colours over a delta', () => {
  it('keeps each node its slot whatever the new order, and gives a new node none', () => {
    const before = { ids: ['a', 'b', 'c'], palette: Int32Array.from([2, 0, 1]) };
    expect([...carryPalette(before, ['c', 'new', 'a'])]).toEqual([1, -1, 2]);
  });

  it('has no slot for anyone before a first render', () => {
    expect([...carryPalette(null, ['a'])]).toEqual([-1]);
  });
});

describe('what a delta changed in a large view', () => {
  const node = (id: string, weight = 1): GraphNodeDTO => ({ id, kind: 'note', label: id, noteId: id, concept: null, folder: '', tags: ['t'], weight, degree: 1 });
  const edge = (source: string, target: string, weight = 1): GraphEdgeDTO => ({ id: `link|${source}|${target}`, source, target, kind: 'link', weight });

  it('finds nothing to do when the host sent the same elements again', () => {
    const shown = ShownGraph.of([node('a'), node('b')], [edge('a', 'b')]);
    const change = shown.diff([node('a'), node('b')], [edge('a', 'b')]);
    expect(isEmptyChange(change)).toBe(true);
    expect(change.same).toHaveLength(3);
  });

  it('tells new, changed and gone nodes and edges apart, and takes them as shown once committed', () => {
    const b = node('b');
    const shown = ShownGraph.of([node('a'), b, node('c')], [edge('a', 'b'), edge('b', 'c')]);
    const change = shown.diff([node('a', 5), b, node('d')], [edge('a', 'b', 3), edge('a', 'd')]);
    expect(change.changedNodes.map((n) => n.id)).toEqual(['a']);
    expect(change.addedNodes.map((n) => n.id)).toEqual(['d']);
    expect(change.goneNodes).toEqual(['c']);
    expect(change.upsertedEdges.map((u) => [u.now.id, u.was?.weight ?? null])).toEqual([
      ['link|a|b', 1],
      ['link|a|d', null],
    ]);
    expect(change.goneEdges.map((e) => e.id)).toEqual(['link|b|c']);
    shown.commit(change);
    expect(isEmptyChange(shown.diff([node('a', 5), b, node('d')], [edge('a', 'b', 3), edge('a', 'd')]))).toBe(true);
  });
});
