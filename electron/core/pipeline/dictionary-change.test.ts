import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '../search/types';
import { FlexSearchIndex } from '../search/flexsearch-index';
import { MemoryVaultFs } from '../vault/memory-vault-fs';
import { VaultIndex } from './vault-index';

/** The real search index, recording which notes it is asked to index. */
class RecordingSearch extends FlexSearchIndex {
  upserted: string[] = [];
  override upsert(doc: SearchDoc): void {
    this.upserted.push(doc.id);
    super.upsert(doc);
  }
}

const filler = (i: number, s3: boolean): string => `# Nota ${i}\n\nUna instancia EC2 número ${i} detrás del balanceador.${s3 ? ' Guarda copias en el archivo frío.' : ''}\n`;

describe('a note that changes the concept dictionary', () => {
  it('changes only what it touches: no edge of an unchanged note in the delta, no note indexed again whose concepts stayed', async () => {
    const files: Record<string, string> = {
      'EC2.md': '---\naliases: [instancia EC2]\n---\n# EC2\n\nCómputo elástico.\n',
      'ELB.md': '---\naliases: [balanceador]\n---\n# ELB\n\nReparte peticiones.\n',
    };
    for (let i = 0; i < 30; i++) files[`notas/n${i}.md`] = filler(i, i % 10 === 0);
    const vault = new MemoryVaultFs('v', files);
    const search = new RecordingSearch();
    const index = new VaultIndex(vault, search);
    await index.build();
    const before = new Map(index.graph.snapshot({}).edges.map((e) => [e.id, e.weight]));

    // A new note makes "archivo frío" a concept: the three notes that name it gain an edge, nothing else changes.
    vault.put('Glaciar.md', '---\naliases: [archivo frío]\n---\n# Glaciar\n\nAlmacenamiento barato.\n');
    search.upserted = [];
    const { delta } = await index.applyChanges(['Glaciar.md']);

    // A note whose part changed sends its edges again; the other 27 notes send none.
    const naming = ['note:notas/n0.md', 'note:notas/n10.md', 'note:notas/n20.md', 'note:Glaciar.md'];
    expect(delta.upsertEdges.length).toBeGreaterThan(0);
    for (const edge of delta.upsertEdges) if (before.get(edge.id) === edge.weight) expect(naming, edge.id).toContain(edge.source);
    expect(delta.upsertEdges.map((e) => e.id)).toEqual(expect.arrayContaining(['mention|note:notas/n0.md|note:Glaciar.md', 'mention|note:notas/n10.md|note:Glaciar.md']));
    expect(search.upserted.sort()).toEqual(['Glaciar.md', 'notas/n0.md', 'notas/n10.md', 'notas/n20.md']);
    expect(search.search('glaciar', 50).hits.map((h) => h.noteId).sort()).toEqual(['Glaciar.md', 'notas/n0.md', 'notas/n10.md', 'notas/n20.md']);

    // And deleting it takes back exactly that.
    vault.delete('Glaciar.md');
    search.upserted = [];
    const removal = await index.applyChanges(['Glaciar.md']);
    expect(removal.delta.removeEdges.filter((id) => !id.includes('Glaciar')).length).toBe(0);
    for (const edge of removal.delta.upsertEdges) expect(naming, edge.id).toContain(edge.source);
    expect(search.upserted.sort()).toEqual(['notas/n0.md', 'notas/n10.md', 'notas/n20.md']);
    const fresh = new VaultIndex(new MemoryVaultFs('fresh', Object.fromEntries(Object.entries(files))));
    await fresh.build();
    expect(new Map(index.graph.snapshot({}).edges.map((e) => [e.id, e.weight]))).toEqual(new Map(fresh.graph.snapshot({}).edges.map((e) => [e.id, e.weight])));
  });
});
