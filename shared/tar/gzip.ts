// Reproducible, parallel gzip. The input is cut at fixed 1 MiB boundaries and each piece becomes its own
// gzip member (a multi-member file is plain gzip: gzip, tar -z, Go and Python read it whole), so pieces
// compress on zlib's thread pool in parallel while the output stays the same bytes for the same input.
// Pieces that do not compress (already-gzip'd layers, most of an image archive) are stored, not deflated:
// deflating them again costs seconds per GiB and saves nothing. Headers are fixed: no name, mtime 0, and
// the OS byte set to Unix (3) whatever zlib was built for (docs formats.md §5.2).
import { availableParallelism } from 'node:os';
import { Transform, type TransformCallback } from 'node:stream';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const OS_BYTE = 9;
const UNIX = 3;
export const GZIP_PIECE = 1 << 20;
const SAMPLE = 16 << 10;
/** A sample that shrinks by less than this is treated as incompressible. */
const WORTH_IT = 0.97;

async function isCompressible(piece: Buffer): Promise<boolean> {
  if (piece.length <= 4 * SAMPLE) return true;
  // Three spots (start, middle, end) stand for the piece; deterministic, so the output is too.
  const middle = Math.floor(piece.length / 2);
  const sample = Buffer.concat([piece.subarray(0, SAMPLE), piece.subarray(middle, middle + SAMPLE), piece.subarray(piece.length - SAMPLE)]);
  const packed = await gzipAsync(sample, { level: 1 });
  return packed.length < sample.length * WORTH_IT;
}

async function member(piece: Buffer, level: number): Promise<Buffer> {
  const out = await gzipAsync(piece, { level: (await isCompressible(piece)) ? level : 0 });
  out[OS_BYTE] = UNIX;
  return out;
}

export class ParallelGzip extends Transform {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private readonly queue: Promise<Buffer>[] = [];
  private members = 0;

  constructor(
    private readonly level = 6,
    private readonly parallel = Math.max(2, Math.min(8, availableParallelism())),
  ) {
    super({ highWaterMark: GZIP_PIECE });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.accept(chunk).then(() => callback(), callback);
  }

  override _flush(callback: TransformCallback): void {
    (async () => {
      if (this.pendingBytes > 0 || this.members + this.queue.length === 0) this.schedule();
      while (this.queue.length) this.push(await this.queue.shift());
    })().then(() => callback(), callback);
  }

  private async accept(chunk: Buffer): Promise<void> {
    let rest = chunk;
    while (rest.length > 0) {
      const room = GZIP_PIECE - this.pendingBytes;
      this.pending.push(rest.subarray(0, room));
      this.pendingBytes += Math.min(room, rest.length);
      rest = rest.subarray(room);
      if (this.pendingBytes === GZIP_PIECE) {
        this.schedule();
        // Bounded work in flight keeps memory flat: wait for the oldest piece before taking more.
        if (this.queue.length >= this.parallel) this.push(await this.queue.shift());
      }
    }
  }

  private schedule(): void {
    const piece = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    this.members++;
    const compressed = member(piece, this.level);
    compressed.catch(() => undefined); // surfaced when its turn comes
    this.queue.push(compressed);
  }
}
