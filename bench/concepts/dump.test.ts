import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runDump } from './concepts-bench';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// The bench reads the graph through the checkout's own CLI; this fails when the CLI or the service changes
// in a way the bench no longer reads, rather than letting the concepts section print "failed".
describe('dump of the checkout on the seed note', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cairn-dump-test-'));
  copyFileSync(path.join(root, 'notes', 'ec2-study-notes.md'), path.join(dir, 'ec2-study-notes.md'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the concept nodes with their names, the edges between them with evidence, and the concept cards', async () => {
    const dump = await runDump(root, dir, true, true, true);
    expect(['off', 'unsupported']).toContain(dump.glossary);
    const ec2 = dump.conceptNodes.find((n) => n.names.includes('EC2'));
    expect(ec2?.notes).toBeGreaterThanOrEqual(1);
    expect(dump.edges.length).toBeGreaterThan(0);
    for (const edge of dump.edges) {
      expect(edge.evidence).toBeInstanceOf(Array);
      expect(dump.conceptNodes.some((n) => n.id === edge.source) && dump.conceptNodes.some((n) => n.id === edge.target)).toBe(true);
    }
    // The concept cards, each asking about a concept node, with its answer.
    const efs = dump.cards?.find((c) => c.front === 'EFS');
    expect(efs?.back).toMatch(/proporcionan/);
    expect(dump.conceptNodes.some((n) => efs?.nodeIds.includes(n.id))).toBe(true);
  }, 60_000);
});
