export const id = 847;
export const ids = [847];
export const modules = {

/***/ 2086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ describeYamlError)
/* harmony export */ });
function describeYamlError(error, text) {
    const first = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const quote = error.code === 'MISSING_CHAR' ? /^Missing closing (["'])quote/.exec(first)?.[1] : undefined;
    if (quote) {
        // No closing quote follows the opening one, so the last quote before the end is where it starts.
        const start = text.lastIndexOf(quote, error.pos[0] - 1);
        if (start >= 0)
            return { offset: start, message: `the ${quote}-quoted text that starts here is never closed` };
    }
    return { offset: error.pos[0], message: first };
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
/* harmony import */ var _v8_tuning_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3831);




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
 * A blob's bytes as they come from `source`, hashed in the same pass that hands them on (no second
 * stream stage): the stream fails instead of ending when the bytes are not exactly `size` bytes hashing
 * to `digest`, so a consumer (an upload, an archive) never completes with bad content. With `stallMs` it
 * also fails when no byte passes for that long, whichever end went quiet. The source's own errors fail it
 * too; destroying this stream leaves the source to the caller.
 */
class DigestVerifier extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable {
    source;
    expected;
    size;
    onChunk;
    hash;
    received = 0;
    stallTimer;
    onData = (chunk) => this.onSourceChunk(chunk);
    onEnd = () => this.onSourceEnd();
    constructor(source, expected, size, 
    /** Hears about each chunk as it passes (progress). */
    onChunk, stallMs) {
        super();
        this.source = source;
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
        source.on('data', this.onData);
        source.once('end', this.onEnd);
        // Kept after this stream is done: a source destroyed later must not throw an unheard error.
        source.on('error', (err) => this.destroy(err));
    }
    get bytes() {
        return this.received;
    }
    _read() {
        this.source.resume();
    }
    _destroy(err, callback) {
        if (this.stallTimer)
            clearTimeout(this.stallTimer);
        this.source.off('data', this.onData);
        this.source.off('end', this.onEnd);
        callback(err);
    }
    onSourceChunk(chunk) {
        if (this.destroyed)
            return;
        this.stallTimer?.refresh();
        this.received += chunk.length;
        if (this.size !== undefined && this.received > this.size) {
            this.destroy(new DigestMismatchError(this.expected, '', `more than the ${this.size} bytes its descriptor declares`));
            return;
        }
        this.hash.update(chunk);
        this.onChunk?.(chunk.length);
        // The last chunk passes only once the whole blob matched: a reader (an upload) never receives a
        // complete wrong blob, so even a registry that does not check digests cannot store one.
        const wrong = this.received === this.size ? this.mismatch() : undefined;
        if (wrong)
            this.destroy(wrong);
        else if (!this.push(chunk))
            this.source.pause();
    }
    onSourceEnd() {
        if (this.destroyed)
            return;
        // The source is done; what is left is the reader's pace, which the transport's own timeouts bound.
        if (this.stallTimer)
            clearTimeout(this.stallTimer);
        if (this.size !== undefined && this.received !== this.size) {
            this.destroy(new TruncatedBodyError(this.expected, this.received, this.size));
            return;
        }
        // With a size, the last chunk was checked already (an empty blob has none).
        const wrong = this.size === undefined || this.size === 0 ? this.mismatch() : undefined;
        if (wrong)
            this.destroy(wrong);
        else
            this.push(null);
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

/***/ 94148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mv: () => (/* binding */ atEntry),
/* harmony export */   Sb: () => (/* binding */ readChartsListFile),
/* harmony export */   XR: () => (/* binding */ parseChartsList)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81821);
/* harmony import */ var _errors_fs_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71373);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21736);
/* harmony import */ var _errors_yaml_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2086);
// charts_list.yaml and release_charts.yaml (SPEC 3.1, 3.2): the real format (metadata + spec entries of
// repositoryFullName, resourcePaths, targetPath) plus prel's optional fields. Unknown fields and wrong
// types are errors naming the field, the file and the line.






