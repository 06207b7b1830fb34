// A folder of blobs on disk, named by digest, for sinks that must write in an order of their own
// (sorted archives): the engine fills it in any order and at any concurrency, the archive reads it back.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { digestHex } from '../image/digest.js';
import { isProcessAlive } from '../files/leftovers.js';
import { asLocalError, type PathOwner } from '../errors/fs-errors.js';
import { SharedTransfers } from './shared-transfers.js';

const PREFIX = 'prel-spool-';
const OWNER_FILE = '.owner';
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

export class BlobSpool {
  private readonly sizes = new Map<string, number>();
  private readonly transfers = new SharedTransfers();

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
      const file = createWriteStream(partial);
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
      return file.bytesWritten;
    });
  }

  async putBytes(digest: string, bytes: Buffer): Promise<void> {
    if (this.sizes.has(digest)) return;
    await writeFile(this.pathOf(digest), bytes).catch((err: unknown) => {
      throw asLocalError(err, this.dir, WHERE);
    });
    this.sizes.set(digest, bytes.length);
  }

  open(digest: string): Readable {
    this.size(digest);
    return createReadStream(this.pathOf(digest), { highWaterMark: 1 << 20 });
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true, maxRetries: 3 });
  }

  private pathOf(digest: string): string {
    return join(this.dir, digestHex(digest));
  }
}
