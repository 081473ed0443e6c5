import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NodeVaultFs } from '../vault/node-vault-fs';
import { VaultIndex } from './vault-index';

const notes = path.resolve(import.meta.dirname, '../../../notes');

describe('the sample vault as a concept graph', () => {
  it('links EC2 with ELB, EFS, IAM roles, AMI, Image Builder, CloudWatch and the AWS CLI through the prose of the user\'s note', async () => {
    const index = new VaultIndex(await NodeVaultFs.open(notes));
    await index.build();
    const graph = index.graph.snapshot();
    const ec2 = 'note:aws/cómputo/EC2.md';
    const expected = [
      'aws/redes/Elastic Load Balancer.md',
      'aws/almacenamiento/EFS.md',
      'aws/seguridad/IAM roles.md',
      'aws/cómputo/AMI.md',
      'aws/cómputo/EC2 Image Builder.md',
      'aws/herramientas/CloudWatch.md',
      'aws/herramientas/AWS CLI.md',
    ];
    for (const id of expected) {
      const edge = graph.edges.find((e) => e.kind === 'related' && [e.source, e.target].includes(ec2) && [e.source, e.target].includes(`note:${id}`));
      expect(edge, `EC2 — ${id}`).toBeDefined();
      // The evidence shows the user's own sentences, even where they wrote no [[link]].
      const evidence = index.graph.evidence(edge!.id) ?? [];
      expect(evidence.some((e) => e.noteId === 'ec2-study-notes.md'), `evidence of EC2 — ${id} from the user's note`).toBe(true);
    }
    // The user's note has no wikilinks, yet it mentions the concept notes.
    const fromUserNote = graph.edges.filter((e) => e.source === 'note:ec2-study-notes.md' && e.kind === 'mention').map((e) => e.target);
    expect(fromUserNote).toEqual(expect.arrayContaining(expected.map((id) => `note:${id}`)));
    // Each mention shows the user's sentences that name it.
    for (const edge of graph.edges.filter((e) => e.source === 'note:ec2-study-notes.md' && e.kind === 'mention')) {
      const evidence = index.graph.evidence(edge.id) ?? [];
      expect(evidence.length, edge.id).toBeGreaterThan(0);
      for (const e of evidence) expect(e.noteId).toBe('ec2-study-notes.md');
    }
    const cloudwatch = index.graph.evidence('mention|note:ec2-study-notes.md|note:aws/herramientas/CloudWatch.md') ?? [];
    expect(cloudwatch.some((e) => /cloudwatch/i.test(e.text))).toBe(true);
  });
});
