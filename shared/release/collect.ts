// collect-charts' work: fetch every resource at its pinned tag, fill the package-time placeholders, and
// write <addons>/<targetPath>/<basename>, all into a staging folder swapped in at the end — a failed run
// leaves addons-path as it was.
import { cp, lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, posix, relative } from 'node:path';
import pLimit from 'p-limit';
import { readChartArchive } from '../charts/helm-chart.js';
import { ConfigurationError } from '../errors/errors.js';
import { displayPath } from '../action/inputs.js';
import type { Logger } from '../action/logger.js';
import { atEntry, type ChartEntry } from './charts-list.js';
import type { ComponentSource } from './component-source.js';
import { fillPlaceholders } from './placeholders.js';

export interface CollectRequest {
  entries: ChartEntry[];
  /** Display name of the release file, for messages. */
  releaseFile: string;
  addonsPath: string;
  clean: boolean;
  concurrency: number;
  sourceFor: (entry: ChartEntry) => ComponentSource;
  logger: Logger;
}

export interface CollectedFile {
  /** Path under addons-path, '/'-separated. */
  path: string;
  repository: string;
  tag: string;
  resource: string;
}

export interface CollectOutcome {
  files: CollectedFile[];
  /** Files that were in addons-path and are not any more (clean: true). */
  removed: string[];
}

/** The TagOfRepo map: each repository name → its tag (the first entry of a repository listed twice). */
export function tagsByRepoName(entries: ChartEntry[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of entries) if (entry.tag && !map.has(entry.name)) map.set(entry.name, entry.tag);
  return map;
}

function isText(bytes: Buffer): boolean {
  return !bytes.subarray(0, 8000).includes(0);
}

async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else out.push(relative(root, path).split('\\').join('/'));
    }
  };
  await walk(root);
  return out.sort();
}

export async function collectCharts(request: CollectRequest): Promise<CollectOutcome> {
  const { entries, logger } = request;
  const tagOfRepo = tagsByRepoName(entries);
  const wanted = entries.filter((e) => e.resourcePaths.length > 0);
  for (const entry of wanted) {
    if (!entry.tag) {
      throw new ConfigurationError(`${request.releaseFile}:${entry.line}: ${entry.repositoryFullName} has no tag: run resolve-tags first, or pin one.`, {
        file: request.releaseFile,
        line: entry.line,
      });
    }
  }
  const parent = dirname(request.addonsPath);
  await mkdir(parent, { recursive: true });
  const staging = join(parent, `.${basename(request.addonsPath)}.prel-staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    if (!request.clean) await cp(request.addonsPath, staging, { recursive: true }).catch(() => mkdir(staging, { recursive: true }));
    else await mkdir(staging, { recursive: true });
    const claimed = new Map<string, string>();
    const files: CollectedFile[] = [];
    const claim = (path: string, what: string) => {
      const earlier = claimed.get(path);
      if (earlier) throw new ConfigurationError(`${what} and ${earlier} both land on ${posix.join(basename(request.addonsPath), path)}.`);
      claimed.set(path, what);
    };
    const limit = pLimit(request.concurrency);
    // Every fetch settles before the staging folder is removed, so none writes into it afterwards.
    const settled = await Promise.allSettled(
      wanted.map((entry) =>
        limit(async () => {
          try {
            const source = request.sourceFor(entry);
            const tag = entry.tag!;
            if (entry.commit) {
              const now = await source.resolveTag(tag);
              if (now !== entry.commit) {
                throw new ConfigurationError(
                  `${request.releaseFile}:${entry.line}: tag ${tag} of ${source.label} ${now ? `now points to ${now.slice(0, 12)}` : 'no longer exists'}, not ${entry.commit.slice(0, 12)} as resolved: run resolve-tags again and review the change.`,
                  { file: request.releaseFile, line: entry.line },
                );
              }
            }
            for (const resource of entry.resourcePaths) {
              const what = `${source.label}@${tag}:${resource}`;
              const target = posix.join(entry.targetPath!, posix.basename(resource));
              const fill = (bytes: Buffer, file: string) =>
                isText(bytes) ? Buffer.from(fillPlaceholders(bytes.toString('utf8'), tag, tagOfRepo, file)) : bytes;
              const file = await source.readFile(tag, resource);
              if (file) {
                claim(target, what);
                const out = join(staging, target);
                await mkdir(dirname(out), { recursive: true });
                if (resource.endsWith('.tgz')) {
                  await writeFile(out, file);
                  await readChartArchive(out, what); // refuses entries that escape the chart folder
                } else {
                  await writeFile(out, fill(file, what));
                }
                files.push({ path: target, repository: source.label, tag, resource });
                continue;
              }
              const folder = await source.readFolder(tag, resource);
              if (!folder) throw new ConfigurationError(`${what}: no such file or folder at tag ${tag}.`);
              for (const [inner, bytes] of [...folder].sort(([a], [b]) => (a < b ? -1 : 1))) {
                const path = posix.join(target, inner);
                if (posix.normalize(path).startsWith('..') || posix.isAbsolute(inner) || inner.split('/').includes('..')) {
                  throw new ConfigurationError(`${what}: '${inner}' escapes the folder.`);
                }
                claim(path, `${what}/${inner}`);
                const out = join(staging, path);
                await mkdir(dirname(out), { recursive: true });
                await writeFile(out, fill(bytes, `${what}/${inner}`));
                files.push({ path, repository: source.label, tag, resource: `${resource}/${inner}` });
              }
            }
          } catch (err) {
            throw atEntry(err, request.releaseFile, entry);
          }
        }),
      ),
    );
    const failure = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw failure.reason;
    const before = await listFiles(request.addonsPath);
    const produced = new Set(files.map((f) => f.path));
    const removed = request.clean ? before.filter((f) => !produced.has(f)) : [];
    await swapInto(staging, request.addonsPath);
    files.sort((a, b) => (a.path < b.path ? -1 : 1));
    logger.info(`${files.length} files collected into ${request.addonsPath}${removed.length ? `, ${removed.length} removed` : ''}`);
    return { files, removed };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Replaces `target` by `staging` with two renames, so readers see the old tree or the new one. */
async function swapInto(staging: string, target: string): Promise<void> {
  const old = `${target}.prel-old-${process.pid}`;
  await rm(old, { recursive: true, force: true });
  const existing = await lstat(target).catch(() => undefined);
  // Only a folder is swapped out (and then removed): anything else at the path is the user's.
  if (existing && !existing.isDirectory()) throw new ConfigurationError(`'${displayPath(target)}' is a file, not a folder; it was left as it is.`);
  const hadOld = existing !== undefined;
  if (hadOld) await rename(target, old);
  try {
    await rename(staging, target);
  } catch (err) {
    if (hadOld) await rename(old, target);
    throw err;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}
