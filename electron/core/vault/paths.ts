import path from 'node:path';
import { CairnError, type NoteId } from '../../contract';

/**
 * Checks a NoteId from a request before any I/O: relative, POSIX, no `..`, no NUL, no drive letters.
 * Returns the normalised id. Symlinks are checked separately, against the real path.
 */
export function checkNoteId(id: unknown): NoteId {
  if (typeof id !== 'string' || id.length === 0) throw new CairnError('bad-request', 'A note id must be a non-empty string.');
  if (id.length > 1024) throw new CairnError('bad-request', 'A note id is at most 1024 characters.');
  if (id.includes('\0')) throw new CairnError('bad-request', 'A note id cannot contain NUL.');
  if (id.includes('\\')) throw new CairnError('bad-request', `Note ids use "/" as separator: ${id}`);
  if (id.startsWith('/') || /^[a-zA-Z]:/.test(id)) throw new CairnError('forbidden', `Absolute paths are refused: ${id}`);
  const normalised = path.posix.normalize(id);
  if (normalised === '..' || normalised.startsWith('../') || normalised === '.' || normalised.endsWith('/')) {
    throw new CairnError('forbidden', `Path leaves the vault: ${id}`);
  }
  if (normalised.split('/').some((segment) => segment === '..')) throw new CairnError('forbidden', `Path leaves the vault: ${id}`);
  return normalised;
}

export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export function toNoteId(root: string, absolute: string): NoteId {
  return path.relative(root, absolute).split(path.sep).join('/');
}
