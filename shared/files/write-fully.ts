// Positional writes of several buffers that finish the job: writev may write less than asked (a signal, the
// last bytes before a full disk), and the rest follows, never skipped.
import type { FileHandle } from 'node:fs/promises';

/** Writes `parts` in order at `position`; resolves with the byte count. */
export async function writeFully(file: FileHandle, parts: readonly Buffer[], position: number): Promise<number> {
  let rest = parts.filter((part) => part.length > 0);
  let at = position;
  while (rest.length > 0) {
    const { bytesWritten } = await file.writev(rest, at);
    if (bytesWritten === 0) throw new Error('the file took no more bytes');
    at += bytesWritten;
    rest = dropBytes(rest, bytesWritten);
  }
  return at - position;
}

function dropBytes(parts: Buffer[], count: number): Buffer[] {
  let left = count;
  const out: Buffer[] = [];
  for (const part of parts) {
    if (left >= part.length) {
      left -= part.length;
      continue;
    }
    out.push(left > 0 ? part.subarray(left) : part);
    left = 0;
  }
  return out;
}
