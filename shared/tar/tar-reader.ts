// Reads a small tar (optionally gzip'd) held in memory into its entries: Helm chart archives, and tests
// that check exactly what an archive holds (names, order, types, modes, owners, mtimes, contents).
import { gunzipSync } from 'node:zlib';

/** Charts are kilobytes; anything near this is not a chart (or is a decompression bomb). */
const MAX_TAR_BYTES = 512 << 20;

export interface TarEntryRead {
  path: string;
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  linkname: string;
  data: Buffer;
}

export const TYPES: Record<string, TarEntryRead['type']> = { '0': 'file', '\0': 'file', '1': 'hardlink', '2': 'symlink', '5': 'directory' };

export function text(block: Buffer, offset: number, length: number): string {
  const field = block.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? length : end).toString('utf8');
}

export function octal(block: Buffer, offset: number, length: number): number {
  return parseInt(text(block, offset, length).trim() || '0', 8);
}

export function paxRecords(data: Buffer): Record<string, string> {
  const records: Record<string, string> = {};
  for (let at = 0; at < data.length; ) {
    const space = data.indexOf(0x20, at);
    const length = Number(data.subarray(at, space).toString('ascii'));
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    records[record.slice(0, eq)] = record.slice(eq + 1);
    at += length;
  }
  return records;
}

export function readTar(bytes: Buffer): TarEntryRead[] {
  const tar = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes, { maxOutputLength: MAX_TAR_BYTES }) : bytes;
  const entries: TarEntryRead[] = [];
  let pax: Record<string, string> = {};
  let longName: string | undefined;
  let longLink: string | undefined;
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    if (!text(header, 257, 6).startsWith('ustar')) throw new Error(`not a tar archive (bad header at byte ${offset})`);
    const size = octal(header, 124, 12);
    if (offset + 512 + size > tar.length) throw new Error(`tar archive is truncated (entry at byte ${offset})`);
    const data = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    const typeflag = String.fromCharCode(header[156]);
    if (typeflag === 'x') {
      pax = paxRecords(data);
      continue;
    }
    if (typeflag === 'g') continue; // global PAX header: nothing prel needs from it
    if (typeflag === 'L' || typeflag === 'K') {
      // GNU long name / long link for the next entry
      const value = data.toString('utf8').replace(/\0+$/, '');
      if (typeflag === 'L') longName = value;
      else longLink = value;
      continue;
    }
    const prefix = text(header, 345, 155);
    const name = text(header, 0, 100);
    entries.push({
      path: pax.path ?? longName ?? (prefix ? `${prefix}/${name}` : name),
      type: TYPES[typeflag] ?? 'other',
      mode: octal(header, 100, 8),
      uid: octal(header, 108, 8),
      gid: octal(header, 116, 8),
      mtime: octal(header, 136, 12),
      linkname: pax.linkpath ?? longLink ?? text(header, 157, 100),
      data: Buffer.from(data),
    });
    pax = {};
    longName = undefined;
    longLink = undefined;
  }
  return entries;
}
