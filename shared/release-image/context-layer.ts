// The image layer made from a build context: the context's files (minus .dockerignore and `exclude`)
// placed under the destination folder, as a reproducible gzip'd tar (sorted, fixed mtime, owner 0,
// permission bits kept, symlinks kept as links). Its digests are what the image manifest and config need.
import { createReadStream } from 'node:fs';
import { lstat, open, readFile, readdir, readlink } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { writeArchive, type ArchiveFile, type ArchiveSymlink } from '../archive/archive-file.js';
import { IgnoreMatcher, parseDockerignore, parseIgnorePatterns } from './dockerignore.js';
import { ConfigurationError } from '../errors/errors.js';
import { compareTarPaths } from '../tar/tar-writer.js';

export interface ContextLayerRequest {
  /** Absolute path of the context folder. */
  context: string;
  /** The context as the user wrote it, for messages. */
  contextInput: string;
  /** Absolute, normalized folder in the image (see parseDestination). */
  destination: string;
  /** Patterns from the `exclude` input, applied after the context's .dockerignore. */
  exclude: readonly string[];
  /** Absolute paths never put in the layer whatever the rules say: the build's own output (save-path). */
  leaveOut?: readonly string[];
  /** Seconds since the epoch for every entry. */
  mtime: number;
  /** Where the gzip'd layer is written. */
  output: string;
}

export interface ContextLayer {
  path: string;
  /** sha256 of the gzip'd layer: the blob digest. */
  digest: string;
  /** sha256 of the uncompressed tar: the diffID in the config. */
  diffId: string;
  size: number;
  files: number;
  symlinks: number;
  directories: number;
}

/** An absolute image path, normalized ('/pangolin/' → '/pangolin'); anything else names the input. */
export function parseDestination(inputName: string, value: string): string {
  if (!value.startsWith('/')) {
    throw new ConfigurationError(`Input '${inputName}' must be an absolute folder in the image, like /pangolin/, got '${value}'.`);
  }
  const normalized = posix.normalize(value);
  return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
}

interface Walked {
  files: ArchiveFile[];
  symlinks: ArchiveSymlink[];
  /** Folders that are themselves in the layer (empty ones too). */
  directories: string[];
  /** The real mode of every folder walked, so folders added as parents keep theirs too. */
  directoryModes: Map<string, number>;
  excludedSome: boolean;
}

function kindOf(stats: { isFIFO(): boolean; isSocket(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean }): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device';
  return 'not a file, folder or symlink';
}

function readError(request: ContextLayerRequest, rel: string, err: unknown): ConfigurationError {
  const code = (err as NodeJS.ErrnoException).code;
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'it disappeared' : (err as Error).message;
  return new ConfigurationError(`Cannot read '${rel}' in context '${request.contextInput}' (input 'context'): ${reason}.`);
}

/** A file name that is not valid UTF-8, shown with its odd bytes escaped. */
function notUtf8(request: ContextLayerRequest, rel: string, bytes: Buffer): ConfigurationError {
  const shown = [...bytes].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
  return new ConfigurationError(
    `'${rel === '' ? shown : `${rel}/${shown}`}' in context '${request.contextInput}' (input 'context'): the file name is not valid UTF-8; rename it, or leave it out with .dockerignore or 'exclude'.`,
  );
}

/** A file's bytes; a failure names the file instead of surfacing as a bare errno. */
function openFile(request: ContextLayerRequest, absolute: string, rel: string): Readable {
  const out = new PassThrough();
  const file = createReadStream(absolute);
  file.on('error', (err) => out.destroy(readError(request, rel, err)));
  return file.pipe(out);
}

async function loadIgnoreRules(request: ContextLayerRequest): Promise<IgnoreMatcher> {
  const file = join(request.context, '.dockerignore');
  let text: string | undefined;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw readError(request, '.dockerignore', err);
  }
  const display = posix.join(request.contextInput, '.dockerignore');
  return new IgnoreMatcher([...(text === undefined ? [] : parseDockerignore(text, display)), ...parseIgnorePatterns(request.exclude, 'exclude')]);
}

