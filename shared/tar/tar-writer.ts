// A streaming tar writer: entries are appended one at a time, file data streamed through, with the
// deterministic headers of tar-header.ts. The archive is a Readable (pipe it into gzip or a file).
import { PassThrough, type Readable } from 'node:stream';
import { encodeHeader, endOfArchive, padding, type TarEntry } from './tar-header.js';

export class TarWriter {
  /** The archive bytes. */
  readonly output = new PassThrough({ highWaterMark: 1 << 20 });
  private written = 0;

  /** Bytes of archive produced so far. */
  get size(): number {
    return this.written;
  }

  /** Appends an entry; for a file, `data` must deliver exactly `entry.size` bytes. */
  async add(entry: TarEntry, data?: Buffer | Readable): Promise<void> {
    await this.push(encodeHeader(entry));
    if (entry.type !== 'file') return;
    const size = entry.size ?? 0;
    let sent = 0;
    if (Buffer.isBuffer(data)) {
      await this.push(data);
      sent = data.length;
    } else if (data) {
      for await (const chunk of data) {
        sent += (chunk as Buffer).length;
        if (sent > size) throw new Error(`tar entry ${entry.path}: more than the ${size} bytes announced`);
        await this.push(chunk as Buffer);
      }
    }
    if (sent !== size) throw new Error(`tar entry ${entry.path}: ${sent} bytes instead of ${size}`);
    await this.push(padding(size));
  }

  /** Writes the end-of-archive blocks and ends the stream. */
  async finish(): Promise<void> {
    await this.push(endOfArchive());
    this.output.end();
  }

  /** Ends the stream with an error, so whatever consumes it fails instead of seeing a short archive. */
  abort(err: Error): void {
    this.output.destroy(err);
  }

  private push(chunk: Buffer): Promise<void> {
    if (chunk.length === 0) return Promise.resolve();
    this.written += chunk.length;
    if (this.output.write(chunk)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onDrain = () => {
        this.output.off('error', onError);
        resolve();
      };
      const onError = (err: Error) => {
        this.output.off('drain', onDrain);
        reject(err);
      };
      this.output.once('drain', onDrain);
      this.output.once('error', onError);
    });
  }
}

/** Byte-wise order of full paths; a folder's path is a prefix of its children's, so it comes first. */
export function compareTarPaths(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** The folder entries ('a/', 'a/b/') every path needs, so each file has its parents in the archive. */
export function parentDirectories(path: string): string[] {
  const parts = path.replace(/\/$/, '').split('/');
  const dirs: string[] = [];
  for (let i = 1; i < parts.length; i++) dirs.push(`${parts.slice(0, i).join('/')}/`);
  return dirs;
}
