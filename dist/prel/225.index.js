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

/***/ 89268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ readCapped),
/* harmony export */   Rn: () => (/* binding */ retryLine),
/* harmony export */   Uc: () => (/* binding */ describeError)
/* harmony export */ });
/* unused harmony export BodyTooLargeError */
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81821);

class BodyTooLargeError extends Error {
}
async function readCapped(body, limit, what) {
    const chunks = [];
    let total = 0;
    for await (const chunk of body) {
        total += chunk.length;
        if (total > limit) {
            body.destroy();
            throw new BodyTooLargeError(`${what}: larger than ${limit} bytes`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** An error as one phrase for a retry log line: its message, plus its code when the message lacks it. */
function describeError(err) {
    if (err instanceof Error) {
        const code = err.code;
        return code && !err.message.includes(code) ? `${err.message} (${code})` : err.message;
    }
    return String(err);
}
/** A retry log line: what was tried, why it failed (without repeating what), and when it goes again. */
function retryLine(what, err, attempt, delayMs) {
    // The error may name what failed itself, whole or by its last part (`blob sha256:…`).
    const why = (0,_errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutName */ .u_)(describeError(err), what, true);
    return `${what}: ${why}; retry ${attempt} in ${(delayMs / 1000).toFixed(1)}s`;
}


/***/ }),

/***/ 93281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ sharedDispatcher)
/* harmony export */ });
/* unused harmony export loopbackBypassesProxy */
/* harmony import */ var _undici_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40323);
/* harmony import */ var _loopback_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5130);
/* harmony import */ var _request_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48179);
/* harmony import */ var _v8_tuning_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67236);




/** The pool's bounds: connections per origin, and the connect, headers and idle-body timeouts. */
function poolOptions(limits) {
    return {
        connections: limits.connections,
        keepAliveTimeout: 30_000,
        connect: { timeout: limits.connectMs },
        headersTimeout: limits.headersMs,
        bodyTimeout: limits.stallMs,
    };
}
/** curl's order: the lower-case name wins. */
function proxyEnv() {
    const read = (name) => process.env[name.toLowerCase()] ?? process.env[name.toUpperCase()];
    return { http: read('http_proxy') || undefined, https: read('https_proxy') || undefined, noProxy: read('no_proxy') };
}
/** Whether loopback hosts skip the proxy under this environment. */
function loopbackBypassesProxy(env = proxyEnv()) {
    return env.noProxy !== '';
}
function build(env, limits) {
    (0,_v8_tuning_js__WEBPACK_IMPORTED_MODULE_1__/* .tuneV8ForTransfers */ .M)();
    const POOL = poolOptions(limits);
    const direct = new _undici_core_js__WEBPACK_IMPORTED_MODULE_0__/* .Agent */ .g6(POOL);
    if (!env.http && !env.https)
        return direct;
    // Plain http goes to the proxy as `GET http://host/…`, as curl does: proxies often allow CONNECT to port 443 only.
    const proxied = new _undici_core_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvHttpProxyAgent */ .J2({ ...POOL, proxyTunnel: false, httpProxy: env.http, httpsProxy: env.https, noProxy: env.noProxy ?? '' });
    if (!loopbackBypassesProxy(env))
        return proxied;
    return proxied.compose((dispatch) => (options, handler) => {
        const origin = options.origin ? new URL(String(options.origin)) : undefined;
        return origin && (0,_loopback_js__WEBPACK_IMPORTED_MODULE_2__/* .isLoopback */ .U)(origin.host) ? direct.dispatch(options, handler) : dispatch(options, handler);
    });
}
/** One pool per proxy setting and limits (tests change the environment between runs in one process). */
const pools = new Map();
/** The process's shared, proxy-aware dispatcher. */
function sharedDispatcher() {
    const env = proxyEnv();
    const limits = (0,_request_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .requestLimits */ .W)();
    const key = `${JSON.stringify(env)} ${(0,_request_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .limitsKey */ .k)(limits)}`;
    let pool = pools.get(key);
    if (!pool) {
        pool = build(env, limits);
        pools.set(key, pool);
    }
    return pool;
}


/***/ }),

