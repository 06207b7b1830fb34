// A component read with plain git (charts_list.yaml entries with `url:`): tags from `git ls-remote`, files
// from one shallow local clone per source that fetches each tag once, however many entries need it.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors/errors.js';
import { makeScratchDir } from '../errors/fs-errors.js';
import { silentLogger, type Logger } from '../action/logger.js';
import type { ComponentSource, TagInfo } from '../release/component-source.js';
import { GitError, redactUrlCredentials, runGit, type GitRunner } from './git-cli.js';

export interface GitSourceOptions {
  /** Folder the clone is made in. Default: RUNNER_TEMP, else the system temp folder. */
  cacheRoot?: string;
  /** Time limit of commands that talk to the remote. Default: 10 minutes for a fetch, 2 for ls-remote. */
  fetchTimeoutMs?: number;
  listTimeoutMs?: number;
  logger?: Logger;
  /** Runs git (tests wrap it to count fetches). */
  runGit?: GitRunner;
}

/** One tree entry from `git ls-tree`. */
interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  path: string;
}

interface PendingFetch {
  what: string;
  refspec: string;
  resolve: () => void;
  reject: (err: unknown) => void;
}

const SYMLINK_MODE = '120000';
const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** Refspecs per fetch: tags asked for while a fetch runs go together in the next one. */
const FETCH_BATCH = 64;

/** Whether a tag name can be used safely in a ref, a refspec and an ls-remote pattern (git check-ref-format rules, plus no glob characters). */
export function isValidTagName(tag: string): boolean {
  if (tag === '' || tag.startsWith('-') || tag.startsWith('/') || tag.endsWith('/') || tag.endsWith('.')) return false;
  if (tag.endsWith('.lock') || tag.includes('..') || tag.includes('@{') || tag.includes('//') || tag === '@') return false;
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(tag)) return false;
  return tag.split('/').every((part) => !part.startsWith('.'));
}

/** A path inside the repository without `./`, leading or trailing slashes; '' is the root. */
function repositoryPath(path: string, label: string): string {
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.includes('..')) throw new ConfigurationError(`${label}: path '${path}' leaves the repository`);
  return parts.join('/');
}

function parseTree(output: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of output.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, object] = record.slice(0, tab).split(' ');
    if (mode && type && object) entries.push({ mode, type, object, path: record.slice(tab + 1) });
  }
  return entries;
}

/** `git ls-remote` output: tags with the commit they point to (the peeled `^{}` line wins for annotated tags). */
function parseTagListing(output: string): TagInfo[] {
  const direct = new Map<string, string>();
  const peeled = new Map<string, string>();
  for (const line of output.split('\n')) {
    const match = /^([0-9a-f]+)\trefs\/tags\/(.+?)(\^\{\})?$/.exec(line.trim());
    if (!match || !OBJECT_ID.test(match[1]!)) continue;
    (match[3] ? peeled : direct).set(match[2]!, match[1]!);
  }
  return [...direct.keys()].map((name) => ({ name, commit: peeled.get(name) ?? direct.get(name)! }));
}

export class GitComponentSource implements ComponentSource {
  readonly label: string;
  private readonly url: string;
  private readonly run: GitRunner;
  private readonly logger: Logger;
  private readonly fetchTimeoutMs: number;
  private readonly listTimeoutMs: number;
  /** Only when given: the default is the scratch space (fs-errors names RUNNER_TEMP when it is full). */
  private readonly cacheRoot?: string;
  private clone?: Promise<string>;
  private readonly fetches = new Map<string, Promise<void>>();
  private readonly queue: PendingFetch[] = [];
  private draining?: Promise<void>;
  /** Commits seen in listings, so commitDate can fetch a tag instead of a bare commit. */
  private readonly tagOfCommit = new Map<string, string>();
  private closed = false;

  constructor(url: string, options: GitSourceOptions = {}) {
    this.label = redactUrlCredentials(url);
    if (url.trim() === '' || url.startsWith('-')) throw new ConfigurationError(`'${this.label}' is not a git URL`);
    this.url = url;
    this.run = options.runGit ?? runGit;
    this.logger = options.logger ?? silentLogger;
    this.fetchTimeoutMs = options.fetchTimeoutMs ?? 600_000;
    this.listTimeoutMs = options.listTimeoutMs ?? 120_000;
    this.cacheRoot = options.cacheRoot;
  }

