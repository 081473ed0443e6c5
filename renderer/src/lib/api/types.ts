import type { CairnApi, CairnEvent } from '../../../../electron/contract';

export type Unsubscribe = () => void;

/** What a view talks to: the contract plus the push events. */
export interface CairnClient extends CairnApi {
  onEvent(listener: (event: CairnEvent) => void): Unsubscribe;
}

/** Shape of `window.cairn` exposed by the Electron preload. */
export type CairnBridge = CairnClient;
