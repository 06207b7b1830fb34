// The GitHub REST API (github.com, or GitHub Enterprise Server through GITHUB_API_URL) through
// @actions/github's Octokit with the retry and throttling plugins GitHub recommends, over prel's
// proxy-aware connection pool. The calls resolve-tags, collect-charts and assemble-bundle make; an
// Octokit failure becomes prel's message: what was asked, the fix, the API URL when it is unreachable.
import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { GitHub, getOctokitOptions, getUserAgentWithOrchestrationId } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { fetch as undiciFetch } from 'undici';
import { streamToFileAtomic } from '../files/atomic-write.js';
import { ConfigurationError } from '../errors/errors.js';
import { describeError, readCapped } from '../http/http-body.js';
import { sharedDispatcher } from '../http/http-dispatcher.js';
import { silentLogger, type Logger } from '../action/logger.js';
import { defaultRetryPolicy, type RetryPolicy } from '../run/retry.js';
import type { ReviewRequest } from './github-names.js';

const PrelOctokit = GitHub.plugin(retry, throttling);
export type Octokit = InstanceType<typeof PrelOctokit>;

export interface GitHubApiOptions {
  /** `process.env.GITHUB_API_URL || 'https://api.github.com'`; for GitHub Enterprise Server `https://host/api/v3`. */
  baseUrl: string;
  token?: string;
  /** Tries and waits; its base delay paces the retries of 5xx and lost connections. */
  retry?: RetryPolicy;
  logger?: Logger;
  /** Pagination stops with an error beyond this many pages (of 100 items). */
  maxPages?: number;
}

export interface GitHubContentEntry {
  type: string;
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

export interface GitHubReleaseAsset {
  id: number;
  name: string;
  size: number;
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
const PER_PAGE = 100;
const DEFAULT_MAX_PAGES = 500;
const MAX_RAW_BYTES = 100 << 20;
const MAX_TARBALL_BYTES = 512 << 20;
/** Retries of 4xx never help; rate limits (403/429) are the throttling plugin's to wait out. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];

/** Octokit's RequestError, recognised by shape (the class lives in a dependency of a dependency). */
interface RequestFailure extends Error {
  status: number;
  response?: { headers: Record<string, string | number | undefined>; data?: unknown };
}

function isRequestFailure(err: unknown): err is RequestFailure {
  return err instanceof Error && typeof (err as { status?: unknown }).status === 'number' && 'request' in err;
}

function githubMessage(data: unknown): string {
  if (typeof data === 'string') return data.slice(0, 200).trim();
  if (!data || typeof data !== 'object') return '';
  const body = data as { message?: string; errors?: ({ message?: string; code?: string; field?: string } | string)[] };
  const details = (Array.isArray(body.errors) ? body.errors : [])
    .map((e) => (typeof e === 'string' ? e : (e.message ?? [e.field, e.code].filter(Boolean).join(' '))))
    .filter(Boolean);
  return [body.message, ...details].filter(Boolean).join(': ');
}

function isRateLimit(status: number, headers: Record<string, string | number | undefined>, message: string): boolean {
  return (status === 403 || status === 429) && (String(headers['x-ratelimit-remaining']) === '0' || status === 429 || /rate limit/i.test(message));
}

export class GitHubApi {
  readonly baseUrl: string;
  readonly octokit: Octokit;
  private readonly token?: string;
  private readonly logger: Logger;
  private readonly maxPages: number;

