import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import type { ParsedNote } from '../markdown/types';
import { extractAll, ExtractionPool, helperCount, PARALLEL_FROM } from './extract-pool';
import { extractCandidates } from './extract';

const topics = ['Application Load Balancer', 'EC2 Instance Connect', 'Amazon Machine Image (AMI)', 'user data', 'instancias de rendimiento ampliable'];
const note = (i: number): string =>
  `# Nota ${i}\n\n## ${topics[i % topics.length]}\n\nEl ${topics[(i + 1) % topics.length]} es un servicio que se usa con ${topics[(i + 2) % topics.length]}.\n` +
  `La ${topics[(i + 3) % topics.length]} sirve para crear ${topics[(i + 4) % topics.length]} en la nota ${i}.\n`;

/** Both threads read some notes, and every note has the candidates one thread alone gives it. */
function expectShared(notes: readonly ParsedNote[], candidates: ReadonlyMap<string, unknown>, byHelper: number): void {
  expect(byHelper).toBeGreaterThan(0);
  expect(byHelper).toBeLessThan(notes.length);
  expect(candidates.size).toBe(notes.length);
  for (const n of notes) expect(candidates.get(n.id)).toEqual(extractCandidates(n));
}

describe('a cold build reads concepts on two threads', () => {
  it('gives every note the same candidates as reading them all on one thread, with the helper thread taking a share', async () => {
    const notes = Array.from({ length: PARALLEL_FROM + 300 }, (_, i) => parseNote(`carpeta/n${i}.md`, note(i)));
    const pool = ExtractionPool.forBuild(notes.length);
    try {
      pool.push(notes);
      // Once the helper has answered (its code loaded, however busy the machine), both threads read.
      await pool.started;
      const { candidates, byHelper, helpers } = await pool.finish();
      expect(helpers).toBe(helperCount());
      expect(helpers).toBeGreaterThan(0);
      expectShared(notes, candidates, byHelper);
    } finally {
      pool.close();
    }
  }, 120_000);

  it('reads here the notes a helper was sent and has not reached, once nothing else is left, each note once', async () => {
    const notes = Array.from({ length: PARALLEL_FROM + 300 }, (_, i) => parseNote(`carpeta/n${i}.md`, note(i)));
    const pool = new ExtractionPool(1);
    try {
      pool.push(notes);
      await pool.started;
      // Every note is sent to the helper before this thread looks for work.
      pool.pushedAll(notes.length);
      const { candidates, byHelper } = await pool.finish();
      expectShared(notes, candidates, byHelper);
    } finally {
      pool.close();
    }
  }, 120_000);

  it('reads a small vault on one thread', async () => {
    const notes = Array.from({ length: 50 }, (_, i) => parseNote(`n${i}.md`, note(i)));
    const { candidates, byHelper } = await extractAll(notes);
    expect(byHelper).toBe(0);
    expect([...candidates.keys()]).toEqual(notes.map((n) => n.id));
  });
});