/** Walks the context in byte order of names, collecting what goes into the layer under `prefix`. */
async function walkContext(request: ContextLayerRequest, ignore: IgnoreMatcher, prefix: string): Promise<Walked> {
  const walked: Walked = { files: [], symlinks: [], directories: [], directoryModes: new Map(), excludedSome: false };
  const walk = async (rel: string): Promise<void> => {
    const dir = rel === '' ? request.context : join(request.context, rel);
    let raw: Buffer[];
    try {
      raw = await readdir(dir, { encoding: 'buffer' });
    } catch (err) {
      throw readError(request, rel || '.', err);
    }
    const entries = raw.map((bytes) => ({ bytes, name: bytes.toString('utf8') })).sort((a, b) => compareTarPaths(a.name, b.name));
    for (const { bytes, name } of entries) {
      const path = rel === '' ? name : `${rel}/${name}`;
      const absolute = join(dir, name);
      if (request.leaveOut?.includes(absolute)) continue;
      const excluded = ignore.excludes(path);
      if (excluded) walked.excludedSome = true;
      // A name that is not UTF-8 reads back mangled (and then seems to have disappeared): say so, unless a pattern leaves it out.
      if (!Buffer.from(name, 'utf8').equals(bytes)) {
        if (excluded) continue;
        throw notUtf8(request, rel, bytes);
      }
      let stats;
      try {
        stats = await lstat(absolute);
      } catch (err) {
        throw readError(request, path, err);
      }
      const inLayer = `${prefix}${path}`;
      if (stats.isDirectory()) {
        walked.directoryModes.set(`${inLayer}/`, stats.mode & 0o7777);
        if (!excluded) walked.directories.push(inLayer);
        if (!excluded || ignore.mayIncludeUnder(path)) await walk(path);
        continue;
      }
      if (excluded) continue;
      if (stats.isSymbolicLink()) {
        walked.symlinks.push({ path: inLayer, target: await readlink(absolute) });
      } else if (stats.isFile()) {
        // Opening each file now makes an unreadable one fail the build before anything is written.
        try {
          await (await open(absolute, 'r')).close();
        } catch (err) {
          throw readError(request, path, err);
        }
        walked.files.push({ path: inLayer, size: stats.size, mode: stats.mode & 0o7777, data: () => openFile(request, absolute, path) });
      } else {
        throw new ConfigurationError(
          `'${path}' in context '${request.contextInput}' (input 'context') is ${kindOf(stats)}: only files, folders and symlinks can go into the layer; leave it out with .dockerignore or 'exclude'.`,
        );
      }
    }
  };
  await walk('');
  return walked;
}

export async function buildContextLayer(request: ContextLayerRequest): Promise<ContextLayer> {
  let contextStats;
  try {
    contextStats = await lstat(request.context);
  } catch {
    throw new ConfigurationError(`Input 'context': folder '${request.contextInput}' does not exist.`);
  }
  if (!contextStats.isDirectory()) throw new ConfigurationError(`Input 'context': '${request.contextInput}' is not a folder.`);

  const ignore = await loadIgnoreRules(request);
  // '/pangolin' → entries 'pangolin/…'; '/' → entries at the root of the image.
  const prefix = request.destination === '/' ? '' : `${request.destination.slice(1)}/`;
  const walked = await walkContext(request, ignore, prefix);
  if (walked.files.length + walked.symlinks.length + walked.directories.length === 0) {
    const why = walked.excludedSome ? ': .dockerignore and exclude leave out everything in it' : ': it is empty';
    throw new ConfigurationError(`Input 'context': nothing to put in the layer from '${request.contextInput}'${why}.`);
  }
  const result = await writeArchive(request.output, walked.files, {
    compression: 'gzip',
    // The layer is mostly text (charts, scripts): the usual gzip level pays off here.
    gzipLevel: 6,
    mtime: request.mtime,
    symlinks: walked.symlinks,
    directories: prefix === '' ? walked.directories : [prefix.slice(0, -1), ...walked.directories],
    directoryModes: walked.directoryModes,
    hashTar: true,
  });
  return {
    path: result.path,
    digest: `sha256:${result.sha256}`,
    diffId: `sha256:${result.tarSha256!}`,
    size: result.size,
    files: walked.files.length,
    symlinks: walked.symlinks.length,
    directories: walked.directories.length,
  };
}
