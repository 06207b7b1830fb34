// sha256sum-compatible checksums for a bundle: files hashed by streaming them, the `SHA256SUMS` text
// (`sha256sum -c` reads it inside the bundle folder) and the one-line `<archive>.sha256` beside it.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { compareTarPaths } from '../tar/tar-writer.js';

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The file's bytes as a stream that fails at its end unless they hash to `sha256`: a file changed
 * after SHA256SUMS was computed must not end up in a bundle whose SHA256SUMS says otherwise.
 */
export function verifiedReadStream(file: string, sha256: string, changed: () => Error): Readable {
  return Readable.from(
    (async function* () {
      const hash = createHash('sha256');
      for await (const chunk of createReadStream(file)) {
        hash.update(chunk as Buffer);
        yield chunk as Buffer;
      }
      if (hash.digest('hex') !== sha256) throw changed();
    })(),
    { objectMode: false },
  );
}

/** One `sha256sum` line; names with a backslash or newline are escaped the way GNU sha256sum does. */
export function checksumLine(sha256: string, name: string): string {
  if (!/[\\\n]/.test(name)) return `${sha256}  ${name}\n`;
  return `\\${sha256}  ${name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}\n`;
}

/** SHA256SUMS: one line per file, sorted byte-wise by path, like the tar entries. */
export function checksumsText(files: readonly { path: string; sha256: string }[]): string {
  return [...files]
    .sort((a, b) => compareTarPaths(a.path, b.path))
    .map((f) => checksumLine(f.sha256, f.path))
    .join('');
}

/** SHA256SUMS back into path → hex (`<hex>  <path>` or `<hex> *<path>`; escaped names unescaped). */
export function parseChecksums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const escaped = raw.startsWith('\\');
    const line = escaped ? raw.slice(1) : raw;
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!match) continue;
    const name = escaped ? match[2].replace(/\\(\\|n)/g, (_, c: string) => (c === 'n' ? '\n' : '\\')) : match[2];
    sums.set(name, match[1]);
  }
  return sums;
}
