import { cairnMethodNames, fromWire, type CairnApi, type CairnErrorDTO, type CairnEvent } from '../../../../electron/contract';
import type { CairnClient, Unsubscribe } from './types';
import { t } from '../../i18n/i18n';

export class CairnCallError extends Error {
  constructor(
    readonly code: CairnErrorDTO['code'],
    message: string,
  ) {
    super(message);
    this.name = 'CairnCallError';
  }
}

type Envelope = { ok: true; value: unknown } | { ok: false; error: CairnErrorDTO };

/**
 * Browser mode: every method is a POST to /api/<method>; events come over one WebSocket.
 * The session cookie set by the server at `/?token=…` authenticates both.
 */
export function createHttpClient(base: URL = new URL(location.href)): CairnClient {
  const listeners = new Set<(event: CairnEvent) => void>();
  const api = {} as Record<string, (arg?: unknown) => Promise<unknown>>;
  for (const method of cairnMethodNames) {
    api[method] = async (arg?: unknown) => {
      let response: Response;
      try {
        response = await fetch(new URL(`/api/${method}`, base), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify(arg === undefined ? {} : { arg }),
        });
      } catch {
        // The request never reached a server (it stopped, or the network went): the browser's own message says nothing useful.
        throw new CairnCallError('internal', t('errors.offline'));
      }
      if (response.status === 401) throw new CairnCallError('forbidden', t('errors.session'));
      const envelope = (await response.json()) as Envelope;
      if (!envelope.ok) throw new CairnCallError(envelope.error.code, envelope.error.message);
      return fromWire(method, envelope.value);
    };
  }
  let socket: WebSocket | null = null;
  let retry = 500;
  const connect = (): void => {
    const url = new URL('/events', base);
    url.protocol = base.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(url);
    socket.onmessage = (message) => {
      const event = JSON.parse(String(message.data)) as CairnEvent;
      for (const listener of listeners) listener(event);
    };
    socket.onopen = () => (retry = 500);
    socket.onclose = () => {
      if (listeners.size === 0) return;
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 10_000);
    };
  };
  const onEvent = (listener: (event: CairnEvent) => void): Unsubscribe => {
    listeners.add(listener);
    if (!socket) connect();
    return () => listeners.delete(listener);
  };
  return { ...(api as unknown as CairnApi), onEvent };
}
