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
