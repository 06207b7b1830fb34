// Gzip with a reproducible header: no name, mtime 0, and OS byte fixed to Unix (3) whatever zlib was
// built for, so the same input and level give the same bytes (docs formats.md §5.2).
import { Transform, type TransformCallback } from 'node:stream';
import { createGzip, type Gzip } from 'node:zlib';

const OS_BYTE = 9;
const UNIX = 3;

class FixGzipHeader extends Transform {
  private seen = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.seen <= OS_BYTE && this.seen + chunk.length > OS_BYTE) {
      chunk = Buffer.from(chunk);
      chunk[OS_BYTE - this.seen] = UNIX;
    }
    this.seen += chunk.length;
    callback(null, chunk);
  }
}

/** A gzip stream (level 1 by default: layers inside are already compressed, so more effort buys little). */
export function reproducibleGzip(level = 1): { input: Gzip; output: Transform } {
  const gzip = createGzip({ level, memLevel: 9 });
  const fix = new FixGzipHeader();
  gzip.on('error', (err) => fix.destroy(err));
  gzip.pipe(fix);
  return { input: gzip, output: fix };
}
