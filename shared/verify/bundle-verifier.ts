// `prel verify-bundle`: the checks verify.sh makes at the site, in Node, for CI: every file against
// SHA256SUMS (and none unlisted), and for every image of images.lock the tag link, the repository links
// and every blob's sha256, read back from the registry storage archive inside the bundle. One pass over
// the bytes, nothing unpacked to disk: the bundle and the archive in it are both read as streams.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { errorMessage } from '../errors/errors.js';
import { REGISTRY_ROOT, blobStoragePath } from '../archive/distribution-tree.js';
import { parseChecksums } from '../bundle/bundle-checksums.js';
import { CHECKSUM_FILE } from '../bundle/bundle-layout.js';
import { BASE_FILE } from '../bundle/delta-base.js';
import { LOCK_FILE, parseLock, splitLockReference, type LockEntry } from '../lock/images-lock.js';
import { readTarStream } from '../tar/tar-stream-reader.js';

export interface VerifyOptions {
  /** The site's registry storage (the folder holding docker/registry/v2), for a delta's left-out blobs. */
  storage?: string;
}

export interface VerifyReport {
  problems: string[];
  notes: string[];
  /** Files listed in SHA256SUMS. */
  files: number;
  images: number;
  blobs: number;
}

/** What one read of the registry storage archive leaves behind: blob hashes and link contents. */
interface RegistryFacts {
  name: string;
  /** hex → hex of the bytes found at blobs/sha256/<xx>/<hex>/data. */
  blobs: Map<string, string>;
  /** Path under docker/registry/v2/ → the link's content. */
  links: Map<string, string>;
}

/** Small files the checks read (SHA256SUMS, images.lock, BASE); bigger ones are only hashed. */
const TEXT_LIMIT = 64 << 20;
const LINK_LIMIT = 256;
const TEXT_FILES = new Set([CHECKSUM_FILE, LOCK_FILE, BASE_FILE]);

async function* hashing(body: AsyncIterable<Buffer>, hash: ReturnType<typeof createHash>): AsyncGenerator<Buffer> {
  for await (const chunk of body) {
    hash.update(chunk);
    yield chunk;
  }
}

/**
 * The body with every byte hashed, as an iterable whose consumer cannot end it early (it has no
 * `return`): a reader that stops half-way (a stream destroyed) leaves the rest for drain().
 */
function hashedBody(body: AsyncIterable<Buffer>, hash: ReturnType<typeof createHash>): AsyncIterable<Buffer> {
  const source = hashing(body, hash)[Symbol.asyncIterator]();
  return { [Symbol.asyncIterator]: () => ({ next: () => source.next() }) };
}

async function drain(body: AsyncIterable<Buffer>): Promise<void> {
  for await (const _ of body);
}

async function collect(body: AsyncIterable<Buffer>, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of body) {
    length += chunk.length;
    if (length <= limit) chunks.push(chunk);
  }
  return length <= limit ? Buffer.concat(chunks) : undefined;
}

/** Reads a registry storage tar (gzip'd or not); undefined when it is some other archive. */
async function scanRegistry(name: string, bytes: AsyncIterable<Buffer>, gzip: boolean): Promise<RegistryFacts | undefined> {
  const facts: RegistryFacts = { name, blobs: new Map(), links: new Map() };
  const stream = gzip ? Readable.from(bytes).pipe(createGunzip()) : Readable.from(bytes);
  let first = true;
  try {
    for await (const entry of readTarStream(stream)) {
      if (first && !entry.path.startsWith('docker/')) return undefined;
      first = false;
      if (entry.type !== 'file' || !entry.path.startsWith(`${REGISTRY_ROOT}/`)) continue;
      const path = entry.path.slice(REGISTRY_ROOT.length + 1);
      const blob = /^blobs\/sha256\/[0-9a-f]{2}\/([0-9a-f]{64})\/data$/.exec(path);
      if (blob) {
        const hash = createHash('sha256');
        for await (const chunk of entry.body) hash.update(chunk);
        facts.blobs.set(blob[1], hash.digest('hex'));
      } else if (path.endsWith('/link') && entry.size <= LINK_LIMIT) {
        facts.links.set(path, (await collect(entry.body, LINK_LIMIT))!.toString('utf8'));
      }
    }
    return first ? undefined : facts;
  } catch (err) {
    // Not even one entry: some other file (a docker-archive, anything not a tar), not a broken registry.
    if (first) return undefined;
    throw err;
  } finally {
    stream.destroy();
  }
}

