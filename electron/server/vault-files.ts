import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { CairnError } from '../contract';
import { checkNoteId } from '../core/vault/paths';
import { isIgnoredSegment } from '../core/vault/vault-fs';

/** What resolves a vault id to a real path inside the vault, symlinks included (NodeVaultFs). */
export interface VaultFileResolver {
  resolve(id: string, options: { mustExist: boolean }): Promise<string>;
}

export const VAULT_ROUTE = '/vault/';

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.bmp': 'image/bmp',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.m4a': 'audio/mp4',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

/**
 * `GET /vault/<id>`: a vault file (an image, an attachment) for the reading view. The id goes through the
 * core's checks (no `..`, no absolute path, real path inside the vault through symlinks); hidden folders
 * (`.cairn`, `.git`) are not served. The answer runs nothing: a sandboxing CSP, no sniffing, and types
 * outside the list download instead of rendering.
 */
export async function serveVaultFile(resolver: VaultFileResolver, urlPath: string, head: boolean, response: ServerResponse): Promise<void> {
  const fail = (status: number, message: string): void => {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    response.end(message);
  };
  let id: string;
  try {
    id = checkNoteId(urlPath.slice(VAULT_ROUTE.length).split('/').map(decodeURIComponent).join('/'));
  } catch (error) {
    return fail(error instanceof CairnError && error.code === 'forbidden' ? 403 : 400, error instanceof CairnError ? error.message : 'Bad path');
  }
  if (id.split('/').some(isIgnoredSegment)) return fail(404, 'Not found');
  let real: string;
  try {
    real = await resolver.resolve(id, { mustExist: true });
  } catch (error) {
    const code = error instanceof CairnError ? error.code : 'not-found';
    return fail(code === 'forbidden' ? 403 : 404, code === 'forbidden' ? 'Path leaves the vault' : 'Not found');
  }
  const stat = await fs.stat(real).catch(() => null);
  if (!stat?.isFile()) return fail(404, 'Not found');
  const type = TYPES[path.extname(real).toLowerCase()];
  response.writeHead(200, {
    'content-type': type ?? 'application/octet-stream',
    'content-length': String(stat.size),
    'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
    ...(type ? {} : { 'content-disposition': 'attachment' }),
  });
  if (head) return void response.end();
  const stream = createReadStream(real);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}
