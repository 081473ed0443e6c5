import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CairnService } from '../service';
import { NodeVaultFs } from '../vault/node-vault-fs';

const notes = path.resolve(import.meta.dirname, '../../../notes');
const ELB = 'note:aws/redes/Elastic Load Balancer.md';

describe('reviewing the sample vault', () => {
  let dir: string;
  let service: CairnService;

  beforeAll(async () => {
    // A copy: grading writes .cairn/review.json, and the repo's vault must stay as it is.
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-review-'));
    await fs.cp(notes, dir, { recursive: true });
    service = new CairnService(await NodeVaultFs.open(dir), { host: 'test' });
    await service.start();
    await service.setReviewSettings({ newPerDay: 500 });
  });

  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('starts with the questions written in the flashcards note, then the concepts, answered in Spanish from the notes', async () => {
    const queue = await service.reviewQueue({ limit: 200 });
    const written = queue.cards.filter((c) => c.kind === 'note');
    // 10 one-way lines, one `:::` line and one `?` card; the `pregunta::respuesta` in inline code is none.
    expect(written.length).toBe(13);
    const clozes = queue.cards.filter((c) => c.kind === 'cloze');
    expect(clozes.map((c) => c.front)).toEqual(['El [...] trabaja en la capa 4 y conserva la IP del cliente.', 'El Network Load Balancer trabaja en la capa [...] y conserva la IP del cliente.']);
    expect(clozes[0]!.nodeIds).toContain('note:aws/redes/Network Load Balancer.md');
    // The cloze's markup ({{c1::…}}) names no concept: only what the card's words say counts.
    for (const cloze of clozes) expect(cloze.nodeIds.filter((n) => /^concept:c\d$/.test(n))).toEqual([]);
    expect(written.every((c) => c.source?.noteId === 'repaso/Tarjetas de EC2.md')).toBe(true);
    const concepts = new Map(queue.cards.filter((c) => c.kind === 'concept').map((c) => [c.nodeId, c]));
    expect(concepts.get('note:aws/cómputo/EC2.md')?.back).toMatch(/servidores virtuales/);
    expect(concepts.get('note:aws/almacenamiento/EFS.md')?.back.length).toBeGreaterThan(20);
    expect(concepts.has('note:repaso/Tarjetas de EC2.md')).toBe(false);
  });

  it('a written card counts for the concepts it asks about, not for the note that holds it', async () => {
    const queue = await service.reviewQueue({ limit: 200 });
    const xff = queue.cards.find((c) => c.back === 'X-Forwarded-For')!;
    expect(xff.nodeIds).toContain('note:aws/redes/X-Forwarded-For.md');
    expect(xff.nodeIds).toContain(ELB); // "tras un load balancer": an alias of ELB
    expect(xff.nodeIds).not.toContain('note:repaso/Tarjetas de EC2.md');
    const efs = queue.cards.find((c) => c.front.includes('contenedores de ECS'))!;
    expect(efs.nodeIds).toEqual(expect.arrayContaining(['note:aws/cómputo/AMI.md', 'note:aws/cómputo/ECS.md', 'note:aws/almacenamiento/EFS.md']));
  });

  it('every concept card answers with a sentence that names its concept', async () => {
    const queue = await service.reviewQueue({ limit: 200 });
    const concepts = queue.cards.filter((c) => c.kind === 'concept');
    expect(concepts.length).toBeGreaterThan(5);
    const graph = await service.getGraph({});
    for (const card of concepts) {
      const conceptId = graph.nodes.find((n) => n.id === card.nodeId)?.concept ?? card.nodeId;
      const concept = await service.getConcept(conceptId);
      // Accents, case and plurals aside (`Grupos de seguridad` is named by `grupo de seguridad`).
      const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/(\p{L})s\b/gu, '$1');
      const back = fold(card.back);
      expect([concept.label, ...concept.aliases].some((name) => back.includes(fold(name))), `${card.front} → ${card.back}`).toBe(true);
    }
  });

  it('acronyms are asked both as a card of their own: AMI → Amazon Machine Image', async () => {
    const queue = await service.reviewQueue({ limit: 200 });
    const ami = queue.cards.find((c) => c.kind === 'alias' && c.front === 'AMI')!;
    expect(ami.back).toMatch(/^Amazon Machine Image/);
    expect(queue.cards.find((c) => c.kind === 'alias' && c.front === 'ELB')?.back).toMatch(/^Elastic Load Balanc/);
  });

  it('a deck by two hops around ELB holds ALB, NLB, GWLB and CLB; one hop is smaller and the centre comes first', async () => {
    const two = await service.reviewQueue({ limit: 500, deck: { kind: 'hops', nodeId: ELB, hops: 2 } });
    expect(two.deck.label).toBe('Elastic Load Balancer + 2 hops');
    const about = (front: RegExp | string): boolean => two.cards.some((c) => (typeof front === 'string' ? c.front === front : front.test(c.back) || front.test(c.front)));
    for (const name of ['ALB', 'NLB', 'GWLB', 'ELB']) expect(about(name), name).toBe(true);
    expect(about(/Classic Load Balancer/)).toBe(true);
    expect(two.deck.nodeIds).toEqual(expect.arrayContaining(['note:aws/redes/Application Load Balancer.md', 'note:aws/redes/Network Load Balancer.md', 'note:aws/redes/Gateway Load Balancer.md', 'concept:clb']));
    const one = await service.reviewQueue({ limit: 500, deck: { kind: 'hops', nodeId: ELB, hops: 1 } });
    expect(one.totalCount).toBeLessThan(two.totalCount);
    const zero = await service.reviewQueue({ limit: 500, deck: { kind: 'hops', nodeId: ELB, hops: 0 } });
    expect(zero.cards.every((c) => c.nodeIds.includes(ELB))).toBe(true);
    expect(zero.cards.map((c) => c.front)).toContain('ELB');
    // New cards nearest the centre first.
    const firstGenerated = one.cards.find((c) => c.kind !== 'note')!;
    expect(firstGenerated.nodeIds).toContain(ELB);
  });

  it('decks by tag, folder, search and a selection', async () => {
    const tag = await service.reviewQueue({ limit: 500, deck: { kind: 'tag', tag: 'aws/networking' } });
    expect(tag.cards.length).toBeGreaterThan(0);
    const networking = new Set((await service.listNotes()).filter((n) => n.tags.some((t) => /^#?aws\/networking/.test(t))).map((n) => `note:${n.id}`));
    expect(networking.has(ELB)).toBe(true);
    expect(tag.cards.filter((c) => !c.nodeIds.some((n) => networking.has(n))).map((c) => c.front)).toEqual([]);
    expect(tag.cards.map((c) => c.front)).not.toContain('EFS');
    const folder = await service.reviewQueue({ limit: 500, deck: { kind: 'folder', folder: 'aws/almacenamiento' } });
    expect(folder.cards.some((c) => c.front === 'EFS')).toBe(true);
    expect(folder.cards.filter((c) => !c.nodeIds.some((n) => n.startsWith('note:aws/almacenamiento/'))).map((c) => c.front)).toEqual([]);
    const query = await service.reviewQueue({ limit: 500, deck: { kind: 'query', query: 'balanceador' } });
    expect(query.cards.map((c) => c.nodeIds).flat()).toContain(ELB);
    expect(query.cards.map((c) => c.front)).not.toContain('EFS');
    const selection = await service.reviewQueue({ limit: 500, deck: { kind: 'nodes', nodeIds: ['note:aws/cómputo/AMI.md', 'note:aws/almacenamiento/EFS.md'] } });
    expect(selection.deck.label).toBe('2 selected');
    expect(new Set(selection.cards.filter((c) => c.kind === 'concept').map((c) => c.front))).toEqual(new Set(['AMI', 'EFS']));
    await expect(service.reviewQueue({ deck: { kind: 'hops', nodeId: ELB, hops: 7 } })).rejects.toThrow(/hops/);
    await expect(service.reviewQueue({ deck: { kind: 'query', query: '"unclosed' } })).rejects.toThrow();
  });
});
