import { describe, expect, it } from 'vitest';
import { GraphModel } from './graph-model';
import type { NoteContribution } from './contribution';
import { turnsDuring } from '../testing/turns';

const note = (id: string, edges: NoteContribution['edges'] = [], refs: NoteContribution['refs'] = []): NoteContribution => ({
  noteId: id,
  label: id.replace('.md', ''),
  folder: '',
  tags: [],
  concept: null,
  refs,
  edges,
});
const link = (from: string, to: string, weight = 1): NoteContribution['edges'][number] => ({
  kind: 'link',
  source: `note:${from}`,
  target: `note:${to}`,
  weight,
  evidence: [{ noteId: from, line: 1, text: `[[${to}]]` }],
});

describe('GraphModel', () => {
  it('sums edge weights from several notes and reports degree and weight per node', () => {
    const g = new GraphModel();
    g.setNote('a.md', note('a.md', [link('a.md', 'c.md', 2)]));
    g.setNote('b.md', note('b.md', [{ kind: 'related', source: 'note:c.md', target: 'note:a.md', weight: 1, evidence: [] }]));
    g.setNote('c.md', note('c.md'));
    g.setNote('d.md', note('d.md', [{ kind: 'related', source: 'note:a.md', target: 'note:c.md', weight: 3, evidence: [] }]));
    const snap = g.snapshot();
    const related = snap.edges.filter((e) => e.kind === 'related');
    expect(related).toHaveLength(1);
    expect(related[0]?.weight).toBe(4);
    const c = snap.nodes.find((n) => n.id === 'note:c.md');
    expect(c?.degree).toBe(2);
    expect(c?.weight).toBe(6);
  });

  it('emits a delta of only what one changed note touched', () => {
    const g = new GraphModel();
    g.setNote('a.md', note('a.md', [link('a.md', 'b.md')]));
    g.setNote('b.md', note('b.md'));
    g.setNote('z.md', note('z.md'));
    g.flush();
    g.setNote('a.md', note('a.md', [link('a.md', 'z.md')]));
    const delta = g.flush();
    expect(delta.removeEdges).toEqual(['link|note:a.md|note:b.md']);
    expect(delta.upsertEdges.map((e) => e.id)).toEqual(['link|note:a.md|note:z.md']);
    expect(delta.upsertNodes.map((n) => n.id).sort()).toEqual(['note:a.md', 'note:b.md', 'note:z.md']);
    expect(delta.removeNodes).toEqual([]);
  });

  it('keeps shared non-note nodes while any note refers to them, then removes them', () => {
    const tag = { id: 'tag:aws', kind: 'tag' as const, label: '#aws', concept: null };
    const tagged = (from: string): NoteContribution['edges'][number] => ({ kind: 'tagged', source: `note:${from}`, target: 'tag:aws', weight: 1, evidence: [] });
    const g = new GraphModel();
    g.setNote('a.md', note('a.md', [tagged('a.md')], [tag]));
    g.setNote('b.md', note('b.md', [tagged('b.md')], [tag]));
    g.flush();
    g.setNote('a.md', null);
    expect(g.flush().removeNodes).toEqual(['note:a.md']);
    expect(g.node('tag:aws')?.degree).toBe(1);
    g.setNote('b.md', null);
    expect(g.flush().removeNodes.sort()).toEqual(['note:b.md', 'tag:aws']);
    expect(g.snapshot()).toEqual({ nodes: [], edges: [] });
  });

  it('returns a local graph to the requested depth and filters by kind and weight', () => {
    const g = new GraphModel();
    for (const [from, to] of [['a', 'b'], ['b', 'c'], ['c', 'd']] as const) g.setNote(`${from}.md`, note(`${from}.md`, [link(`${from}.md`, `${to}.md`)]));
    g.setNote('d.md', note('d.md'));
    const ids = (depth: number): string[] => g.snapshot({ center: 'note:a.md', depth }).nodes.map((n) => n.id).sort();
    expect(ids(1)).toEqual(['note:a.md', 'note:b.md']);
    expect(ids(2)).toEqual(['note:a.md', 'note:b.md', 'note:c.md']);
    expect(ids(3)).toHaveLength(4);
    expect(g.snapshot({ minWeight: 2 }).edges).toHaveLength(0);
    expect(g.snapshot({ kinds: ['tag'] }).nodes).toHaveLength(0);
  });

  it('keeps the evidence of each contribution', () => {
    const g = new GraphModel();
    g.setNote('a.md', note('a.md', [link('a.md', 'b.md')]));
    g.setNote('b.md', note('b.md'));
    expect(g.evidence('link|note:a.md|note:b.md')).toEqual([{ noteId: 'a.md', line: 1, text: '[[b.md]]' }]);
  });
});

