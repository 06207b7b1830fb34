// The one place that turns a local file-system error into a user message: `Input 'output': cannot write
// release.tar.gz: read-only file system`. Node's own text names the temp file it was writing (or, for a
// stream's ENOSPC, no file at all), so callers pass the path the user asked for and the input that named it.
//
// For any code that writes where a user pointed it (the transfer engine included):
//   await assertWritable(path, { input: 'output' });              // up front, before any network work
//   await assertWritableFolder(dir, { input: 'report-dir' });      // same, for an output folder
//   try { …write… } catch (err) { throw localWriteError(err, path, { input: 'output' }); }
//   await writingTo(path, { input: 'output' }, () => …write…);     // the same, as a wrapper
//   await inScratch(() => …spool blobs…);                          // scratch space: reported as RUNNER_TEMP
// `{ variable: 'RUNNER_TEMP' }` instead of `{ input }` for scratch space (makeScratchDir does that).
// localWriteError returns any error that is not a local file-system one unchanged, so it can wrap a whole
// write safely. Every translation is a LocalIoError (a ConfigurationError): the transfer engine stops the
// run on the first one instead of recording a full disk as one more image that failed.
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigurationError } from './errors.js';
import { displayPath } from '../action/inputs.js';

/** Who named the path: an action input, or an environment variable (RUNNER_TEMP). */
export type PathOwner = { input: string } | { variable: string };

