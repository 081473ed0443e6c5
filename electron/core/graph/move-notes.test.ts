import { describe, expect, it } from 'vitest';
import type { GraphDTO, GraphDelta } from '../../contract';
import { mulberry32 } from '../testing/prng';
import { edgeKey, noteNodeId, type EdgeContribution, type NoteContribution } from './contribution';
import { GraphModel } from './graph-model';

/*
 * GraphModel.moveNotes re-keys a moved note's edges in place instead of taking back and giving again every
 * part that names it. Whatever it does inside, the model must be the one a fresh model of the moved parts
 * is, give the views a delta that takes them there, and go on like one (later edits, removals).
 */

const NOTES = 40;
const CONCEPTS = 12;

function randomPart(rand: () => number, id: string, all: string[]): NoteContribution {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const self = noteNodeId(id);
  const edges = new Map<string, EdgeContribution>();
  const add = (kind: EdgeContribution['kind'], source: string, target: string, relation?: string): void => {
    const key = edgeKey(kind, source, target);
    if (source === target || edges.has(key)) return;
    edges.set(key, { kind, source, target, weight: 1 + Math.floor(rand() * 3), evidence: [{ noteId: id, line: 1 + Math.floor(rand() * 9), text: `${kind} ${target}` }], key, ...(relation ? { relation } : {}) });
  };
  const concepts = Array.from({ length: CONCEPTS }, (_, j) => `concept:c${j}`);
  for (let i = 0; i < 1 + rand() * 4; i++) add('link', self, noteNodeId(pick(all)));
  // Mentions reach notes too: a concept with a note of its own is that note's node.
  for (let i = 0; i < rand() * 4; i++) add('mention', self, rand() < 0.5 ? pick(concepts) : noteNodeId(pick(all.slice(0, 4))));
  if (rand() < 0.5) add('tagged', self, 'tag:aws');
  // Typed relations join two other nodes: concepts, or a concept and a note's node.
  if (rand() < 0.6) add('relation', pick(concepts), rand() < 0.5 ? pick(concepts) : noteNodeId(pick(all.slice(0, 4))), 'part of');
  const parts = [...edges.values()];
  const refs = [...new Set(parts.flatMap((e) => [e.source, e.target]).filter((n) => n.startsWith('concept:') || n.startsWith('tag:')))].map((n) => ({
    id: n,
    kind: n.startsWith('tag:') ? ('tag' as const) : ('concept' as const),
    label: n.slice(n.indexOf(':') + 1),
    concept: n.startsWith('concept:') ? n : null,
  }));
  const nodes = [...new Set([self, pick(concepts), pick(concepts), noteNodeId(pick(all.slice(0, 4))), noteNodeId(pick(all))])];
  const pairs: number[] = [];
  for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) if (rand() < 0.7) pairs.push(i, j, 1 + Math.floor(rand() * 4));
  return { noteId: id, label: id.slice(id.lastIndexOf('/') + 1, -3), folder: id.slice(0, id.lastIndexOf('/')), tags: [], concept: null, refs, edges: parts, related: { nodes, pairs: Int32Array.from(pairs) } };
}

/** The part as a note that moved, or that names a moved note, has it once its ids are the new ones. */
function moved(c: NoteContribution, moves: ReadonlyMap<string, string>, describe: ReadonlyMap<string, { label: string; folder: string }>): NoteContribution {
  const node = (id: string): string => (id.startsWith('note:') && moves.has(id.slice(5)) ? noteNodeId(moves.get(id.slice(5)) as string) : id);
  const noteId = moves.get(c.noteId) ?? c.noteId;
  return {
    ...c,
    noteId,
    ...(describe.get(noteId) ?? {}),
    edges: c.edges.map((e) => ({ ...e, source: node(e.source), target: node(e.target), key: edgeKey(e.kind, node(e.source), node(e.target)), evidence: e.evidence.map((x) => ({ ...x, noteId: moves.get(x.noteId) ?? x.noteId })) })),
    related: c.related ? { nodes: c.related.nodes.map(node), pairs: c.related.pairs } : undefined,
  };
}

function canonical(graph: GraphDTO): { nodes: string[]; edges: string[] } {
  return { nodes: graph.nodes.map((n) => JSON.stringify(n)).sort(), edges: graph.edges.map((e) => JSON.stringify(e)).sort() };
}

