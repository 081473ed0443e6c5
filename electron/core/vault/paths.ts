import path from 'node:path';
import { CairnError, type NoteId } from '../../contract';
import { isIgnoredSegment } from './vault-fs';

/**
 * Checks a NoteId from a request before any I/O: relative, POSIX, no `..`, no NUL, no drive letters.
 * Returns the normalised id. Symlinks are checked separately, against the real path.
 */
export function checkNoteId(id: unknown): NoteId {
  if (typeof id !== 'string' || id.length === 0) throw new CairnError('bad-request', 'A note id must be a non-empty string.');
  if (id.length > 1024) throw new CairnError('bad-request', 'A note id is at most 1024 characters.');
  if (id.includes('\0')) throw new CairnError('bad-request', 'A note id cannot contain NUL.');
  // A backslash separates folders only on Windows; elsewhere it is a letter of a file name, and such
  // files must open like any other (`..\\x` is then one odd name, not a way up).
  if (path.sep === '\\' && id.includes('\\')) throw new CairnError('bad-request', `Note ids use "/" as separator: ${id}`);
  if (id.startsWith('/') || /^[a-zA-Z]:/.test(id)) throw new CairnError('forbidden', `Absolute paths are refused: ${id}`);
  const normalised = path.posix.normalize(id);
  if (normalised === '..' || normalised.startsWith('../') || normalised === '.' || normalised.endsWith('/')) {
    throw new CairnError('forbidden', `Path leaves the vault: ${id}`);
  }
  if (normalised.split('/').some((segment) => segment === '..')) throw new CairnError('forbidden', `Path leaves the vault: ${id}`);
  return normalised;
}

/** The one hidden folder the app writes in (review history, drafts); every other is the person's or a tool's. */
export const APP_FOLDER = '.cairn';

/**
 * A write also stays out of hidden folders (`.git`, `.obsidian` …) and `node_modules`: files there are not
 * notes, and a write into `.git/hooks` or a tool's config is how a request would become code.
 */
export function checkWritableId(id: unknown): NoteId {
  const checked = checkNoteId(id);
  const segments = checked.split('/');
  const hidden = segments.findIndex((segment, i) => isIgnoredSegment(segment) && !(i === 0 && segment === APP_FOLDER && segments.length > 1));
  if (hidden >= 0) throw new CairnError('forbidden', `Cannot write ${id}: ${segments[hidden]} is hidden (names starting with "." and node_modules are not the vault's notes).`);
  return checked;
}

export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export function toNoteId(root: string, absolute: string): NoteId {
  return path.relative(root, absolute).split(path.sep).join('/');
}
