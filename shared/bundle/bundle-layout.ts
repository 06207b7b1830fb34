// Where each `files` line puts its bytes inside the bundle folder: local files and folder trees are
// looked at (never read), remote sources get their path; then no two lines may claim one path.
import { constants } from 'node:fs';
import { access, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ConfigurationError } from '../errors/errors.js';
import { workspacePath } from '../action/inputs.js';
import { parentDirectories } from '../tar/tar-writer.js';
import { describeLine, type BundleLine } from './bundle-lines.js';

/** A file of the bundle whose bytes are already on this machine. */
export interface LocalEntry {
  kind: 'local';
  /** Path inside the bundle folder. */
  path: string;
  line: BundleLine;
  file: string;
  size: number;
  mode: number;
}

/** A file of the bundle still to be downloaded. */
export interface RemoteEntry {
  kind: 'remote';
  path: string;
  line: BundleLine;
}

export interface BundleLayout {
  entries: (LocalEntry | RemoteEntry)[];
  /** Folders copied from folder sources (empty ones included), relative to the bundle folder, without '/'. */
  directories: string[];
}

/** The name written into the bundle by SHA256SUMS-enabled runs. */
export const CHECKSUM_FILE = 'SHA256SUMS';

/** Any x bit on the source keeps the file executable; everything else is 0644. */
export function bundleMode(executable: boolean): number {
  return executable ? 0o755 : 0o644;
}

function errnoCode(err: unknown): string | undefined {
  return (err as { code?: string }).code;
}

/** The last path segment of a remote source: its name when the destination is a folder (`… => bin/`). */
function remoteName(line: BundleLine): string {
  const { source } = line;
  if (source.kind === 'github-release') return source.asset;
  if (source.kind === 'url') {
    const last = new URL(source.url).pathname.split('/').filter(Boolean).pop();
    if (last) return decodeURIComponent(last);
  }
  throw new ConfigurationError(`${describeLine(line)}: the URL has no file name to put inside '${line.destination}/'; name the file in the path-in-bundle.`);
}

export async function planLayout(lines: BundleLine[], options: { checksums: boolean }): Promise<BundleLayout> {
  const layout: BundleLayout = { entries: [], directories: [] };
  const dirOwners = new Map<string, BundleLine>();
  for (const line of lines) {
    if (line.source.kind !== 'local') {
      const path = line.intoFolder ? `${line.destination}/${remoteName(line)}` : line.destination;
      layout.entries.push({ kind: 'remote', path, line });
      continue;
    }
    const file = workspacePath(line.source.path);
    const info = await statSource(file, line, line.source.path);
    if (info.isDirectory()) {
      layout.directories.push(line.destination);
      dirOwners.set(line.destination, line);
      await walkFolder(file, line.destination, line, layout, dirOwners, new Set([await realpath(file)]));
    } else {
      const path = line.intoFolder ? `${line.destination}/${basename(file)}` : line.destination;
      layout.entries.push(await localEntry(file, info, path, line));
    }
  }
  checkConflicts(layout, dirOwners, options.checksums);
  return layout;
}

async function statSource(file: string, line: BundleLine, shown: string): Promise<Awaited<ReturnType<typeof stat>>> {
  try {
    return await stat(file);
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      const hint = line.defaulted ? '; put it in the workspace or list the bundle in the files input' : '';
      throw new ConfigurationError(`${describeLine(line)}: source '${shown}' not found (${file})${hint}.`);
    }
    if (code === 'EACCES') throw new ConfigurationError(`${describeLine(line)}: source '${shown}' cannot be read (${file}): permission denied.`);
    if (code === 'ELOOP') throw new ConfigurationError(`${describeLine(line)}: source '${shown}' is a symbolic link loop (${file}).`);
    throw err;
  }
}

async function localEntry(file: string, info: Awaited<ReturnType<typeof stat>>, path: string, line: BundleLine): Promise<LocalEntry> {
  if (!info.isFile()) throw new ConfigurationError(`${describeLine(line)}: '${file}' is neither a file nor a folder.`);
  try {
    await access(file, constants.R_OK);
  } catch {
    throw new ConfigurationError(`${describeLine(line)}: '${file}' cannot be read: permission denied.`);
  }
  return { kind: 'local', path, line, file, size: Number(info.size), mode: bundleMode((Number(info.mode) & 0o111) !== 0) };
}

/** A folder source's tree, symbolic links followed (like `cp -L`), in name order; a link back up is an error. */
async function walkFolder(
  folder: string,
  destination: string,
  line: BundleLine,
  layout: BundleLayout,
  dirOwners: Map<string, BundleLine>,
  ancestors: Set<string>,
): Promise<void> {
  const names = (await readdir(folder)).sort();
  for (const name of names) {
    const file = join(folder, name);
    const path = `${destination}/${name}`;
    if (name.includes('\n') || name.includes('\\')) {
      throw new ConfigurationError(`${describeLine(line)}: '${file}' has a newline or backslash in its name, which an offline bundle should not carry.`);
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(file);
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') throw new ConfigurationError(`${describeLine(line)}: '${file}' is a broken symbolic link.`);
      if (errnoCode(err) === 'ELOOP') throw new ConfigurationError(`${describeLine(line)}: '${file}' is a symbolic link loop.`);
      throw err;
    }
    if (info.isDirectory()) {
      const real = await realpath(file);
      if (ancestors.has(real)) throw new ConfigurationError(`${describeLine(line)}: '${file}' links back to a folder that contains it.`);
      layout.directories.push(path);
      if (!dirOwners.has(path)) dirOwners.set(path, line);
      await walkFolder(file, path, line, layout, dirOwners, new Set([...ancestors, real]));
    } else {
      layout.entries.push(await localEntry(file, info, path, line));
    }
  }
}

/**
 * One path, one line: two files on one path, or a file where another line puts a folder (a file that
 * would land inside another file), name both lines. SHA256SUMS is the action's own when checksums are on.
 */
function checkConflicts(layout: BundleLayout, dirOwners: Map<string, BundleLine>, checksums: boolean): void {
  /** For each folder implied by a file: one file inside it, for the message. */
  const dirChild = new Map<string, string>();
  const claimParents = (path: string, line: BundleLine, child?: string) => {
    for (const parent of parentDirectories(path)) {
      const dir = parent.slice(0, -1);
      if (!dirOwners.has(dir)) dirOwners.set(dir, line);
      if (child !== undefined && !dirChild.has(dir)) dirChild.set(dir, child);
    }
  };
  for (const [dir, line] of [...dirOwners]) claimParents(dir, line);
  const fileOwners = new Map<string, BundleLine>();
  for (const { path, line } of layout.entries) {
    const earlier = fileOwners.get(path);
    if (earlier) {
      throw new ConfigurationError(`${describeLine(earlier)} and ${describeLine(line)} both put '${path}' in the bundle.`);
    }
    fileOwners.set(path, line);
    claimParents(path, line, path);
  }
  for (const { path, line } of layout.entries) {
    const folderLine = dirOwners.get(path);
    if (folderLine) {
      const child = dirChild.get(path);
      throw new ConfigurationError(
        `${describeLine(line)} puts a file at '${path}', but ${describeLine(folderLine)} makes '${path}' a folder${child ? ` (it puts '${child}' inside)` : ''}.`,
      );
    }
  }
  if (checksums) {
    const owner = fileOwners.get(CHECKSUM_FILE) ?? dirOwners.get(CHECKSUM_FILE);
    if (owner) {
      throw new ConfigurationError(`${describeLine(owner)}: '${CHECKSUM_FILE}' is written by the action (checksums: true); choose another path or set checksums: false.`);
    }
  }
}
