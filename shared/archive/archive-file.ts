// Writes a set of files as a deterministic tar (sorted, parents first, fixed mtime and owner), optionally
// gzip'd, to a temp file renamed into place only when complete; returns its sha256 and size.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { removeDeadPartials, partialName } from '../files/leftovers.js';
import { ConfigurationError, quoteText } from '../errors/errors.js';
import { writingTo, type PathOwner } from '../errors/fs-errors.js';
import { ParallelGzip } from '../tar/gzip.js';
import { BLOCK, encodeHeader, endOfArchive } from '../tar/tar-header.js';
import { TarWriter, compareTarPaths, parentDirectories } from '../tar/tar-writer.js';

export interface ArchiveFile {
  /** Path inside the archive, '/'-separated, relative. */
  path: string;
  size: number;
  mode?: number;
  /** Opened only when the writer reaches this entry. */
  data: () => Buffer | Readable;
}

export interface ArchiveSymlink {
  path: string;
  target: string;
}

export interface ArchiveOptions {
  compression: 'gzip' | 'none';
  /** Seconds since the epoch for every entry. */
  mtime: number;
  /** Deflate level for pieces worth compressing (default 6); incompressible pieces are stored. */
  gzipLevel?: number;
  /** Extra folder entries to include even when empty. */
  directories?: string[];
  symlinks?: ArchiveSymlink[];
  /** Folder mode (default 0755), and per-folder modes ('a/b/' → 0o750) that override it. */
  directoryMode?: number;
  directoryModes?: ReadonlyMap<string, number>;
  /** Also hash the uncompressed tar (an image layer's diffID); other archives skip that second pass. */
  hashTar?: boolean;
  /** The input that named `output`: a local write failure is reported against it (fs-errors). */
  owner?: PathOwner;
  /** Stops the write (a cancelled run): the partial file is removed and the call fails with the abort's reason. */
  signal?: AbortSignal;
}

export interface ArchiveResult {
  path: string;
  /** Hex sha256 and size of the file as written (compressed when gzip). */
  sha256: string;
  size: number;
  /** Hex sha256 of the uncompressed tar (an image layer's diffID), when asked for or when not compressed. */
  tarSha256?: string;
}

/** The latest mtime a USTAR header holds: 11 octal digits (year 2242; RFC 3339 dates go further). */
export const MAX_ARCHIVE_MTIME = 0o77777777777;

/**
 * SOURCE_DATE_EPOCH when set, else 0. reproducible-builds.org: whole seconds since the epoch, and a
 * malformed value is an error, never a silent 0 (nor milliseconds that overflow the tar header).
 */
export function archiveMtime(): number {
  const text = process.env.SOURCE_DATE_EPOCH;
  if (text === undefined || text === '') return 0;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > MAX_ARCHIVE_MTIME) {
    const hint = /^\d{13}$/.test(text) ? ' (this looks like milliseconds)' : '';
    throw new ConfigurationError(
      `SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 from 0 to ${MAX_ARCHIVE_MTIME}${hint}, got ${quoteText(text)}; for example $(git log -1 --format=%ct).`,
    );
  }
  return value;
}

class HashAndCount extends Transform {
  readonly hash = createHash('sha256');
  bytes = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    callback(null, chunk);
  }
}

type Entry = { kind: 'dir'; path: string } | { kind: 'file'; file: ArchiveFile } | { kind: 'symlink'; link: ArchiveSymlink };

function entryPath(entry: Entry): string {
  return entry.kind === 'dir' ? entry.path : entry.kind === 'file' ? entry.file.path : entry.link.path;
}

