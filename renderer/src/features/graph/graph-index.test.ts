import { describe, expect, it } from 'vitest';
import type { GraphDelta, GraphDTO, GraphEdgeDTO, GraphNodeDTO } from '../../../../electron/contract';
import { applyDelta } from './apply-delta';
import { GraphIndex } from './graph-index';
import { mulberry32 } from './prng';

const node = (id: string, weight = 1): GraphNodeDTO => ({ id, kind: 'note', label: id, noteId: `${id}.md`, weight, degree: 0, tags: [] }) as unknown as GraphNodeDTO;
const edge = (source: string, target: string, weight = 1): GraphEdgeDTO => ({ id: `${source}->${target}`, source, target, kind: 'link', weight }) as unknown as GraphEdgeDTO;

/** Idle slices run when the test says so, each with `left` ms to spare. */
function manualIdle(left = 0): { index: GraphIndex; runIdle: () => number } {
  const queue: ((timeLeft: () => number) => void)[] = [];
  const index = new GraphIndex((work) => queue.push(work));
  return {
    index,
    runIdle: () => {
      let slices = 0;
      while (queue.length) {
        queue.shift()!(() => left);
        slices++;
      }
      return slices;
    },
  };
}

describe('GraphIndex', () => {
  it('is built in idle slices, and takes no delta before it is whole', () => {
    const { index, runIdle } = manualIdle();
    const graph: GraphDTO = { nodes: Array.from({ length: 5000 }, (_, i) => node(`n${i}`)), edges: Array.from({ length: 6000 }, (_, i) => edge(`n${i % 5000}`, `n${(i * 7) % 5000}`)) };
    index.follow(graph);
    const delta: GraphDelta = { upsertNodes: [node('n3', 4)], removeNodes: [], upsertEdges: [], removeEdges: [] };
    expect(index.ready(graph)).toBe(false);
    expect(index.apply(graph, delta, true)).toBeNull();
    // 11,000 elements, 4,000 per slice when the page has no time to spare.
    expect(runIdle()).toBe(3);
    expect(index.ready(graph)).toBe(true);
    expect(index.apply(graph, delta, true)).toEqual(applyDelta(graph, delta, true));
  });

  it('leaves a delta that removes anything to the whole pass', () => {
    const { index, runIdle } = manualIdle();
    const graph: GraphDTO = { nodes: [node('a'), node('b')], edges: [edge('a', 'b')] };
    index.follow(graph);
    runIdle();
    expect(index.apply(graph, { upsertNodes: [], removeNodes: [], upsertEdges: [], removeEdges: ['a->b'] }, true)).toBeNull();
    expect(index.apply(graph, { upsertNodes: [], removeNodes: ['b'], upsertEdges: [], removeEdges: [] }, true)).toBeNull();
    expect(index.ready(graph)).toBe(true);
  });

  it('gives the graph applyDelta gives, over random deltas, and follows the whole pass after a removal', () => {
    const next = mulberry32(11);
    const rand = (n: number): number => Math.floor(next() * n);
    const ids = Array.from({ length: 40 }, (_, i) => `n${i}`);
    let g: GraphDTO = { nodes: ids.slice(0, 25).map((id) => node(id)), edges: [] };
    for (let i = 0; i < 80; i++) g.edges.push(edge(ids[rand(25)]!, ids[rand(25)]!, rand(5)));
    g = applyDelta({ nodes: g.nodes, edges: [] }, { upsertNodes: [], removeNodes: [], upsertEdges: g.edges, removeEdges: [] }, true);
    const { index, runIdle } = manualIdle(50);
    index.follow(g);
    let indexed = 0;
    for (let round = 0; round < 400; round++) {
      runIdle();
      const pick = (): string => ids[rand(ids.length)]!;
      const removes = rand(6) === 0;
      const delta: GraphDelta = {
        upsertNodes: Array.from({ length: rand(4) }, () => node(pick(), rand(9))),
        removeNodes: removes && rand(2) ? [pick()] : [],
        upsertEdges: Array.from({ length: rand(6) }, () => edge(pick(), pick(), rand(9))),
        removeEdges: removes && g.edges.length ? [g.edges[rand(g.edges.length)]!.id] : [],
      };
      const newNodes = rand(4) > 0;
      const want = applyDelta(g, delta, newNodes);
      const got = index.apply(g, delta, newNodes);
      if (got) indexed++;
      expect(got ?? (removes ? want : 'not taken')).toEqual(want);
      g = got ?? want;
      index.follow(g);
    }
    expect(indexed).toBeGreaterThan(250);
  });
});
