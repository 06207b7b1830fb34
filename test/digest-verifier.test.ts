// The one stage between a blob's source and its reader: it hashes in the same pass that hands the bytes
// on and lets the last chunk through only when the whole blob matched, so a reader never gets all of a
// wrong blob.
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, test } from 'vitest';
import { DigestMismatchError, DigestVerifier, TruncatedBodyError, sha256Digest } from '../shared/image/digest.js';

/** Reads `chunks` through a verifier for (digest, size) into a reader; what the reader got, and the error. */
async function through(chunks: Buffer[], digest: string, size: number | undefined) {
  let got = 0;
  const reader = new Writable({
    write(chunk: Buffer, _enc, done) {
      got += chunk.length;
      done();
    },
  });
  const error = await pipeline(new DigestVerifier(Readable.from(chunks), digest, size), reader).then(
    () => undefined,
    (err: unknown) => err,
  );
  return { got, error };
}

const blob = Buffer.alloc(300_000, 7);
const chunks = [blob.subarray(0, 100_000), blob.subarray(100_000, 200_000), blob.subarray(200_000)];

describe('DigestVerifier', () => {
  test('a matching blob passes whole', async () => {
    expect(await through(chunks, sha256Digest(blob), blob.length)).toEqual({ got: blob.length, error: undefined });
  });

  test('a wrong last byte: the reader never receives the last chunk', async () => {
    const bad = Buffer.from(blob);
    bad[bad.length - 1] ^= 1;
    const { got, error } = await through([bad.subarray(0, 100_000), bad.subarray(100_000, 200_000), bad.subarray(200_000)], sha256Digest(blob), blob.length);
    expect(error).toBeInstanceOf(DigestMismatchError);
    expect(got).toBeLessThan(blob.length);
  });

  test('a wrong blob of unknown size fails at its end', async () => {
    const { error } = await through(chunks, sha256Digest(Buffer.from('other')), undefined);
    expect(error).toBeInstanceOf(DigestMismatchError);
  });

  test('short and long bodies fail, the short one as a transport fault', async () => {
    expect((await through(chunks.slice(0, 2), sha256Digest(blob), blob.length)).error).toBeInstanceOf(TruncatedBodyError);
    expect((await through([...chunks, Buffer.from('x')], sha256Digest(blob), blob.length)).error).toBeInstanceOf(DigestMismatchError);
  });

  test('an error of the source fails the verifier with it', async () => {
    const source = new Readable({ read() {} });
    const verifier = new DigestVerifier(source, sha256Digest(blob), blob.length);
    const failed = new Promise<unknown>((resolve) => verifier.once('error', resolve));
    source.destroy(new Error('connection reset'));
    expect(await failed).toMatchObject({ message: 'connection reset' });
  });

  test('an empty blob is checked too', async () => {
    expect((await through([], sha256Digest(Buffer.alloc(0)), 0)).error).toBeUndefined();
    expect((await through([], sha256Digest(Buffer.from('x')), 0)).error).toBeInstanceOf(DigestMismatchError);
  });
});

describe('DigestVerifier reads its source at the reader’s pace', () => {
  /** A source of `total` bytes in 64 KiB chunks that counts what it has handed out. */
  function countingSource(total: number) {
    const state = { produced: 0 };
    const source = new Readable({
      read() {
        if (state.produced >= total) return void this.push(null);
        const n = Math.min(64 * 1024, total - state.produced);
        state.produced += n;
        this.push(Buffer.alloc(n, 1));
      },
    });
    return { source, state };
  }

  test('a reader that stops taking bytes stops the source: memory stays bounded', async () => {
    const total = 32 * 1024 * 1024;
    const { source, state } = countingSource(total);
    const verifier = new DigestVerifier(source, sha256Digest(Buffer.alloc(total, 1)), total);
    // Nobody reads: the source must pause after a few chunks, not run on into memory.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(state.produced).toBeLessThan(2 * 1024 * 1024);
    let got = 0;
    for await (const chunk of verifier) got += (chunk as Buffer).length;
    expect(got).toBe(total);
    expect(state.produced).toBe(total);
  });

  test('a stall names the side that went quiet', async () => {
    const quiet = new DigestVerifier(new Readable({ read() {} }), sha256Digest(blob), blob.length, undefined, 50);
    const sourceErr = await new Promise<unknown>((resolve) => quiet.once('error', resolve));
    expect(sourceErr).toMatchObject({ name: 'StalledBodyError', side: 'source' });

    const { source } = countingSource(8 * 1024 * 1024);
    const unread = new DigestVerifier(source, sha256Digest(Buffer.alloc(8 * 1024 * 1024, 1)), 8 * 1024 * 1024, undefined, 50);
    const targetErr = await new Promise<unknown>((resolve) => unread.once('error', resolve));
    expect(targetErr).toMatchObject({ name: 'StalledBodyError', side: 'target' });
  });
});
