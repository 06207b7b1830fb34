// A failure of this machine, not of a registry: a full disk, a read-only or unwritable folder. Reported
// once, naming the path and the input (or setting) that chose it; never blamed on an image.
import { ConfigurationError } from './errors.js';

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOENT: 'no such file or folder',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** The errno code of a file-system error, if it is one. */
export function fsErrorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code in REASONS ? code : undefined;
}

/** A local write that failed, as one sentence: `<where>: cannot write <path>: no space left on the device`. */
export class LocalIoError extends ConfigurationError {
  constructor(
    readonly path: string,
    readonly code: string,
    /** What chose the path: `Input 'output'`, or `RUNNER_TEMP (the spool for blobs)`. */
    readonly where: string,
  ) {
    super(`${where}: cannot write ${path}: ${REASONS[code] ?? code}`);
    this.name = 'LocalIoError';
  }
}

/** `err` as a LocalIoError when it is a file-system error, else `err` itself. */
export function asLocalError(err: unknown, path: string, where: string): unknown {
  if (err instanceof LocalIoError) return err;
  const code = fsErrorCode(err);
  return code ? new LocalIoError(path, code, where) : err;
}