/***/ 5130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ isLoopback)
/* harmony export */ });
// Whether a host is this machine: loopback hosts are reached over plain http (registries, downloads).
function hostWithoutPort(host) {
    if (host.startsWith('['))
        return host.slice(0, host.indexOf(']') + 1);
    return host.split(':')[0];
}
/** `localhost` (and `*.localhost`), `127.0.0.0/8` or `[::1]`, with or without a port. */
function isLoopback(host) {
    const name = hostWithoutPort(host).toLowerCase();
    return (name === 'localhost' || name.endsWith('.localhost') || name === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name));
}


/***/ }),

/***/ 48179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ requestLimits),
/* harmony export */   k: () => (/* binding */ limitsKey)
/* harmony export */ });
// The time and connection bounds of every registry request, in one place so they can be documented and
// tuned: a slow network wants longer ones, a test wants short ones. Environment variables (seconds):
//   PREL_CONNECT_TIMEOUT   connecting (TCP and TLS)                       default 30
//   PREL_HEADERS_TIMEOUT   waiting for the answer's headers once sent     default 120
//   PREL_STALL_TIMEOUT     no byte of a body moving, either direction     default 60
//   PREL_MAX_CONNECTIONS   connections per registry (not seconds)         default 32
//   PREL_HEDGE_AFTER       earliest second copy of a slow read (hedge.ts)  default 0.05; off: never
function positive(name, fallback) {
    const raw = process.env[name];
    const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
    return Number.isFinite(value) && value > 0 ? value : fallback;
}
function requestLimits() {
    return {
        connectMs: positive('PREL_CONNECT_TIMEOUT', 30) * 1000,
        headersMs: positive('PREL_HEADERS_TIMEOUT', 120) * 1000,
        stallMs: positive('PREL_STALL_TIMEOUT', 60) * 1000,
        connections: Math.floor(positive('PREL_MAX_CONNECTIONS', 32)),
        hedgeMinMs: process.env.PREL_HEDGE_AFTER?.trim().toLowerCase() === 'off' ? undefined : positive('PREL_HEDGE_AFTER', 0.05) * 1000,
    };
}
/** A key that changes when any limit does, so a pool built for other limits is not reused. */
function limitsKey(limits) {
    return `${limits.connectMs}/${limits.headersMs}/${limits.stallMs}/${limits.connections}`;
}


/***/ }),

/***/ 40323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ request),
/* harmony export */   J2: () => (/* binding */ EnvHttpProxyAgent),
/* harmony export */   g6: () => (/* binding */ Agent)
/* harmony export */ });
/* harmony import */ var undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57405);
/* harmony import */ var undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53137);
/* harmony import */ var undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var undici_lib_api_api_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14043);
/* harmony import */ var undici_lib_api_api_request_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(undici_lib_api_api_request_js__WEBPACK_IMPORTED_MODULE_2__);



const Agent = (undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_0___default());
const EnvHttpProxyAgent = (undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_1___default());
/** undici's request(url, options), for an absolute URL and an explicit dispatcher (never the global one). */
function request(url, options) {
    const { dispatcher, ...rest } = options;
    const call = (undici_lib_api_api_request_js__WEBPACK_IMPORTED_MODULE_2___default());
    return call.call(dispatcher, { ...rest, origin: url.origin, path: `${url.pathname}${url.search}` });
}


/***/ }),

/***/ 82258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ StalledBodyError),
/* harmony export */   Do: () => (/* binding */ DigestVerifier),
/* harmony export */   RV: () => (/* binding */ verifyBytes),
/* harmony export */   T$: () => (/* binding */ TruncatedBodyError),
/* harmony export */   h: () => (/* binding */ DigestMismatchError),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   sU: () => (/* binding */ digestHex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
// Content digests: computing them, and checking a stream against one while it flows.


function sha256Digest(data) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
}
function digestHex(digest) {
    return digest.slice(digest.indexOf(':') + 1);
}
/** Bytes that do not match the digest (or size) they were fetched by. Never pushed, never packed. */
class DigestMismatchError extends Error {
    expected;
    actual;
    detail;
    constructor(expected, actual, detail) {
        super(`content does not match its digest ${expected}: ${detail}`);
        this.expected = expected;
        this.actual = actual;
        this.detail = detail;
        this.name = 'DigestMismatchError';
    }
}
function hashFor(digest) {
    const algorithm = digest.slice(0, digest.indexOf(':'));
    if (algorithm !== 'sha256' && algorithm !== 'sha512')
        throw new Error(`unsupported digest algorithm '${algorithm}'`);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
}
/** Verifies bytes in memory (manifests). */
function verifyBytes(data, expected) {
    const actual = `${expected.slice(0, expected.indexOf(':'))}:${hashFor(expected).update(data).digest('hex')}`;
    if (actual !== expected)
        throw new DigestMismatchError(expected, actual, `got ${actual}`);
}
/**
 * No byte moved through a stream for too long. `side` says which end was idle: the reader not taking
 * bytes (its buffer full) is the target's; no bytes arriving is the source's. A transport fault: retried.
 */
