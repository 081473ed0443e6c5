import type { EdgeKind, GraphDTO, GraphEdgeDTO, GraphNodeDTO, NodeKind } from '../../electron/contract';

const WORDS = ['cache', 'volume', 'subnet', 'policy', 'queue', 'stream', 'index', 'shard', 'replica', 'gateway', 'token', 'bucket', 'lambda', 'cluster', 'snapshot', 'route', 'ledger', 'schema', 'kernel', 'socket', 'broker', 'vector', 'graph', 'tensor', 'lease', 'quorum', 'pipeline', 'mirror', 'cipher', 'beacon'];

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A vault-shaped graph of n nodes and ~3n edges: preferential attachment inside topical communities
 * (heavy-tailed degrees, a few hubs, many leaves), some links across communities, and the kind mix of
 * a real vault (mostly notes, then concepts, tags and missing notes).
 */
export function syntheticGraph(n: number, seed = 7): GraphDTO {
  const rand = random(seed);
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
    const m = i < 3 ? i : kinds[i] === 'note' ? 3 : 2 + Math.floor(rand() * 3);
    for (let k = 0; k < m; k++) {
      const pool = rand() < 0.88 && ends[c]!.length ? ends[c]! : allEnds;
      const t = pool.length && rand() < 0.9 ? pool[Math.floor(rand() * pool.length)]! : Math.floor(rand() * i);
      if (t === i || t === undefined) continue;
      const key = t < i ? `${t}-${i}` : `${i}-${t}`;
      if (edges.has(key)) continue;
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
    const kind: EdgeKind = kinds[to] === 'concept' ? 'mention' : kinds[to] === 'tag' ? 'tagged' : kinds[from] === 'concept' ? 'related' : 'link';
    const weight = kind === 'link' ? 1 : 1 + Math.floor(rand() * rand() * 6);
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
