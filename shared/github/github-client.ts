// A small client for the GitHub REST API (github.com and GitHub Enterprise Server alike): the calls
// resolve-tags and collect-charts make, and assemble-bundle's release assets, with pagination, retries
// on rate limits and 5xx, and errors a user can act on. The token goes only to the API's own origin
// and never into a message.
import { streamToFileAtomic } from '../atomic-write.js';
import { describeError, readCapped } from '../http-body.js';
import { request, type Dispatcher } from 'undici';
import { ConfigurationError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import { RetryableStatusError, defaultRetryPolicy, isNetworkError, parseRetryAfter, withRetries, type RetryPolicy } from '../retry.js';

export interface GitHubClientOptions {
  /** `process.env.GITHUB_API_URL || 'https://api.github.com'`; for GitHub Enterprise Server `https://host/api/v3`. */
  baseUrl: string;
  token?: string;
  retry?: RetryPolicy;
  logger?: Logger;
  dispatcher?: Dispatcher;
  /** Pagination stops with an error beyond this many pages (of 100 items). */
  maxPages?: number;
}

export interface GitHubTag {
  name: string;
  commit: { sha: string };
}

export interface GitHubRepo {
  full_name: string;
  default_branch: string;
  private?: boolean;
  html_url?: string;
}

export type GitObjectType = 'commit' | 'tag' | 'tree' | 'blob';

export interface GitObjectPointer {
  type: GitObjectType;
  sha: string;
}

export interface GitHubRef {
  ref: string;
  object: GitObjectPointer;
}

export interface GitHubAnnotatedTag {
  sha: string;
  tag: string;
  message?: string;
  object: GitObjectPointer;
}

export interface GitHubCommit {
  sha: string;
  commit: {
    message?: string;
    author?: { name?: string; email?: string; date?: string } | null;
    committer?: { name?: string; email?: string; date?: string } | null;
  };
}

export interface GitHubContentEntry {
  type: 'file' | 'dir' | 'symlink' | 'submodule';
  name: string;
  path: string;
  sha: string;
  size: number;
}

/** What the contents endpoint found at a path. */
export type GitHubContent =
  | { type: 'file'; path: string; sha: string; size: number; content: Buffer }
  | { type: 'dir'; path: string; entries: GitHubContentEntry[] }
  | { type: 'symlink'; path: string; target: string }
  | { type: 'submodule'; path: string };

export interface GitHubPull {
  number: number;
  html_url: string;
  state: string;
  title: string;
  body: string | null;
  head: { ref: string; label?: string; sha?: string };
  base: { ref: string; label?: string };
  requested_reviewers?: { login: string }[];
  requested_teams?: { slug: string }[];
}

export interface GitHubReleaseAsset {
  id: number;
  name: string;
  size: number;
  content_type?: string;
}

export interface GitHubRelease {
  id: number;
  tag_name: string;
  name?: string | null;
  draft?: boolean;
  prerelease?: boolean;
  assets: GitHubReleaseAsset[];
}

export interface ReviewRequest {
  reviewers: string[];
  team_reviewers: string[];
}

/** An answer from GitHub that is neither success nor a user's configuration mistake (422, 409, exhausted retries…). */
export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

const USER_AGENT = 'prel (+https://github.com/prel)';
const API_VERSION = '2022-11-28';
const JSON_MEDIA = 'application/vnd.github+json';
const RAW_MEDIA = 'application/vnd.github.raw';
const PER_PAGE = 100;
const DEFAULT_MAX_PAGES = 500;
const MAX_REDIRECTS = 5;
const MAX_JSON_BYTES = 32 << 20;
/** The contents API serves files up to 100 MB. */
const MAX_RAW_BYTES = 100 << 20;
const MAX_TARBALL_BYTES = 512 << 20;
/** GitHub's advice for a secondary rate limit that names no wait: at least a minute. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;

type Method = 'GET' | 'POST' | 'PATCH';

interface Call {
  method: Method;
  /** A path under the base URL (`/repos/…`) or an absolute URL (a `Link: rel="next"`). */
  url: string;
  /** What is asked for, in the user's words, for messages. */
  what: string;
  /** Said on 404 when 404 is not in `ok`. */
  notFound?: string;
  accept?: string;
  body?: unknown;
  /** Statuses returned to the caller instead of raising. */
  ok: number[];
  /** Streams a 200 body into this file (atomically) instead of reading it into memory. */
  saveTo?: string;
  /** False for calls that must not be repeated once they might have reached GitHub (creating a pull request). */
  idempotent?: boolean;
  maxBytes?: number;
}

