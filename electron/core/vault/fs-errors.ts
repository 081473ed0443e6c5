import { CairnError } from '../../contract';

/** An id as it may appear in a message: ids reach 1,024 characters, a message should not. */
function shown(id: string): string {
  return id.length > 120 ? `${id.slice(0, 60)}…${id.slice(-40)}` : id;
}

/**
 * A file-system error as the person (or a remote client) may see it: Node's messages carry the absolute
 * path (`EACCES: permission denied, open '/home/…'`), which must not leave the machine's own log.
 */
export function fsError(error: unknown, id: string): unknown {
  if (error instanceof CairnError || !isSystemError(error)) return error;
  const code = error.code;
  const name = shown(id || '.');
  switch (code) {
    case 'ENOENT':
      return new CairnError('not-found', `No such file: ${name}`);
    case 'EACCES':
    case 'EPERM':
      return new CairnError('forbidden', `Permission denied: ${name}`);
    case 'EROFS':
      return new CairnError('forbidden', `The disk is read-only: ${name} cannot be written.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new CairnError('internal', `The disk is full: ${name} was not written, the file on disk is unchanged.`);
    case 'ENAMETOOLONG':
      return new CairnError('bad-request', `A name in ${name} is too long for the file system.`);
    case 'EISDIR':
      return new CairnError('bad-request', `${name} is a folder.`);
    case 'ENOTDIR':
      return new CairnError('bad-request', `A folder in ${name} is a file.`);
    case 'ELOOP':
      return new CairnError('forbidden', `${name} goes through a looping symlink.`);
    case 'EMFILE':
    case 'ENFILE':
      return new CairnError('internal', `Too many open files while reading ${name}; try again.`);
    default:
      return new CairnError('internal', `File system error${code ? ` ${code}` : ''} on ${name}.`);
  }
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}
