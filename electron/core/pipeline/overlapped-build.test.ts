import { describe, expect, it } from 'vitest';
import { generateNotes } from '../../../bench/vault/generate';
import type { GraphDTO } from '../../contract';
import { PARALLEL_FROM } from '../concepts/extract-pool';
import { MemoryVaultFs } from '../vault/memory-vault-fs';
import { VaultIndex } from './vault-index';

/*
 * A large cold build reads concepts on helper threads while this thread builds the search index's text,
 * and adds each note's concept names to it afterwards. The index it gives must be the one a build on one
 * thread, one phase after another, gives: same graph (with evidence), same concepts, same search index.
 */

// Helpers are asked for, so a vault smaller than a build would share (PARALLEL_FROM) is enough here.
const files = Object.fromEntries([...generateNotes(Math.min(PARALLEL_FROM, 700), 7)].map((note) => [note.id, note.text]));

async function build(helpers: number): Promise<{ index: VaultIndex; helpers: number; byHelper: number; matchedByHelper: number; partsByHelper: number }> {
  const index = new VaultIndex(new MemoryVaultFs('vault', files));
  const stats = await index.build(() => {}, null, { helpers });
  return { index, helpers: stats.helpers ?? 0, byHelper: stats.extractedByHelper ?? 0, matchedByHelper: stats.matchedByHelper ?? 0, partsByHelper: stats.partsByHelper ?? 0 };
}

const byId = <T extends { id: string }>(list: T[]): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const canonical = (graph: GraphDTO): unknown => ({ nodes: byId(graph.nodes).map((n) => ({ ...n, tags: [...n.tags].sort() })), edges: byId(graph.edges) });

describe('a cold build on several threads', () => {
  it('gives the index a build on one thread gives: graph with evidence, concepts, search', async () => {
    const alone = await build(0);
    const shared = await build(2);
    expect(alone.helpers).toBe(0);
    expect(shared.helpers).toBe(2);
    expect(shared.byHelper).toBeGreaterThan(0);
    expect(shared.matchedByHelper).toBeGreaterThan(0);
    expect(shared.partsByHelper).toBeGreaterThan(0);

    const graph = alone.index.graph.snapshot();
    expect(graph.edges.length).toBeGreaterThan(5_000);
    expect(canonical(shared.index.graph.snapshot())).toEqual(canonical(graph));
    const kinds = new Set<string>();
    for (const [i, edge] of graph.edges.entries()) {
      // Every kind of edge, and a spread of the rest: `related` evidence is re-walked per note.
      if (kinds.has(edge.kind) && i % 61 !== 0) continue;
      kinds.add(edge.kind);
      expect(shared.index.graph.evidence(edge.id), edge.id).toEqual(alone.index.graph.evidence(edge.id));
    }
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['link', 'mention', 'related', 'relation', 'tagged']));

    for (const query of ['instance', 'load balancer', 'concept:"Amazon Machine Image"', 'tag:aws', '"security group"', 'inst']) {
      expect(shared.index.search.search(query, 100).hits, query).toEqual(alone.index.search.search(query, 100).hits);
    }
    // The search index and the concept engine as the cache would save them: every posting, every hit.
    expect(await shared.index.search.exportState()).toEqual(await alone.index.search.exportState());
    expect(shared.index.concepts.exportState()).toEqual(alone.index.concepts.exportState());
  }, 120_000);
});
