import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempVault } from '../testing/temp-vault';
import { defineContractSuite } from '../testing/contract-suite';
import { eventRecorder } from '../testing/in-process';
import { startWorkerSession } from './worker-session';

defineContractSuite('service in a worker thread', async (dir) => {
  const session = await startWorkerSession(dir, {
    host: 'test',
    watch: false,
    entry: new URL('./worker-entry.ts', import.meta.url),
  });
  const recorder = eventRecorder(session);
  return {
    api: session.api,
    ...recorder,
    close: async () => {
      recorder.stop();
      await session.close();
    },
  };
});

describe('a worker asks its host for the system trash', () => {
  it('runs the host’s trash on the host thread with the file’s path, and the worker’s index forgets the note', async () => {
    const vault = await makeTempVault({ 'a.md': '# A', 'b.md': '# B' });
    const asked: string[] = [];
    const session = await startWorkerSession(vault.dir, {
      host: 'test',
      watch: false,
      entry: new URL('./worker-entry.ts', import.meta.url),
      osTrash: async (absolutePath) => {
        asked.push(absolutePath);
        await fs.rm(absolutePath);
      },
    });
    try {
      const op = await session.api.deleteNote('b.md');
      expect(op).toMatchObject({ kind: 'delete', osTrash: true, undoable: false });
      expect(asked).toEqual([path.join(await fs.realpath(vault.dir), 'b.md')]);
      expect((await session.api.listNotes()).map((n) => n.id)).toEqual(['a.md']);
    } finally {
      await session.close();
      await vault.cleanup();
    }
  });
});