/** What a view holding `before` has after taking in `delta`. */
function applyDelta(before: GraphDTO, delta: GraphDelta): GraphDTO {
  const nodes = new Map(before.nodes.map((n) => [n.id, n]));
  const edges = new Map(before.edges.map((e) => [e.id, e]));
  for (const id of delta.removeNodes) nodes.delete(id);
  for (const id of delta.removeEdges) edges.delete(id);
  for (const n of delta.upsertNodes) nodes.set(n.id, n);
  for (const e of delta.upsertEdges) edges.set(e.id, e);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function expectSame(got: GraphModel, want: GraphModel): void {
  expect(canonical(got.snapshot())).toEqual(canonical(want.snapshot()));
  expect(got.edgeCount).toBe(want.edgeCount);
  for (const edge of want.snapshot().edges) expect(got.evidence(edge.id), edge.id).toEqual(want.evidence(edge.id));
}

describe('GraphModel.moveNotes', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`equals a fresh model of the moved parts, sends the views that change, and goes on like one (seed ${seed})`, () => {
      const rand = mulberry32(seed);
      const ids = Array.from({ length: NOTES }, (_, i) => `f${i % 3}/n${i}.md`);
      const parts = ids.map((id) => randomPart(rand, id, ids));
      // One note, or two that name each other (a folder moved): their edges change both ends.
      const moves = new Map(seed % 2 === 0 ? [['f0/n0.md', 'g/n0 (renamed).md']] : [['f0/n0.md', 'h/f0/n0.md'], ['f1/n1.md', 'h/f1/n1.md']]);
      const describe = new Map([...moves.values()].map((to) => [to, { label: `${to.slice(to.lastIndexOf('/') + 1, -3)}`, folder: to.slice(0, to.lastIndexOf('/')) }]));
      const expected = parts.map((c) => moved(structuredClone(c), moves, describe));

      const model = new GraphModel();
      for (const c of parts) model.setNote(c.noteId, c);
      const before = model.snapshot();
      model.flush();
      const changed = model.moveNotes(moves);
      expect(changed).not.toBeNull();
      for (const [to, { label, folder }] of describe) model.describeNote(to, label, folder);
      // Every note whose part named a moved note, and the moved notes, by their new ids.
      const newNodes = new Set([...moves.values()].map(noteNodeId));
      const naming = expected.filter((c) => newNodes.has(noteNodeId(c.noteId)) || c.edges.some((e) => newNodes.has(e.source) || newNodes.has(e.target)) || c.related?.nodes.some((n) => newNodes.has(n)));
      expect(new Set(changed)).toEqual(new Set(naming.map((c) => c.noteId)));

      const fresh = new GraphModel();
      for (const c of expected) fresh.setNote(c.noteId, c);
      expectSame(model, fresh);
      expect(canonical(applyDelta(before, model.flush()))).toEqual(canonical(fresh.snapshot()));
      expect(model.snapshot().nodes.some((n) => [...moves.keys()].some((from) => n.id === noteNodeId(from)))).toBe(false);

      // Later edits and removals find each part where the move left it.
      const rand2 = mulberry32(seed + 100);
      const now = expected.map((c) => c.noteId);
      for (const id of now.filter((_, i) => i % 3 === 0)) {
        const next = randomPart(rand2, id, now);
        model.setNote(id, next);
        fresh.setNote(id, structuredClone(next));
      }
      expectSame(model, fresh);
      for (const id of now) model.setNote(id, null);
      expect(model.snapshot()).toEqual({ nodes: [], edges: [] });
      expect(model.edgeCount).toBe(0);
    });
  }

  it('also when a note asserts one edge twice (its parts are summed)', () => {
    const link = (from: string, to: string, line: number): EdgeContribution => ({ kind: 'link', source: noteNodeId(from), target: noteNodeId(to), weight: 1, evidence: [{ noteId: from, line, text: `[[${to}]]` }], key: edgeKey('link', noteNodeId(from), noteNodeId(to)) });
    const part = (id: string, edges: EdgeContribution[]): NoteContribution => ({ noteId: id, label: id.slice(0, -3), folder: '', tags: [], concept: null, refs: [], edges });
    const parts = [part('a.md', [link('a.md', 'hub.md', 1), link('a.md', 'hub.md', 2), link('a.md', 'b.md', 3)]), part('b.md', [link('b.md', 'hub.md', 1)]), part('hub.md', [link('hub.md', 'a.md', 4)])];
    const moves = new Map([['hub.md', 'x/hub.md']]);
    const describe = new Map([['x/hub.md', { label: 'hub', folder: 'x' }]]);
    const expected = parts.map((c) => moved(structuredClone(c), moves, describe));
    const model = new GraphModel();
    for (const c of parts) model.setNote(c.noteId, c);
    expect(new Set(model.moveNotes(moves))).toEqual(new Set(['a.md', 'b.md', 'x/hub.md']));
    model.describeNote('x/hub.md', 'hub', 'x');
    const fresh = new GraphModel();
    for (const c of expected) fresh.setNote(c.noteId, c);
    expectSame(model, fresh);
    expect(model.evidence('link|note:a.md|note:x/hub.md')?.map((e) => e.line)).toEqual([1, 2]);
    for (const c of expected) model.setNote(c.noteId, null);
    expect(model.edgeCount).toBe(0);
  });

  it('refuses, changing nothing, a new id already in the graph', () => {
    const model = new GraphModel();
    const link = (from: string, to: string): EdgeContribution => ({ kind: 'link', source: noteNodeId(from), target: noteNodeId(to), weight: 1, evidence: [], key: edgeKey('link', noteNodeId(from), noteNodeId(to)) });
    model.setNote('a.md', { noteId: 'a.md', label: 'a', folder: '', tags: [], concept: null, refs: [], edges: [link('a.md', 'b.md'), link('a.md', 'c.md')] });
    model.setNote('b.md', { noteId: 'b.md', label: 'b', folder: '', tags: [], concept: null, refs: [], edges: [] });
    const before = model.snapshot();
    // c.md has no note yet, but a.md links to it: its node id is in use.
    expect(model.moveNotes(new Map([['b.md', 'c.md']]))).toBeNull();
    expect(model.snapshot()).toEqual(before);
  });
});