  constructor(options: GitHubApiOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    try {
      new URL(this.baseUrl);
    } catch {
      throw new ConfigurationError(`"${options.baseUrl}" is not a URL for the GitHub API (GITHUB_API_URL)`);
    }
    this.token = options.token || undefined;
    this.logger = options.logger ?? silentLogger;
    this.maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    if (this.token) this.logger.secret(this.token);
    const policy = options.retry ?? defaultRetryPolicy();
    const logger = this.logger;
    // Wait out a rate limit while the wait fits in the policy's time budget and tries remain.
    const onLimit = (kind: string) => (seconds: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const wait = retryCount + 1 < policy.attempts && seconds * 1000 <= policy.maxElapsedMs;
      logger.info(`GitHub: ${request.method} ${request.url}: ${kind}; ${wait ? `retry ${retryCount + 1} in ${seconds}s` : `a wait of ${seconds}s is too long, giving up`}`);
      return wait;
    };
    const settings = {
      baseUrl: this.baseUrl,
      userAgent: getUserAgentWithOrchestrationId(USER_AGENT),
      request: {
        // Through prel's pool: HTTPS_PROXY / NO_PROXY as for registries.
        fetch: (url: string, init: object) => undiciFetch(url, { ...init, dispatcher: sharedDispatcher() }),
      },
      retry: { retries: policy.attempts - 1, retryAfterBaseValue: policy.baseDelayMs, doNotRetry: DO_NOT_RETRY },
      throttle: { onRateLimit: onLimit('API rate limit exceeded'), onSecondaryRateLimit: onLimit('secondary rate limit') },
      log: { debug: () => {}, info: () => {}, warn: (m: string) => logger.debug(`octokit: ${m}`), error: (m: string) => logger.debug(`octokit: ${m}`) },
    };
    this.octokit = new PrelOctokit(this.token ? getOctokitOptions(this.token, settings) : settings);
  }

  /** Every tag with the commit it points to (GitHub peels annotated tags here). */
  async listTags(owner: string, repo: string): Promise<{ name: string; commit: { sha: string } }[]> {
    return this.paginate(`the tags of ${owner}/${repo}`, this.repoNotFound(owner, repo), this.octokit.rest.repos.listTags, { owner, repo });
  }

  async getRepo(owner: string, repo: string): Promise<{ full_name: string; default_branch: string }> {
    return this.call(`${owner}/${repo}`, () => this.octokit.rest.repos.get({ owner, repo }), this.repoNotFound(owner, repo));
  }

  /** A git reference such as `tags/v1.2.0` or `heads/main`, or undefined when it does not exist. */
  async getRef(owner: string, repo: string, ref: string): Promise<{ ref: string; object: { type: string; sha: string } } | undefined> {
    return this.find(`${ref} in ${owner}/${repo}`, () => this.octokit.rest.git.getRef({ owner, repo, ref }), [404]);
  }

  /** An annotated tag object (to peel it to what it tags). */
  async getTag(owner: string, repo: string, sha: string): Promise<{ object: { type: string; sha: string } }> {
    return this.call(`tag object ${sha} in ${owner}/${repo}`, () => this.octokit.rest.git.getTag({ owner, repo, tag_sha: sha }));
  }

  /** A commit, or undefined when there is none by that name (GitHub answers 404 or 422 then). */
  async getCommit(owner: string, repo: string, ref: string): Promise<{ commit: { author: { date?: string } | null; committer: { date?: string } | null } } | undefined> {
    return this.find(`commit ${ref} in ${owner}/${repo}`, () => this.octokit.rest.repos.getCommit({ owner, repo, ref }), [404, 422]);
  }

  /** A file's bytes or a folder's listing at `ref`, or undefined when nothing is at that path (or the ref is unknown). */
  async getContent(owner: string, repo: string, path: string, ref?: string): Promise<GitHubContent | undefined> {
    const what = `${path || '/'} in ${owner}/${repo}${ref ? ` at ${ref}` : ''}`;
    const body = await this.find(what, () => this.octokit.rest.repos.getContent({ owner, repo, path, ref }), [404]);
    if (body === undefined) return undefined;
    if (Array.isArray(body)) {
      return { type: 'dir', path, entries: body.map((e) => ({ type: e.type, name: e.name, path: e.path, sha: e.sha, size: e.size ?? 0 })) };
    }
    if (body.type === 'symlink') return { type: 'symlink', path: body.path, target: 'target' in body ? String(body.target) : '' };
    if (body.type === 'submodule') return { type: 'submodule', path: body.path };
    if (body.type !== 'file' || !('content' in body)) throw new GitHubApiError(`${what}: GitHub answered an unexpected content type "${String((body as { type?: unknown }).type)}"`, 200);
    let content: Buffer;
    if (body.encoding === 'base64') {
      content = Buffer.from(body.content, 'base64');
    } else {
      // Files over 1 MB come without content ("encoding": "none"); the raw media type serves them whole.
      const raw = await this.find(
        what,
        () => this.octokit.rest.repos.getContent({ owner, repo, path, ref, mediaType: { format: 'raw' }, request: { parseSuccessResponseBody: false } }),
        [404],
      );
      if (raw === undefined) return undefined;
      content = await readCapped(Readable.fromWeb(raw as unknown as ReadableStream), MAX_RAW_BYTES, what);
    }
    if (content.length !== body.size) throw new GitHubApiError(`${what}: GitHub sent ${content.length} bytes for a file of ${body.size}`, 200);
    return { type: 'file', path: body.path, sha: body.sha, size: content.length, content };
  }

