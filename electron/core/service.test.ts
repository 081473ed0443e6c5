import { defineContractSuite } from './testing/contract-suite';
import { eventRecorder } from './testing/in-process';
import { openVaultSession } from './session';

defineContractSuite('service', async (dir) => {
  const session = await openVaultSession(dir, { host: 'test', watch: false });
  const recorder = eventRecorder(session.service);
  return {
    api: session.service,
    ...recorder,
    close: async () => {
      recorder.stop();
      await session.close();
    },
  };
});
