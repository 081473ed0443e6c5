import type { NoteId } from '../../../../electron/contract';

/**
 * Where the host serves a vault file: Electron's `cairn-vault:` protocol, or the browser-mode server's
 * `/vault/` route (authenticated by the session cookie). Both resolve the path inside the vault only.
 */
export function attachmentUrl(id: NoteId): string {
  const path = id.split('/').map(encodeURIComponent).join('/');
  return window.cairn ? `cairn-vault://vault/${path}` : `/vault/${path}`;
}
