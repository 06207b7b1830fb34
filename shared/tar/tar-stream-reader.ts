// Reads a tar as it streams past, entry by entry, without holding it: each entry's body is read (or
// left, and then skipped) before the next header. For archives too big for memory (a bundle, the
// registry storage inside it). PAX and GNU long names are honoured, like tar-reader.ts.
import { BLOCK } from './tar-header.js';
import { TYPES, octal, paxRecords, text, type TarEntryRead } from './tar-reader.js';

export interface TarStreamEntry {
  path: string;
  type: TarEntryRead['type'];
  size: number;
  linkname: string;
  /** The entry's bytes; iterate at most once, before asking for the next entry. */
  body: AsyncIterable<Buffer>;
}

/** Pulls exact byte counts from a chunk iterator. */
class ByteReader {
  private chunks: Buffer[] = [];
  private length = 0;
  private ended = false;
  /** Bytes of the current entry's body not yet handed out. */
  unread = 0;

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  private async fill(wanted: number): Promise<boolean> {
    while (this.length < wanted && !this.ended) {
      const next = await this.source.next();
      if (next.done) this.ended = true;
      else if (next.value.length > 0) {
        this.chunks.push(next.value);
        this.length += next.value.length;
      }
    }
    return this.length >= wanted;
  }

  /** Exactly n bytes, or undefined when the stream ends first. */
  async read(n: number): Promise<Buffer | undefined> {
    if (!(await this.fill(n))) return undefined;
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
    const rest = all.subarray(n);
    this.chunks = rest.length ? [rest] : [];
    this.length = rest.length;
    return all.subarray(0, n);
  }

  /** Up to `unread` bytes of the current body, chunk by chunk as they arrive. */
  async *body(): AsyncGenerator<Buffer> {
    while (this.unread > 0) {
      if (this.length === 0 && !(await this.fill(1))) throw new Error('tar archive is truncated');
      const chunk = this.chunks.shift()!;
      const take = Math.min(chunk.length, this.unread);
      if (take < chunk.length) this.chunks.unshift(chunk.subarray(take));
      this.length -= take;
      this.unread -= take;
      yield chunk.subarray(0, take);
    }
  }

  async skip(n: number): Promise<void> {
    for (let left = n; left > 0; ) {
      const step = Math.min(left, 1 << 20);
      if (!(await this.read(step))) throw new Error('tar archive is truncated');
      left -= step;
    }
  }
}

export async function* readTarStream(source: AsyncIterable<Buffer>): AsyncGenerator<TarStreamEntry> {
  const reader = new ByteReader(source[Symbol.asyncIterator]());
  let pax: Record<string, string> = {};
  let longName: string | undefined;
  let longLink: string | undefined;
  for (let offset = 0; ; ) {
    const header = await reader.read(BLOCK);
    if (!header) throw new Error('tar archive is truncated (no end-of-archive blocks)');
    if (header.every((b) => b === 0)) return;
    if (!text(header, 257, 6).startsWith('ustar')) throw new Error(`not a tar archive (bad header at byte ${offset})`);
    const size = octal(header, 124, 12);
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    offset += BLOCK + padded;
    const typeflag = String.fromCharCode(header[156]);
    if (typeflag === 'x' || typeflag === 'g' || typeflag === 'L' || typeflag === 'K') {
      const data = await reader.read(padded);
      if (!data) throw new Error('tar archive is truncated');
      const value = data.subarray(0, size);
      if (typeflag === 'x') pax = paxRecords(value);
      else if (typeflag === 'L') longName = value.toString('utf8').replace(/\0+$/, '');
      else if (typeflag === 'K') longLink = value.toString('utf8').replace(/\0+$/, '');
      continue;
    }
    const prefix = text(header, 345, 155);
    const name = text(header, 0, 100);
    const path = pax.path ?? longName ?? (prefix ? `${prefix}/${name}` : name);
    const linkname = pax.linkpath ?? longLink ?? text(header, 157, 100);
    const entrySize = pax.size !== undefined ? Number(pax.size) : size;
    pax = {};
    longName = undefined;
    longLink = undefined;
    reader.unread = entrySize;
    yield { path, type: TYPES[typeflag] ?? 'other', size: entrySize, linkname, body: reader.body() };
    // Whatever the consumer left unread, and the padding, before the next header.
    await reader.skip(reader.unread + (Math.ceil(entrySize / BLOCK) * BLOCK - entrySize));
    reader.unread = 0;
  }
}
