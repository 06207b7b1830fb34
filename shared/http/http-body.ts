// Reading small HTTP bodies (manifests, JSON, error messages) whole, with a size cap: a server that
// sends more than it should cannot make prel buffer it.
import type { Readable } from 'node:stream';
import { withoutName } from '../errors/errors.js';

export class BodyTooLargeError extends Error {}

export async function readCapped(body: Readable, limit: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += (chunk as Buffer).length;
    if (total > limit) {
      body.destroy();
      throw new BodyTooLargeError(`${what}: larger than ${limit} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** An error as one phrase for a retry log line: its message, plus its code when the message lacks it. */
export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: string }).code;
    return code && !err.message.includes(code) ? `${err.message} (${code})` : err.message;
  }
  return String(err);
}

/** A retry log line: what was tried, why it failed (without repeating what), and when it goes again. */
export function retryLine(what: string, err: unknown, attempt: number, delayMs: number): string {
  // The error may name what failed itself, whole or by its last part (`blob sha256:…`).
  const why = withoutName(describeError(err), what, true);
  return `${what}: ${why}; retry ${attempt} in ${(delayMs / 1000).toFixed(1)}s`;
}