interface Answer {
  status: number;
  headers: Dispatcher.ResponseData['headers'];
  bytes: Buffer;
}

/** `owner/repo` → its parts; anything else is the user's mistake. */
export function parseRepositoryFullName(fullName: string): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(fullName.trim());
  if (!m || m[2] === '.' || m[2] === '..') {
    throw new ConfigurationError(`"${fullName}" is not a GitHub repository name: expected owner/repo`);
  }
  return { owner: m[1]!, repo: m[2]!.replace(/\.git$/, '') };
}

/** Splits review owners: `user` asks a user, `org/team` asks the team by its slug. */
export function splitReviewers(owners: readonly string[]): ReviewRequest {
  const reviewers = new Set<string>();
  const teams = new Set<string>();
  for (const raw of owners) {
    const owner = raw.trim().replace(/^@/, '');
    if (!owner) continue;
    const slash = owner.indexOf('/');
    if (slash >= 0) teams.add(owner.slice(slash + 1));
    else reviewers.add(owner);
  }
  return { reviewers: [...reviewers], team_reviewers: [...teams] };
}

/** Each path segment escaped, the slashes kept (paths and tag names may hold `/`). */
function encodePath(path: string): string {
  return path
    .split('/')
    .filter((s) => s !== '')
    .map(encodeURIComponent)
    .join('/');
}

