/**
 * What a failed file-system call means for the person at the terminal, in words: Node's
 * errors (`ENOENT: no such file or directory, open '/x/y.json'`) name the system call,
 * and an unhandled one arrives as a stack. The CLI reports `<path>: <what is wrong>`.
 */
const MEANING: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder (is the folder it goes in there?)',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'is a folder; give a file name',
  EEXIST: 'exists and is not a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  EBUSY: 'busy (in use by another program)',
};

export function isFileError(err: unknown): err is NodeJS.ErrnoException & { path: string } {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string' && typeof (err as NodeJS.ErrnoException).path === 'string';
}

/** `out/nodes.csv: permission denied`. */
export function describeFileError(err: NodeJS.ErrnoException & { path: string }): string {
  const code = err.code ?? '';
  return `${err.path}: ${MEANING[code] ?? `${code} (${err.syscall ?? 'file system'})`}`;
}
