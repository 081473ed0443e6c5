import type { CairnEvent } from '../../contract';
import type { ApiUnderTest } from './contract-suite';

/** Collects events from anything with `on(listener)` and lets a test wait for one. */
export function eventRecorder(source: { on(listener: (event: CairnEvent) => void): () => void }): Pick<ApiUnderTest, 'events' | 'waitFor'> & { stop: () => void } {
  const events: CairnEvent[] = [];
  const waiters = new Set<{ predicate: (e: CairnEvent) => boolean; resolve: (e: CairnEvent) => void }>();
  const stop = source.on((event) => {
    events.push(event);
    for (const waiter of waiters) {
      if (waiter.predicate(event)) {
        waiters.delete(waiter);
        waiter.resolve(event);
      }
    }
  });
  const waitFor = (predicate: (e: CairnEvent) => boolean, timeoutMs = 5000): Promise<CairnEvent> => {
    const seen = events.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = { predicate, resolve };
      waiters.add(waiter);
      setTimeout(() => {
        if (waiters.delete(waiter)) reject(new Error(`no matching event within ${timeoutMs} ms; got ${events.map((e) => e.type).join(', ')}`));
      }, timeoutMs);
    });
  };
  return { events, waitFor, stop };
}
