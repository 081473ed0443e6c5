import type { CairnErrorDTO, CairnEvent, CairnMethod, HostKind } from '../../contract';

export interface WorkerData {
  dir: string;
  host: HostKind;
  watch: boolean;
}

export type ToWorker = { type: 'call'; id: number; method: CairnMethod; arg: unknown } | { type: 'close' };

export type FromWorker =
  | { type: 'started'; root: string }
  | { type: 'failed'; error: CairnErrorDTO }
  | { type: 'result'; id: number; ok: true; value: unknown }
  | { type: 'result'; id: number; ok: false; error: CairnErrorDTO }
  | { type: 'event'; event: CairnEvent }
  | { type: 'closed' };
