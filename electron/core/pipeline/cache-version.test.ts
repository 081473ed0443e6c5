import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONCEPT_STATE_VERSION } from '../concepts/engine';
import { CairnService } from '../service';
import { NodeVaultFs } from '../vault/node-vault-fs';
import { CACHE_VERSION } from './cache';

/**
 * A cache written by other rules must not be read as today's index: an upgraded app would show the old
 * concepts and relations until each note changed. What the index holds is digested here (the graph of the
 * sample vault, whose notes change far less often than the rules); `index-versions.json` lists every digest
 * with the versions that made it, and a new digest needs new versions (a rule change the digest does not see
 * should bump them too). When this fails, bump CACHE_VERSION
 * and CONCEPT_STATE_VERSION and add the printed line to `index-versions.json`.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const known = JSON.parse(readFileSync(path.join(import.meta.dirname, 'index-versions.json'), 'utf8')) as { cache: number; concepts: number; digest: string }[];

async function vaultDigest(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-versions-'));
  try {
    await fs.cp(path.join(root, 'notes'), dir, { recursive: true });
    const service = new CairnService(await NodeVaultFs.open(dir), { host: 'test' });
    await service.start();
    const graph = await service.getGraph({});
    const nodes = graph.nodes.map((n) => [n.id, n.kind, n.label, n.concept, n.weight].join('\t')).sort();
    const edges = graph.edges.map((e) => [e.id, e.kind, e.relation ?? '', e.weight].join('\t')).sort();
    return createHash('sha256').update([...nodes, '', ...edges].join('\n')).digest('hex').slice(0, 16);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describe('the index versions', () => {
  it('change whenever what the index holds changes, so an old cache is never read as a new one', async () => {
    const digest = await vaultDigest();
    const line = JSON.stringify({ cache: CACHE_VERSION, concepts: CONCEPT_STATE_VERSION, digest });
    // Rules can change what other vaults hold and leave the sample vault's graph as it was: the versions are
    // then bumped by hand, and the same digest is listed again with the new versions.
    const entry = known.find((k) => k.digest === digest && k.cache === CACHE_VERSION && k.concepts === CONCEPT_STATE_VERSION) ?? known.find((k) => k.digest === digest);
    expect(entry, `what the index holds changed: bump CACHE_VERSION and CONCEPT_STATE_VERSION, then add ${line} to index-versions.json`).toBeDefined();
    expect({ cache: CACHE_VERSION, concepts: CONCEPT_STATE_VERSION }, `index-versions.json gives ${digest} to other versions`).toEqual({ cache: entry?.cache, concepts: entry?.concepts });
    // Each pair of versions names one index: reusing versions for a new digest is the mistake this catches.
    const pairs = known.map((k) => `${k.cache}/${k.concepts}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  }, 120_000);
});
