import { parentPort, workerData } from 'node:worker_threads';
import { isCairnMethod, toErrorDTO, toWire } from '../../contract';
import { openVaultSession } from '../session';
import type { FromWorker, ToWorker, WorkerData } from './protocol';

/** The index lives here, off the host's thread: parsing 10k notes never blocks a window or a socket. */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('worker-entry must run in a worker thread');
  const data = workerData as WorkerData;
  const post = (message: FromWorker): void => port.postMessage(message);
  let session;
  try {
    session = await openVaultSession(data.dir, { host: data.host, watch: data.watch, onEvent: (event) => post({ type: 'event', event }), waitForIndex: false });
  } catch (error) {
    post({ type: 'failed', error: toErrorDTO(error) });
    return;
  }
  const { service } = session;
  post({ type: 'started', root: session.root });
  port.on('message', (message: ToWorker) => {
    if (message.type === 'close') {
      void session.close().then(() => post({ type: 'closed' }));
      return;
    }
    const { id, method, arg } = message;
    if (!isCairnMethod(method)) {
      post({ type: 'result', id, ok: false, error: { code: 'bad-request', message: `Unknown method: ${String(method)}` } });
      return;
    }
    const fn = service[method] as (arg: unknown) => Promise<unknown>;
    fn.call(service, arg).then(
      (value) => post({ type: 'result', id, ok: true, value: toWire(method, value) }),
      (error: unknown) => post({ type: 'result', id, ok: false, error: toErrorDTO(error) }),
    );
  });
}

void main();