const FIELDS = {
    repositoryFullName: 'string',
    tag: 'string',
    commit: 'string',
    resourcePaths: 'strings',
    targetPath: 'string',
    url: 'string',
    tagPattern: 'string',
    prerelease: 'boolean',
    owners: 'strings',
    images: 'strings',
};
const TOP_LEVEL = new Set(['metadata', 'spec']);
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
function parseChartsList(text, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter: lines, keepSourceTokens: true });
    const lineOf = (node) => (node?.range ? lines.linePos(node.range[0]).line : 1);
    const fail = (message, node) => {
        const line = lineOf(node);
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}:${line}: ${message}`, { file, line });
    };
    if (doc.errors.length > 0) {
        const { offset, message } = (0,_errors_yaml_error_js__WEBPACK_IMPORTED_MODULE_5__/* .describeYamlError */ .r)(doc.errors[0], text);
        const { line, col } = lines.linePos(offset);
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}:${line}: invalid YAML: ${message} (column ${col})`, { file, line });
    }
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(root))
        return fail('expected a mapping with `metadata` and `spec`', root);
    for (const pair of root.items) {
        const key = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '';
        if (!TOP_LEVEL.has(key))
            fail(`unknown field '${key}' (expected metadata and spec)`, pair.key);
    }
    const spec = root.get('spec', true);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(spec))
        return fail("'spec' must be a list of components", spec ?? root);
    // A repository may be listed more than once (the real list collects user-web into two folders).
    const entries = [];
    for (const item of spec.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(item))
            fail('each spec entry must be a mapping', item);
        const map = item;
        const values = {};
        for (const pair of map.items) {
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '';
            const kind = FIELDS[key];
            if (!kind)
                fail(`unknown field '${key}' (expected one of ${Object.keys(FIELDS).join(', ')})`, pair.key);
            const value = pair.value;
            if (kind === 'string' || kind === 'boolean') {
                const scalar = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(value) ? value.value : undefined;
                const ok = kind === 'boolean' ? typeof scalar === 'boolean' : typeof scalar === 'string' || typeof scalar === 'number';
                if (!ok)
                    fail(`'${key}' must be ${kind === 'boolean' ? 'true or false' : 'a string'}`, value ?? pair.key);
                // Source text, not the parsed number: a tag like 1.10 must stay 1.10.
                values[key] = kind === 'string' && (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(value) ? (value.source ?? String(scalar)) : scalar;
            }
            else {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(value) || !value.items.every((v) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(v) && typeof v.value === 'string')) {
                    fail(`'${key}' must be a list of strings`, value ?? pair.key);
                }
                values[key] = value.items.map((v) => v.value);
            }
        }
        const full = values.repositoryFullName;
        if (!full)
            fail("a spec entry needs 'repositoryFullName' (owner/repo)", map);
        if (!REPOSITORY.test(full))
            fail(`'repositoryFullName' must be owner/repo, got '${full}'`, map.get('repositoryFullName', true));
        const resourcePaths = values.resourcePaths ?? [];
        if (resourcePaths.length > 0 && !values.targetPath)
            fail(`${full}: 'resourcePaths' needs a 'targetPath'`, map);
        const line = lineOf(map);
        entries.push({
            repositoryFullName: full,
            name: full.split('/')[1],
            resourcePaths,
            targetPath: values.targetPath,
            url: values.url,
            tag: values.tag,
            commit: values.commit,
            tagPattern: values.tagPattern,
            prerelease: values.prerelease,
            owners: values.owners ?? [],
            images: values.images,
            line,
            node: map,
        });
    }
    return { file, doc, entries };
}
/** Reads and parses a charts list file; a missing or unreadable file names the input. */
async function readChartsListFile(path, inputName) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${inputName}': cannot read ${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .Gt)(path)}: ${code === 'ENOENT' ? 'no such file' : (code ?? err.message)}.`);
    }
    return parseChartsList(text, (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .Gt)(path));
}
/**
 * A failure while working on one entry (a git URL or the GitHub API that does not answer, a missing tag),
 * located at the entry's line and naming the component; one that already names its place is kept. A
 * user's mistake stays a ConfigurationError; anything else keeps its kind, with the cause attached.
 */
function atEntry(err, file, entry) {
    const message = (0,_errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err);
    // A local disk error is the caller's to name (fs-errors): it is not about this entry.
    if ((err instanceof _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1 && err.file) || message.startsWith(`${file}:`) || (0,_errors_fs_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .localErrorCode */ .ns)(err))
        return err;
    const component = message.includes(entry.repositoryFullName) ? '' : `${entry.repositoryFullName}: `;
    const text = `${file}:${entry.line}: ${component}${message}`;
    return err instanceof _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1 ? new _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(text, { file, line: entry.line }) : new Error(text, { cause: err });
}


/***/ }),

/***/ 41124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ fillPlaceholders)
/* harmony export */ });
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81821);
// Package-time placeholders (SPEC 3.3), filled as plain text everywhere in a file — no YAML
// re-serialization, so a collected file differs from its source only on the substituted lines:
// `[[ imageTagFromGitTag ]]` → the component's own tag, `[[ TagOfRepo(<name>) ]]` → that repo's tag.
// Every other `[[ … ]]` is for deploy time and stays.

const PLACEHOLDER = /\[\[\s*(imageTagFromGitTag|TagOfRepo\(\s*([^)\s]*)\s*\))\s*\]\]/g;
function fillPlaceholders(text, ownTag, tagOfRepo, file) {
    return text.replace(PLACEHOLDER, (whole, what, repo, offset) => {
        if (what === 'imageTagFromGitTag')
            return ownTag;
        const tag = tagOfRepo.get(repo ?? '');
        if (tag === undefined) {
            const line = text.slice(0, offset).split('\n').length;
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${file}:${line}: ${whole} names a repository that is not in release_charts.yaml (add an entry for ${repo} to charts_list.yaml, without resourcePaths)`, { file, line });
        }
        return tag;
    });
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