/** errno codes that mean "the local disk or folder refused", with the words users see. */
const LOCAL_REASONS: Record<string, string> = {
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'is a folder',
  ENOTDIR: 'a parent is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file or folder',
  EEXIST: 'already exists',
  EFBIG: 'file too large for this file system',
  ENAMETOOLONG: 'name too long',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/**
 * A failure of this machine, not of a registry or an image: reported once, naming the path and what chose
 * it. The transfer engine stops the whole run on one, instead of recording it against each image.
 */
export class LocalIoError extends ConfigurationError {
  constructor(
    readonly path: string,
    readonly code: string,
    /** What chose the path: `Input 'output'`, or `RUNNER_TEMP (…)`. */
    readonly where: string,
  ) {
    super(`${where}: cannot write ${path}: ${LOCAL_REASONS[code] ?? code}`);
    this.name = 'LocalIoError';
  }
}

/** `Input 'output'`, or the variable's name. */
export function ownerText(owner: PathOwner): string {
  return 'input' in owner ? `Input '${owner.input}'` : owner.variable;
}

/**
 * `err` as a LocalIoError about `path` when it is a local file-system error, wherever it happened (for
 * scratch folders prel made itself); anything else as it is.
 */
export function asLocalError(err: unknown, path: string, owner: PathOwner): unknown {
  if (err instanceof ConfigurationError) return err;
  const code = localErrorCode(err);
  return code ? new LocalIoError(displayPath(path), code, ownerText(owner)) : err;
}

/** The errno code of a local file-system failure, or undefined for anything else. */
export function localErrorCode(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code in LOCAL_REASONS && typeof (err as NodeJS.ErrnoException).syscall === 'string' ? code : undefined;
}

/** Whether `inner` is `outer` or lies below it. */
function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * A local write failure as one line naming the input and the path the user gave; any other error
 * (a ConfigurationError already, a network error, a bug, a failure on some unrelated file being read)
 * is returned as it is. A failure on a temp file beside `path`, on a parent folder of it, or with no
 * path at all (a stream's ENOSPC) counts as writing `path`.
 */
export function localWriteError(err: unknown, path: string, owner: PathOwner): unknown {
  return translate(err, dirname(resolve(path)), path, owner);
}

/** A local failure at, below or above `scope` (or with no path) as the one line about `shown`. */
function translate(err: unknown, scope: string, shown: string, owner: PathOwner): unknown {
  if (err instanceof ConfigurationError) return err;
  const code = localErrorCode(err);
  if (!code) return err;
  const failed = (err as NodeJS.ErrnoException).path;
  if (failed !== undefined && !within(resolve(failed), scope) && !within(scope, resolve(failed))) return err;
  return new LocalIoError(displayPath(shown), code, ownerText(owner));
}

/** Runs a write and reports a local failure through localWriteError. */
export async function writingTo<T>(path: string, owner: PathOwner, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    throw localWriteError(err, path, owner);
  }
}

/** Creates and removes a probe file: the only test that holds for root, read-only mounts and ACLs alike. */
async function probe(dir: string): Promise<void> {
  const file = join(dir, `.prel-probe-${process.pid}-${randomBytes(4).toString('hex')}`);
  const handle = await open(file, 'wx');
  await handle.close();
  await rm(file, { force: true });
}

async function kindOf(path: string): Promise<'missing' | 'folder' | 'other'> {
  try {
    return (await lstat(path)).isDirectory() ? 'folder' : 'other';
  } catch (err) {
    // ENOTDIR: a parent is a file; the walk up in assertFolderCanHold names it.
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw err;
  }
}

/**
 * Checks that `dir` is, or could be made, a writable folder, without making it: a failed run leaves no
 * empty folders behind. The nearest existing ancestor must be a folder that takes a probe file.
 */
async function assertFolderCanHold(dir: string, owner: PathOwner, shown: string): Promise<void> {
  let at = resolve(dir);
  for (;;) {
    const kind = await kindOf(at);
    if (kind === 'folder') break;
    if (kind === 'other') {
      const what = at === resolve(shown) ? `'${displayPath(at)}' is a file, not a folder` : `cannot write ${displayPath(shown)}: '${displayPath(at)}' is a file, not a folder`;
      throw new ConfigurationError(`${ownerText(owner)}: ${what}`);
    }
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  await probe(at);
}

/** Checks, before any work, that a file can be written at `path`: not a folder, its folder writable (or creatable). */
export async function assertWritable(path: string, owner: PathOwner): Promise<void> {
  await writingTo(path, owner, async () => {
    if ((await kindOf(path)) === 'folder') {
      throw new ConfigurationError(`${ownerText(owner)}: cannot write ${displayPath(path)}: is a folder`);
    }
    await assertFolderCanHold(dirname(path), owner, path);
  });
}

/** Checks, before any work, that `dir` is (or can be made) a writable folder; a file there is refused, never replaced. */
export async function assertWritableFolder(dir: string, owner: PathOwner): Promise<void> {
  await writingTo(dir, owner, () => assertFolderCanHold(dir, owner, dir));
}

/** The scratch folder: RUNNER_TEMP on a runner, else the system's. */
export function scratchRoot(): { path: string; owner: PathOwner } {
  const runnerTemp = process.env.RUNNER_TEMP;
  return runnerTemp ? { path: runnerTemp, owner: { variable: 'RUNNER_TEMP' } } : { path: tmpdir(), owner: { variable: 'TMPDIR' } };
}

/** A new folder in the scratch space; a full or read-only one is named as RUNNER_TEMP (or TMPDIR), not as a random child. */
export async function makeScratchDir(prefix: string): Promise<string> {
  const root = scratchRoot();
  return writingTo(root.path, root.owner, async () => {
    await mkdir(root.path, { recursive: true });
    return mkdtemp(join(root.path, prefix));
  });
}

/**
 * Runs work that writes into a scratch folder (`dir`, default the whole scratch space); a local failure
 * there, or one without a path (a stream's ENOSPC), is reported against RUNNER_TEMP, not the temp file.
 * Wrap it around work whose own outputs are already reported (writeArchive with an owner): those pass.
 */
export async function inScratch<T>(body: () => Promise<T>, dir?: string): Promise<T> {
  try {
    return await body();
  } catch (err) {
    const root = scratchRoot();
    throw translate(err, resolve(dir ?? root.path), root.path, root.owner);
  }
}