interface BundleFile {
  path: string;
  body: AsyncIterable<Buffer>;
}

async function* directoryFiles(root: string, dir = ''): AsyncGenerator<BundleFile> {
  const names = (await readdir(join(root, dir), { withFileTypes: true })).sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  for (const entry of names) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* directoryFiles(root, path);
    else yield { path, body: createReadStream(join(root, path), { highWaterMark: 1 << 20 }) };
  }
}

async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** The bundle archive's files, its top folder (`<product>-component-<version>/`) taken off. */
async function* archiveFiles(file: string, whole: ReturnType<typeof createHash>): AsyncGenerator<BundleFile> {
  const raw = hashedBody(createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>, whole);
  const gunzip = (await isGzip(file)) ? Readable.from(raw).pipe(createGunzip()) : undefined;
  try {
    for await (const entry of readTarStream(gunzip ?? raw)) {
      if (entry.type !== 'file') continue;
      const slash = entry.path.indexOf('/');
      yield { path: slash < 0 ? entry.path : entry.path.slice(slash + 1), body: entry.body };
    }
  } finally {
    gunzip?.destroy();
  }
  // Bytes after the end-of-archive blocks still count for the archive's own sha256.
  await drain(raw);
}

export async function verifyBundle(bundle: string, options: VerifyOptions = {}): Promise<VerifyReport> {
  const report: VerifyReport = { problems: [], notes: [], files: 0, images: 0, blobs: 0 };
  const problem = (text: string) => report.problems.push(text);
  const isDir = (await stat(bundle)).isDirectory();
  const whole = createHash('sha256');
  const sums = new Map<string, string>();
  const texts = new Map<string, string>();
  let registry: RegistryFacts | undefined;

  try {
    for await (const file of isDir ? directoryFiles(bundle) : archiveFiles(bundle, whole)) {
      const hash = createHash('sha256');
      // The registry scan may stop early (another kind of archive); drain() hashes the rest.
      const detached = hashedBody(file.body, hash);
      if (TEXT_FILES.has(file.path)) {
        const bytes = await collect(detached, TEXT_LIMIT);
        if (bytes) texts.set(file.path, bytes.toString('utf8'));
      } else if (!registry && /\.(tar|tar\.gz|tgz)$/.test(file.path)) {
        try {
          registry = await scanRegistry(file.path, detached, !file.path.endsWith('.tar'));
        } catch (err) {
          problem(`${file.path}: cannot be read as a registry storage archive: ${errorMessage(err)}`);
        }
      }
      await drain(detached);
      sums.set(file.path, hash.digest('hex'));
    }
  } catch (err) {
    problem(`${bundle}: cannot be read to the end: ${errorMessage(err)}`);
  }

  if (!isDir) await checkArchiveSum(bundle, whole.digest('hex'), report);
  checkSums(sums, texts.get(CHECKSUM_FILE), report);
  await checkImages(texts, registry, options, report);
  return report;
}

/** `<bundle>.sha256` beside the archive, when there is one. */
async function checkArchiveSum(bundle: string, actual: string, report: VerifyReport): Promise<void> {
  let line: string;
  try {
    const handle = await open(`${bundle}.sha256`, 'r');
    try {
      line = (await handle.readFile('utf8')).trim();
    } finally {
      await handle.close();
    }
  } catch {
    return;
  }
  const expected = line.split(/\s+/)[0];
  if (expected !== actual) report.problems.push(`${bundle}: sha256 ${actual}, ${bundle}.sha256 says ${expected}`);
}

