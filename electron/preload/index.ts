import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { cairnMethodNames, IPC_EVENT_CHANNEL, IPC_PREFIX, type CairnErrorDTO, type CairnEvent } from '../contract';

type Envelope = { ok: true; value: unknown } | { ok: false; error: CairnErrorDTO };

const allowed = new Set(cairnMethodNames.map((method) => `${IPC_PREFIX}${method}`));

/** The only door to the main process: channels from the contract's method record, nothing else. */
async function invoke(channel: string, arg: unknown): Promise<unknown> {
  if (!allowed.has(channel)) throw new Error(`Refused: ${channel} is not part of the Cairn API`);
  const envelope = (await ipcRenderer.invoke(channel, arg)) as Envelope;
  if (!envelope.ok) {
    const error = new Error(envelope.error.message) as Error & { code: string };
    error.code = envelope.error.code;
    throw error;
  }
  return envelope.value;
}

const bridge: Record<string, unknown> = {};
for (const method of cairnMethodNames) bridge[method] = (arg?: unknown) => invoke(`${IPC_PREFIX}${method}`, arg);
bridge.onEvent = (listener: (event: CairnEvent) => void) => {
  const wrapped = (_event: IpcRendererEvent, payload: CairnEvent): void => listener(payload);
  ipcRenderer.on(IPC_EVENT_CHANNEL, wrapped);
  return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, wrapped);
};

contextBridge.exposeInMainWorld('cairn', bridge);
