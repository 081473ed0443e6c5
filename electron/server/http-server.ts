import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { isCairnMethod, toErrorDTO, toWire, type CairnApi, type CairnEvent, type CairnErrorDTO } from '../contract';
import { readJsonBody } from './request-body';
import { allowedHosts, allowedOrigins, bearerToken, COOKIE_NAME, cookieToken, isPageHost, newInstanceHost, newToken, sameToken, type Names } from './security';
import { readStatic } from './static-files';
import { serveVaultFile, VAULT_ROUTE, type VaultFileResolver } from './vault-files';

export interface EventSource {
  on(listener: (event: CairnEvent) => void): () => void;
}

export interface ServerOptions {
  api: CairnApi;
  events: EventSource;
  /** Built renderer folder (out/renderer); API-only when absent. */
  staticDir?: string;
  /** Serves vault files (images, attachments) at /vault/<id>; absent, that route is not found. */
  vaultFiles?: VaultFileResolver;
  port?: number;
  token?: string;
  /** The instance's own host name; a new `cairn-<random>.localhost` when absent. */
  hostName?: string;
}

export interface RunningServer {
  /** `http://cairn-<random>.localhost:<port>/`: the name pages are opened by, this instance's alone. */
  url: string;
  /** The URL to open: carries the token once; the server swaps it for a cookie of this host name only. */
  openUrl: string;
  /** The instance's own host name. */
  hostName: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** A WebSocket here only carries events out: anything a client sends is refused, and large frames first. */
const MAX_WS_PAYLOAD = 64 * 1024;
const csp = (names: Names): string =>
  `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; media-src 'self'; connect-src 'self' ws://${names.host}:${names.port}; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/** Browser-mode host: the contract over HTTP (POST /api/<method>) and events over one WebSocket. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? newToken();
  const staticDir = options.staticDir ? path.resolve(options.staticDir) : null;
  const names: Names = { host: options.hostName ?? newInstanceHost(), port: 0 };
  const onRequest = (request: IncomingMessage, response: ServerResponse): void => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, { ok: false, error: { code: 'internal', message: 'Internal error' } });
      console.error('cairn server:', (error as Error).message);
    });
  };

  const refuse = (response: ServerResponse, status: number, message: string): void => {
    send(response, status, { ok: false, error: { code: status === 401 ? 'forbidden' : status === 404 ? 'not-found' : 'forbidden', message } });
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts(names).has(request.headers.host ?? '')) return refuse(response, 403, 'Host not allowed');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${names.port}`);
    const queryToken = url.searchParams.get('token');
    if (queryToken !== null) {
      if (!sameToken(queryToken, token)) return refuse(response, 401, 'Bad token');
      // The cookie lives on the instance's own name only: opened by 127.0.0.1 or localhost, go there first.
      const headers: Record<string, string> = isPageHost(request, names)
        ? // Swap the token in the URL for a cookie, so it does not sit in history or referrers.
          { 'set-cookie': `${COOKIE_NAME}=${token}; HttpOnly; SameSite=Strict; Path=/`, location: '/' }
        : { location: `http://${names.host}:${names.port}/?token=${token}` };
      response.writeHead(302, { ...headers, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
      response.end();
      return;
    }
    const authorised = sameToken(cookieToken(request, names), token) || sameToken(bearerToken(request), token);
    if (!authorised) return refuse(response, 401, 'Missing or bad token: open the URL printed by the server.');
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins(names).has(origin)) return refuse(response, 403, 'Origin not allowed');

    if (url.pathname.startsWith('/api/')) return api(url.pathname.slice(5), request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'Method not allowed');
    if (url.pathname.startsWith(VAULT_ROUTE) && options.vaultFiles) return serveVaultFile(options.vaultFiles, url.pathname, request.method === 'HEAD', response);
    const file = staticDir ? await readStatic(staticDir, url.pathname) : null;
    if (!file) return refuse(response, 404, 'Not found');
    response.writeHead(200, {
      'content-type': file.type,
      'content-security-policy': csp(names),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': file.type.startsWith('text/html') ? 'no-store' : 'max-age=3600',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function api(method: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST') return refuse(response, 405, 'Use POST for API calls');
    if (!isCairnMethod(method)) return send(response, 404, { ok: false, error: { code: 'not-found', message: `Unknown method: ${method}` } });
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(response, 415, { ok: false, error: { code: 'bad-request', message: 'Content-Type must be application/json' } });
    }
    const body = await readJsonBody(request);
    if (!body.ok) {
      return send(response, body.status, { ok: false, error: { code: 'bad-request', message: body.message } });
    }
    try {
      const fn = options.api[method] as (arg: unknown) => Promise<unknown>;
      const value = await fn.call(options.api, body.arg);
      send(response, 200, { ok: true, value: toWire(method, value) });
    } catch (error) {
      const dto = toErrorDTO(error);
      if (dto.code === 'internal') console.error(`cairn server: ${method}: ${dto.message}`);
      send(response, statusFor(dto), { ok: false, error: dto });
    }
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_WS_PAYLOAD });
  const sockets = new Set<WebSocket>();
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // A reset or a bad frame is that client's problem: without a listener, Node ends the whole server.
    socket.on('error', () => socket.destroy());
    const reject = (status: number, text: string): void => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\n\r\n`);
    };
    if (!allowedHosts(names).has(request.headers.host ?? '')) return reject(403, 'Forbidden');
    if (!allowedOrigins(names).has(request.headers.origin ?? '')) return reject(403, 'Forbidden');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${names.port}`);
    const authorised = sameToken(cookieToken(request, names), token) || sameToken(url.searchParams.get('token'), token);
    if (!authorised) return reject(401, 'Unauthorized');
    if (url.pathname !== '/events') return reject(404, 'Not Found');
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      // ws reports a malformed frame (oversize, unmasked, bad opcode, RSV bits, bad UTF-8) as an 'error'
      // event and closes with 1002/1007/1009 itself; this listener keeps it from ending the process.
      ws.on('error', () => {
        sockets.delete(ws);
        ws.terminate();
      });
      ws.on('message', () => ws.close(1008, 'Events only'));
    });
  };
  const unsubscribe = options.events.on((event) => {
    const text = JSON.stringify(event);
    for (const ws of sockets) ws.send(text);
  });

  const servers = await listenOnLoopback(options.port ?? 0, () => {
    const server = createServer(onRequest);
    server.on('upgrade', onUpgrade);
    return server;
  });
  names.port = (servers[0]?.address() as AddressInfo).port;
  const url = `http://${names.host}:${names.port}/`;
  return {
    url,
    openUrl: `${url}?token=${token}`,
    hostName: names.host,
    port: names.port,
    token,
    close: async () => {
      unsubscribe();
      for (const ws of sockets) ws.terminate();
      wss.close();
      await Promise.all(servers.map((server) => closeServer(server)));
    },
  };
}

/**
 * Listens on 127.0.0.1 and on ::1 at the same port. Browsers resolve `*.localhost` to both and try ::1
 * first: were ::1 free at our port, another local user's process could take it and receive the session
 * cookie. Without IPv6 there is no ::1 to take, and 127.0.0.1 alone is enough.
 */
async function listenOnLoopback(requested: number, make: () => Server): Promise<Server[]> {
  for (let attempt = 0; ; attempt++) {
    const v4 = make();
    await listen(v4, requested, '127.0.0.1');
    const port = (v4.address() as AddressInfo).port;
    const v6 = make();
    try {
      await listen(v6, port, '::1');
      return [v4, v6];
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT') return [v4];
      await closeServer(v4);
      if (requested !== 0 || attempt >= 10) throw new Error(`Port ${port} is taken on ::1 by another program: choose another --port.`, { cause: error });
    }
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  response.end(text);
}

function statusFor(error: CairnErrorDTO): number {
  switch (error.code) {
    case 'bad-request':
      return 400;
    case 'forbidden':
      return 403;
    case 'not-found':
      return 404;
    case 'conflict':
      return 409;
    case 'unsupported':
      return 501;
    default:
      return 500;
  }
}
