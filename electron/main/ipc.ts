import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { cairnMethodNames, IPC_PREFIX, toErrorDTO, toWire, type CairnApi } from '../contract';

/**
 * One handler per method of the contract's record. Calls from any frame other than our own window's
 * main frame are refused.
 */
export function registerIpc(getApi: () => CairnApi, isTrusted: (sender: WebContents, frameUrl: string) => boolean): () => void {
  for (const method of cairnMethodNames) {
    ipcMain.handle(`${IPC_PREFIX}${method}`, async (event: IpcMainInvokeEvent, arg: unknown) => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!isTrusted(event.sender, frameUrl) || event.senderFrame !== event.sender.mainFrame) {
        return { ok: false, error: { code: 'forbidden', message: 'IPC sender not trusted' } };
      }
      try {
        const api = getApi();
        const fn = api[method] as (arg: unknown) => Promise<unknown>;
        return { ok: true, value: toWire(method, await fn.call(api, arg)) };
      } catch (error) {
        return { ok: false, error: toErrorDTO(error) };
      }
    });
  }
  return () => cairnMethodNames.forEach((method) => ipcMain.removeHandler(`${IPC_PREFIX}${method}`));
}