describe('GraphModel loaded with cached co-occurrence sums', () => {
  const withPairs = (id: string, nodes: string[], pairs: number[]): NoteContribution => ({ ...note(id), related: { nodes, pairs: Int32Array.from(pairs) } });
  const notes = [
    withPairs('a.md', ['note:a.md', 'note:b.md', 'note:c.md'], [0, 1, 2, 1, 2, 1]),
    withPairs('b.md', ['note:b.md', 'note:a.md'], [0, 1, 3]),
    withPairs('c.md', ['note:c.md', 'note:d.md', 'note:a.md'], [0, 1, 1, 1, 2, 4]),
    note('d.md'),
  ];
  const sorted = (g: GraphModel): unknown => g.snapshot().edges.map((e) => `${e.id}=${e.weight}`).sort();

  it('gives the graph that adding every note pair by pair gives, and the same after an edit', () => {
    const fresh = new GraphModel();
    fresh.load(notes.map((n): [string, NoteContribution] => [n.noteId, n]));
    const cached = new GraphModel();
    cached.load(
      notes.map((n): [string, NoteContribution] => [n.noteId, n]),
      fresh.relatedState(),
    );
    expect(sorted(cached)).toEqual(sorted(fresh));
    expect(sorted(fresh)).toContain('related|note:a.md|note:b.md=5');
    const edit = withPairs('b.md', ['note:d.md', 'note:b.md'], [0, 1, 2]);
    fresh.setNote('b.md', edit);
    cached.setNote('b.md', edit);
    expect(sorted(cached)).toEqual(sorted(fresh));
    expect(sorted(cached)).toContain('related|note:a.md|note:b.md=2');
  });

  it('answers after edits as a model built edit by edit does: degrees, weights and each node’s edges in order', () => {
    const parts = Array.from({ length: 300 }, (_, i): [string, NoteContribution] => [
      `n${i}.md`,
      note(`n${i}.md`, [link(`n${i}.md`, `n${(i * 7) % 300}.md`, 1 + (i % 3)), link(`n${i}.md`, `n${(i * 13 + 5) % 300}.md`)]),
    ]);
    const loaded = new GraphModel();
    loaded.load(parts);
    const edited = new GraphModel();
    for (const [id, part] of parts) edited.setNote(id, part);
    // Edges taken away from and added to nodes the load gave many edges.
    for (const model of [loaded, edited]) {
      model.setNote('n7.md', null);
      model.setNote('n49.md', note('n49.md', [link('n49.md', 'n0.md', 4)]));
      model.setNote('n300.md', note('n300.md', [link('n300.md', 'n49.md')]));
      model.flush();
    }
    expect(loaded.snapshot()).toEqual(edited.snapshot());
    for (const node of edited.snapshot().nodes) expect(loaded.incident(node.id)).toEqual(edited.incident(node.id));
    expect(loaded.node('note:n49.md')?.degree).toBe(edited.incident('note:n49.md').length);
  });

  it('loads in turns the same graph a single load makes, letting other work run between slices', async () => {
    const parts = Array.from({ length: 1200 }, (_, i): [string, NoteContribution] => [`n${i}.md`, note(`n${i}.md`, [link(`n${i}.md`, `n${(i * 7) % 1200}.md`, 1 + (i % 3))])]);
    const once = new GraphModel();
    once.load(parts);
    const inTurns = new GraphModel();
    const { turns } = await turnsDuring(() => inTurns.loadInTurns(parts, undefined, 100));
    expect(inTurns.snapshot()).toEqual(once.snapshot());
    expect(turns).toBeGreaterThanOrEqual(10);
    // Loading records no delta, in turns or not.
    expect(inTurns.flush()).toEqual({ upsertNodes: [], removeNodes: [], upsertEdges: [], removeEdges: [] });
  });
});
