// Writes an archive's bytes to an open file in fixed 1 MiB pieces, each as it is or as its own gzip member
// (tar/gzip.ts). Bytes are copied or read straight into a few reused piece buffers; a piece that needs
// deflating goes to zlib's pool while the next ones fill; members are hashed and written in order, with
// positional writes of the piece's own buffers (no copy for what is stored). Pieces that are almost all
// bytes the caller marked incompressible (gzip'd layers) are stored without sampling them.
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { writeFully } from '../files/write-fully.js';
import { GZIP_PIECE, deflatedMember, isCompressible, storedMember } from '../tar/gzip.js';

/** A piece with at most this many bytes not marked incompressible is stored unsampled. */
const UNMARKED_ALLOWANCE = GZIP_PIECE >> 4;
/** Members whose write may be in flight at once (each holds its piece buffer). */
const WRITES_IN_FLIGHT = 3;

export interface PieceWriterOptions {
  gzip: boolean;
  level: number;
  /** Members being made (deflated) ahead of the one being written. */
  parallel: number;
  /** Also hash the bytes before compression (an image layer's diffID). */
  hashInput: boolean;
  /** Checked at every piece: a long file stops within a piece of the abort. */
  signal?: AbortSignal;
}

interface Member {
  parts: Promise<Buffer[]>;
  piece: Buffer;
}

export class PieceWriter {
  private readonly hash = createHash('sha256');
  private readonly inputHash?: ReturnType<typeof createHash>;
  private readonly free: Buffer[] = [];
  private readonly made: Member[] = [];
  private readonly writes: Promise<void>[] = [];
  private piece: Buffer;
  /** The piece after this one, when a read into it is already under way. */
  private upcoming?: Buffer;
  private filled = 0;
  private unmarked = 0;
  private members = 0;
  /** Bytes of the file handed to writes so far. */
  private position = 0;

  constructor(
    private readonly file: FileHandle,
    private readonly options: PieceWriterOptions,
  ) {
    this.piece = this.take();
    if (options.hashInput) this.inputHash = createHash('sha256');
  }

  /** Appends bytes; `incompressible` marks them as not worth deflating (already compressed data). */
  async write(bytes: Buffer, incompressible = false): Promise<void> {
    let offset = 0;
    while (offset < bytes.length) {
      const n = Math.min(GZIP_PIECE - this.filled, bytes.length - offset);
      bytes.copy(this.piece, this.filled, offset, offset + n);
      await this.advance(n, incompressible);
      offset += n;
    }
  }

  /**
   * Appends `length` bytes of a local file, read straight into the piece buffers, the next read in flight
   * while the last one is framed and sent; a short file is an error.
   */
  async copyFrom(source: FileHandle, length: number, incompressible = false, what = 'file'): Promise<void> {
    if (length === 0) return;
    let done = 0;
    let reading = source.read(this.piece, this.filled, Math.min(GZIP_PIECE - this.filled, length), 0);
    try {
      for (;;) {
        const { bytesRead } = await reading;
        if (bytesRead === 0) throw new Error(`${what}: ${done} bytes instead of ${length}`);
        done += bytesRead;
        if (done < length) {
          // A read that fills the piece is followed by one into the piece that comes next.
          const fills = this.filled + bytesRead === GZIP_PIECE;
          const target = fills ? (this.upcoming ??= this.take()) : this.piece;
          const at = fills ? 0 : this.filled + bytesRead;
          reading = source.read(target, at, Math.min(GZIP_PIECE - at, length - done), done);
        }
        await this.advance(bytesRead, incompressible);
        if (done === length) return;
      }
    } finally {
      // Never leave a read landing in a buffer that may be reused, nor on a file about to be closed.
      await reading.catch(() => undefined);
    }
  }

  /** Seals the last piece, waits for every write; returns the file's sha256 and size (and the input's hash). */
  async finish(): Promise<{ sha256: string; size: number; inputSha256?: string }> {
    // A gzip file needs a member even for no bytes at all.
    if (this.filled > 0 || (this.options.gzip && this.members === 0)) this.seal();
    while (this.made.length > 0) await this.emit(this.made.shift()!);
    await Promise.all(this.writes);
    return { sha256: this.hash.digest('hex'), size: this.position, inputSha256: this.inputHash?.digest('hex') };
  }

  /** Waits for what is in flight, whatever becomes of it: after a failure, nothing writes to the file any more. */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.made.map((m) => m.parts), ...this.writes]);
  }

  private async advance(n: number, incompressible: boolean): Promise<void> {
    this.filled += n;
    if (!incompressible) this.unmarked += n;
    if (this.filled < GZIP_PIECE) return;
    this.options.signal?.throwIfAborted();
    this.seal();
    // Bounded work ahead keeps memory flat: the oldest member goes out before more is read.
    while (this.made.length > this.options.parallel) await this.emit(this.made.shift()!);
  }

  private seal(): void {
    const piece = this.piece.subarray(0, this.filled);
    const unmarked = this.unmarked;
    this.inputHash?.update(piece);
    this.members++;
    const parts = this.encode(piece, unmarked);
    parts.catch(() => undefined); // surfaced when its turn comes
    this.made.push({ parts, piece: this.piece });
    this.piece = this.upcoming ?? this.take();
    this.upcoming = undefined;
    this.filled = 0;
    this.unmarked = 0;
  }

  private async encode(piece: Buffer, unmarked: number): Promise<Buffer[]> {
    if (!this.options.gzip) return [piece];
    if (unmarked <= UNMARKED_ALLOWANCE) return storedMember(piece);
    if (this.options.level > 0 && (await isCompressible(piece))) return [await deflatedMember(piece, this.options.level)];
    return storedMember(piece);
  }

  private async emit(member: Member): Promise<void> {
    const parts = await member.parts;
    let length = 0;
    for (const part of parts) {
      this.hash.update(part);
      length += part.length;
    }
    if (this.writes.length >= WRITES_IN_FLIGHT) await this.writes.shift();
    const write = writeFully(this.file, parts, this.position).then(() => {
      this.free.push(member.piece);
    });
    write.catch(() => undefined); // surfaced when awaited
    this.writes.push(write);
    this.position += length;
  }

  private take(): Buffer {
    return this.free.pop() ?? Buffer.allocUnsafe(GZIP_PIECE);
  }
}