  async listTags(): Promise<TagInfo[]> {
    const tags = parseTagListing(await this.lsRemote(['--tags']));
    for (const tag of tags) if (!this.tagOfCommit.has(tag.commit)) this.tagOfCommit.set(tag.commit, tag.name);
    return tags;
  }

  async resolveTag(tag: string): Promise<string | undefined> {
    if (!isValidTagName(tag)) return undefined;
    const found = parseTagListing(await this.lsRemote([], [`refs/tags/${tag}`, `refs/tags/${tag}^{}`])).find((t) => t.name === tag);
    if (found && !this.tagOfCommit.has(found.commit)) this.tagOfCommit.set(found.commit, tag);
    return found?.commit;
  }

  async commitDate(commit: string): Promise<Date | undefined> {
    if (!OBJECT_ID.test(commit)) return undefined;
    const dir = await this.repository();
    if (!(await this.hasCommit(dir, commit))) {
      const tag = this.tagOfCommit.get(commit);
      try {
        if (tag) await this.fetchTag(tag);
        else await this.fetchOnce(`commit:${commit}`, `commit ${commit}`, commit);
      } catch (err) {
        this.logger.debug(`${this.label}: cannot fetch commit ${commit}: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
      }
    }
    try {
      const iso = (await this.run(['--git-dir', dir, 'log', '-1', '--format=%cI', commit, '--'])).toString('utf8').trim();
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? undefined : date;
    } catch {
      return undefined;
    }
  }

  async readFile(tag: string, path: string): Promise<Buffer | undefined> {
    const entry = await this.entryAt(tag, repositoryPath(path, this.label));
    if (!entry || entry.type !== 'blob' || entry.mode === SYMLINK_MODE) return undefined;
    return this.run(['--git-dir', await this.repository(), 'cat-file', 'blob', entry.object]);
  }

  async readFolder(tag: string, path: string): Promise<Map<string, Buffer> | undefined> {
    const entry = await this.entryAt(tag, repositoryPath(path, this.label));
    if (!entry || entry.type !== 'tree') return undefined;
    const dir = await this.repository();
    const files: TreeEntry[] = [];
    for (const item of parseTree(await this.run(['--git-dir', dir, 'ls-tree', '-r', '-z', entry.object]))) {
      if (item.type === 'blob' && item.mode !== SYMLINK_MODE) files.push(item);
      else this.logger.warning(`${this.label}@${tag}: skipped ${path}/${item.path} (${item.mode === SYMLINK_MODE ? 'a symbolic link' : `a ${item.type}`})`);
    }
    const contents = await this.readBlobs(dir, files.map((file) => file.object));
    return new Map(files.map((file, i) => [file.path, contents[i]!]));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.draining;
    const clone = this.clone;
    this.clone = undefined;
    const dir = await clone?.catch(() => undefined);
    if (dir) await rm(dir, { recursive: true, force: true });
  }

  private async lsRemote(options: string[], patterns: string[] = []): Promise<string> {
    this.assertOpen();
    try {
      return (await this.run(['ls-remote', ...options, '--', this.url, ...patterns], { timeoutMs: this.listTimeoutMs })).toString('utf8');
    } catch (err) {
      throw this.remoteError('cannot list the tags of', err);
    }
  }

  private remoteError(doing: string, err: unknown): Error {
    if (err instanceof ConfigurationError) return err;
    const reason = err instanceof GitError ? err.reason : err instanceof Error ? err.message : String(err);
    return new ConfigurationError(`${doing} ${this.label}: ${redactUrlCredentials(reason)}`);
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`git source ${this.label} is closed`);
  }

  /** The local bare repository, made on first use. */
  private repository(): Promise<string> {
    this.assertOpen();
    this.clone ??= (async () => {
      let dir: string;
      if (this.cacheRoot) {
        await mkdir(this.cacheRoot, { recursive: true });
        dir = await mkdtemp(join(this.cacheRoot, 'prel-git-'));
      } else dir = await makeScratchDir('prel-git-');
      try {
        await this.run(['init', '--quiet', '--bare', dir]);
      } catch (err) {
        await rm(dir, { recursive: true, force: true });
        throw err;
      }
      return dir;
    })();
    return this.clone;
  }

  private async hasCommit(dir: string, commit: string): Promise<boolean> {
    try {
      await this.run(['--git-dir', dir, 'cat-file', '-e', `${commit}^{commit}`]);
      return true;
    } catch {
      return false;
    }
  }

  /** The tree entry at a path of a tag (the root tree for ''), or undefined when nothing is there. */
  private async entryAt(tag: string, path: string): Promise<TreeEntry | undefined> {
    if (!isValidTagName(tag)) throw new ConfigurationError(`${this.label}: '${tag}' is not a valid tag name`);
    await this.fetchTag(tag);
    const dir = await this.repository();
    const ref = `refs/tags/${tag}`;
    if (path === '') {
      const tree = (await this.run(['--git-dir', dir, 'rev-parse', '--verify', '--quiet', `${ref}^{tree}`])).toString('utf8').trim();
      return { mode: '040000', type: 'tree', object: tree, path: '' };
    }
    const output = await this.run(['--git-dir', dir, '--literal-pathspecs', 'ls-tree', '-z', ref, '--', path]);
    return parseTree(output).find((entry) => entry.path === path);
  }

  private fetchTag(tag: string): Promise<void> {
    return this.fetchOnce(`tag:${tag}`, `tag '${tag}'`, `+refs/tags/${tag}:refs/tags/${tag}`);
  }

  /** Fetches a refspec once per source; concurrent callers share the fetch, a failed one is tried again next time. */
  private fetchOnce(key: string, what: string, refspec: string): Promise<void> {
    this.assertOpen();
    let fetched = this.fetches.get(key);
    if (!fetched) {
      fetched = new Promise<void>((resolve, reject) => this.queue.push({ what, refspec, resolve, reject }));
      this.fetches.set(key, fetched);
      fetched.catch(() => this.fetches.delete(key));
      this.draining ??= this.drain();
    }
    return fetched;
  }

  /** Runs the queued fetches one git process at a time (a shallow repository takes one fetch at a time). */
  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, FETCH_BATCH);
        try {
          await this.fetch(batch);
          for (const item of batch) item.resolve();
        } catch (err) {
          if (batch.length === 1) {
            batch[0]!.reject(err);
            continue;
          }
          // One missing tag fails the whole command: fetch each alone so each gets its own answer.
          for (const item of batch) {
            try {
              await this.fetch([item]);
              item.resolve();
            } catch (single) {
              item.reject(single);
            }
          }
        }
      }
    } finally {
      // Synchronous with the loop's last check, so a fetch queued after it starts a new drain.
      this.draining = undefined;
    }
  }

  private async fetch(batch: PendingFetch[]): Promise<void> {
    const dir = await this.repository();
    this.logger.debug(`${this.label}: fetching ${batch.map((item) => item.what).join(', ')}`);
    const args = ['--git-dir', dir, '-c', 'gc.auto=0', '-c', 'maintenance.auto=false', 'fetch', '--quiet', '--depth', '1', '--no-tags'];
    try {
      await this.run([...args, '--', this.url, ...batch.map((item) => item.refspec)], { timeoutMs: this.fetchTimeoutMs });
    } catch (err) {
      if (batch.length === 1 && err instanceof GitError && /couldn't find remote ref/i.test(err.stderr)) {
        throw new ConfigurationError(`${this.label}: ${batch[0]!.what} does not exist`);
      }
      throw this.remoteError(`cannot fetch ${batch.length === 1 ? batch[0]!.what : 'tags'} from`, err);
    }
  }

  /** Blob contents through one `git cat-file --batch`. */
  private async readBlobs(dir: string, objects: string[]): Promise<Buffer[]> {
    if (objects.length === 0) return [];
    const output = await this.run(['--git-dir', dir, 'cat-file', '--batch'], { input: objects.join('\n') + '\n' });
    const blobs: Buffer[] = [];
    let offset = 0;
    for (const object of objects) {
      const newline = output.indexOf(0x0a, offset);
      const header = output.subarray(offset, newline < 0 ? output.length : newline).toString('utf8').split(' ');
      if (newline < 0 || header[0] !== object || header[1] !== 'blob') throw new Error(`${this.label}: cannot read blob ${object} (${header.join(' ')})`);
      const size = Number(header[2]);
      blobs.push(Buffer.from(output.subarray(newline + 1, newline + 1 + size)));
      offset = newline + 1 + size + 1;
    }
    return blobs;
  }
}
