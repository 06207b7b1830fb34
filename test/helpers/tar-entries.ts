// Reads a tar (optionally gzip'd) into its entries with their raw header fields, so tests can check
// exactly what an archive holds: names, order, types, modes, owners, mtimes and contents.
import { gunzipSync } from 'node:zlib';

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

const TYPES: Record<string, TarEntryRead['type']> = { '0': 'file', '\0': 'file', '1': 'hardlink', '2': 'symlink', '5': 'directory' };

function text(block: Buffer, offset: number, length: number): string {
  const field = block.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? length : end).toString('utf8');
}

function octal(block: Buffer, offset: number, length: number): number {
  return parseInt(text(block, offset, length).trim() || '0', 8);
}

function paxRecords(data: Buffer): Record<string, string> {
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
  const tar = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  const entries: TarEntryRead[] = [];
  let pax: Record<string, string> = {};
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const size = octal(header, 124, 12);
    const data = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    const typeflag = String.fromCharCode(header[156]);
    if (typeflag === 'x') {
      pax = paxRecords(data);
      continue;
    }
    const prefix = text(header, 345, 155);
    const name = text(header, 0, 100);
    entries.push({
      path: pax.path ?? (prefix ? `${prefix}/${name}` : name),
      type: TYPES[typeflag] ?? 'other',
      mode: octal(header, 100, 8),
      uid: octal(header, 108, 8),
      gid: octal(header, 116, 8),
      mtime: octal(header, 136, 12),
      linkname: pax.linkpath ?? text(header, 157, 100),
      data: Buffer.from(data),
    });
    pax = {};
  }
  return entries;
}
