// Reproducible gzip members for pieces of an archive. The writer cuts its bytes at fixed 1 MiB boundaries
// and each piece becomes its own gzip member (a multi-member file is plain gzip: gzip, tar -z, Go and
// Python read it whole), so pieces compress on zlib's thread pool in parallel while the output stays the
// same bytes for the same input. Pieces that do not compress (already-gzip'd layers, most of an image
// archive) are stored, not deflated: the member is framed here, with no trip through zlib but its CRC-32,
// and the piece's bytes are written as they are. Headers are fixed: no name, mtime 0, and the OS byte set
// to Unix (3) whatever zlib was built for (docs formats.md §5.2).
import { promisify } from 'node:util';
import { crc32, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const OS_BYTE = 9;
const UNIX = 3;
export const GZIP_PIECE = 1 << 20;
const SAMPLE = 16 << 10;
/** A sample that shrinks by less than this is treated as incompressible. */
const WORTH_IT = 0.97;
/** Deflate's stored blocks hold at most this many bytes each (RFC 1951 §3.2.4). */
const STORED_BLOCK = 0xffff;
/** RFC 1952 header: magic, deflate, no flags, mtime 0, XFL 0, OS Unix. */
const STORED_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, UNIX]);

/** Whether deflating this piece is worth it, judged from three spots (start, middle, end); deterministic. */
export async function isCompressible(piece: Buffer): Promise<boolean> {
  if (piece.length <= 4 * SAMPLE) return true;
  const middle = Math.floor(piece.length / 2);
  const sample = Buffer.concat([piece.subarray(0, SAMPLE), piece.subarray(middle, middle + SAMPLE), piece.subarray(piece.length - SAMPLE)]);
  const packed = await gzipAsync(sample, { level: 1 });
  return packed.length < sample.length * WORTH_IT;
}

/** A deflated member of the piece, in one pass of zlib's pool (its output room fits the whole member). */
export async function deflatedMember(piece: Buffer, level: number): Promise<Buffer> {
  const out = await gzipAsync(piece, { level, chunkSize: Math.max(64 << 10, piece.length + (piece.length >> 6) + 64) });
  out[OS_BYTE] = UNIX;
  return out;
}

/**
 * A stored member of the piece, as the buffers to write in order: the piece's own bytes are referenced,
 * not copied, between 5-byte block headers. At least one block, so an empty piece is a valid member too.
 */
export function storedMember(piece: Buffer): Buffer[] {
  const parts: Buffer[] = [STORED_HEADER];
  let offset = 0;
  do {
    const length = Math.min(STORED_BLOCK, piece.length - offset);
    const last = offset + length === piece.length;
    const head = Buffer.allocUnsafe(5);
    head[0] = last ? 1 : 0; // BFINAL, BTYPE 00 (stored), then padding to the byte
    head.writeUInt16LE(length, 1);
    head.writeUInt16LE(~length & 0xffff, 3);
    parts.push(head, piece.subarray(offset, offset + length));
    offset += length;
  } while (offset < piece.length);
  const trailer = Buffer.allocUnsafe(8);
  trailer.writeUInt32LE(crc32(piece), 0);
  trailer.writeUInt32LE(piece.length, 4);
  parts.push(trailer);
  return parts;
}
