import type { IncomingMessage } from 'node:http';

/** A saved note is at most 16 MB of text; JSON escapes can make its body larger, never 20 MB of it. */
export const MAX_BODY = 20 * 1024 * 1024;
/** Every argument of the contract is a few levels deep; deeper JSON only costs the server its stack. */
export const MAX_DEPTH = 32;
/** What is read and thrown away of an oversize body so the client gets its 413 rather than a reset. */
const DRAIN_LIMIT = 4 * MAX_BODY;

export type BodyResult = { ok: true; arg: unknown } | { ok: false; status: 400 | 413; message: string };

/** Reads `{ "arg": … }`: size, nesting and shape are checked before anything else sees it. */
export async function readJsonBody(request: IncomingMessage): Promise<BodyResult> {
  const declared = Number(request.headers['content-length'] ?? 0);
  const text = declared > MAX_BODY ? null : await collect(request);
  if (text === null) {
    // Answered once the client has sent it all: closing on a client still sending loses the answer in a reset.
    await drain(request);
    return { ok: false, status: 413, message: `The request body is over ${MAX_BODY / 1048576} MB.` };
  }
  if (tooDeep(text, MAX_DEPTH)) return { ok: false, status: 400, message: `The request body is nested over ${MAX_DEPTH} levels deep.` };
  let body: unknown;
  try {
    body = JSON.parse(text || '{}');
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid JSON.' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, status: 400, message: 'The request body must be a JSON object: { "arg": … }.' };
  return { ok: true, arg: (body as { arg?: unknown }).arg };
}

/** The body's text, or null once it passes MAX_BODY (the rest is left to `drain`). */
function collect(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= MAX_BODY) return void chunks.push(chunk);
      request.off('data', onData).off('end', onEnd);
      resolve(null);
    };
    const onEnd = (): void => resolve(Buffer.concat(chunks).toString('utf8'));
    request.on('data', onData).on('end', onEnd).on('error', reject);
  });
}

/** Reads and discards the rest of a refused body, up to a bound past which the connection is cut. */
function drain(request: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    if (request.readableEnded) return resolve();
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > DRAIN_LIMIT) {
        request.destroy();
        resolve();
      }
    });
    request.on('end', () => resolve()).on('error', () => resolve()).on('close', () => resolve());
    request.resume();
  });
}

/** Whether JSON text nests deeper than `limit`, found in one pass that skips strings. */
export function tooDeep(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
