import { cairnMethodNames, fromWire, type CairnApi } from '../../../../electron/contract';
import { createHttpClient } from './http-client';
import type { CairnBridge, CairnClient } from './types';

declare global {
  interface Window {
    cairn?: CairnBridge;
  }
}

/** The Electron bridge as a client of the contract: results come back from their wire form here. */
function bridgeClient(bridge: CairnBridge): CairnClient {
  const api = {} as Record<string, (arg?: unknown) => Promise<unknown>>;
  for (const method of cairnMethodNames) api[method] = async (arg?: unknown) => fromWire(method, await bridge[method](arg));
  return { ...(api as unknown as CairnApi), onEvent: (listener) => bridge.onEvent(listener) };
}

/** One client typed as the contract: the Electron bridge when present, HTTP/WebSocket otherwise. */
export const cairn: CairnClient = window.cairn ? bridgeClient(window.cairn) : createHttpClient();

export type { CairnClient } from './types';
export { CairnCallError } from './http-client';
