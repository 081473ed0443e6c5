import { describe, expect, it } from 'vitest';
import { MemoryVaultFs } from '../vault/memory-vault-fs';
import { SMALL_VAULT } from '../testing/temp-vault';
import { VaultIndex } from '../pipeline/vault-index';
import { packContributions, unpackContributions } from './contribution-codec';
import type { NoteContribution } from './contribution';

describe('packed contributions', () => {
  it('give back every contribution of a built vault as it was', async () => {
    const index = new VaultIndex(new MemoryVaultFs('v', SMALL_VAULT));
    await index.build();
    const all = index.graph.allContributions();
    expect(all.some((c) => c.edges.some((e) => e.evidence.length > 0))).toBe(true);
    expect(all.some((c) => (c.related?.pairs.length ?? 0) > 0)).toBe(true);
    expect(unpackContributions(packContributions(all))).toEqual(all);
  });

  it('keeps nulls, fractional weights, empty parts and strings that repeat', () => {
    const parts: NoteContribution[] = [
      { noteId: 'a.md', label: 'A', folder: '', tags: [], concept: null, refs: [], edges: [] },
      {
        noteId: 'b/c.md',
        label: 'C\u0000x',
        folder: 'b',
        tags: ['t', 't/u'],
        concept: 'concept:c',
        refs: [{ id: 'missing:z', kind: 'missing', label: 'Z', concept: null }],
        edges: [{ kind: 'link', source: 'note:b/c.md', target: 'missing:z', weight: 0.5, evidence: [{ noteId: 'b/c.md', line: 3, text: 'see [[Z]]' }], key: 'link|note:b/c.md|missing:z' }],
        related: { nodes: ['note:a.md', 'missing:z'], pairs: Int32Array.from([0, 1, 2]) },
      },
    ];
    expect(unpackContributions(packContributions(parts))).toEqual(parts);
  });
});
