import { request as httpRequest } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { cairnMethodNames, fromWire, isGraphWire, type CairnApi, type CairnEvent, type GraphDTO } from '../contract';
import { openVaultSession, type VaultSession } from '../core/session';
import { defineContractSuite } from '../core/testing/contract-suite';
import { makeTempVault, SMALL_VAULT, type TempVault } from '../core/testing/temp-vault';
import { startServer, type RunningServer } from './http-server';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function raw(port: number, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** A Node client of the browser-mode protocol, generated from the method record like the renderer's. */
function httpApi(server: RunningServer): CairnApi {
  const api: Record<string, (arg?: unknown) => Promise<unknown>> = {};
  for (const method of cairnMethodNames) {
    api[method] = async (arg?: unknown) => {
      const res = await raw(server.port, `/api/${method}`, {
        method: 'POST',
        headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
        body: JSON.stringify(arg === undefined ? {} : { arg }),
      });
      const envelope = JSON.parse(res.body) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!envelope.ok) throw new Error(envelope.error?.message);
      return fromWire(method, envelope.value);
    };
  }
  return api as unknown as CairnApi;
}

/** The page's own host name, as the browser sends it (Node cannot be trusted to resolve `*.localhost`). */
const pageHost = (server: RunningServer): string => `${server.hostName}:${server.port}`;

function connectEvents(server: RunningServer, headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/events`, { headers: { host: pageHost(server), ...headers } });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

defineContractSuite('browser-mode server over a real socket', async (dir) => {
  const session = await openVaultSession(dir, { host: 'browser', watch: false });
  const server = await startServer({ api: session.service, events: session.service });
  const ws = await connectEvents(server, { cookie: `cairn_token=${server.token}`, origin: `http://${pageHost(server)}` });
  const events: CairnEvent[] = [];
  const waiters: { predicate: (e: CairnEvent) => boolean; resolve: (e: CairnEvent) => void }[] = [];
  ws.on('message', (data) => {
    const event = JSON.parse(String(data)) as CairnEvent;
    events.push(event);
    for (const w of waiters.splice(0)) if (w.predicate(event)) w.resolve(event);
      else waiters.push(w);
  });
  return {
    api: httpApi(server),
    events,
    waitFor: (predicate, timeoutMs = 5000) => {
      const seen = events.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        waiters.push({ predicate, resolve });
        setTimeout(() => reject(new Error('timeout waiting for event')), timeoutMs);
      });
    },
    close: async () => {
      ws.close();
      await server.close();
      await session.close();
    },
  };
});

