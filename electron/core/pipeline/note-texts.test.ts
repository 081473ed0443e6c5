import { describe, expect, it } from 'vitest';
import { MemoryVaultFs } from '../vault/memory-vault-fs';
import { SMALL_VAULT } from '../testing/temp-vault';
import { VaultIndex } from './vault-index';

async function built(files: Record<string, string> = SMALL_VAULT): Promise<{ vault: MemoryVaultFs; index: VaultIndex }> {
  const vault = new MemoryVaultFs('v', files);
  const index = new VaultIndex(vault);
  await index.build();
  return { vault, index };
}

describe('the index keeps no note text', () => {
  it('keeps metadata per note, and reads sentences back from the vault when a view asks', async () => {
    const { index } = await built();
    for (const record of index.records.values()) {
      expect(record.parsed && 'body' in record.parsed).toBeFalsy();
      expect(record.parsed && 'sections' in record.parsed).toBeFalsy();
    }
    expect(index.records.get('EC2.md')?.parsed?.title).toBe('EC2');
    const mentions = index.concepts.mentionsOf(index.concepts.lookup('EC2') as string).map((o) => o.sentence);
    expect(mentions).toContain('El balanceador de carga reparte peticiones entre instancias EC2.');
    const link = index.graph.evidence('link|note:EC2.md|note:AMI.md');
    expect(link?.[0]?.text).toBe('Amazon EC2 runs instances from an [[AMI]].');
  });

  it('re-matches every note from disk when an edit adds a concept name, as a fresh build would', async () => {
    const { vault, index } = await built();
    vault.put('Paginación.md', '---\naliases: [peticiones]\n---\n# Paginación\n\nLa paginación de la CLI usa --page-size.\n');
    vault.delete('paginación.md');
    await index.applyChanges(['paginación.md', 'Paginación.md']);
    const fresh = new VaultIndex(vault);
    await fresh.build();
    const edges = (i: VaultIndex): string[] => i.graph.snapshot({}).edges.map((e) => e.id).sort();
    expect(edges(index)).toEqual(edges(fresh));
    expect(edges(index)).toContain('mention|note:redes/ELB.md|note:Paginación.md');
    expect(index.concepts.mentionsOf(index.concepts.lookup('peticiones') as string).map((o) => o.sentence)).toEqual(
      fresh.concepts.mentionsOf(fresh.concepts.lookup('peticiones') as string).map((o) => o.sentence),
    );
  });

  it('gives no sentence, and does not throw, for a note deleted behind its back', async () => {
    const { vault, index } = await built();
    vault.delete('redes/ELB.md');
    expect(() => index.concepts.mentionsOf(index.concepts.lookup('EC2') as string)).not.toThrow();
  });

  it('reads back only as many notes as the mentions asked for need', async () => {
    let reads = 0;
    class CountingVault extends MemoryVaultFs {
      override readSync(id: string): Uint8Array {
        reads++;
        return super.readSync(id);
      }
    }
    const files: Record<string, string> = { 'EC2.md': '# EC2\n\nThe service.' };
    for (let i = 0; i < 30; i++) files[`n${String(i).padStart(2, '0')}.md`] = `# N${i}\n\nEC2 here. And EC2 there.`;
    const vault = new CountingVault('v', files);
    const index = new VaultIndex(vault);
    await index.build();
    const key = index.concepts.lookup('EC2') as string;
    reads = 0;
    const first = index.concepts.mentionsOf(key, 5);
    expect(reads).toBeLessThanOrEqual(3);
    expect(first).toEqual(index.concepts.mentionsOf(key).slice(0, 5));
    expect(first.map((o) => o.noteId)).toEqual(['EC2.md', 'n00.md', 'n00.md', 'n01.md', 'n01.md']);
  });
});
