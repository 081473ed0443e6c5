import { CairnError, cairnMethodNames, fromWire, toErrorDTO, type CairnApi, type CairnEvent, type CairnMethod, type HostKind } from '../../contract';
import type { OsTrash } from '../notes/file-ops';
import type { FromWorker, ToWorker, WorkerData } from './protocol';
import { spawnWorker } from './spawn';

export interface WorkerSession {
  api: CairnApi;
  root: string;
  on(listener: (event: CairnEvent) => void): () => void;
  close(): Promise<void>;
}

export interface WorkerSessionOptions {
  host: HostKind;
  watch?: boolean;
  /** The built worker entry (the host knows where its bundle put it). */
  entry: URL | string;
  /** The system's trash, run on this thread for the worker (Electron's `shell` is not in workers). */
  osTrash?: OsTrash;
}

const CLOSE_TIMEOUT_MS = 30_000;

/**
 * The service in a worker thread, behind the same contract: a proxy generated from the method record,
 * like every other adapter.
 */
export function startWorkerSession(dir: string, options: WorkerSessionOptions): Promise<WorkerSession> {
  const data: WorkerData = { dir, host: options.host, watch: options.watch ?? true, osTrash: options.osTrash !== undefined };
  const worker = spawnWorker(options.entry, data);
  const listeners = new Set<(event: CairnEvent) => void>();
  const pending = new Map<number, { method: CairnMethod; resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let closed: (() => void) | null = null;

  return new Promise((resolveSession, rejectSession) => {
    worker.on('message', (message: FromWorker) => {
      switch (message.type) {
        case 'started': {
          const api = {} as Record<string, (arg?: unknown) => Promise<unknown>>;
          for (const method of cairnMethodNames) {
            api[method] = (arg?: unknown) =>
              new Promise((resolve, reject) => {
                const id = nextId++;
                pending.set(id, { method, resolve, reject });
                worker.postMessage({ type: 'call', id, method, arg } satisfies ToWorker);
              });
          }
          resolveSession({
            api: api as unknown as CairnApi,
            root: message.root,
            on: (listener) => {
              listeners.add(listener);
              return () => listeners.delete(listener);
            },
            close: () =>
              new Promise<void>((resolve) => {
                closed = resolve;
                worker.postMessage({ type: 'close' } satisfies ToWorker);
                // Closing writes the cache when the index changed (seconds at 10k notes): cut short, the
                // next start re-reads the changed files instead, so this only bounds a hung worker.
                setTimeout(() => void worker.terminate().then(() => resolve()), CLOSE_TIMEOUT_MS).unref();
              }),
          });
          break;
        }
        case 'failed':
          rejectSession(new CairnError(message.error.code, message.error.message));
          void worker.terminate();
          break;
        case 'result': {
          const call = pending.get(message.id);
          pending.delete(message.id);
          if (!call) break;
          // A host forwards most graphs as they came (see contract/wire.ts): unpacked only if read here.
          if (message.ok) call.resolve(fromWire(call.method, message.value, true));
          else call.reject(new CairnError(message.error.code, message.error.message));
          break;
        }
        case 'event':
          for (const listener of listeners) listener(message.event);
          break;
        case 'trash': {
          const { id } = message;
          const trash = options.osTrash;
          if (!trash) {
            worker.postMessage({ type: 'trashed', id, ok: false, error: { code: 'unsupported', message: 'This host has no system trash.' } } satisfies ToWorker);
            break;
          }
          trash(message.path).then(
            () => worker.postMessage({ type: 'trashed', id, ok: true } satisfies ToWorker),
            (error: unknown) => worker.postMessage({ type: 'trashed', id, ok: false, error: toErrorDTO(error) } satisfies ToWorker),
          );
          break;
        }
        case 'closed':
          void worker.terminate().then(() => closed?.());
          break;
      }
    });
    worker.on('error', (error) => {
      rejectSession(error);
      for (const call of pending.values()) call.reject(new CairnError('internal', `Index worker crashed: ${error.message}`));
      pending.clear();
    });
  });
}
