import { describe, expect, it } from 'vitest';
import { MemoryVaultFs } from '../vault/memory-vault-fs';
import { VaultIndex } from './vault-index';

const SERVICES = ['EBS', 'EFS', 'ELB', 'IAM', 'AMI', 'VPC', 'RDS', 'SQS', 'SNS'];

function vault(study: string): Record<string, string> {
  const files: Record<string, string> = { 'study.md': study };
  for (const name of SERVICES) files[`${name}.md`] = `# ${name}\n\nA service page.\n`;
  return files;
}

const STUDY = [
  '# Study',
  '',
  'EBS keeps the volume. EBS snapshots go to storage. Sizing EBS matters.',
  '',
  'Then AMI, EFS, ELB, IAM, RDS, SQS and SNS each come up once.',
  '',
  '## VPC',
  '',
  'Subnets and routes.',
  '',
].join('\n');

async function mentions(files: Record<string, string>): Promise<Map<string, number>> {
  const index = new VaultIndex(new MemoryVaultFs('v', files));
  await index.build();
  const out = new Map<string, number>();
  for (const edge of index.graph.snapshot().edges) if (edge.kind === 'mention' && edge.source === 'note:study.md') out.set(edge.target, edge.weight);
  return out;
}

describe('mention edges a note keeps', () => {
  it('keeps what it names often, heads a section with, or ranks among its six strongest (ties by node id)', async () => {
    const kept = await mentions(vault(STUDY));
    // EBS thrice; then AMI, EFS, ELB, IAM, RDS by id fill the six; VPC heads a section; SNS and SQS drop.
    expect([...kept.keys()].sort()).toEqual(['AMI', 'EBS', 'EFS', 'ELB', 'IAM', 'RDS', 'VPC'].map((n) => `note:${n}.md`).sort());
    expect(kept.get('note:EBS.md')).toBe(3);
  });

  it('keeps a once-named concept once the note names it twice, and a live index agrees with a fresh build', async () => {
    const files = vault(STUDY);
    const index = new VaultIndex(new MemoryVaultFs('v', files));
    await index.build();
    const fs = index.vault as MemoryVaultFs;
    const edited = `${STUDY}\nSNS again, as SNS fans out.\n`;
    fs.put('study.md', edited);
    await index.applyChanges(['study.md']);
    const live = index.graph.snapshot().edges.filter((e) => e.kind === 'mention' && e.source === 'note:study.md');
    expect(live.map((e) => e.target)).toContain('note:SNS.md');
    expect(live.map((e) => e.target)).not.toContain('note:SQS.md');
    const fresh = await mentions({ ...files, 'study.md': edited });
    expect(new Map(live.map((e) => [e.target, e.weight]))).toEqual(fresh);
  });

  it('leaves no concept node without edges', async () => {
    const index = new VaultIndex(new MemoryVaultFs('v', { 'a.md': 'Uses XYZW once, then ABCD, ABCD and ABCD.\n', 'b.md': 'XYZW and ABCD again. XYZW here.\n', 'c.md': 'Also XYZW, ABCD.\n' }));
    await index.build();
    const graph = index.graph.snapshot();
    expect(graph.nodes.filter((n) => n.kind === 'concept').length).toBeGreaterThan(0);
    const ends = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
    for (const node of graph.nodes) if (node.kind === 'concept') expect(ends.has(node.id), node.id).toBe(true);
  });
});