class StalledBodyError extends Error {
    digest;
    side;
    constructor(digest, side, seconds) {
        super(`blob ${digest}: no byte moved for ${seconds}s (${side === 'source' ? 'the source stopped sending' : 'the target stopped reading'})`);
        this.digest = digest;
        this.side = side;
        this.name = 'StalledBodyError';
    }
}
/**
 * A pass-through stream that fails instead of ending when the bytes are not exactly `size` bytes
 * hashing to `digest`, so a consumer (an upload, an archive) never completes with bad content. With
 * `stallMs` it also fails when no byte passes for that long, whichever end went quiet.
 */
class DigestVerifier extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    expected;
    size;
    onChunk;
    hash;
    received = 0;
    stallTimer;
    constructor(expected, size, 
    /** Hears about each chunk as it passes (progress), without taking the stream into flowing mode. */
    onChunk, stallMs) {
        super();
        this.expected = expected;
        this.size = size;
        this.onChunk = onChunk;
        this.hash = hashFor(expected);
        if (stallMs) {
            this.stallTimer = setTimeout(() => {
                const side = this.readableLength >= this.readableHighWaterMark ? 'target' : 'source';
                this.destroy(new StalledBodyError(expected, side, Number((stallMs / 1000).toFixed(1))));
            }, stallMs);
            this.stallTimer.unref();
        }
    }
    get bytes() {
        return this.received;
    }
    _destroy(err, callback) {
        if (this.stallTimer)
            clearTimeout(this.stallTimer);
        callback(err);
    }
    _transform(chunk, _encoding, callback) {
        this.stallTimer?.refresh();
        this.received += chunk.length;
        if (this.size !== undefined && this.received > this.size) {
            callback(new DigestMismatchError(this.expected, '', `more than the ${this.size} bytes its descriptor declares`));
            return;
        }
        this.hash.update(chunk);
        this.onChunk?.(chunk.length);
        // The last chunk passes only once the whole blob matched: a reader (an upload) never receives a
        // complete wrong blob, so even a registry that does not check digests cannot store one.
        const wrong = this.received === this.size ? this.mismatch() : undefined;
        callback(wrong ?? null, wrong ? undefined : chunk);
    }
    _flush(callback) {
        // The source is done; what is left is the reader's pace, which the transport's own timeouts bound.
        if (this.stallTimer)
            clearTimeout(this.stallTimer);
        if (this.size !== undefined && this.received !== this.size) {
            callback(new TruncatedBodyError(this.expected, this.received, this.size));
            return;
        }
        // With a size, the last chunk was checked already (an empty blob has none).
        callback(this.size === undefined || this.size === 0 ? this.mismatch() : undefined);
    }
    /** Compares the bytes hashed so far (all of them) with the digest; the error, or undefined. */
    mismatch() {
        const actual = `${this.expected.slice(0, this.expected.indexOf(':'))}:${this.hash.digest('hex')}`;
        return actual === this.expected ? undefined : new DigestMismatchError(this.expected, actual, `the bytes received hash to ${actual}`);
    }
}
/** A body that ended early: a transport fault, so it is worth retrying (unlike a digest mismatch). */
class TruncatedBodyError extends Error {
    digest;
    received;
    expected;
    constructor(digest, received, expected) {
        super(`body of ${digest} ended after ${received} of ${expected} bytes`);
        this.digest = digest;
        this.received = received;
        this.expected = expected;
        this.name = 'TruncatedBodyError';
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


/***/ }),

/***/ 52850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   nI: () => (/* binding */ RetryableStatusError),
/* harmony export */   ur: () => (/* binding */ defaultRetryPolicy)
/* harmony export */ });
/* unused harmony exports isNetworkError, isRetryable, isTimeout, retryDelay */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _image_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82258);
/* harmony import */ var _run_control_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92653);
// The retry policy for every network operation: which failures are worth retrying, and how long to wait.



