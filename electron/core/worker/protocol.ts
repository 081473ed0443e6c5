import type { CairnErrorDTO, CairnEvent, CairnMethod, HostKind } from '../../contract';

export interface WorkerData {
  dir: string;
  host: HostKind;
  watch: boolean;
  /** The host thread offers the system's trash: deletes ask it (`trash` below) instead of using `.trash/`. */
  osTrash: boolean;
}

export type ToWorker =
  | { type: 'call'; id: number; method: CairnMethod; arg: unknown }
  | { type: 'close' }
  | { type: 'trashed'; id: number; ok: true }
  | { type: 'trashed'; id: number; ok: false; error: CairnErrorDTO };

export type FromWorker =
  | { type: 'started'; root: string }
  | { type: 'failed'; error: CairnErrorDTO }
  | { type: 'result'; id: number; ok: true; value: unknown }
  | { type: 'result'; id: number; ok: false; error: CairnErrorDTO }
  | { type: 'event'; event: CairnEvent }
  /** The worker asks its host to move a file to the system's trash (only the host's thread can). */
  | { type: 'trash'; id: number; path: string }
  | { type: 'closed' };
