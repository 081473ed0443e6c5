import { describe, expect, it } from 'vitest';
import type { GraphDTO } from '../../contract';
import { CairnService } from '../service';
import { nextTurn } from '../turn';
import { MemoryVaultFs } from '../vault/memory-vault-fs';

/*
 * A rename answers once the links are rewritten and followed; the concepts, the graph parts of the notes
 * it touched and their search entries are made again by the catch-up after it (see VaultIndex.applyMove).
 * These tests hold both halves: every link follows at once, and after the catch-up the index is exactly
 * what a fresh build of the same files makes.
 */

const LINKERS = 60;
const FORMS = [
  (i: number) => `Ver [[EC2]] Remember to check the instance ${i}.`,
  () => 'Con alias [[EC2|la instancia]] y de nuevo [[ec2]].',
  () => 'Sección [[EC2#Conexión]] y bloque [[EC2#^bloque]].',
  () => '![[EC2]]',
  (i: number) => `Markdown [texto](../aws/EC2.md) en la nota ${i}.`,
  () => 'Ruta [[aws/EC2]] y con extensión [[EC2.md]].',
];

function vault(): Record<string, string> {
  const files: Record<string, string> = {
    'aws/EC2.md': '---\naliases: [Elastic Compute Cloud]\ntags: [aws/compute]\n---\n# EC2\n\nAmazon EC2 ejecuta instancias a partir de una [[AMI]].\n\n## Conexión\n\nSe conecta por SSH con un par de claves. ^bloque\n',
    'aws/AMI.md': '# AMI\n\nUna Amazon Machine Image (AMI) es la plantilla de una instancia EC2.\n',
    'redes/ELB.md': '# ELB\n\nEl Elastic Load Balancer (ELB) reparte peticiones entre instancias EC2 y Auto Scaling.\n',
  };
  for (let i = 0; i < LINKERS; i++) {
    const form = FORMS[i % FORMS.length] as (i: number) => string;
    files[`notas/n${i}.md`] = `# Nota ${i}\n\n${form(i)}\n\nEl volumen EBS de la instancia EC2 guarda datos; la AMI arranca. #estudio\n`;
  }
  // Notes that name EC2 in prose only: their mentions point at the renamed note's node.
  for (let i = 0; i < 20; i++) files[`prosa/p${i}.md`] = `# Prosa ${i}\n\nLancé una instancia EC2 con Amazon EC2 y un volumen EBS. La AMI de EC2 sirve.\n`;
  return files;
}

function canonical(graph: GraphDTO): { nodes: string[]; edges: string[] } {
  return {
    nodes: graph.nodes.map((n) => JSON.stringify({ ...n, tags: [...n.tags].sort() })).sort(),
    edges: graph.edges.map((e) => JSON.stringify(e)).sort(),
  };
}

async function fresh(fs: MemoryVaultFs): Promise<CairnService> {
  const files: Record<string, string> = {};
  for (const entry of (await fs.scan()).files) files[entry.id] = new TextDecoder().decode(await fs.read(entry.id));
  const service = new CairnService(new MemoryVaultFs('fresh', files), { host: 'test' });
  await service.start();
  return service;
}

async function expectSameAsFresh(service: CairnService, fs: MemoryVaultFs): Promise<void> {
  const built = await fresh(fs);
  const got = canonical(await service.getGraph({}));
  const want = canonical(await built.getGraph({}));
  expect(got.nodes.filter((n) => !want.nodes.includes(n)), 'nodes only in the updated index').toEqual([]);
  expect(want.nodes.filter((n) => !got.nodes.includes(n)), 'nodes only in a fresh build').toEqual([]);
  expect(got.edges.filter((e) => !want.edges.includes(e)), 'edges only in the updated index').toEqual([]);
  expect(want.edges.filter((e) => !got.edges.includes(e)), 'edges only in a fresh build').toEqual([]);
  for (const query of ['Elastic Compute', 'instancia', 'Remember', 'EBS']) {
    const ids = async (s: CairnService): Promise<string[]> => (await s.search({ query, limit: 500 })).hits.map((h) => h.noteId).sort();
    expect(await ids(service), `search "${query}"`).toEqual(await ids(built));
  }
}

