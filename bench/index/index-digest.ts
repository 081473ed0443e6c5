/**
 * Digests of one cold build's index, to hold two checkouts (or a change and its parent) to the same index
 * byte for byte on a large vault: `node bench/index/bundle.mjs --tree T --out T/out/digest --entry
 * bench/index/index-digest.ts`, then `node T/out/digest/index-digest.mjs --dir VAULT` for each tree, and compare
 * the lines. It digests the graph (every node and edge, and their evidence), the search index and the
 * concept engine as the cache saves them; the build is the app's, helper threads included.
 */
import { createHash } from 'node:crypto';
import { VaultIndex } from '../../electron/core/pipeline/vault-index';
import { NodeVaultFs } from '../../electron/core/vault/node-vault-fs';
import { flag } from './args';

const dir = flag(process.argv.slice(2), '--dir');
if (!dir) throw new Error('--dir is required');
const index = new VaultIndex(await NodeVaultFs.open(dir));
const stats = await index.build();
const digest = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
const byId = <T extends { id: string }>(list: T[]): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const graph = index.graph.snapshot();
const nodes = byId(graph.nodes).map((n) => ({ ...n, tags: [...n.tags].sort() }));
const edges = byId(graph.edges);
// Every edge's evidence but `related` edges' (re-walked from their notes when asked, ~10 ms each): every 50th.
const evidence = createHash('sha256');
let related = 0;
for (const edge of edges) if (edge.kind !== 'related' || related++ % 50 === 0) evidence.update(JSON.stringify([edge.id, index.graph.evidence(edge.id)]));
console.log(`helpers ${stats.helpers ?? 0}, parts by helper ${stats.partsByHelper ?? 0}: ${nodes.length} nodes, ${edges.length} edges`);
console.log(`graph nodes   ${digest(nodes)}`);
console.log(`graph edges   ${digest(edges)}`);
console.log(`evidence      ${evidence.digest('hex').slice(0, 16)}`);
console.log(`search state  ${digest(await index.search.exportState())}`);
// Keys sorted: a note's candidates parsed from a helper's JSON put `noteId` last, read here first, so the order
// of keys said which thread read a note, not what the state holds.
const sortedKeys = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(sortedKeys) : value && typeof value === 'object' ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])])) : value;
console.log(`concept state ${digest(sortedKeys(index.concepts.exportState()))}`);