/** Every entry once, parents first, in byte-wise path order. A path given twice is a bug in the caller. */
export function orderEntries(files: ArchiveFile[], symlinks: ArchiveSymlink[] = [], directories: string[] = []): Entry[] {
  const entries = new Map<string, Entry>();
  const addDir = (path: string) => {
    if (!entries.has(path)) entries.set(path, { kind: 'dir', path });
  };
  directories.forEach((d) => {
    parentDirectories(d).forEach(addDir);
    addDir(d.endsWith('/') ? d : `${d}/`);
  });
  const addLeaf = (path: string, entry: Entry) => {
    if (entries.has(path)) throw new Error(`archive path ${path} given twice`);
    parentDirectories(path).forEach(addDir);
    entries.set(path, entry);
  };
  files.forEach((file) => addLeaf(file.path, { kind: 'file', file }));
  symlinks.forEach((link) => addLeaf(link.path, { kind: 'symlink', link }));
  return [...entries.values()].sort((a, b) => compareTarPaths(entryPath(a), entryPath(b)));
}

/** Bytes of the uncompressed tar writeArchive would produce for these entries, without reading any data. */
export function tarSize(files: ArchiveFile[], options: Pick<ArchiveOptions, 'symlinks' | 'directories'> = {}): number {
  let total = endOfArchive().length;
  for (const entry of orderEntries(files, options.symlinks, options.directories)) {
    if (entry.kind === 'dir') total += encodeHeader({ path: entry.path, type: 'directory' }).length;
    else if (entry.kind === 'symlink') total += encodeHeader({ path: entry.link.path, type: 'symlink', linkname: entry.link.target }).length;
    else total += encodeHeader({ path: entry.file.path, type: 'file', size: entry.file.size }).length + Math.ceil(entry.file.size / BLOCK) * BLOCK;
  }
  return total;
}

export async function writeArchive(output: string, files: ArchiveFile[], options: ArchiveOptions): Promise<ArchiveResult> {
  return options.owner ? writingTo(output, options.owner, () => writeArchiveFile(output, files, options)) : writeArchiveFile(output, files, options);
}

async function writeArchiveFile(output: string, files: ArchiveFile[], options: ArchiveOptions): Promise<ArchiveResult> {
  await mkdir(dirname(output), { recursive: true });
  await removeDeadPartials(dirname(output), basename(output));
  const temp = join(dirname(output), partialName(basename(output)));
  const tar = new TarWriter();
  const gzip = options.compression === 'gzip';
  // Uncompressed, the file's own hash is the tar's: no second pass over the bytes.
  const tarHash = gzip && options.hashTar ? new HashAndCount() : undefined;
  const counter = new HashAndCount();
  const stages = [tar.output, ...(tarHash ? [tarHash] : []), ...(gzip ? [new ParallelGzip(options.gzipLevel)] : []), counter];
  const written = pipeline([...stages, createWriteStream(temp)], options.signal ? { signal: options.signal } : {});
  const produce = (async () => {
    for (const entry of orderEntries(files, options.symlinks, options.directories)) {
      options.signal?.throwIfAborted();
      const mtime = options.mtime;
      if (entry.kind === 'dir') {
        const mode = options.directoryModes?.get(entry.path) ?? options.directoryMode ?? 0o755;
        await tar.add({ path: entry.path, type: 'directory', mode, mtime });
      }
      else if (entry.kind === 'symlink') await tar.add({ path: entry.link.path, type: 'symlink', linkname: entry.link.target, mode: 0o777, mtime });
      else await tar.add({ path: entry.file.path, type: 'file', size: entry.file.size, mode: entry.file.mode ?? 0o644, mtime }, entry.file.data());
    }
    await tar.finish();
  })();
  try {
    await Promise.all([produce.catch((err: Error) => {
      tar.abort(err);
      throw err;
    }), written]);
    await rename(temp, output);
  } catch (err) {
    await rm(temp, { force: true });
    throw options.signal?.aborted ? options.signal.reason : err;
  }
  const sha256 = counter.hash.digest('hex');
  return { path: output, sha256, size: counter.bytes, tarSha256: gzip ? tarHash?.hash.digest('hex') : sha256 };
}
