import { describe, expect, it } from 'vitest';
import { vaultSessions } from './testing/vault-sessions';

describe("a concept's pane", () => {
  const openVault = vaultSessions();

  it('lists a sentence that names the concept twice once', async () => {
    const { service } = (
      await openVault({
        'a.md': '# Claves\n\nThe snapshot is encrypted not with the original KMS key but with the specified KMS key.\n\nKMS rotates keys once a year.\n',
        'b.md': '# Otra\n\nKMS also signs data.\n',
      })
    ).session;
    const graph = await service.getGraph({});
    const kms = graph.nodes.find((n) => n.kind === 'concept' && n.label === 'KMS');
    expect(kms).toBeDefined();
    const concept = await service.getConcept(kms!.id);
    const rows = concept.mentions.filter((m) => m.noteId === 'a.md').map((m) => `${m.line} ${m.text}`);
    expect(rows.filter((r) => r.includes('original KMS key'))).toHaveLength(1);
    expect(rows.some((r) => r.includes('rotates keys'))).toBe(true);
  });
});
