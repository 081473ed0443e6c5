import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CairnService } from '../service';
import { NodeVaultFs } from '../vault/node-vault-fs';

const notes = path.resolve(import.meta.dirname, '../../../notes');

describe('reviewing the sample vault', () => {
  let dir: string;
  let service: CairnService;
  beforeAll(async () => {
    // A copy: grading writes .cairn/review.json, and the repo's vault must stay as it is.
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-review-'));
    await fs.cp(notes, dir, { recursive: true });
    service = new CairnService(await NodeVaultFs.open(dir), { host: 'test' });
    await service.start();
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('starts with the questions written in the flashcards note, then the concepts, answered in Spanish from the notes', async () => {
    const queue = await service.reviewQueue({ limit: 60 });
    const written = queue.cards.filter((c) => c.kind === 'note');
    expect(written.length).toBe(12); // 10 one-way lines and one `:::` line; the `pregunta::respuesta` in inline code is none
    expect(written.every((c) => c.source?.noteId === 'repaso/Tarjetas de EC2.md')).toBe(true);
    expect(written.find((c) => c.front.includes('X-Forwarded') || c.back === 'X-Forwarded-For')).toBeDefined();
    const concepts = new Map(queue.cards.filter((c) => c.kind === 'concept').map((c) => [c.nodeId, c]));
    expect(concepts.get('note:aws/cómputo/EC2.md')?.back).toMatch(/servidores virtuales/);
    expect(concepts.get('note:aws/almacenamiento/EFS.md')?.back.length).toBeGreaterThan(20);
    expect(concepts.has('note:repaso/Tarjetas de EC2.md')).toBe(false);
  });
});