function checkSums(sums: Map<string, string>, text: string | undefined, report: VerifyReport): void {
  if (text === undefined) {
    report.notes.push(`no ${CHECKSUM_FILE}: the files were not checked against it`);
    return;
  }
  const listed = parseChecksums(text);
  report.files = listed.size;
  for (const [path, expected] of listed) {
    const actual = sums.get(path);
    if (actual === undefined) report.problems.push(`${path}: listed in ${CHECKSUM_FILE} but missing`);
    else if (actual !== expected) report.problems.push(`${path}: sha256 ${actual}, ${CHECKSUM_FILE} says ${expected}`);
  }
  for (const path of sums.keys()) {
    if (path !== CHECKSUM_FILE && !listed.has(path)) report.problems.push(`${path}: not listed in ${CHECKSUM_FILE}`);
  }
}

async function checkImages(texts: Map<string, string>, registry: RegistryFacts | undefined, options: VerifyOptions, report: VerifyReport): Promise<void> {
  const problem = (text: string) => report.problems.push(text);
  const lockText = texts.get(LOCK_FILE);
  if (lockText === undefined) {
    report.notes.push(`no ${LOCK_FILE}: the images were not checked`);
    return;
  }
  let entries: LockEntry[];
  try {
    entries = parseLock(lockText, LOCK_FILE);
  } catch (err) {
    problem(errorMessage(err));
    return;
  }
  if (!registry) {
    problem(`${LOCK_FILE} names ${entries.length} image(s) but the bundle holds no registry storage archive (docker/registry/v2/…)`);
    return;
  }
  const delta = texts.has(BASE_FILE);
  const storageSums = new Map<string, string | undefined>();
  const leftOut = new Set<string>();
  const checked = new Set<string>();
  for (const entry of entries) {
    report.images++;
    const { reference, root, needs } = entry;
    const { repository, tag } = splitLockReference(reference);
    const repo = `repositories/${repository}`;
    if (tag !== undefined) {
      const current = registry.links.get(`${repo}/_manifests/tags/${tag}/current/link`);
      if (current === undefined) problem(`${reference}: tag link is missing`);
      else if (current !== root) problem(`${reference}: tag points at ${current}, ${LOCK_FILE} says ${root}`);
    }
    for (const digest of [root, ...needs]) {
      const hex = digest.slice('sha256:'.length);
      const linked = registry.links.get(`${repo}/_manifests/revisions/sha256/${hex}/link`) === digest || registry.links.get(`${repo}/_layers/sha256/${hex}/link`) === digest;
      if (!linked) problem(`${reference}: ${digest} is not linked in repository ${repository}`);
      checked.add(digest);
      const actual = registry.blobs.get(hex);
      if (actual !== undefined) {
        if (actual !== hex) problem(`${reference}: blob ${digest} is corrupt (its bytes hash to sha256:${actual})`);
        continue;
      }
      if (!delta) {
        problem(`${reference}: blob ${digest} is missing`);
        continue;
      }
      if (!options.storage) {
        leftOut.add(digest);
        continue;
      }
      if (!storageSums.has(hex)) storageSums.set(hex, await fileSha256(join(options.storage, blobStoragePath(hex))));
      const stored = storageSums.get(hex);
      if (stored === undefined) problem(`${reference}: blob ${digest} is neither in the delta nor in ${options.storage}`);
      else if (stored !== hex) problem(`${reference}: blob ${digest} is corrupt in ${options.storage} (its bytes hash to sha256:${stored})`);
    }
  }
  report.blobs = checked.size;
  if (leftOut.size) report.notes.push(`${leftOut.size} blob(s) left out of this delta for the base release were not checked (give --storage <the site's registry storage>)`);
}

async function fileSha256(file: string): Promise<string | undefined> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  } catch {
    return undefined;
  }
  return hash.digest('hex');
}
