import type { EdgeKind, GraphDTO, GraphEdgeDTO, GraphNodeDTO, NodeKind } from '../../electron/contract';
import { mulberry32 } from '../../electron/core/testing/prng';

const WORDS = ['cache', 'volume', 'subnet', 'policy', 'queue', 'stream', 'index', 'shard', 'replica', 'gateway', 'token', 'bucket', 'lambda', 'cluster', 'snapshot', 'route', 'ledger', 'schema', 'kernel', 'socket', 'broker', 'vector', 'graph', 'tensor', 'lease', 'quorum', 'pipeline', 'mirror', 'cipher', 'beacon'];

const random = (seed: number): (() => number) => mulberry32(seed >>> 0 || 1);

/** The two densities the graph bench draws. */
export type Density = 'sparse' | 'dense';
/**
 * Edges per node of the dense setting: the index of the 10k synthetic vault gives 23 (245,722 edges over
 * 10.8k nodes, 2026-12-02) to 29.5 (336,701 over 11.4k, 2026-12-06); a real 10,000-note vault had 23.
 */
export const DENSE_EDGES_PER_NODE = 22;

/**
 * A vault-shaped graph of n nodes: preferential attachment inside topical communities (heavy-tailed
 * degrees, a few hubs, many leaves), some links across communities, and the kind mix of a real vault
 * (mostly notes, then concepts, tags and missing notes).
 *
 * `sparse` (the default, unchanged since the first graph bench so its figures stay comparable): ~3 edges
 * per node, weights 1–6. `dense`: ~DENSE_EDGES_PER_NODE edges per node with the weights the index gives
 * (`cairn graph` on the 10k synthetic vault): links and tags 1, mentions and same-section pairs
 * log-normal with a long tail (median 2, p90 5–7, p99 in the tens), so thinning by weight has something
 * real to choose from.
 */
export function syntheticGraph(n: number, seed = 7, density: Density = 'sparse'): GraphDTO {
  const rand = random(seed);
  const dense = density === 'dense';
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const communities = Math.max(3, Math.round(Math.sqrt(n) / 2.5));
  const kinds: NodeKind[] = [];
  const community: number[] = [];
  const ends: number[][] = Array.from({ length: communities }, () => []);
  const allEnds: number[] = [];
  const edges = new Map<string, { s: number; t: number }>();
  for (let i = 0; i < n; i++) {
    const r = rand();
    kinds.push(r < 0.74 ? 'note' : r < 0.91 ? 'concept' : r < 0.96 ? 'tag' : 'missing');
    const c = Math.floor(rand() * communities);
    community.push(c);
    const m = dense ? Math.min(i, Math.round(DENSE_EDGES_PER_NODE * (0.4 + rand() * 1.2))) : i < 3 ? i : kinds[i] === 'note' ? 3 : 2 + Math.floor(rand() * 3);
    // Dense: a repeated pair is drawn again (up to 3 tries per edge), or hubs would eat the edge count.
    for (let k = 0, tries = 0; k < m && (!dense || tries < 3 * m); k++, tries++) {
      const pool = rand() < 0.88 && ends[c]!.length ? ends[c]! : allEnds;
      const t = pool.length && rand() < 0.9 ? pool[Math.floor(rand() * pool.length)]! : Math.floor(rand() * i);
      if (t === i || t === undefined) {
        if (dense) k--;
        continue;
      }
      const key = t < i ? `${t}-${i}` : `${i}-${t}`;
      if (edges.has(key)) {
        if (dense) k--;
        continue;
      }
      edges.set(key, { s: i, t });
      ends[c]!.push(i, t);
      allEnds.push(i, t);
    }
  }
  const degree = new Array<number>(n).fill(0);
  const outEdges: GraphEdgeDTO[] = [];
  let id = 0;
  for (const { s, t } of edges.values()) {
    // Edges point from a note where possible, and take their kind from what they point at.
    const [from, to] = kinds[s] === 'note' || kinds[t] !== 'note' ? [s, t] : [t, s];
    let kind: EdgeKind = kinds[to] === 'concept' ? 'mention' : kinds[to] === 'tag' ? 'tagged' : kinds[from] === 'concept' ? 'related' : 'link';
    // Dense: between two notes, the index's mix (a note that names a concept is mentioned; notes of one
    // section are related), so links are ~20% of edges and mentions over half, as in the 10k vault.
    if (dense && kind === 'link' && kinds[to] === 'note') {
      const r = rand();
      kind = r < 0.35 ? 'link' : r < 0.8 ? 'mention' : 'related';
    }
    const weight = dense ? denseWeight(kind, rand) : kind === 'link' ? 1 : 1 + Math.floor(rand() * rand() * 6);
    degree[from]!++;
    degree[to]!++;
    outEdges.push({ id: `e${id++}`, source: `n${from}`, target: `n${to}`, kind, weight });
  }
  const nodes: GraphNodeDTO[] = kinds.map((kind, i) => {
    const label = `${pick(WORDS)} ${pick(WORDS)} ${i}`;
    return {
      id: `n${i}`,
      kind,
      label: kind === 'tag' ? `#${pick(WORDS)}-${i}` : label,
      noteId: kind === 'note' ? `topic-${community[i]}/${label}.md` : null,
      concept: kind === 'concept' ? `concept:${label}` : null,
      folder: kind === 'note' ? `topic-${community[i]}` : null,
      tags: [],
      weight: degree[i]!,
      degree: degree[i]!,
    };
  });
  return { nodes, edges: outEdges };
}

/** A weight as the index gives one of this kind on a dense vault (see syntheticGraph). */
function denseWeight(kind: EdgeKind, rand: () => number): number {
  if (kind === 'link') return rand() < 0.02 ? 2 : 1;
  if (kind === 'tagged') return 1;
  // Log-normal by Box–Muller: mentions median ~2, p90 ~8, p99 ~25; same-section pairs a longer tail.
  const normal = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const [mu, sigma] = kind === 'mention' ? [0.7, 1.0] : [0.6, 1.3];
  return Math.max(1, Math.round(Math.exp(mu + sigma * normal)));
}
