import { parentPort, workerData } from 'node:worker_threads';
import { CairnError, isCairnMethod, toErrorDTO, toWire } from '../../contract';
import { openVaultSession } from '../session';
import type { FromWorker, ToWorker, WorkerData } from './protocol';

/** The index lives here, off the host's thread: parsing 10k notes never blocks a window or a socket. */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('worker-entry must run in a worker thread');
  const data = workerData as WorkerData;
  const post = (message: FromWorker): void => port.postMessage(message);
  const trashing = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let trashId = 0;
  const osTrash = data.osTrash
    ? (absolutePath: string): Promise<void> =>
        new Promise((resolve, reject) => {
          const id = ++trashId;
          trashing.set(id, { resolve, reject });
          post({ type: 'trash', id, path: absolutePath });
        })
    : undefined;
  let session;
  try {
    session = await openVaultSession(data.dir, { host: data.host, watch: data.watch, onEvent: (event) => post({ type: 'event', event }), waitForIndex: false, osTrash });
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
    if (message.type === 'trashed') {
      const call = trashing.get(message.id);
      trashing.delete(message.id);
      if (message.ok) call?.resolve();
      else call?.reject(new CairnError(message.error.code, message.error.message));
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