/** Notes with a link or embed edge to the node, from the graph the window gets. */
async function linkersOf(service: CairnService, id: string): Promise<Set<string>> {
  const graph = await service.getGraph({});
  return new Set(graph.edges.filter((e) => (e.kind === 'link' || e.kind === 'embed') && e.target === `note:${id}`).map((e) => e.source.slice('note:'.length)));
}

describe('a rename of a note linked from many, then its catch-up', () => {
  it('follows every link at once, and after the catch-up equals a fresh build; so does its undo', async () => {
    const fs = new MemoryVaultFs('vault', vault());
    const service = new CairnService(fs, { host: 'test' });
    await service.start();
    const before = await linkersOf(service, 'aws/EC2.md');
    expect(before.size).toBe(LINKERS);

    const op = await service.renameNote({ from: 'aws/EC2.md', to: 'servicios/Elastic Compute.md' });
    expect(op.rewritten).toHaveLength(LINKERS);
    expect(op.skipped).toEqual([]);
    // At once, before any catch-up: every linker's file names the new note, the graph draws each link to
    // it, nothing points at the old node or at a missing one.
    for (let i = 0; i < LINKERS; i++) {
      const text = new TextDecoder().decode(await fs.read(`notas/n${i}.md`));
      expect(text, `notas/n${i}.md`).not.toMatch(/\[\[(aws\/)?EC2(\.md)?[#|\]]|aws\/EC2\.md/i);
      expect(text).toMatch(/Elastic(%20| )Compute/);
    }
    expect(await linkersOf(service, 'servicios/Elastic Compute.md')).toEqual(before);
    const graph = await service.getGraph({});
    expect(graph.nodes.filter((n) => n.kind === 'missing')).toEqual([]);
    expect(graph.edges.filter((e) => e.source === 'note:aws/EC2.md' || e.target === 'note:aws/EC2.md')).toEqual([]);
    // No edge is left hanging on a node that went (a view leaves those out; the model must not hold them).
    expect(service.index.graph.edgeCount).toBe(graph.edges.length);
    const backlinks = (await service.readNote('servicios/Elastic Compute.md')).backlinks.map((b) => b.from);
    expect(new Set(backlinks)).toEqual(before);

    await service.catchUpConcepts();
    await expectSameAsFresh(service, fs);

    await service.undoFileOperation(op.id);
    expect(await linkersOf(service, 'aws/EC2.md')).toEqual(before);
    await service.catchUpConcepts();
    await expectSameAsFresh(service, fs);
  });

  it('a folder moved with its notes keeps every link into it, and catches up to a fresh build', async () => {
    const fs = new MemoryVaultFs('vault', vault());
    const service = new CairnService(fs, { host: 'test' });
    await service.start();
    const before = await linkersOf(service, 'aws/EC2.md');
    await service.renameNote({ from: 'aws', to: 'nube/aws' });
    expect(await linkersOf(service, 'nube/aws/EC2.md')).toEqual(before);
    expect((await service.getGraph({})).nodes.filter((n) => n.kind === 'missing')).toEqual([]);
    await service.catchUpConcepts();
    await expectSameAsFresh(service, fs);
  });

  it('takes turns: a search is answered and a save applied while it runs, and it still ends equal to a fresh build', async () => {
    const fs = new MemoryVaultFs('vault', vault());
    const service = new CairnService(fs, { host: 'test' });
    await service.start();
    await service.renameNote({ from: 'aws/EC2.md', to: 'servicios/Elastic Compute.md' });
    let finished = false;
    const catching = service.catchUpConcepts().then(() => (finished = true));
    // One turn of the event loop: a catch-up made in one piece would be over by now.
    await nextTurn();
    const hits = await service.search({ query: 'Remember', limit: 500 });
    expect(hits.hits.length).toBeGreaterThan(0);
    const note = await service.readNote('notas/n1.md');
    await service.saveNote({ id: 'notas/n1.md', content: `${note.content}\nUn Elastic Load Balancer nuevo y una palabra zanahoria.\n`, baseHash: note.hash });
    expect(finished, 'the catch-up was still running when the search and the save were answered').toBe(false);
    expect((await service.search({ query: 'zanahoria', limit: 10 })).hits.map((h) => h.noteId)).toEqual(['notas/n1.md']);
    await catching;
    await service.catchUpConcepts();
    await expectSameAsFresh(service, fs);
  });
});