function repoPath(owner: string, repo: string): string {
  return `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
}

function headerValue(headers: Dispatcher.ResponseData['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The `rel="next"` target of a Link header. */
export function nextLink(link: string | undefined): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]*)>\s*;(.*)$/.exec(part.trim());
    if (!m) continue;
    const rel = /\brel\s*=\s*"?([^";]*)"?/i.exec(m[2]!)?.[1];
    if (rel?.split(/\s+/).includes('next')) return m[1];
  }
  return undefined;
}

function githubMessage(bytes: Buffer): string {
  try {
    const body = JSON.parse(bytes.toString('utf8')) as { message?: string; errors?: ({ message?: string; code?: string; field?: string } | string)[] };
    const details = (body.errors ?? [])
      .map((e) => (typeof e === 'string' ? e : (e.message ?? [e.field, e.code].filter(Boolean).join(' '))))
      .filter(Boolean);
    return [body.message, ...details].filter(Boolean).join(': ');
  } catch {
    return bytes.toString('utf8').slice(0, 200).trim();
  }
}

export class GitHubClient {
  readonly baseUrl: string;
  private readonly origin: string;
  private readonly token?: string;
  private readonly retry: RetryPolicy;
  private readonly logger: Logger;
  private readonly maxPages: number;

  constructor(private readonly options: GitHubClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    let origin: string;
    try {
      origin = new URL(this.baseUrl).origin;
    } catch {
      throw new ConfigurationError(`"${options.baseUrl}" is not a URL for the GitHub API (GITHUB_API_URL)`);
    }
    this.origin = origin;
    this.token = options.token || undefined;
    this.retry = options.retry ?? defaultRetryPolicy();
    this.logger = options.logger ?? silentLogger;
    this.maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    if (this.token) this.logger.secret(this.token);
  }

  /** Every tag with the commit it points to (GitHub peels annotated tags here). */
  async listTags(owner: string, repo: string): Promise<GitHubTag[]> {
    return this.paginate<GitHubTag>(`${repoPath(owner, repo)}/tags`, `the tags of ${owner}/${repo}`, this.repoNotFound(owner, repo));
  }

  async getRepo(owner: string, repo: string): Promise<GitHubRepo> {
    return this.json<GitHubRepo>({ method: 'GET', url: `${repoPath(owner, repo)}`, what: `${owner}/${repo}`, notFound: this.repoNotFound(owner, repo), ok: [200] });
  }

  /** A git reference such as `tags/v1.2.0` or `heads/main`, or undefined when it does not exist. */
  async getRef(owner: string, repo: string, ref: string): Promise<GitHubRef | undefined> {
    return this.jsonOrUndefined<GitHubRef>({ method: 'GET', url: `${repoPath(owner, repo)}/git/ref/${encodePath(ref)}`, what: `${ref} in ${owner}/${repo}`, ok: [200, 404] });
  }

  /** An annotated tag object (to peel it to what it tags). */
  async getTag(owner: string, repo: string, sha: string): Promise<GitHubAnnotatedTag> {
    return this.json<GitHubAnnotatedTag>({ method: 'GET', url: `${repoPath(owner, repo)}/git/tags/${encodeURIComponent(sha)}`, what: `tag object ${sha} in ${owner}/${repo}`, ok: [200] });
  }

  /** A commit, or undefined when there is none by that name (GitHub answers 404 or 422 then). */
  async getCommit(owner: string, repo: string, ref: string): Promise<GitHubCommit | undefined> {
    return this.jsonOrUndefined<GitHubCommit>({ method: 'GET', url: `${repoPath(owner, repo)}/commits/${encodePath(ref)}`, what: `commit ${ref} in ${owner}/${repo}`, ok: [200, 404, 422] });
  }

  /** A file's bytes or a folder's listing at `ref`, or undefined when nothing is at that path (or the ref is unknown). */
  async getContent(owner: string, repo: string, path: string, ref?: string): Promise<GitHubContent | undefined> {
    const url = `${repoPath(owner, repo)}/contents/${encodePath(path)}${ref ? `?ref=${encodeURIComponent(ref)}` : ''}`;
    const what = `${path || '/'} in ${owner}/${repo}${ref ? ` at ${ref}` : ''}`;
    const answer = await this.call({ method: 'GET', url, what, ok: [200, 404] });
    if (answer.status === 404) return undefined;
    const body = this.parse<RawContent | RawContent[]>(answer, what);
    if (Array.isArray(body)) {
      return { type: 'dir', path, entries: body.map((e) => ({ type: e.type, name: e.name, path: e.path, sha: e.sha, size: e.size ?? 0 })) };
    }
    if (body.type === 'symlink') return { type: 'symlink', path: body.path, target: body.target ?? '' };
    if (body.type === 'submodule') return { type: 'submodule', path: body.path };
    if (body.type !== 'file') throw new GitHubApiError(`${what}: GitHub answered an unexpected content type "${String(body.type)}"`, answer.status);
    let content: Buffer;
    if (body.encoding === 'base64' && typeof body.content === 'string') {
      content = Buffer.from(body.content, 'base64');
    } else {
      // Files over 1 MB come without content ("encoding": "none"); the raw media type serves them whole.
      const raw = await this.call({ method: 'GET', url, what, accept: RAW_MEDIA, ok: [200, 404], maxBytes: MAX_RAW_BYTES });
      if (raw.status === 404) return undefined;
      content = raw.bytes;
    }
    if (body.size !== undefined && content.length !== body.size) {
      throw new GitHubApiError(`${what}: GitHub sent ${content.length} bytes for a file of ${body.size}`, answer.status);
    }
    return { type: 'file', path: body.path, sha: body.sha, size: content.length, content };
  }

  /** The repository at `ref` as a gzip'd tar (one top folder `<owner>-<repo>-<sha7>/`); follows the redirect to the download host. */
  async getTarball(owner: string, repo: string, ref: string): Promise<Buffer> {
    const answer = await this.call({
      method: 'GET',
      url: `${repoPath(owner, repo)}/tarball/${encodePath(ref)}`,
      what: `the archive of ${owner}/${repo} at ${ref}`,
      notFound: `GitHub has no ${ref} in ${owner}/${repo} (or the repository does not exist, or the token cannot see it)`,
      ok: [200],
      accept: '*/*',
      maxBytes: MAX_TARBALL_BYTES,
    });
    return answer.bytes;
  }

  /** The published release tagged `tag`, or undefined when there is none (drafts are not found by tag). */
  async getReleaseByTag(owner: string, repo: string, tag: string): Promise<GitHubRelease | undefined> {
    return this.jsonOrUndefined<GitHubRelease>({
      method: 'GET',
      url: `${repoPath(owner, repo)}/releases/tags/${encodePath(tag)}`,
      what: `the release ${tag} of ${owner}/${repo}`,
      ok: [200, 404],
    });
  }

  /**
   * Streams a release asset's bytes into `dest` (temp file + rename), following the redirect to the
   * download host without the token; a retry starts the download over.
   */
  async downloadReleaseAsset(owner: string, repo: string, asset: GitHubReleaseAsset, dest: string): Promise<void> {
    await this.call({
      method: 'GET',
      url: `${repoPath(owner, repo)}/releases/assets/${asset.id}`,
      what: `the asset ${asset.name} of ${owner}/${repo}`,
      accept: 'application/octet-stream',
      ok: [200],
      saveTo: dest,
    });
  }

  /** The open pull request from `head` (`owner:branch`) into `base`, if there is one. */
  async findOpenPull(owner: string, repo: string, head: string, base?: string): Promise<GitHubPull | undefined> {
    const query = new URLSearchParams({ state: 'open', head });
    if (base) query.set('base', base);
    const pulls = await this.paginate<GitHubPull>(`${repoPath(owner, repo)}/pulls?${query}`, `the pull requests of ${owner}/${repo}`, this.repoNotFound(owner, repo));
    return pulls[0];
  }

  async createPull(owner: string, repo: string, pull: { title: string; head: string; base: string; body?: string }): Promise<GitHubPull> {
    return this.json<GitHubPull>({
      method: 'POST',
      url: `${repoPath(owner, repo)}/pulls`,
      what: `a pull request from ${pull.head} into ${pull.base} in ${owner}/${repo}`,
      notFound: this.repoNotFound(owner, repo),
      body: pull,
      ok: [201],
      idempotent: false,
    });
  }

  async updatePull(owner: string, repo: string, number: number, changes: { title?: string; body?: string }): Promise<GitHubPull> {
    return this.json<GitHubPull>({
      method: 'PATCH',
      url: `${repoPath(owner, repo)}/pulls/${number}`,
      what: `pull request #${number} in ${owner}/${repo}`,
      body: changes,
      ok: [200],
    });
  }

  async requestReviewers(owner: string, repo: string, number: number, request: ReviewRequest): Promise<GitHubPull> {
    return this.json<GitHubPull>({
      method: 'POST',
      url: `${repoPath(owner, repo)}/pulls/${number}/requested_reviewers`,
      what: `reviewers for pull request #${number} in ${owner}/${repo}`,
      body: request,
      ok: [200, 201],
    });
  }

  private repoNotFound(owner: string, repo: string): string {
    return `GitHub repository ${owner}/${repo} not found (or the token cannot see it)`;
  }

  /** Every item of a list endpoint, following `Link: rel="next"`, at most `maxPages` pages. */
  private async paginate<T>(path: string, what: string, notFound: string): Promise<T[]> {
    const items: T[] = [];
    let url: string | undefined = `${path}${path.includes('?') ? '&' : '?'}per_page=${PER_PAGE}`;
    for (let page = 1; url; page++) {
      if (page > this.maxPages) throw new GitHubApiError(`${what}: more than ${this.maxPages} pages; stopped`, 200);
      const answer = await this.call({ method: 'GET', url, what, notFound, ok: [200] });
      const body = this.parse<T[]>(answer, what);
      if (!Array.isArray(body)) throw new GitHubApiError(`${what}: GitHub answered something that is not a list`, answer.status);
      items.push(...body);
      url = nextLink(headerValue(answer.headers, 'link'));
    }
    return items;
  }

  private async json<T>(call: Call): Promise<T> {
    return this.parse<T>(await this.call(call), call.what);
  }

  private async jsonOrUndefined<T>(call: Call): Promise<T | undefined> {
    const answer = await this.call(call);
    return answer.status === 200 ? this.parse<T>(answer, call.what) : undefined;
  }

  private parse<T>(answer: Answer, what: string): T {
    try {
      return JSON.parse(answer.bytes.toString('utf8')) as T;
    } catch {
      throw new GitHubApiError(`${what}: GitHub answered ${answer.status} with a body that is not JSON`, answer.status);
    }
  }

  private async call(call: Call): Promise<Answer> {
    try {
      return await withRetries(
        this.retry,
        () => this.attempt(call),
        (err, attempt, delay) => this.logger.info(`GitHub: ${call.what}: ${this.scrub(describeError(err))}; retry ${attempt} in ${(delay / 1000).toFixed(1)}s`),
      );
    } catch (err) {
      if (err instanceof RetryableStatusError) throw new GitHubApiError(`${this.scrub(err.message)} (gave up retrying)`, err.status);
      throw err;
    }
  }

  private async attempt(call: Call): Promise<Answer> {
    let url = call.url.startsWith('/') ? `${this.baseUrl}${call.url}` : call.url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const sameOrigin = new URL(url).origin === this.origin;
      const headers: Record<string, string> = {
        accept: call.accept ?? JSON_MEDIA,
        'user-agent': USER_AGENT,
        'x-github-api-version': API_VERSION,
      };
      // The token never follows a redirect to another host (the tarball's download host gets a signed URL).
      if (this.token && sameOrigin) headers.authorization = `Bearer ${this.token}`;
      let body: string | undefined;
      if (call.body !== undefined) {
        body = JSON.stringify(call.body);
        headers['content-type'] = 'application/json';
      }
      let res: Dispatcher.ResponseData;
      try {
        res = await request(url, { method: call.method, headers, body, dispatcher: this.options.dispatcher });
      } catch (err) {
        // A create that may have reached GitHub is not sent twice; a refused connection never reached it.
        if (call.idempotent === false && isNetworkError(err) && (err as { code?: string }).code !== 'ECONNREFUSED') {
          throw new GitHubApiError(`${call.what}: ${describeError(err)}`, 0);
        }
        throw err;
      }
      const status = res.statusCode;
      if ([301, 302, 303, 307, 308].includes(status) && call.method === 'GET') {
        const location = headerValue(res.headers, 'location');
        await res.body.dump();
        if (!location) throw new GitHubApiError(`${call.what}: GitHub redirected without a Location`, status);
        url = new URL(location, url).toString();
        continue;
      }
      if (call.ok.includes(status) && status === 200 && call.saveTo) {
        await streamToFileAtomic(call.saveTo, res.body);
        return { status, headers: res.headers, bytes: Buffer.alloc(0) };
      }
      if (call.ok.includes(status)) {
        return { status, headers: res.headers, bytes: await readCapped(res.body, call.maxBytes ?? MAX_JSON_BYTES, call.what) };
      }
      const errorBytes = await readCapped(res.body, 64 << 10, call.what).catch(() => Buffer.alloc(0));
      throw this.failure(call, status, res.headers, errorBytes);
    }
    throw new GitHubApiError(`${call.what}: more than ${MAX_REDIRECTS} redirects`, 0);
  }

  /** Turns a failed answer into the error to throw: retryable, the user's to fix, or GitHub's. */
  private failure(call: Call, status: number, headers: Dispatcher.ResponseData['headers'], bytes: Buffer): Error {
    const message = this.scrub(githubMessage(bytes));
    const detail = message ? ` (${status}: ${message})` : ` (${status})`;
    const limitWait = rateLimitWait(status, headers, message);
    if (limitWait !== undefined) {
      const reset = Number(headerValue(headers, 'x-ratelimit-reset'));
      const when = headerValue(headers, 'x-ratelimit-remaining') === '0' && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : '';
      return new RetryableStatusError(`${call.what}: GitHub API rate limit exceeded${detail}${when}`, status, limitWait);
    }
    if (status >= 500 || status === 408) {
      if (call.idempotent === false) return new GitHubApiError(`${call.what}: GitHub answered ${status}${message ? `: ${message}` : ''}`, status);
      return new RetryableStatusError(`${call.what}: GitHub answered ${status}${message ? `: ${message}` : ''}`, status, parseRetryAfter(headerValue(headers, 'retry-after')));
    }
    if (status === 401) {
      return new ConfigurationError(
        this.token
          ? `GitHub rejected the token${detail} (${call.what}): check the github-token input (expired or revoked?)`
          : `GitHub requires a token for ${call.what}${detail}: set the github-token input`,
      );
    }
    if (status === 403) {
      return new ConfigurationError(`GitHub refused ${call.what}${detail}: the token lacks the permission for it (contents: read, pull-requests: write as needed)`);
    }
    if (status === 404) {
      return new ConfigurationError(call.notFound ?? `GitHub: ${call.what} not found (or the token cannot see it)`);
    }
    return new GitHubApiError(`${call.what}: GitHub answered ${status}${message ? `: ${message}` : ''}`, status);
  }

  /** Belt and braces: GitHub never echoes a token, but nothing we print may carry it. */
  private scrub(text: string): string {
    return this.token ? text.split(this.token).join('***') : text;
  }
}

interface RawContent {
  type: 'file' | 'dir' | 'symlink' | 'submodule';
  name: string;
  path: string;
  sha: string;
  size?: number;
  encoding?: string;
  content?: string;
  target?: string;
}

/**
 * How long GitHub asks us to wait when a 403/429 is a rate limit (primary or secondary), else undefined.
 * Retry-After wins; then x-ratelimit-reset when nothing remains; else at least a minute.
 */
export function rateLimitWait(status: number, headers: Dispatcher.ResponseData['headers'], message: string, now = Date.now()): number | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = parseRetryAfter(headerValue(headers, 'retry-after'), now);
  if (retryAfter !== undefined) return retryAfter;
  const remaining = headerValue(headers, 'x-ratelimit-remaining');
  const reset = Number(headerValue(headers, 'x-ratelimit-reset'));
  if (remaining === '0' && Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - now);
  if (status === 429 || /rate limit/i.test(message)) return SECONDARY_LIMIT_WAIT_MS;
  return undefined;
}


