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

  it('lists the line that names a concept with no definition, so the pane is never empty for a concept found there', async () => {
    const { service } = (
      await openVault({
        'compra.md': '# opciones de compra\n\n- **instancias bajo demanda** (on demand)\n  - pagas lo que usas\n- **instancias reservadas** (RI)\n  - compromiso de 1 o 3 años\n',
      })
    ).session;
    const graph = await service.getGraph({});
    const reserved = graph.nodes.find((n) => n.kind === 'concept' && /instancias reservadas/i.test(n.label));
    expect(reserved).toBeDefined();
    const concept = await service.getConcept(reserved!.id);
    expect(concept.definitions).toEqual([]);
    expect(concept.mentions.map((m) => `${m.noteId}:${m.line} ${m.text}`)).toEqual([expect.stringMatching(/^compra\.md:5 .*instancias reservadas/)]);
  });
});
