// Content digests: computing them, and checking a stream against one while it flows.
import { createHash, type Hash } from 'node:crypto';
import { Readable } from 'node:stream';

export function sha256Digest(data: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

export function digestHex(digest: string): string {
  return digest.slice(digest.indexOf(':') + 1);
}

/** Bytes that do not match the digest (or size) they were fetched by. Never pushed, never packed. */
export class DigestMismatchError extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
    readonly detail: string,
  ) {
    super(`content does not match its digest ${expected}: ${detail}`);
    this.name = 'DigestMismatchError';
  }
}

function hashFor(digest: string): Hash {
  const algorithm = digest.slice(0, digest.indexOf(':'));
  if (algorithm !== 'sha256' && algorithm !== 'sha512') throw new Error(`unsupported digest algorithm '${algorithm}'`);
  return createHash(algorithm);
}

/** Verifies bytes in memory (manifests). */
export function verifyBytes(data: Uint8Array, expected: string): void {
  const actual = `${expected.slice(0, expected.indexOf(':'))}:${hashFor(expected).update(data).digest('hex')}`;
  if (actual !== expected) throw new DigestMismatchError(expected, actual, `got ${actual}`);
}

/**
 * No byte moved through a stream for too long. `side` says which end was idle: the reader not taking
 * bytes (its buffer full) is the target's; no bytes arriving is the source's. A transport fault: retried.
 */
export class StalledBodyError extends Error {
  constructor(
    readonly digest: string,
    readonly side: 'source' | 'target',
    seconds: number,
  ) {
    super(`blob ${digest}: no byte moved for ${seconds}s (${side === 'source' ? 'the source stopped sending' : 'the target stopped reading'})`);
    this.name = 'StalledBodyError';
  }
}

/**
 * A blob's bytes as they come from `source`, hashed in the same pass that hands them on (no second
 * stream stage): the stream fails instead of ending when the bytes are not exactly `size` bytes hashing
 * to `digest`, so a consumer (an upload, an archive) never completes with bad content. With `stallMs` it
 * also fails when no byte passes for that long, whichever end went quiet. The source's own errors fail it
 * too; destroying this stream leaves the source to the caller.
 */
export class DigestVerifier extends Readable {
  private readonly hash: Hash;
  private received = 0;
  private stallTimer?: NodeJS.Timeout;
  private readonly onData = (chunk: Buffer): void => this.onSourceChunk(chunk);
  private readonly onEnd = (): void => this.onSourceEnd();

  constructor(
    private readonly source: Readable,
    private readonly expected: string,
    private readonly size?: number,
    /** Hears about each chunk as it passes (progress). */
    private readonly onChunk?: (length: number) => void,
    stallMs?: number,
  ) {
    super();
    this.hash = hashFor(expected);
    if (stallMs) {
      this.stallTimer = setTimeout(() => {
        const side = this.readableLength >= this.readableHighWaterMark ? 'target' : 'source';
        this.destroy(new StalledBodyError(expected, side, Number((stallMs / 1000).toFixed(1))));
      }, stallMs);
      this.stallTimer.unref();
    }
    source.on('data', this.onData);
    source.once('end', this.onEnd);
    // Kept after this stream is done: a source destroyed later must not throw an unheard error.
    source.on('error', (err) => this.destroy(err));
  }

  get bytes(): number {
    return this.received;
  }

  override _read(): void {
    this.source.resume();
  }

  override _destroy(err: Error | null, callback: (error?: Error | null) => void): void {
    if (this.stallTimer) clearTimeout(this.stallTimer);
    this.source.off('data', this.onData);
    this.source.off('end', this.onEnd);
    callback(err);
  }

  private onSourceChunk(chunk: Buffer): void {
    if (this.destroyed) return;
    this.stallTimer?.refresh();
    this.received += chunk.length;
    if (this.size !== undefined && this.received > this.size) {
      this.destroy(new DigestMismatchError(this.expected, '', `more than the ${this.size} bytes its descriptor declares`));
      return;
    }
    this.hash.update(chunk);
    this.onChunk?.(chunk.length);
    // The last chunk passes only once the whole blob matched: a reader (an upload) never receives a
    // complete wrong blob, so even a registry that does not check digests cannot store one.
    const wrong = this.received === this.size ? this.mismatch() : undefined;
    if (wrong) this.destroy(wrong);
    else if (!this.push(chunk)) this.source.pause();
  }

  private onSourceEnd(): void {
    if (this.destroyed) return;
    // The source is done; what is left is the reader's pace, which the transport's own timeouts bound.
    if (this.stallTimer) clearTimeout(this.stallTimer);
    if (this.size !== undefined && this.received !== this.size) {
      this.destroy(new TruncatedBodyError(this.expected, this.received, this.size));
      return;
    }
    // With a size, the last chunk was checked already (an empty blob has none).
    const wrong = this.size === undefined || this.size === 0 ? this.mismatch() : undefined;
    if (wrong) this.destroy(wrong);
    else this.push(null);
  }

  /** Compares the bytes hashed so far (all of them) with the digest; the error, or undefined. */
  private mismatch(): DigestMismatchError | undefined {
    const actual = `${this.expected.slice(0, this.expected.indexOf(':'))}:${this.hash.digest('hex')}`;
    return actual === this.expected ? undefined : new DigestMismatchError(this.expected, actual, `the bytes received hash to ${actual}`);
  }
}

/** A body that ended early: a transport fault, so it is worth retrying (unlike a digest mismatch). */
export class TruncatedBodyError extends Error {
  constructor(
    readonly digest: string,
    readonly received: number,
    readonly expected: number,
  ) {
    super(`body of ${digest} ended after ${received} of ${expected} bytes`);
    this.name = 'TruncatedBodyError';
  }
}
