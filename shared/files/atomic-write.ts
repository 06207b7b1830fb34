// Writes files so that readers never see a half-written one: temp file in the same folder, then rename.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { lstat, mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ConfigurationError } from '../errors/errors.js';
import { ownerText, writingTo, type PathOwner } from '../errors/fs-errors.js';
import { displayPath } from '../action/inputs.js';

export interface AtomicWriteOptions {
  mode?: number;
  /** The input that named the path: a local failure is reported against it (fs-errors), never the temp file. */
  owner?: PathOwner;
}

function tempNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Runs `write(temp)` into a temp file beside `path` and renames it into place; removes the temp file on failure. */
async function viaTempFile(path: string, owner: PathOwner | undefined, write: (temp: string) => Promise<void>): Promise<void> {
  const body = async () => {
    await mkdir(dirname(path), { recursive: true });
    const temp = tempNameFor(path);
    try {
      await write(temp);
      await rename(temp, path);
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
  };
  await (owner ? writingTo(path, owner, body) : body());
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  await viaTempFile(path, options.owner, (temp) => writeFile(temp, data, { mode: options.mode }));
}

/** Streams into a temp file and renames it into place only when the whole stream arrived. */
export async function streamToFileAtomic(path: string, source: Readable | AsyncIterable<Uint8Array>, options: AtomicWriteOptions = {}): Promise<void> {
  await viaTempFile(path, options.owner, (temp) => pipeline(source, createWriteStream(temp)));
}

/** Removes a file if present (reports from an earlier run that no longer apply). */
export async function removeIfPresent(path: string): Promise<void> {
  await rm(path, { force: true });
}

/** A gzip stream or a tar (the `ustar` magic), which is all prel's archives are. */
async function looksLikeArchive(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(262);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) || (bytesRead >= 262 && head.toString('latin1', 257, 262) === 'ustar');
  } finally {
    await handle.close();
  }
}

/**
 * Removes outputs an earlier run left, at the start of a run, so a failure never leaves one looking current.
 * Only the names prel itself writes are passed here, and only files are removed: a folder is left for the
 * up-front check to refuse.
 */
export async function removeStaleOutputs(paths: string[], owner: PathOwner, options: { archives?: boolean } = {}): Promise<void> {
  for (const path of paths) {
    await writingTo(path, owner, async () => {
      const kind = await lstat(path).catch(() => undefined);
      if (!kind || kind.isDirectory()) return;
      // An archive name the user pointed at some other file of theirs: refuse rather than delete it.
      if (options.archives && !(await looksLikeArchive(path))) {
        throw new ConfigurationError(`${ownerText(owner)}: ${displayPath(path)} exists and is not an archive; prel only replaces its own archives, so move it away or choose another path.`);
      }
      await rm(path, { force: true });
    });
  }
}
