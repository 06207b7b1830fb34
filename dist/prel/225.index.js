export const id = 225;
export const ids = [225];
export const modules = {

/***/ 49460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ GitHubApiError),
/* harmony export */   y: () => (/* binding */ GitHubApi)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(86856);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24371);
/* harmony import */ var _files_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16911);
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81821);
/* harmony import */ var _http_http_body_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89268);
/* harmony import */ var _http_http_dispatcher_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(93281);
/* harmony import */ var _action_logger_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(49889);
/* harmony import */ var _run_retry_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(52850);
// The GitHub REST API (github.com, or GitHub Enterprise Server through GITHUB_API_URL) through
// @actions/github's Octokit with the retry and throttling plugins GitHub recommends, over prel's
// proxy-aware connection pool. The calls resolve-tags, collect-charts and assemble-bundle make; an
// Octokit failure becomes prel's message: what was asked, the fix, the API URL when it is unreachable.











const PrelOctokit = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .GitHub */ .gq.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_9__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_10__/* .throttling */ .A);
/** An answer from GitHub that is neither success nor a user's configuration mistake (422, 409, exhausted retries…). */
class GitHubApiError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
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
function isRequestFailure(err) {
    return err instanceof Error && typeof err.status === 'number' && 'request' in err;
}
function githubMessage(data) {
    if (typeof data === 'string')
        return data.slice(0, 200).trim();
    if (!data || typeof data !== 'object')
        return '';
    const body = data;
    const details = (Array.isArray(body.errors) ? body.errors : [])
        .map((e) => (typeof e === 'string' ? e : (e.message ?? [e.field, e.code].filter(Boolean).join(' '))))
        .filter(Boolean);
    return [body.message, ...details].filter(Boolean).join(': ');
}
function isRateLimit(status, headers, message) {
    return (status === 403 || status === 429) && (String(headers['x-ratelimit-remaining']) === '0' || status === 429 || /rate limit/i.test(message));
}
class GitHubApi {
    baseUrl;
    octokit;
    token;
    logger;
    maxPages;
    constructor(options) {
        this.baseUrl = options.baseUrl.replace(/\/+$/, '');
        try {
            new URL(this.baseUrl);
        }
        catch {
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`"${options.baseUrl}" is not a URL for the GitHub API (GITHUB_API_URL)`);
        }
        this.token = options.token || undefined;
        this.logger = options.logger ?? _action_logger_js__WEBPACK_IMPORTED_MODULE_7__/* .silentLogger */ .q;
        this.maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
        if (this.token)
            this.logger.secret(this.token);
        const policy = options.retry ?? (0,_run_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .defaultRetryPolicy */ .ur)();
        const logger = this.logger;
        // Wait out a rate limit while the wait fits in the policy's time budget and tries remain.
        const onLimit = (kind) => (seconds, request, _octokit, retryCount) => {
            const wait = retryCount + 1 < policy.attempts && seconds * 1000 <= policy.maxElapsedMs;
            logger.info(`GitHub: ${request.method} ${request.url}: ${kind}; ${wait ? `retry ${retryCount + 1} in ${seconds}s` : `a wait of ${seconds}s is too long, giving up`}`);
            return wait;
        };
        const settings = {
            baseUrl: this.baseUrl,
            userAgent: (0,_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .getUserAgentWithOrchestrationId */ .fA)(USER_AGENT),
            request: {
                // Through prel's pool: HTTPS_PROXY / NO_PROXY as for registries.
                fetch: (url, init) => (0,undici__WEBPACK_IMPORTED_MODULE_2__.fetch)(url, { ...init, dispatcher: (0,_http_http_dispatcher_js__WEBPACK_IMPORTED_MODULE_6__/* .sharedDispatcher */ .l)() }),
            },
            retry: { retries: policy.attempts - 1, retryAfterBaseValue: policy.baseDelayMs, doNotRetry: DO_NOT_RETRY },
            throttle: { onRateLimit: onLimit('API rate limit exceeded'), onSecondaryRateLimit: onLimit('secondary rate limit') },
            log: { debug: () => { }, info: () => { }, warn: (m) => logger.debug(`octokit: ${m}`), error: (m) => logger.debug(`octokit: ${m}`) },
        };
        this.octokit = new PrelOctokit(this.token ? (0,_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .getOctokitOptions */ .EG)(this.token, settings) : settings);
    }
    /** Every tag with the commit it points to (GitHub peels annotated tags here). */
    async listTags(owner, repo) {
        return this.paginate(`the tags of ${owner}/${repo}`, this.repoNotFound(owner, repo), this.octokit.rest.repos.listTags, { owner, repo });
    }
    async getRepo(owner, repo) {
        return this.call(`${owner}/${repo}`, () => this.octokit.rest.repos.get({ owner, repo }), this.repoNotFound(owner, repo));
    }
    /** A git reference such as `tags/v1.2.0` or `heads/main`, or undefined when it does not exist. */
    async getRef(owner, repo, ref) {
        return this.find(`${ref} in ${owner}/${repo}`, () => this.octokit.rest.git.getRef({ owner, repo, ref }), [404]);
    }
    /** An annotated tag object (to peel it to what it tags). */
    async getTag(owner, repo, sha) {
        return this.call(`tag object ${sha} in ${owner}/${repo}`, () => this.octokit.rest.git.getTag({ owner, repo, tag_sha: sha }));
    }
    /** A commit, or undefined when there is none by that name (GitHub answers 404 or 422 then). */
    async getCommit(owner, repo, ref) {
        return this.find(`commit ${ref} in ${owner}/${repo}`, () => this.octokit.rest.repos.getCommit({ owner, repo, ref }), [404, 422]);
    }
    /** A file's bytes or a folder's listing at `ref`, or undefined when nothing is at that path (or the ref is unknown). */
    async getContent(owner, repo, path, ref) {
        const what = `${path || '/'} in ${owner}/${repo}${ref ? ` at ${ref}` : ''}`;
        const body = await this.find(what, () => this.octokit.rest.repos.getContent({ owner, repo, path, ref }), [404]);
        if (body === undefined)
            return undefined;
        if (Array.isArray(body)) {
            return { type: 'dir', path, entries: body.map((e) => ({ type: e.type, name: e.name, path: e.path, sha: e.sha, size: e.size ?? 0 })) };
        }
        if (body.type === 'symlink')
            return { type: 'symlink', path: body.path, target: 'target' in body ? String(body.target) : '' };
        if (body.type === 'submodule')
            return { type: 'submodule', path: body.path };
        if (body.type !== 'file' || !('content' in body))
            throw new GitHubApiError(`${what}: GitHub answered an unexpected content type "${String(body.type)}"`, 200);
        let content;
        if (body.encoding === 'base64') {
            content = Buffer.from(body.content, 'base64');
        }
        else {
            // Files over 1 MB come without content ("encoding": "none"); the raw media type serves them whole.
            const raw = await this.find(what, () => this.octokit.rest.repos.getContent({ owner, repo, path, ref, mediaType: { format: 'raw' }, request: { parseSuccessResponseBody: false } }), [404]);
            if (raw === undefined)
                return undefined;
            content = await (0,_http_http_body_js__WEBPACK_IMPORTED_MODULE_5__/* .readCapped */ .EF)(node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.fromWeb(raw), MAX_RAW_BYTES, what);
        }
        if (content.length !== body.size)
            throw new GitHubApiError(`${what}: GitHub sent ${content.length} bytes for a file of ${body.size}`, 200);
        return { type: 'file', path: body.path, sha: body.sha, size: content.length, content };
    }
    /** The repository at `ref` as a gzip'd tar (one top folder `<owner>-<repo>-<sha7>/`); fetch follows the redirect without the token. */
    async getTarball(owner, repo, ref) {
        const what = `the archive of ${owner}/${repo} at ${ref}`;
        const notFound = `GitHub has no ${ref} in ${owner}/${repo} (or the repository does not exist, or the token cannot see it)`;
        const body = await this.call(what, () => this.octokit.rest.repos.downloadTarballArchive({ owner, repo, ref, request: { parseSuccessResponseBody: false } }), notFound);
        return (0,_http_http_body_js__WEBPACK_IMPORTED_MODULE_5__/* .readCapped */ .EF)(node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.fromWeb(body), MAX_TARBALL_BYTES, what);
    }
    /** The published release tagged `tag`, or undefined when there is none (drafts are not found by tag). */
    async getReleaseByTag(owner, repo, tag) {
        return this.find(`the release ${tag} of ${owner}/${repo}`, () => this.octokit.rest.repos.getReleaseByTag({ owner, repo, tag }), [404]);
    }
    /** Streams a release asset into `dest` (temp file + rename); the download host gets no token. */
    async downloadReleaseAsset(owner, repo, asset, dest) {
        const what = `the asset ${asset.name} of ${owner}/${repo}`;
        const body = await this.call(what, () => this.octokit.rest.repos.getReleaseAsset({ owner, repo, asset_id: asset.id, headers: { accept: 'application/octet-stream' }, request: { parseSuccessResponseBody: false } }));
        try {
            await (0,_files_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .streamToFileAtomic */ .Vx)(dest, node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.fromWeb(body));
        }
        catch (err) {
            throw new GitHubApiError(`${what}: the download broke off: ${this.scrub((0,_http_http_body_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(err))}`, 0);
        }
    }
    /** The open pull request from `head` (`owner:branch`) into `base`, if there is one. */
    async findOpenPull(owner, repo, head, base) {
        const pulls = await this.paginate(`the pull requests of ${owner}/${repo}`, this.repoNotFound(owner, repo), this.octokit.rest.pulls.list, { owner, repo, state: 'open', head, base });
        return pulls[0];
    }
    async createPull(owner, repo, pull) {
        // Not repeated: a create that reached GitHub before the connection broke would open a second PR.
        return this.call(`a pull request from ${pull.head} into ${pull.base} in ${owner}/${repo}`, () => this.octokit.rest.pulls.create({ owner, repo, ...pull, request: { retries: 0 } }), this.repoNotFound(owner, repo));
    }
    async updatePull(owner, repo, number, changes) {
        return this.call(`pull request #${number} in ${owner}/${repo}`, () => this.octokit.rest.pulls.update({ owner, repo, pull_number: number, ...changes }));
    }
    async requestReviewers(owner, repo, number, request) {
        return this.call(`reviewers for pull request #${number} in ${owner}/${repo}`, () => this.octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: number, ...request }));
    }
    repoNotFound(owner, repo) {
        return `GitHub repository ${owner}/${repo} not found (or the token cannot see it)`;
    }
    /** Every item of a list endpoint (Octokit follows `Link: rel="next"`), at most `maxPages` pages. */
    async paginate(what, notFound, method, params) {
        const items = [];
        let pages = 0;
        try {
            const paginate = this.octokit.paginate.iterator;
            const iterator = paginate(method, { ...params, per_page: PER_PAGE });
            for await (const page of iterator) {
                if (++pages > this.maxPages)
                    throw new GitHubApiError(`${what}: more than ${this.maxPages} pages; stopped`, 200);
                items.push(...page.data);
            }
        }
        catch (err) {
            throw this.failure(err, what, notFound);
        }
        return items;
    }
    /** One call's data; every failure becomes prel's error. */
    async call(what, send, notFound) {
        try {
            return (await send()).data;
        }
        catch (err) {
            throw this.failure(err, what, notFound);
        }
    }
    /** One call's data, or undefined when GitHub answers one of the `absent` statuses. */
    async find(what, send, absent) {
        try {
            return (await send()).data;
        }
        catch (err) {
            if (isRequestFailure(err) && err.response && absent.includes(err.status))
                return undefined;
            throw this.failure(err, what);
        }
    }
    /** Turns what Octokit threw into the error to report: the user's to fix, or GitHub's. */
    failure(err, what, notFound) {
        if (!isRequestFailure(err))
            return err instanceof Error ? err : new Error(String(err));
        const status = err.status;
        if (!err.response) {
            // No answer at all (refused, reset, DNS, proxy): Octokit calls it 500 after its retries.
            const cause = err.cause;
            const reason = this.scrub((0,_http_http_body_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(cause instanceof Error && cause.cause instanceof Error ? cause.cause : (cause ?? err)));
            return new _errors_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${what}: cannot reach the GitHub API at ${this.baseUrl} (GITHUB_API_URL): ${reason}`);
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
            return new _errors_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(this.token
                ? `GitHub rejected the token${detail} (${what}): check the github-token input (expired or revoked?)`
                : `GitHub requires a token for ${what}${detail}: set the github-token input`);
        }
        if (status === 403) {
            return new _errors_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`GitHub refused ${what}${detail}: the token lacks the permission for it (contents: read, pull-requests: write as needed)`);
        }
        if (status === 404)
            return new _errors_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(notFound ?? `GitHub: ${what} not found (or the token cannot see it)`);
        const retried = status >= 500 ? ' (gave up retrying)' : '';
        return new GitHubApiError(`${what}: GitHub answered ${status}${message ? `: ${message}` : ''}${retried}`, status);
    }
    /** Belt and braces: GitHub never echoes a token, but nothing we print may carry it. */
    scrub(text) {
        return this.token ? text.split(this.token).join('***') : text;
    }
}


/***/ }),

/***/ 82225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ ComponentSources),
  B: () => (/* binding */ githubApiUrl)
});

// EXTERNAL MODULE: ./shared/github/github-api.ts
var github_api = __webpack_require__(49460);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./shared/errors/errors.ts
var errors = __webpack_require__(81821);
// EXTERNAL MODULE: ./shared/tar/tar-reader.ts
var tar_reader = __webpack_require__(44077);
// EXTERNAL MODULE: ./shared/github/github-names.ts
var github_names = __webpack_require__(18332);
;// CONCATENATED MODULE: ./shared/github/github-source.ts
// A component's tags and files read through the GitHub REST API (entries with repositoryFullName).





const DEFAULT_TARBALL_ABOVE = 40;
const DEFAULT_CONCURRENCY = 8;
/** Tags of tags of tags…: real repositories have one level; this only stops a loop. */
const MAX_TAG_DEPTH = 8;
/** Bounds the folder walk (each folder is one request). */
const MAX_FOLDERS = 2_000;
/** A folder path inside the repository, without leading/trailing slashes; `..` is refused. */
function repoPath(input, label) {
    const normal = external_node_path_default().posix.normalize(`/${input.trim()}`).replace(/^\/+|\/+$/g, '');
    if (normal.split('/').includes('..'))
        throw new errors/* ConfigurationError */.j1(`${input}: a path in ${label} may not leave the repository`);
    return normal;
}
class GitHubComponentSource {
    client;
    label;
    owner;
    repo;
    tarballAbove;
    concurrency;
    repoChecked;
    commitDates = new Map();
    /** The last tarball read, so several chart folders at one tag cost one download. */
    tarball;
    constructor(fullName, client, options = {}) {
        this.client = client;
        const { owner, repo } = (0,github_names/* parseRepositoryFullName */.k)(fullName);
        this.owner = owner;
        this.repo = repo;
        this.label = `${owner}/${repo}`;
        this.tarballAbove = options.tarballAbove ?? DEFAULT_TARBALL_ABOVE;
        this.concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
    }
    async listTags() {
        const tags = await this.client.listTags(this.owner, this.repo);
        return tags.map((t) => ({ name: t.name, commit: t.commit.sha }));
    }
    async resolveTag(tag) {
        const ref = await this.client.getRef(this.owner, this.repo, `tags/${tag}`);
        if (!ref)
            return this.absent();
        // GitHub may answer a prefix match with a list on old servers; only the exact ref counts.
        if (Array.isArray(ref) || ref.ref !== `refs/tags/${tag}`)
            return this.absent();
        let object = ref.object;
        for (let depth = 0; object.type === 'tag'; depth++) {
            if (depth >= MAX_TAG_DEPTH)
                throw new errors/* ConfigurationError */.j1(`tag ${tag} in ${this.label}: more than ${MAX_TAG_DEPTH} nested annotated tags`);
            object = (await this.client.getTag(this.owner, this.repo, object.sha)).object;
        }
        if (object.type !== 'commit')
            throw new errors/* ConfigurationError */.j1(`tag ${tag} in ${this.label} points to a ${object.type}, not a commit`);
        return object.sha;
    }
    async commitDate(commit) {
        if (this.commitDates.has(commit))
            return this.commitDates.get(commit);
        const found = await this.client.getCommit(this.owner, this.repo, commit);
        const when = found?.commit.committer?.date ?? found?.commit.author?.date;
        const date = when ? new Date(when) : undefined;
        const valid = date && !Number.isNaN(date.getTime()) ? date : undefined;
        this.commitDates.set(commit, valid);
        return valid;
    }
    async readFile(tag, file) {
        const at = repoPath(file, this.label);
        if (!at)
            return undefined;
        const content = await this.client.getContent(this.owner, this.repo, at, tag);
        if (!content)
            return this.absent();
        return content.type === 'file' ? content.content : undefined;
    }
    async readFolder(tag, folder) {
        const root = repoPath(folder, this.label);
        const top = await this.client.getContent(this.owner, this.repo, root, tag);
        if (!top)
            return this.absent();
        if (top.type !== 'dir')
            return undefined;
        // Walk the listing first: it is cheap and tells whether one tarball beats many file reads.
        const files = [];
        const pending = [...top.entries];
        let folders = 1;
        while (pending.length) {
            const entry = pending.shift();
            if (entry.type === 'file')
                files.push(entry);
            else if (entry.type === 'dir') {
                if (++folders > MAX_FOLDERS)
                    return this.folderFromTarball(tag, root);
                const listing = await this.client.getContent(this.owner, this.repo, entry.path, tag);
                if (listing?.type !== 'dir')
                    throw new errors/* ConfigurationError */.j1(`${entry.path} in ${this.label} at ${tag} changed while it was read`);
                pending.push(...listing.entries);
            }
            else {
                throw this.notRegular(tag, entry.path, entry.type);
            }
            if (files.length > this.tarballAbove)
                return this.folderFromTarball(tag, root);
        }
        const limit = (0,p_limit/* default */.A)(this.concurrency);
        const read = await Promise.all(files.map((entry) => limit(async () => {
            const content = await this.client.getContent(this.owner, this.repo, entry.path, tag);
            if (content?.type !== 'file')
                throw new errors/* ConfigurationError */.j1(`${entry.path} in ${this.label} at ${tag} changed while it was read`);
            return [relativeTo(root, entry.path), content.content];
        })));
        return new Map(read.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    async close() {
        this.tarball = undefined;
    }
    async folderFromTarball(tag, root) {
        if (this.tarball?.ref !== tag) {
            const bytes = this.client.getTarball(this.owner, this.repo, tag);
            this.tarball = { ref: tag, bytes };
            bytes.catch(() => {
                if (this.tarball?.bytes === bytes)
                    this.tarball = undefined;
            });
        }
        const entries = (0,tar_reader/* readTar */.sB)(await this.tarball.bytes);
        const files = new Map();
        let found = false;
        for (const entry of entries) {
            // Every entry sits under one top folder, `<owner>-<repo>-<sha7>/`.
            const slash = entry.path.indexOf('/');
            if (slash < 0)
                continue;
            const inRepo = entry.path.slice(slash + 1).replace(/\/+$/, '');
            const relative = root === '' ? inRepo : inRepo.startsWith(`${root}/`) ? inRepo.slice(root.length + 1) : inRepo === root ? '' : undefined;
            if (relative === undefined)
                continue;
            found = true;
            if (relative === '' || entry.type === 'directory')
                continue;
            if (entry.type !== 'file')
                throw this.notRegular(tag, inRepo, entry.type);
            if (relative.split('/').includes('..') || external_node_path_default().posix.isAbsolute(relative)) {
                throw new errors/* ConfigurationError */.j1(`${inRepo} in ${this.label} at ${tag}: the archive entry leaves the folder`);
            }
            files.set(relative, entry.data);
        }
        return found ? new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : undefined;
    }
    notRegular(tag, file, type) {
        return new errors/* ConfigurationError */.j1(`${file} in ${this.label} at ${tag} is a ${type}; only regular files are collected`);
    }
    /** Nothing at that tag or path; but when the repository itself is missing, say so instead. */
    async absent() {
        this.repoChecked ??= this.client.getRepo(this.owner, this.repo).then(() => undefined);
        const check = this.repoChecked;
        try {
            await check;
        }
        catch (err) {
            if (this.repoChecked === check && !(err instanceof errors/* ConfigurationError */.j1))
                this.repoChecked = undefined;
            throw err;
        }
        return undefined;
    }
}
function relativeTo(root, file) {
    return root === '' ? file : file.slice(root.length + 1);
}

// EXTERNAL MODULE: ./shared/git/git-source.ts
var git_source = __webpack_require__(36011);
;// CONCATENATED MODULE: ./shared/release/component-sources.ts
// One source per repository for a run: GitHub API for `repositoryFullName` entries, git for `url:`
// entries; a repository listed twice shares one source (one clone, one tag list).



function githubApiUrl() {
    return process.env.GITHUB_API_URL || 'https://api.github.com';
}
class ComponentSources {
    options;
    sources = new Map();
    client;
    constructor(options) {
        this.options = options;
    }
    for(entry) {
        const key = entry.url ?? entry.repositoryFullName;
        let source = this.sources.get(key);
        if (!source) {
            source = entry.url ? new git_source/* GitComponentSource */.r(entry.url, { logger: this.options.logger }) : new GitHubComponentSource(entry.repositoryFullName, this.github());
            this.sources.set(key, source);
        }
        return source;
    }
    github() {
        this.client ??= new github_api/* GitHubApi */.y({ baseUrl: githubApiUrl(), token: this.options.token, logger: this.options.logger });
        return this.client;
    }
    async close() {
        await Promise.all([...this.sources.values()].map((s) => s.close()));
    }
}


/***/ })

};
