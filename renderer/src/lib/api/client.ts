import { createHttpClient } from './http-client';
import type { CairnBridge, CairnClient } from './types';

declare global {
  interface Window {
    cairn?: CairnBridge;
  }
}

/** One client typed as the contract: the Electron bridge when present, HTTP/WebSocket otherwise. */
export const cairn: CairnClient = window.cairn ?? createHttpClient();

export type { CairnClient } from './types';
export { CairnCallError } from './http-client';