/** Defaults; PREL_RETRY_BASE_MS / PREL_RETRY_MAX_ELAPSED_MS tune them (tests use short delays). */
function defaultRetryPolicy(attempts = 5) {
    const env = (name, fallback) => {
        const value = Number(process.env[name]);
        return Number.isFinite(value) && value >= 0 && process.env[name] !== '' ? value : fallback;
    };
    return {
        attempts,
        baseDelayMs: env('PREL_RETRY_BASE_MS', 500),
        maxDelayMs: env('PREL_RETRY_MAX_DELAY_MS', 30_000),
        maxElapsedMs: env('PREL_RETRY_MAX_ELAPSED_MS', 300_000),
    };
}
/** A failure the server asked us to retry (429, 5xx), with its Retry-After delay when given. */
class RetryableStatusError extends Error {
    status;
    retryAfterMs;
    /** When the answer came: Retry-After counts from then, not from when the retry loop hears of it. */
    receivedAt = Date.now();
    constructor(message, status, retryAfterMs) {
        super(message);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
        this.name = 'RetryableStatusError';
    }
}
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
function isRetryableStatus(status) {
    return RETRYABLE_STATUS.has(status);
}
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
    'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
    'ERR_STREAM_PREMATURE_CLOSE',
]);
/** Connection resets, timeouts and bodies cut short: the transport failed, not the request. */
function isNetworkError(err) {
    for (let e = err; e instanceof Error; e = e.cause) {
        const code = e.code;
        if (code && NETWORK_CODES.has(code))
            return true;
        if (e instanceof _image_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .TruncatedBodyError */ .T$ || e instanceof _image_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .StalledBodyError */ .A_)
            return true;
        if (e.message === 'other side closed' || e.message === 'terminated')
            return true;
    }
    return false;
}
/** A failure that asks to be tried again from the start (an upload session the registry lost). */
function asksRestart(err) {
    return err instanceof Error && err.restart === true;
}
function isRetryable(err) {
    if ((0,_run_control_js__WEBPACK_IMPORTED_MODULE_2__/* .isRunStopped */ .zI)(err))
        return false;
    return err instanceof RetryableStatusError || isNetworkError(err) || asksRestart(err);
}
/** Parses Retry-After: delay-seconds or an HTTP date. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
/** A request that was given up after waiting out one of its time bounds (connect, headers, a stalled body). */
function isTimeout(err) {
    for (let e = err; e instanceof Error; e = e.cause) {
        if (e instanceof _image_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .StalledBodyError */ .A_ || TIMEOUT_CODES.has(e.code ?? ''))
            return true;
    }
    return false;
}
/**
 * Exponential backoff with full jitter, or the server's Retry-After (from when it answered) when it gave
 * one. After a timeout the retry goes at once: the bound already waited longer than a backoff would.
 */
function retryDelay(policy, attempt, err) {
    if (err instanceof RetryableStatusError && err.retryAfterMs !== undefined)
        return Math.max(0, err.retryAfterMs - (Date.now() - err.receivedAt));
    if (isTimeout(err))
        return 0;
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return ceiling / 2 + Math.random() * (ceiling / 2);
}
/**
 * Runs `operation` until it succeeds, fails with something not worth retrying, or the policy's count
 * or time runs out; then the last error is thrown. `onRetry` hears about each retry (for logs). Once
 * `signal` aborts, no new try starts and a wait in progress ends with the abort's reason.
 */
async function withRetries(policy, operation, onRetry, signal) {
    const started = Date.now();
    for (let attempt = 1;; attempt++) {
        if (signal?.aborted)
            throw signal.reason;
        try {
            return await operation(attempt);
        }
        catch (err) {
            if (signal?.aborted)
                throw signal.reason;
            if (!isRetryable(err) || attempt >= policy.attempts)
                throw err;
            const delay = retryDelay(policy, attempt, err);
            if (Date.now() - started + delay > policy.maxElapsedMs)
                throw err;
            onRetry?.(err, attempt, delay);
            try {
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(delay, undefined, signal ? { signal } : undefined);
            }
            catch {
                throw signal?.reason ?? err;
            }
        }
    }
}


/***/ })

};
