// Writes a set of files as a deterministic tar (sorted, parents first, fixed mtime and owner), optionally
// gzip'd, to a temp file renamed into place only when complete; returns its sha256 and size.
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { removeDeadPartials, partialName } from '../files/leftovers.js';
import { ConfigurationError, quoteText } from '../errors/errors.js';
import { writingTo, type PathOwner } from '../errors/fs-errors.js';
import { BLOCK, encodeHeader, endOfArchive, padding } from '../tar/tar-header.js';
import { compareTarPaths, parentDirectories } from '../tar/tar-writer.js';
import { PieceWriter } from './piece-writer.js';

/** Gzip members deflated at once, on zlib's thread pool. */
const GZIP_PARALLEL = Math.max(2, Math.min(8, availableParallelism()));

export interface ArchiveFile {
  /** Path inside the archive, '/'-separated, relative. */
  path: string;
  size: number;
  mode?: number;
  /** Opened only when the writer reaches this entry; a promise when the data may still be on its way. */
  data: () => Buffer | Readable | LocalFile | Promise<LocalFile>;
  /** Already compressed (a gzip'd layer): not worth deflating again, so no piece of it is sampled. */
  incompressible?: boolean;
}

/** Data that sits in a local file of exactly the entry's size: read straight into the archive's buffers. */
export interface LocalFile {
  file: string;
  /** A spool file nothing reads again: deleted once copied, so the disk holds the archive and not the blobs twice. */
  once?: boolean;
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
  const gzip = options.compression === 'gzip';
  const { signal, mtime } = options;
  let handle: FileHandle | undefined;
  let writer: PieceWriter | undefined;
  try {
    handle = await open(temp, 'w');
    // Uncompressed, the file's own hash is the tar's: no second hash over the bytes.
    writer = new PieceWriter(handle, { gzip, level: options.gzipLevel ?? 6, parallel: GZIP_PARALLEL, hashInput: gzip && !!options.hashTar, signal });
    for (const entry of orderEntries(files, options.symlinks, options.directories)) {
      signal?.throwIfAborted();
      if (entry.kind === 'dir') {
        const mode = options.directoryModes?.get(entry.path) ?? options.directoryMode ?? 0o755;
        await writer.write(encodeHeader({ path: entry.path, type: 'directory', mode, mtime }));
      } else if (entry.kind === 'symlink') {
        await writer.write(encodeHeader({ path: entry.link.path, type: 'symlink', linkname: entry.link.target, mode: 0o777, mtime }));
      } else {
        const { file } = entry;
        await writer.write(encodeHeader({ path: file.path, type: 'file', size: file.size, mode: file.mode ?? 0o644, mtime }));
        await writeData(writer, file);
        await writer.write(padding(file.size));
      }
    }
    await writer.write(endOfArchive());
    const written = await writer.finish();
    await handle.close();
    handle = undefined;
    await rename(temp, output);
    return { path: output, sha256: written.sha256, size: written.size, tarSha256: gzip ? written.inputSha256 : written.sha256 };
  } catch (err) {
    await writer?.settle();
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw signal?.aborted ? signal.reason : err;
  }
}

/** One file's bytes, exactly as many as announced. */
async function writeData(writer: PieceWriter, file: ArchiveFile): Promise<void> {
  const data = await file.data();
  const incompressible = file.incompressible ?? false;
  const wrongSize = (sent: number) => new Error(`tar entry ${file.path}: ${sent} bytes instead of ${file.size}`);
  if (Buffer.isBuffer(data)) {
    if (data.length !== file.size) throw wrongSize(data.length);
    await writer.write(data, incompressible);
  } else if (isLocalFile(data)) {
    const source = await open(data.file, 'r');
    try {
      const { size } = await source.stat();
      if (size !== file.size) throw wrongSize(size);
      await writer.copyFrom(source, file.size, incompressible, `tar entry ${file.path}`);
    } finally {
      await source.close();
    }
    if (data.once) await rm(data.file, { force: true });
  } else {
    let sent = 0;
    for await (const chunk of data) {
      sent += (chunk as Buffer).length;
      if (sent > file.size) throw new Error(`tar entry ${file.path}: more than the ${file.size} bytes announced`);
      await writer.write(chunk as Buffer, incompressible);
    }
    if (sent !== file.size) throw wrongSize(sent);
  }
}

function isLocalFile(data: Buffer | Readable | LocalFile): data is LocalFile {
  return typeof (data as LocalFile).file === 'string';
}
