// images.lock: what a packed release holds, one line per image, plain text so that a site can read it
// with awk or a POSIX shell: `<repository>:<tag> <root digest> <every manifest, config and layer digest
// it needs…>`, lines sorted by reference, the needed digests sorted and each once. `#` lines are comments.
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../files/atomic-write.js';
import type { PathOwner } from '../errors/fs-errors.js';
import { ConfigurationError } from '../errors/errors.js';
import type { CollectedImage } from '../transfer/collecting-sink.js';
import type { ManifestNode } from '../transfer/image-graph.js';
import { compareTarPaths } from '../tar/tar-writer.js';

export interface LockEntry {
  /** `<repository>:<tag>`, or `<repository>@<digest>` for an image listed by digest. */
  reference: string;
  /** The manifest or index the tag points at. */
  root: string;
  /** Child manifests, configs and layers, sorted, without the root. */
  needs: string[];
}

/** The lock's name beside the archive and inside the bundle. */
export const LOCK_FILE = 'images.lock';

const DIGEST = /^sha256:[0-9a-f]{64}$/;

export function lockReference(repository: string, tag: string | undefined, root: string): string {
  return tag ? `${repository}:${tag}` : `${repository}@${root}`;
}

/** The repository and tag a lock reference names (no tag for `<repository>@<digest>`). */
export function splitLockReference(reference: string): { repository: string; tag?: string } {
  const at = reference.indexOf('@');
  if (at >= 0) return { repository: reference.slice(0, at) };
  const colon = reference.lastIndexOf(':');
  return { repository: reference.slice(0, colon), tag: reference.slice(colon + 1) };
}

export function lockEntry(image: CollectedImage): LockEntry {
  const needs = new Set<string>();
  const walk = (node: ManifestNode) => {
    if (node !== image.root) needs.add(node.digest);
    node.blobs.forEach((b) => needs.add(b.digest));
    node.children.forEach(walk);
  };
  walk(image.root);
  needs.delete(image.root.digest);
  return { reference: lockReference(image.repository, image.tag, image.root.digest), root: image.root.digest, needs: [...needs].sort() };
}

export function lockText(entries: readonly LockEntry[]): string {
  return [...entries]
    .sort((a, b) => compareTarPaths(a.reference, b.reference))
    .map((e) => `${[e.reference, e.root, ...e.needs].join(' ')}\n`)
    .join('');
}

/** Parses a lock; `where` names it in messages (`previous-lock (path)`), each error with its line. */
export function parseLock(text: string, where: string, file?: string): LockEntry[] {
  const entries: LockEntry[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [reference, root, ...needs] = line.split(/\s+/);
    const bad = [root, ...needs].find((d) => d === undefined || !DIGEST.test(d));
    if (bad !== undefined || !/[:@]/.test(reference)) {
      const what = bad === undefined ? `'${reference}' is not a <repository>:<tag> reference` : `'${bad ?? ''}' is not a sha256 digest`;
      throw new ConfigurationError(`${where}:${index + 1}: ${what} (an images.lock line is '<reference> <root digest> <digests…>').`, file ? { file, line: index + 1 } : undefined);
    }
    entries.push({ reference, root, needs });
  });
  return entries;
}

export async function readLockFile(path: string, where: string, shown: string): Promise<LockEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT') throw new ConfigurationError(`${where}: ${shown} not found.`);
    if (code === 'EISDIR') throw new ConfigurationError(`${where}: ${shown} is a folder, not an images.lock file.`);
    if (code === 'EACCES') throw new ConfigurationError(`${where}: ${shown} cannot be read: permission denied.`);
    throw err;
  }
  return parseLock(text, `${where} (${shown})`, shown);
}

/** Every digest a lock names: what the site already has when it is the previous release's lock. */
export function lockDigests(entries: readonly LockEntry[]): Set<string> {
  return new Set(entries.flatMap((e) => [e.root, ...e.needs]));
}

/** Writes the lock of the packed images, atomically. */
export async function writeLock(path: string, images: readonly CollectedImage[], owner?: PathOwner): Promise<LockEntry[]> {
  const entries = images.map(lockEntry);
  await writeFileAtomic(path, lockText(entries), { owner });
  return entries;
}
