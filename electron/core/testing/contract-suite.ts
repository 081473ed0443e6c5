import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import type { CairnApi, CairnEvent } from '../../contract';
import { makeTempVault, SMALL_VAULT, type TempVault } from './temp-vault';

export interface ApiUnderTest {
  api: CairnApi;
  events: CairnEvent[];
  /** Waits until an event matching `predicate` has arrived. */
  waitFor(predicate: (event: CairnEvent) => boolean, timeoutMs?: number): Promise<CairnEvent>;
  close(): Promise<void>;
}

/** What every host must do identically: run against the service itself and against each adapter. */
export function defineContractSuite(name: string, open: (vaultDir: string) => Promise<ApiUnderTest>): void {
  describe(`contract: ${name}`, () => {
    let vault: TempVault;
    let sut: ApiUnderTest;
    beforeEach(async () => {
      vault = await makeTempVault(SMALL_VAULT);
      sut = await open(vault.dir);
    });
    afterEach(async () => {
      await sut.close();
      await vault.cleanup();
    });

    it('describes the vault with its note count', async () => {
      const info = await sut.api.describeVault();
      expect(info.noteCount).toBe(4);
      expect(info.name).toBe(vault.dir.split('/').pop());
    });

    it('lists notes with titles, aliases and tags', async () => {
      const notes = await sut.api.listNotes();
      expect(notes.map((n) => n.id)).toEqual(['AMI.md', 'EC2.md', 'paginación.md', 'redes/ELB.md']);
      const ec2 = notes.find((n) => n.id === 'EC2.md');
      expect(ec2?.aliases).toContain('Elastic Compute Cloud');
      expect(ec2?.tags).toContain('aws/compute');
      expect(notes.find((n) => n.id === 'redes/ELB.md')?.folder).toBe('redes');
    });

    it('reads a note with resolved links and backlinks', async () => {
      const note = await sut.api.readNote('EC2.md');
      expect(note.content).toContain('Amazon EC2 runs instances');
      const targets = Object.fromEntries(note.links.map((l) => [l.target, l.resolved]));
      expect(targets).toEqual({ AMI: 'AMI.md', 'Missing Note': null, ELB: 'redes/ELB.md' });
      expect(note.links.find((l) => l.target === 'ELB')?.subpath).toBe('Tipos');
      const ami = await sut.api.readNote('AMI.md');
      expect(ami.backlinks.map((b) => b.from)).toContain('EC2.md');
    });

    it('finds notes naming a note in plain text without linking to it', async () => {
      const mentions = await sut.api.unlinkedMentions('EC2.md');
      expect(mentions.map((m) => m.from)).toEqual(['redes/ELB.md']);
      const line = 'El balanceador de carga reparte peticiones entre instancias EC2. #aws/networking';
      expect(mentions[0]?.mentions).toEqual([{ line: 5, col: line.indexOf('EC2'), match: 'EC2', text: line }]);
      // AMI.md links to EC2 and names it nowhere else; EC2.md is the note itself.
      await expect(sut.api.unlinkedMentions('../x.md')).rejects.toThrow(/leaves the vault/);
    });

    it('refuses ids that leave the vault, and unknown notes', async () => {
      await expect(sut.api.readNote('../outside.md')).rejects.toThrow(/leaves the vault/);
      await expect(sut.api.readNote('/etc/passwd')).rejects.toThrow(/Absolute/);
      await expect(sut.api.readNote('nope.md')).rejects.toThrow(/No such note/);
      await expect(sut.api.getGraph({ depth: 9 } as never)).rejects.toThrow(/depth/);
    });

    it('builds a graph of notes, links, a missing target and tags', async () => {
      const graph = await sut.api.getGraph({});
      const ids = new Set(graph.nodes.map((n) => n.id));
      for (const id of ['note:EC2.md', 'note:AMI.md', 'note:redes/ELB.md', 'concept:missing note', 'tag:aws/compute']) expect(ids).toContain(id);
      // A link to a note not yet written names a concept: the link goes to it, and it has no note yet.
      expect(ids).not.toContain('missing:missing note');
      expect(graph.edges.some((e) => e.kind === 'link' && e.source === 'note:EC2.md' && e.target === 'concept:missing note')).toBe(true);
      expect(await sut.api.getConcept('concept:missing note')).toMatchObject({ label: 'Missing Note', noteId: null, sources: ['link'] });
      const link = graph.edges.find((e) => e.kind === 'link' && e.source === 'note:EC2.md' && e.target === 'note:AMI.md');
      expect(link).toBeDefined();
      const evidence = await sut.api.getEdgeEvidence(link!.id);
      expect(evidence[0]?.text).toContain('[[AMI]]');
      const local = await sut.api.getGraph({ center: 'note:AMI.md', depth: 1 });
      expect(local.nodes.map((n) => n.id)).toContain('note:EC2.md');
      expect(local.nodes.map((n) => n.id)).not.toContain('note:paginación.md');
    });

    it('searches without accents', async () => {
      const result = await sut.api.search({ query: 'paginacion' });
      expect(result.error).toBeNull();
      expect(result.hits[0]?.noteId).toBe('paginación.md');
      const bad = await sut.api.search({ query: '"unclosed' });
      expect(bad.error).toMatch(/quote/i);
    });

    it('a concept: search names the concept it filters by, by any of its names; a negated one names none', async () => {
      const byName = await sut.api.search({ query: 'concept:"Amazon Machine Image"' });
      expect(byName.concepts).toHaveLength(1);
      expect(byName.concepts![0]).toMatch(/^concept:/);
      expect((await sut.api.search({ query: 'concept:AMIs' })).concepts).toEqual(byName.concepts);
      expect((await sut.api.search({ query: 'AMI -concept:EC2' })).concepts ?? []).toEqual([]);
    });

    it('lists every concept by its names, with the id a concept: search names it by', async () => {
      const concepts = await sut.api.listConcepts();
      const ami = concepts.find((c) => [c.label, ...c.aliases].includes('Amazon Machine Image'));
      expect(ami, JSON.stringify(concepts.map((c) => c.label))).toBeDefined();
      expect((await sut.api.search({ query: 'concept:"Amazon Machine Image"' })).concepts).toEqual([ami!.id]);
    });

    it('saves atomically, pushes the change, and refuses a stale save without touching the file', async () => {
      const before = await sut.api.readNote('AMI.md');
      const saved = await sut.api.saveNote({ id: 'AMI.md', content: `${before.content}\nAlso see [[paginación]].\n`, baseHash: before.hash });
      expect(saved.hash).not.toBe(before.hash);
      expect(await vault.read('AMI.md')).toContain('Also see [[paginación]]');
      await sut.waitFor((e) => e.type === 'graph-delta' && e.delta.upsertEdges.some((edge) => edge.target === 'note:paginación.md'));
      await expect(sut.api.saveNote({ id: 'AMI.md', content: 'lost?', baseHash: before.hash })).rejects.toThrow(/changed on disk/);
      expect(await vault.read('AMI.md')).toContain('Also see [[paginación]]');
      const created = await sut.api.saveNote({ id: 'nueva/Nota nueva.md', content: '# Nueva\n\n[[EC2]]\n', baseHash: null });
      expect(created.id).toBe('nueva/Nota nueva.md');
      await expect(sut.api.saveNote({ id: 'nueva/Nota nueva.md', content: 'again', baseHash: null })).rejects.toThrow(/already exists/);
      await expect(sut.api.saveNote({ id: '../escape.md', content: 'x', baseHash: null })).rejects.toThrow(/leaves the vault/);
    });

    it('renames a note with its links in one undoable step, deletes to the trash, keeps drafts', async () => {
      const op = await sut.api.renameNote({ from: 'AMI.md', to: 'imágenes/Amazon Machine Image.md' });
      expect(op.rewritten).toEqual(['EC2.md']);
      expect(await vault.read('EC2.md')).toContain('from an [[Amazon Machine Image]].');
      await expect(sut.api.renameNote({ from: 'EC2.md', to: '../EC2.md' })).rejects.toThrow(/leaves the vault/);
      const undo = await sut.api.undoFileOperation(op.id);
      expect(undo.moved).toEqual([{ from: 'imágenes/Amazon Machine Image.md', to: 'AMI.md' }]);
      expect(await vault.read('EC2.md')).toContain('from an [[AMI]].');
      const deleted = await sut.api.deleteNote('paginación.md');
      expect(deleted.moved[0]?.to).toBe('.trash/paginación.md');
      expect(await vault.read('.trash/paginación.md')).toContain('# Paginación');
      await sut.api.saveDraft({ id: 'EC2.md', content: 'sin guardar', baseHash: null });
      expect((await sut.api.readDraft('EC2.md'))?.content).toBe('sin guardar');
      expect(await sut.api.discardDraft('EC2.md')).toBeNull();
      expect(await sut.api.readDraft('EC2.md')).toBeNull();
      expect((await sut.api.noteAnchors('redes/ELB.md')).headings.map((h) => h.text)).toEqual(['ELB', 'Tipos']);
    });

    it('reviews: a graded card is scheduled, saved in the vault, and raises its node\'s mastery', async () => {
      const queue = await sut.api.reviewQueue({ limit: 5 });
      expect(queue.cards.length).toBeGreaterThan(0);
      const card = queue.cards[0]!;
      expect(card.back.length).toBeGreaterThan(0);
      const graded = await sut.api.gradeCard({ cardId: card.id, grade: 'good' });
      expect(graded.card.state).not.toBe('new');
      expect(graded.mastery[card.nodeId]).toBeGreaterThan(0.5);
      expect((await sut.api.getMastery()).nodes[card.nodeId]).toBe(graded.mastery[card.nodeId]);
      expect(JSON.parse(await vault.read('.cairn/review.json')).log).toHaveLength(1);
      await expect(sut.api.gradeCard({ cardId: card.id, grade: 'perfect' as never })).rejects.toThrow(/grade must be/);
    });
  });
}
