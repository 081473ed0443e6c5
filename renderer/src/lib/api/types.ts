import type { CairnApi, CairnEvent, CairnMethod } from '../../../../electron/contract';

export type Unsubscribe = () => void;

/** What a view talks to: the contract plus the push events. */
export interface CairnClient extends CairnApi {
  onEvent(listener: (event: CairnEvent) => void): Unsubscribe;
}

/**
 * Shape of `window.cairn` exposed by the Electron preload: the contract's methods, answering in their
 * wire form (`contract/wire.ts`), which the client turns back into the contract's shape.
 */
export type CairnBridge = { [K in CairnMethod]: (arg?: unknown) => Promise<unknown> } & {
  onEvent(listener: (event: CairnEvent) => void): Unsubscribe;
};
