// A component's tags and files read through the GitHub REST API (entries with repositoryFullName).
import path from 'node:path';
import pLimit from 'p-limit';
import { ConfigurationError } from '../errors/errors.js';
import type { ComponentSource, TagInfo } from '../release/component-source.js';
import { readTar } from '../tar/tar-reader.js';
import type { GitHubApi, GitHubContentEntry } from './github-api.js';
import { parseRepositoryFullName } from './github-names.js';

export interface GitHubSourceOptions {
  /** Folders with more files than this are read from one tarball instead of one request per file. */
  tarballAbove?: number;
  /** Parallel file reads for a folder. */
  concurrency?: number;
}

const DEFAULT_TARBALL_ABOVE = 40;
const DEFAULT_CONCURRENCY = 8;
/** Tags of tags of tags…: real repositories have one level; this only stops a loop. */
const MAX_TAG_DEPTH = 8;
/** Bounds the folder walk (each folder is one request). */
const MAX_FOLDERS = 2_000;

/** A folder path inside the repository, without leading/trailing slashes; `..` is refused. */
function repoPath(input: string, label: string): string {
  const normal = path.posix.normalize(`/${input.trim()}`).replace(/^\/+|\/+$/g, '');
  if (normal.split('/').includes('..')) throw new ConfigurationError(`${input}: a path in ${label} may not leave the repository`);
  return normal;
}

export class GitHubComponentSource implements ComponentSource {
  readonly label: string;
  private readonly owner: string;
  private readonly repo: string;
  private readonly tarballAbove: number;
  private readonly concurrency: number;
  private repoChecked?: Promise<void>;
  private readonly commitDates = new Map<string, Date | undefined>();
  /** The last tarball read, so several chart folders at one tag cost one download. */
  private tarball?: { ref: string; bytes: Promise<Buffer> };

  constructor(
    fullName: string,
    private readonly client: GitHubApi,
    options: GitHubSourceOptions = {},
  ) {
    const { owner, repo } = parseRepositoryFullName(fullName);
    this.owner = owner;
    this.repo = repo;
    this.label = `${owner}/${repo}`;
    this.tarballAbove = options.tarballAbove ?? DEFAULT_TARBALL_ABOVE;
    this.concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  }

  async listTags(): Promise<TagInfo[]> {
    const tags = await this.client.listTags(this.owner, this.repo);
    return tags.map((t) => ({ name: t.name, commit: t.commit.sha }));
  }

  async resolveTag(tag: string): Promise<string | undefined> {
    const ref = await this.client.getRef(this.owner, this.repo, `tags/${tag}`);
    if (!ref) return this.absent();
    // GitHub may answer a prefix match with a list on old servers; only the exact ref counts.
    if (Array.isArray(ref) || ref.ref !== `refs/tags/${tag}`) return this.absent();
    let object = ref.object;
    for (let depth = 0; object.type === 'tag'; depth++) {
      if (depth >= MAX_TAG_DEPTH) throw new ConfigurationError(`tag ${tag} in ${this.label}: more than ${MAX_TAG_DEPTH} nested annotated tags`);
      object = (await this.client.getTag(this.owner, this.repo, object.sha)).object;
    }
    if (object.type !== 'commit') throw new ConfigurationError(`tag ${tag} in ${this.label} points to a ${object.type}, not a commit`);
    return object.sha;
  }

  async commitDate(commit: string): Promise<Date | undefined> {
    if (this.commitDates.has(commit)) return this.commitDates.get(commit);
    const found = await this.client.getCommit(this.owner, this.repo, commit);
    const when = found?.commit.committer?.date ?? found?.commit.author?.date;
    const date = when ? new Date(when) : undefined;
    const valid = date && !Number.isNaN(date.getTime()) ? date : undefined;
    this.commitDates.set(commit, valid);
    return valid;
  }

  async readFile(tag: string, file: string): Promise<Buffer | undefined> {
    const at = repoPath(file, this.label);
    if (!at) return undefined;
    const content = await this.client.getContent(this.owner, this.repo, at, tag);
    if (!content) return this.absent();
    return content.type === 'file' ? content.content : undefined;
  }

