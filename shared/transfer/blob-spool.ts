// A folder of blobs on disk, named by digest, for sinks that must write in an order of their own
// (sorted archives): the engine fills it in any order and at any concurrency, the archive reads it back.
import { mkdir, mkdtemp, open as openFile, readFile, readdir, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { writeFully } from '../files/write-fully.js';
import { digestHex } from '../image/digest.js';
import { isProcessAlive } from '../files/leftovers.js';
import { asLocalError, type PathOwner } from '../errors/fs-errors.js';
import { SharedTransfers } from './shared-transfers.js';

const PREFIX = 'prel-spool-';
const OWNER_FILE = '.owner';
/** Bytes gathered before one write: a body arrives in small chunks, and a write per chunk costs more than the copy. */
const BATCH = 1 << 20;
const WHERE: PathOwner = { variable: 'RUNNER_TEMP (where prel keeps blobs while it writes an archive)' };

/** Spools a killed run left behind (its process is gone): they only take disk space a re-run needs. */
async function removeOrphans(parent: string): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(parent)).filter((n) => n.startsWith(PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const dir = join(parent, name);
    const owner = Number(await readFile(join(dir, OWNER_FILE), 'utf8').catch(() => ''));
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && !isProcessAlive(owner)) await rm(dir, { recursive: true, force: true });
  }
}

/** A file written from a stream in batches of about 1 MiB; closed before it finishes, so it can be renamed. */
class BatchedFile extends Writable {
  bytesWritten = 0;
  private handle?: FileHandle;
  private batch: Buffer[] = [];
  private batched = 0;

  constructor(private readonly path: string) {
    super({ highWaterMark: BATCH });
  }

  override _construct(callback: (err?: Error | null) => void): void {
    openFile(this.path, 'w').then((handle) => {
      this.handle = handle;
      callback();
    }, callback);
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (err?: Error | null) => void): void {
    this.batch.push(chunk);
    this.batched += chunk.length;
    if (this.batched < BATCH) callback();
    else this.flush().then(() => callback(), callback);
  }

  override _final(callback: (err?: Error | null) => void): void {
    this.flush()
      .then(() => this.close())
      .then(() => callback(), callback);
  }

  override _destroy(err: Error | null, callback: (err?: Error | null) => void): void {
    this.close().then(() => callback(err), (closeErr: Error) => callback(err ?? closeErr));
  }

  private async flush(): Promise<void> {
    const parts = this.batch;
    this.batch = [];
    this.batched = 0;
    this.bytesWritten += await writeFully(this.handle!, parts, this.bytesWritten);
  }

  private async close(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close();
  }
}

export class BlobSpool {
  private readonly sizes = new Map<string, number>();
  private readonly transfers = new SharedTransfers();
  private readonly waiting = new Map<string, { promise: Promise<void>; resolve: () => void }>();

  private constructor(readonly dir: string) {}

  /** A fresh spool under RUNNER_TEMP (else the system temp folder); spools of dead runs there are removed. */
  static async create(): Promise<BlobSpool> {
    const parent = process.env.RUNNER_TEMP || tmpdir();
    try {
      await mkdir(parent, { recursive: true });
      await removeOrphans(parent);
      const dir = await mkdtemp(join(parent, PREFIX));
      await writeFile(join(dir, OWNER_FILE), String(process.pid));
      return new BlobSpool(dir);
    } catch (err) {
      throw asLocalError(err, parent, WHERE);
    }
  }

  has(digest: string): boolean {
    return this.sizes.has(digest);
  }

  size(digest: string): number {
    const size = this.sizes.get(digest);
    if (size === undefined) throw new Error(`blob ${digest} is not in the spool`);
    return size;
  }

  /**
   * Streams a blob in once, opening it only if no one else has or is: the opener's stream is expected
   * to be digest-verified. Returns the bytes this call wrote. A failure to write locally (a full disk)
   * is a LocalIoError, never blamed on the image.
   */
  put(digest: string, open: () => Promise<Readable>): Promise<number> {
    if (this.sizes.has(digest)) return Promise.resolve(0);
    return this.transfers.run(digest, async () => {
      const path = this.pathOf(digest);
      const partial = `${path}.part`;
      const file = new BatchedFile(partial);
      // Until the pipeline listens, a failed open of the file must not be an unhandled 'error'; it stays in file.errored.
      file.once('error', () => undefined);
      const opened = open();
      try {
        await pipeline(await opened, file);
      } catch (err) {
        file.destroy();
        await rm(partial, { force: true });
        // The file's own error is the local one; a source's error comes through the pipeline too.
        throw file.errored ? asLocalError(file.errored, this.dir, WHERE) : err;
      }
      await rename(partial, path).catch((err: unknown) => {
        throw asLocalError(err, this.dir, WHERE);
      });
      this.sizes.set(digest, file.bytesWritten);
      this.waiting.get(digest)?.resolve();
      this.waiting.delete(digest);
      return file.bytesWritten;
    });
  }

  /** Resolves once the blob is in the spool (never rejects: a caller that must not wait for ever races it with an end). */
  stored(digest: string): Promise<void> {
    if (this.sizes.has(digest)) return Promise.resolve();
    let waiting = this.waiting.get(digest);
    if (!waiting) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      waiting = { promise, resolve };
      this.waiting.set(digest, waiting);
    }
    return waiting.promise;
  }

  /** Where a blob's bytes are, for the archive writer to read straight from (archive-file LocalFile). */
  file(digest: string): { file: string } {
    this.size(digest);
    return { file: this.pathOf(digest) };
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true, maxRetries: 3 });
  }

  private pathOf(digest: string): string {
    return join(this.dir, digestHex(digest));
  }
}
