import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The session cookie's name. Browsers scope cookies by host name, not by port: set on 127.0.0.1, it would
 * go to every service on 127.0.0.1 and a second Cairn would overwrite it. It is set only on the
 * instance's own host name (below), so it reaches that instance alone.
 */
export const COOKIE_NAME = 'cairn_token';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * A host name of this instance alone, `cairn-<random>.localhost`: browsers resolve every `*.localhost`
 * name to loopback without asking DNS (RFC 6761), and keep a host-only cookie to that exact name.
 */
export function newInstanceHost(): string {
  return `cairn-${randomBytes(8).toString('hex')}.localhost`;
}

/** Where this server is reached: its own name for pages, the plain loopback names for scripts with a bearer token. */
export interface Names {
  /** `cairn-<random>.localhost` */
  host: string;
  port: number;
}

export function sameToken(a: string | undefined | null, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The session cookie, read only on the instance's own host name, where it was set. */
export function cookieToken(request: IncomingMessage, names: Names): string | null {
  const header = request.headers.cookie;
  if (!header || !isPageHost(request, names)) return null;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE_NAME) return rest.join('=');
  }
  return null;
}

export function bearerToken(request: IncomingMessage): string | null {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7) : null;
}

/** Whether the request came by the instance's own name (the browser's way in), not a plain loopback name. */
export function isPageHost(request: IncomingMessage, names: Names): boolean {
  return request.headers.host === `${names.host}:${names.port}`;
}

/** DNS rebinding defence: only our own names, with our port. */
export function allowedHosts(names: Names): Set<string> {
  return new Set([`${names.host}:${names.port}`, `127.0.0.1:${names.port}`, `localhost:${names.port}`]);
}

export function allowedOrigins(names: Names): Set<string> {
  return new Set([`http://${names.host}:${names.port}`, `http://127.0.0.1:${names.port}`, `http://localhost:${names.port}`]);
}
