import { pathToFileURL } from 'node:url';
import { net, protocol, type Session } from 'electron';
import { CairnError } from '../contract';
import { checkNoteId } from '../core/vault/paths';
import { isIgnoredSegment } from '../core/vault/vault-fs';

export const VAULT_SCHEME = 'cairn-vault';

/** Resolves a vault id to its real path inside the vault (NodeVaultFs). */
export interface VaultFileResolver {
  resolve(id: string, options: { mustExist: boolean }): Promise<string>;
}

/** Must run before the app is ready: the scheme behaves as a standard, secure origin for <img> and <video>. */
export function registerVaultScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: VAULT_SCHEME, privileges: { standard: true, secure: true, stream: true } }]);
}

/**
 * `cairn-vault://vault/<id>`: the Electron twin of the server's /vault/ route. The id passes the core's
 * checks and resolves, symlinks included, inside the open vault; hidden folders are not served.
 */
export function handleVaultScheme(session: Session, vault: () => VaultFileResolver | null): void {
  session.protocol.handle(VAULT_SCHEME, async (request) => {
    const refuse = (status: number): Response => new Response(null, { status });
    const resolver = vault();
    const url = new URL(request.url);
    if (!resolver || url.host !== 'vault' || request.method !== 'GET') return refuse(404);
    let id: string;
    try {
      id = checkNoteId(url.pathname.slice(1).split('/').map(decodeURIComponent).join('/'));
    } catch {
      return refuse(400);
    }
    if (id.split('/').some(isIgnoredSegment)) return refuse(404);
    try {
      const real = await resolver.resolve(id, { mustExist: true });
      const file = await net.fetch(pathToFileURL(real).toString());
      const headers = new Headers(file.headers);
      headers.set('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
      headers.set('x-content-type-options', 'nosniff');
      return new Response(file.body, { status: file.status, headers });
    } catch (error) {
      return refuse(error instanceof CairnError && error.code === 'forbidden' ? 403 : 404);
    }
  });
}