  /** The repository at `ref` as a gzip'd tar (one top folder `<owner>-<repo>-<sha7>/`); fetch follows the redirect without the token. */
  async getTarball(owner: string, repo: string, ref: string): Promise<Buffer> {
    const what = `the archive of ${owner}/${repo} at ${ref}`;
    const notFound = `GitHub has no ${ref} in ${owner}/${repo} (or the repository does not exist, or the token cannot see it)`;
    const body = await this.call(what, () => this.octokit.rest.repos.downloadTarballArchive({ owner, repo, ref, request: { parseSuccessResponseBody: false } }), notFound);
    return readCapped(Readable.fromWeb(body as unknown as ReadableStream), MAX_TARBALL_BYTES, what);
  }

  /** The published release tagged `tag`, or undefined when there is none (drafts are not found by tag). */
  async getReleaseByTag(owner: string, repo: string, tag: string): Promise<{ assets: GitHubReleaseAsset[] } | undefined> {
    return this.find(`the release ${tag} of ${owner}/${repo}`, () => this.octokit.rest.repos.getReleaseByTag({ owner, repo, tag }), [404]);
  }

  /** Streams a release asset into `dest` (temp file + rename); the download host gets no token. */
  async downloadReleaseAsset(owner: string, repo: string, asset: GitHubReleaseAsset, dest: string): Promise<void> {
    const what = `the asset ${asset.name} of ${owner}/${repo}`;
    const body = await this.call(what, () =>
      this.octokit.rest.repos.getReleaseAsset({ owner, repo, asset_id: asset.id, headers: { accept: 'application/octet-stream' }, request: { parseSuccessResponseBody: false } }),
    );
    try {
      await streamToFileAtomic(dest, Readable.fromWeb(body as unknown as ReadableStream));
    } catch (err) {
      throw new GitHubApiError(`${what}: the download broke off: ${this.scrub(describeError(err))}`, 0);
    }
  }

  /** The open pull request from `head` (`owner:branch`) into `base`, if there is one. */
  async findOpenPull(owner: string, repo: string, head: string, base?: string): Promise<{ number: number; html_url: string } | undefined> {
    const pulls = await this.paginate(`the pull requests of ${owner}/${repo}`, this.repoNotFound(owner, repo), this.octokit.rest.pulls.list, { owner, repo, state: 'open' as const, head, base });
    return pulls[0];
  }

  async createPull(owner: string, repo: string, pull: { title: string; head: string; base: string; body?: string }) {
    // Not repeated: a create that reached GitHub before the connection broke would open a second PR.
    return this.call(`a pull request from ${pull.head} into ${pull.base} in ${owner}/${repo}`, () => this.octokit.rest.pulls.create({ owner, repo, ...pull, request: { retries: 0 } }), this.repoNotFound(owner, repo));
  }

  async updatePull(owner: string, repo: string, number: number, changes: { title?: string; body?: string }) {
    return this.call(`pull request #${number} in ${owner}/${repo}`, () => this.octokit.rest.pulls.update({ owner, repo, pull_number: number, ...changes }));
  }