describe('browser-mode security', () => {
  let vault: TempVault;
  let session: VaultSession;
  let server: RunningServer;
  const host = (): Record<string, string> => ({ host: `127.0.0.1:${server.port}` });
  beforeEach(async () => {
    vault = await makeTempVault(SMALL_VAULT);
    session = await openVaultSession(vault.dir, { host: 'browser', watch: false });
    server = await startServer({ api: session.service, events: session.service });
  });
  afterEach(async () => {
    await server.close();
    await session.close();
    await vault.cleanup();
  });

  it('is opened by a host name of its own, with a fresh random token per start', async () => {
    expect(server.url).toMatch(/^http:\/\/cairn-[0-9a-f]{16}\.localhost:\d+\/$/);
    expect(server.openUrl).toBe(`${server.url}?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
    const other = await startServer({ api: session.service, events: session.service });
    expect(other.token).not.toBe(server.token);
    expect(other.hostName).not.toBe(server.hostName);
    await other.close();
  });

  it('listens on loopback only, on 127.0.0.1 and on ::1 at the same port, so no other program can take the name', async () => {
    const v4 = await raw(server.port, '/api/describeVault', { method: 'POST', headers: { ...host(), authorization: `Bearer ${server.token}`, 'content-type': 'application/json' }, body: '{}' });
    expect(v4.status).toBe(200);
    const taken = await new Promise<string>((resolve) => {
      const squatter = createNetServer();
      squatter.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      squatter.listen(server.port, '::1', () => squatter.close(() => resolve('bound')));
    });
    // Without IPv6 there is no ::1 for anyone to take.
    expect(['EADDRINUSE', 'EADDRNOTAVAIL', 'EAFNOSUPPORT']).toContain(taken);
  });

  it('answers 401 without the token and with a wrong one', async () => {
    expect((await raw(server.port, '/', { headers: host() })).status).toBe(401);
    expect((await raw(server.port, '/?token=wrong', { headers: host() })).status).toBe(401);
    const api = await raw(server.port, '/api/listNotes', { method: 'POST', headers: { ...host(), 'content-type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(401);
    expect(api.body).not.toContain('EC2');
  });

  it('swaps the URL token for an HttpOnly SameSite cookie of its own host name only', async () => {
    const res = await raw(server.port, `/?token=${server.token}`, { headers: { host: pageHost(server) } });
    expect(res.status).toBe(302);
    // No Domain attribute: a host-only cookie, sent back to cairn-<random>.localhost and nowhere else.
    expect(res.headers['set-cookie']).toEqual([`cairn_token=${server.token}; HttpOnly; SameSite=Strict; Path=/`]);
    const cookie = `cairn_token=${server.token}`;
    const api = await raw(server.port, '/api/describeVault', { method: 'POST', headers: { host: pageHost(server), cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(200);
    expect(api.headers['access-control-allow-origin']).toBeUndefined();
    // The same cookie by a plain loopback name is not ours: it was never set there.
    const byLoopback = await raw(server.port, '/api/describeVault', { method: 'POST', headers: { ...host(), cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(byLoopback.status).toBe(401);
  });

  it('sends a token URL opened by 127.0.0.1 or localhost to its own name, setting no cookie there', async () => {
    for (const name of ['127.0.0.1', 'localhost']) {
      const res = await raw(server.port, `/?token=${server.token}`, { headers: { host: `${name}:${server.port}` } });
      expect(res.status).toBe(302);
      expect(res.headers.location).toBe(server.openUrl);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('runs beside a second instance: each opens by its own name and cookie, and neither opens the other', async () => {
    const other = await startServer({ api: session.service, events: session.service });
    try {
      const ask = (target: RunningServer, by: RunningServer): Promise<Raw> =>
        raw(target.port, '/api/describeVault', { method: 'POST', headers: { host: pageHost(target), cookie: `cairn_token=${by.token}`, 'content-type': 'application/json' }, body: '{}' });
      expect((await ask(server, server)).status).toBe(200);
      expect((await ask(other, other)).status).toBe(200);
      expect((await ask(server, other)).status).toBe(401);
      expect((await ask(other, server)).status).toBe(401);
      // One instance's name is a foreign Host to the other (a browser never mixes them up).
      const crossed = await raw(server.port, '/api/describeVault', { method: 'POST', headers: { host: pageHost(other), authorization: `Bearer ${server.token}`, 'content-type': 'application/json' }, body: '{}' });
      expect(crossed.status).toBe(403);
    } finally {
      await other.close();
    }
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin with 403', async () => {
    const auth = { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' };
    expect((await raw(server.port, '/api/listNotes', { method: 'POST', headers: { ...auth, host: 'evil.example:80' }, body: '{}' })).status).toBe(403);
    expect((await raw(server.port, '/api/listNotes', { method: 'POST', headers: { ...auth, ...host(), origin: 'http://evil.example' }, body: '{}' })).status).toBe(403);
  });

  it('refuses a WebSocket from a foreign Origin or without the token', async () => {
    const cookie = `cairn_token=${server.token}`;
    await expect(connectEvents(server, { cookie, origin: 'http://evil.example' })).rejects.toThrow(/403/);
    await expect(connectEvents(server, { origin: `http://${pageHost(server)}` })).rejects.toThrow(/401/);
    await expect(connectEvents(server, { cookie, host: `127.0.0.1:${server.port}`, origin: `http://127.0.0.1:${server.port}` })).rejects.toThrow(/401/);
    const ok = await connectEvents(server, { cookie, origin: `http://${pageHost(server)}` });
    ok.close();
  });

  it('sends the graph packed (edges as node indices), which the client unpacks to what the service answered', async () => {
    const headers = { ...host(), authorization: `Bearer ${server.token}`, 'content-type': 'application/json' };
    const res = await raw(server.port, '/api/getGraph', { method: 'POST', headers, body: JSON.stringify({ arg: {} }) });
    const envelope = JSON.parse(res.body) as { ok: boolean; value: unknown };
    expect(isGraphWire(envelope.value)).toBe(true);
    const graph = fromWire('getGraph', envelope.value) as GraphDTO;
    expect(graph).toEqual(await session.service.getGraph({}));
    expect(graph.edges.length).toBeGreaterThan(0);
  });

  it('refuses unknown methods and bad bodies with a reason', async () => {
    const headers = { ...host(), authorization: `Bearer ${server.token}`, 'content-type': 'application/json' };
    const unknown = await raw(server.port, '/api/deleteEverything', { method: 'POST', headers, body: '{}' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain('Unknown method');
    const bad = await raw(server.port, '/api/readNote', { method: 'POST', headers, body: '{not json' });
    expect(bad.status).toBe(400);
    const traversal = await raw(server.port, '/api/readNote', { method: 'POST', headers, body: JSON.stringify({ arg: '../../etc/passwd' }) });
    expect(traversal.status).toBe(403);
  });
});