  async readFolder(tag: string, folder: string): Promise<Map<string, Buffer> | undefined> {
    const root = repoPath(folder, this.label);
    const top = await this.client.getContent(this.owner, this.repo, root, tag);
    if (!top) return this.absent();
    if (top.type !== 'dir') return undefined;

    // Walk the listing first: it is cheap and tells whether one tarball beats many file reads.
    const files: GitHubContentEntry[] = [];
    const pending = [...top.entries];
    let folders = 1;
    while (pending.length) {
      const entry = pending.shift()!;
      if (entry.type === 'file') files.push(entry);
      else if (entry.type === 'dir') {
        if (++folders > MAX_FOLDERS) return this.folderFromTarball(tag, root);
        const listing = await this.client.getContent(this.owner, this.repo, entry.path, tag);
        if (listing?.type !== 'dir') throw new ConfigurationError(`${entry.path} in ${this.label} at ${tag} changed while it was read`);
        pending.push(...listing.entries);
      } else {
        throw this.notRegular(tag, entry.path, entry.type);
      }
      if (files.length > this.tarballAbove) return this.folderFromTarball(tag, root);
    }

    const limit = pLimit(this.concurrency);
    const read = await Promise.all(
      files.map((entry) =>
        limit(async () => {
          const content = await this.client.getContent(this.owner, this.repo, entry.path, tag);
          if (content?.type !== 'file') throw new ConfigurationError(`${entry.path} in ${this.label} at ${tag} changed while it was read`);
          return [relativeTo(root, entry.path), content.content] as const;
        }),
      ),
    );
    return new Map(read.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  async close(): Promise<void> {
    this.tarball = undefined;
  }

  private async folderFromTarball(tag: string, root: string): Promise<Map<string, Buffer> | undefined> {
    if (this.tarball?.ref !== tag) {
      const bytes = this.client.getTarball(this.owner, this.repo, tag);
      this.tarball = { ref: tag, bytes };
      bytes.catch(() => {
        if (this.tarball?.bytes === bytes) this.tarball = undefined;
      });
    }
    const entries = readTar(await this.tarball.bytes);
    const files = new Map<string, Buffer>();
    let found = false;
    for (const entry of entries) {
      // Every entry sits under one top folder, `<owner>-<repo>-<sha7>/`.
      const slash = entry.path.indexOf('/');
      if (slash < 0) continue;
      const inRepo = entry.path.slice(slash + 1).replace(/\/+$/, '');
      const relative = root === '' ? inRepo : inRepo.startsWith(`${root}/`) ? inRepo.slice(root.length + 1) : inRepo === root ? '' : undefined;
      if (relative === undefined) continue;
      found = true;
      if (relative === '' || entry.type === 'directory') continue;
      if (entry.type !== 'file') throw this.notRegular(tag, inRepo, entry.type);
      if (relative.split('/').includes('..') || path.posix.isAbsolute(relative)) {
        throw new ConfigurationError(`${inRepo} in ${this.label} at ${tag}: the archive entry leaves the folder`);
      }
      files.set(relative, entry.data);
    }
    return found ? new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : undefined;
  }

  private notRegular(tag: string, file: string, type: string): ConfigurationError {
    return new ConfigurationError(`${file} in ${this.label} at ${tag} is a ${type}; only regular files are collected`);
  }

  /** Nothing at that tag or path; but when the repository itself is missing, say so instead. */
  private async absent(): Promise<undefined> {
    this.repoChecked ??= this.client.getRepo(this.owner, this.repo).then(() => undefined);
    const check = this.repoChecked;
    try {
      await check;
    } catch (err) {
      if (this.repoChecked === check && !(err instanceof ConfigurationError)) this.repoChecked = undefined;
      throw err;
    }
    return undefined;
  }
}

function relativeTo(root: string, file: string): string {
  return root === '' ? file : file.slice(root.length + 1);
}
