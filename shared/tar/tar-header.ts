// Deterministic tar headers (docs formats.md §5.1): USTAR when the entry fits, else a PAX 'x' record
// first, as Go's archive/tar does; fixed owner, no atime/ctime, no record padding.

export const BLOCK = 512;

export type EntryType = 'file' | 'directory' | 'symlink' | 'hardlink';

export interface TarEntry {
  /** Relative path with '/' separators; directories end with '/'. */
  path: string;
  type: EntryType;
  size?: number;
  mode?: number;
  /** Seconds since the epoch. */
  mtime?: number;
  linkname?: string;
  uid?: number;
  gid?: number;
}

const TYPEFLAG: Record<EntryType, string> = { file: '0', hardlink: '1', symlink: '2', directory: '5' };
const MAX_OCTAL_7 = 0o7777777;
const MAX_SIZE_11 = 0o77777777777;

function isAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

/** Splits a long ASCII path into USTAR prefix (≤155) and name (≤100) at a '/', if possible. */
function splitUstarPath(path: string): { prefix: string; name: string } | undefined {
  if (!isAscii(path)) return undefined;
  if (Buffer.byteLength(path) <= 100) return { prefix: '', name: path };
  for (let i = path.length - 1; i > 0; i--) {
    if (path[i] !== '/') continue;
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (prefix.length <= 155 && name.length <= 100 && name.length > 0) return { prefix, name };
  }
  return undefined;
}

function ustarHeader(fields: {
  name: string;
  prefix: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
  typeflag: string;
  linkname: string;
}): Buffer {
  const header = Buffer.alloc(BLOCK);
  const put = (offset: number, width: number, text: string) => header.write(text, offset, Math.min(width, Buffer.byteLength(text)), 'utf8');
  put(0, 100, fields.name);
  put(100, 8, octal(fields.mode, 8));
  put(108, 8, octal(fields.uid, 8));
  put(116, 8, octal(fields.gid, 8));
  put(124, 12, octal(fields.size, 12));
  put(136, 12, octal(fields.mtime, 12));
  put(148, 8, '        ');
  put(156, 1, fields.typeflag);
  put(157, 100, fields.linkname);
  put(257, 6, 'ustar\0');
  put(263, 2, '00');
  put(329, 8, octal(0, 8)); // devmajor
  put(337, 8, octal(0, 8)); // devminor
  put(345, 155, fields.prefix);
  let sum = 0;
  for (const byte of header) sum += byte;
  put(148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return header;
}

/** A PAX record: "<len> <key>=<value>\n", where <len> counts itself. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length = String(length).length + Buffer.byteLength(body);
  return `${length}${body}`;
}

export function padding(size: number): Buffer {
  const rest = size % BLOCK;
  return rest === 0 ? Buffer.alloc(0) : Buffer.alloc(BLOCK - rest);
}

/** The header block(s) for an entry; the data (and its padding) follows. */
export function encodeHeader(entry: TarEntry): Buffer {
  const size = entry.type === 'file' ? (entry.size ?? 0) : 0;
  const mode = entry.mode ?? (entry.type === 'directory' ? 0o755 : 0o644);
  const mtime = Math.floor(entry.mtime ?? 0);
  const uid = entry.uid ?? 0;
  const gid = entry.gid ?? 0;
  const linkname = entry.linkname ?? '';
  const records: [string, string][] = [];
  const split = splitUstarPath(entry.path);
  if (!split) records.push(['path', entry.path]);
  if (Buffer.byteLength(linkname) > 100 || !isAscii(linkname)) records.push(['linkpath', linkname]);
  if (size > MAX_SIZE_11) records.push(['size', String(size)]);
  if (uid > MAX_OCTAL_7) records.push(['uid', String(uid)]);
  if (gid > MAX_OCTAL_7) records.push(['gid', String(gid)]);
  const main = ustarHeader({
    name: split?.name ?? asciiFallback(entry.path, 100),
    prefix: split?.prefix ?? '',
    mode,
    uid: Math.min(uid, MAX_OCTAL_7),
    gid: Math.min(gid, MAX_OCTAL_7),
    size: Math.min(size, MAX_SIZE_11),
    mtime,
    typeflag: TYPEFLAG[entry.type],
    linkname: records.some(([k]) => k === 'linkpath') ? asciiFallback(linkname, 100) : linkname,
  });
  if (records.length === 0) return main;
  records.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const body = Buffer.from(records.map(([k, v]) => paxRecord(k, v)).join(''), 'utf8');
  const base = entry.path.replace(/\/$/, '').split('/').pop() ?? '';
  const dir = entry.path.replace(/\/$/, '').split('/').slice(0, -1).join('/');
  const paxName = asciiFallback(`${dir ? `${dir}/` : ''}PaxHeaders.0/${base}`, 100);
  const pax = ustarHeader({ name: paxName, prefix: '', mode: 0o644, uid: 0, gid: 0, size: body.length, mtime, typeflag: 'x', linkname: '' });
  return Buffer.concat([pax, body, padding(body.length), main]);
}

function asciiFallback(text: string, width: number): string {
  // The real value is in the PAX record; the USTAR field holds a readable, truncated ASCII form.
  return text.replace(/[^\x20-\x7e]/g, '_').slice(0, width);
}

/** Two zero blocks end an archive (no record padding: it would change the digest). */
export function endOfArchive(): Buffer {
  return Buffer.alloc(BLOCK * 2);
}