  async requestReviewers(owner: string, repo: string, number: number, request: ReviewRequest) {
    return this.call(`reviewers for pull request #${number} in ${owner}/${repo}`, () => this.octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: number, ...request }));
  }

  private repoNotFound(owner: string, repo: string): string {
    return `GitHub repository ${owner}/${repo} not found (or the token cannot see it)`;
  }

  /** Every item of a list endpoint (Octokit follows `Link: rel="next"`), at most `maxPages` pages. */
  private async paginate<P extends object, T>(what: string, notFound: string, method: (params: P) => Promise<{ data: T[] }>, params: P): Promise<T[]> {
    const items: T[] = [];
    let pages = 0;
    try {
      const paginate = this.octokit.paginate.iterator as unknown as (m: typeof method, p: P & { per_page: number }) => AsyncIterable<{ data: T[] }>;
      const iterator = paginate(method, { ...params, per_page: PER_PAGE });
      for await (const page of iterator) {
        if (++pages > this.maxPages) throw new GitHubApiError(`${what}: more than ${this.maxPages} pages; stopped`, 200);
        items.push(...page.data);
      }
    } catch (err) {
      throw this.failure(err, what, notFound);
    }
    return items;
  }

  /** One call's data; every failure becomes prel's error. */
  private async call<T>(what: string, send: () => Promise<{ data: T }>, notFound?: string): Promise<T> {
    try {
      return (await send()).data;
    } catch (err) {
      throw this.failure(err, what, notFound);
    }
  }

  /** One call's data, or undefined when GitHub answers one of the `absent` statuses. */
  private async find<T>(what: string, send: () => Promise<{ data: T }>, absent: number[]): Promise<T | undefined> {
    try {
      return (await send()).data;
    } catch (err) {
      if (isRequestFailure(err) && err.response && absent.includes(err.status)) return undefined;
      throw this.failure(err, what);
    }
  }

  /** Turns what Octokit threw into the error to report: the user's to fix, or GitHub's. */
  private failure(err: unknown, what: string, notFound?: string): Error {
    if (!isRequestFailure(err)) return err instanceof Error ? err : new Error(String(err));
    const status = err.status;
    if (!err.response) {
      // No answer at all (refused, reset, DNS, proxy): Octokit calls it 500 after its retries.
      const cause = (err as { cause?: unknown }).cause;
      const reason = this.scrub(describeError(cause instanceof Error && cause.cause instanceof Error ? cause.cause : (cause ?? err)));
      return new ConfigurationError(`${what}: cannot reach the GitHub API at ${this.baseUrl} (GITHUB_API_URL): ${reason}`);
    }
    const headers = err.response.headers;
    const message = this.scrub(githubMessage(err.response.data));
    const detail = message ? ` (${status}: ${message})` : ` (${status})`;
    if (isRateLimit(status, headers, message)) {
      const reset = Number(headers['x-ratelimit-reset']);
      const when = String(headers['x-ratelimit-remaining']) === '0' && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : '';
      return new GitHubApiError(`${what}: GitHub API rate limit exceeded${detail}${when} (gave up waiting)`, status);
    }
    if (status === 401) {
      return new ConfigurationError(
        this.token
          ? `GitHub rejected the token${detail} (${what}): check the github-token input (expired or revoked?)`
          : `GitHub requires a token for ${what}${detail}: set the github-token input`,
      );
    }
    if (status === 403) {
      return new ConfigurationError(`GitHub refused ${what}${detail}: the token lacks the permission for it (contents: read, pull-requests: write as needed)`);
    }
    if (status === 404) return new ConfigurationError(notFound ?? `GitHub: ${what} not found (or the token cannot see it)`);
    const retried = status >= 500 ? ' (gave up retrying)' : '';
    return new GitHubApiError(`${what}: GitHub answered ${status}${message ? `: ${message}` : ''}${retried}`, status);
  }

  /** Belt and braces: GitHub never echoes a token, but nothing we print may carry it. */
  private scrub(text: string): string {
    return this.token ? text.split(this.token).join('***') : text;
  }
}
