// A folder of blobs on disk, named by digest, for sinks that must write in an order of their own
// (sorted archives): the engine fills it in any order and at any concurrency, the archive reads it back.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { digestHex } from '../digest.js';

export class BlobSpool {
  private readonly sizes = new Map<string, number>();
  private readonly pending = new Map<string, Promise<number>>();

  private constructor(readonly dir: string) {}

  /** A fresh spool under RUNNER_TEMP (else the system temp folder). */
  static async create(): Promise<BlobSpool> {
    const parent = process.env.RUNNER_TEMP || tmpdir();
    await mkdir(parent, { recursive: true });
    return new BlobSpool(await mkdtemp(join(parent, 'prel-spool-')));
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
   * to be digest-verified. Returns the bytes this call wrote.
   */
  put(digest: string, open: () => Promise<Readable>): Promise<number> {
    if (this.sizes.has(digest)) return Promise.resolve(0);
    let pending = this.pending.get(digest);
    if (pending) return pending.then(() => 0);
    pending = (async () => {
      const path = this.pathOf(digest);
      const partial = `${path}.part`;
      const file = createWriteStream(partial);
      try {
        await pipeline(await open(), file);
      } catch (err) {
        file.destroy();
        await rm(partial, { force: true });
        throw err;
      }
      await rename(partial, path);
      this.sizes.set(digest, file.bytesWritten);
      return file.bytesWritten;
    })();
    this.pending.set(digest, pending);
    pending.catch(() => undefined).finally(() => this.pending.delete(digest));
    return pending;
  }

  async putBytes(digest: string, bytes: Buffer): Promise<void> {
    if (this.sizes.has(digest)) return;
    await writeFile(this.pathOf(digest), bytes);
    this.sizes.set(digest, bytes.length);
  }

  open(digest: string): Readable {
    this.size(digest);
    return createReadStream(this.pathOf(digest), { highWaterMark: 1 << 20 });
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }

  private pathOf(digest: string): string {
    return join(this.dir, digestHex(digest));
  }
}
