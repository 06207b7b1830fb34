export const id = 44;
export const ids = [44];
export const modules = {

/***/ 50376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   $p: () => (/* binding */ OCI_INDEX),
/* harmony export */   BQ: () => (/* binding */ OCI_LAYER_GZIP),
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   MZ: () => (/* binding */ DOCKER_LAYER_GZIP),
/* harmony export */   RS: () => (/* binding */ isCompressedLayer),
/* harmony export */   TF: () => (/* binding */ OCI_CONFIG),
/* harmony export */   Vv: () => (/* binding */ DOCKER_MANIFEST),
/* harmony export */   Wk: () => (/* binding */ DOCKER_FOREIGN_LAYER),
/* harmony export */   d6: () => (/* binding */ isImageManifestMediaType),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   e6: () => (/* binding */ DOCKER_CONFIG),
/* harmony export */   m6: () => (/* binding */ DOCKER_MANIFEST_LIST),
/* harmony export */   sJ: () => (/* binding */ isForeignLayer)
/* harmony export */ });
/* unused harmony export OCI_LAYER */
// Manifest and blob media types (Docker v2 and OCI), and what each kind of manifest is.
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
const DOCKER_FOREIGN_LAYER = 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYER = 'application/vnd.oci.image.layer.v1.tar';
const OCI_LAYER_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';
/** Sent on every manifest request: registries hide what the client does not say it accepts. */
const MANIFEST_ACCEPT = [DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, OCI_MANIFEST, OCI_INDEX].join(', ');
function isIndexMediaType(mediaType) {
    return mediaType === DOCKER_MANIFEST_LIST || mediaType === OCI_INDEX;
}
function isImageManifestMediaType(mediaType) {
    return mediaType === DOCKER_MANIFEST || mediaType === OCI_MANIFEST;
}
/** Layers the registry never stores (Windows base layers); they are referenced, not copied. */
function isForeignLayer(mediaType) {
    return mediaType === DOCKER_FOREIGN_LAYER || mediaType === 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip';
}
/** Layers stored compressed (gzip, zstd): deflating them again in an archive saves nothing. */
function isCompressedLayer(mediaType) {
    return /[+.](gzip|zstd)$/.test(mediaType);
}


/***/ }),

/***/ 97329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Rn: () => (/* binding */ manifestKey),
/* harmony export */   x_: () => (/* binding */ InvalidReferenceError),
/* harmony export */   z7: () => (/* binding */ validateTag)
/* harmony export */ });
/* unused harmony exports looksLikeRegistryHost, validateDigest, validateRepository */
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81821);
// Image references (SPEC 2.1): parsing, validation and formatting. Nothing else lives here.

/** A reference that does not follow the grammar; `reason` says what is wrong in the user's terms. */
class InvalidReferenceError extends Error {
    reference;
    reason;
    constructor(reference, reason) {
        // A long reference (a pasted file, a runaway template) is cut, and the reason goes first so it is seen.
        super(reference.length > _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_ECHO */ .dP
            ? `invalid image reference (${reason}): ${(0,_errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteText */ .ol)(reference)}`
            : `invalid image reference ${(0,_errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteText */ .ol)(reference)}: ${reason}`);
        this.reference = reference;
        this.reason = reason;
        this.name = 'InvalidReferenceError';
    }
}
// OCI distribution spec grammar.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const HEX_LENGTH = { sha256: 64, sha512: 128 };
const MAX_NAME_LENGTH = 255;
/** True when the first path component names a registry host (SPEC 2.1). */
function looksLikeRegistryHost(component) {
    return component.includes('.') || component.includes(':') || component === 'localhost';
}
function validateHost(text, host) {
    const ipv6 = /^\[[0-9a-fA-F:.]+\](?::\d+)?$/;
    if (ipv6.test(host))
        return;
    const [name, port, ...extra] = host.split(':');
    if (extra.length > 0 || (port !== undefined && !/^\d{1,5}$/.test(port))) {
        throw new InvalidReferenceError(text, `registry ${(0,_errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteText */ .ol)(host)} has an invalid port`);
    }
    if (!name.split('.').every((part) => DOMAIN_COMPONENT.test(part))) {
        throw new InvalidReferenceError(text, `registry host ${(0,_errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteText */ .ol)(host)} is not a valid host name`);
    }
}
function validateDigest(text, digest) {
    if (!DIGEST.test(digest))
        throw new InvalidReferenceError(text, `digest ${(0,_errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteText */ .ol)(digest)} is not algorithm:hex`);
    const [algorithm, hex] = digest.split(':');
    const expected = HEX_LENGTH[algorithm];
    if (expected === undefined)
        throw new InvalidReferenceError(text, `digest algorithm ${(0,_errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteText */ .ol)(algorithm)} is not supported`);
    if (hex.length !== expected || !/^[0-9a-f]+$/.test(hex)) {
        throw new InvalidReferenceError(text, `${algorithm} digest must be ${expected} lowercase hex characters`);
    }
}
function validateRepository(text, repository) {
    if (repository === '')
        throw new InvalidReferenceError(text, 'the repository name is empty');
    if (repository.length > MAX_NAME_LENGTH) {
        throw new InvalidReferenceError(text, `the repository name is longer than ${MAX_NAME_LENGTH} characters`);
    }
    for (const component of repository.split('/')) {
        if (PATH_COMPONENT.test(component))
            continue;
        const hint = /[A-Z]/.test(component) ? ' (repository names must be lowercase)' : '';
        throw new InvalidReferenceError(text, `${(0,_errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteText */ .ol)(component)} is not a valid repository path component${hint}`);
    }
}
function validateTag(text, tag) {
    if (!TAG.test(tag)) {
        throw new InvalidReferenceError(text, `tag ${(0,_errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteText */ .ol)(tag)} is invalid (letters, digits, '_', '.', '-'; at most 128; not starting with '.' or '-')`);
    }
}
/** Parses `[host[:port]/]path[:tag][@digest]`. A reference must carry a tag or a digest. */
function parseReference(text) {
    if (text === '')
        throw new InvalidReferenceError(text, 'it is empty');
    if (/\s/.test(text))
        throw new InvalidReferenceError(text, 'it contains white space');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        validateDigest(text, digest);
    }
    let registry;
    const slash = rest.indexOf('/');
    if (slash > 0 && looksLikeRegistryHost(rest.slice(0, slash))) {
        registry = rest.slice(0, slash);
        rest = rest.slice(slash + 1);
        validateHost(text, registry);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon >= 0) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        validateTag(text, tag);
    }
    validateRepository(text, rest);
    if (tag === undefined && digest === undefined) {
        throw new InvalidReferenceError(text, 'it has no tag or digest (prel never assumes :latest)');
    }
    return { registry, repository: rest, tag, digest };
}
function formatReference(ref) {
    const name = ref.registry ? `${ref.registry}/${ref.repository}` : ref.repository;
    return `${name}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** What a manifest is fetched by: the digest when there is one, else the tag. */
function manifestKey(ref) {
    return ref.digest ?? ref.tag;
}


/***/ }),

/***/ 63437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ RegistryClientPool)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/errors/errors.ts
var errors = __webpack_require__(81821);
;// CONCATENATED MODULE: ./shared/registry/credentials.ts
// Finds registry credentials: the action's inputs first, then the Docker config (auths, credHelpers,
// credsStore), so `docker/login-action` upstream just works; else anonymous.





/** `https://index.docker.io/v1/` and `ghcr.io/x` both come down to their host, as docker/cli compares them. */
function hostOfConfigKey(key) {
    return key.replace(/^[a-z]+:\/\//i, '').split('/')[0].toLowerCase();
}
const DOCKER_HUB_NAMES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
function configPath() {
    return (0,external_node_path_.join)(process.env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), 'config.json');
}
/** errno codes of a config file that exists but cannot be read: docker warns and goes on anonymously. */
const UNREADABLE = new Set(['EACCES', 'EPERM', 'EISDIR', 'ENOTDIR']);
async function readDockerConfig(warn) {
    // DOCKER_AUTH_CONFIG (newer docker/cli) takes the place of the file when set.
    if (process.env.DOCKER_AUTH_CONFIG) {
        return { config: parseConfig(process.env.DOCKER_AUTH_CONFIG, 'DOCKER_AUTH_CONFIG'), source: 'DOCKER_AUTH_CONFIG' };
    }
    const path = configPath();
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        const code = err.code ?? '';
        if (code === 'ENOENT')
            return undefined;
        if (UNREADABLE.has(code)) {
            warn(`cannot read the Docker config ${path} (${code === 'EISDIR' ? 'is a folder' : 'permission denied'}); going on without its credentials`);
            return undefined;
        }
        throw new errors/* ConfigurationError */.j1(`Cannot read the Docker config ${path}: ${err.message}`);
    }
    return { config: parseConfig(text, path), source: path };
}
function parseConfig(text, source) {
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed !== 'object' || parsed === null)
            throw new Error('not a JSON object');
        return parsed;
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`The Docker config ${source} is not valid JSON: ${err.message}`);
    }
}
function decodeAuth(auth) {
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0)
        return undefined;
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1).replace(/\0+$/, '') };
}
/** Runs `docker-credential-<helper> get`; "not found" means anonymous, any other failure is an error. */
async function fromHelper(helper, host) {
    const program = `docker-credential-${helper}`;
    const { code, stdout, stderr } = await new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(program, ['get'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out += d.toString()));
        child.stderr.on('data', (d) => (err += d.toString()));
        child.on('error', (e) => reject(new errors/* ConfigurationError */.j1(e.code === 'ENOENT'
            ? `The Docker config names credential helper '${helper}' for ${host}, but ${program} is not on PATH.`
            : `${program} failed for ${host}: ${e.message}`)));
        child.on('close', (c) => resolve({ code: c, stdout: out, stderr: err }));
        child.stdin.end(host);
    });
    if (code !== 0) {
        if (/credentials not found/i.test(stdout + stderr))
            return undefined;
        throw new errors/* ConfigurationError */.j1(`${program} get failed for ${host}: ${(stdout + stderr).trim() || `exit ${code}`}`);
    }
    let reply;
    try {
        reply = JSON.parse(stdout);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${program} get returned something that is not JSON for ${host}.`);
    }
    const source = `credential helper ${program}`;
    if (reply.Username === '<token>')
        return { identityToken: reply.Secret, source };
    return { username: reply.Username, password: reply.Secret, source };
}
/** Credentials for `host` from the Docker config, or undefined for anonymous access. */
async function dockerConfigCredentials(host, warn = () => { }) {
    const found = await readDockerConfig(warn);
    if (!found)
        return undefined;
    const { config, source } = found;
    // Docker Hub's credentials are stored under its old index name, whatever name the image used.
    const wanted = DOCKER_HUB_NAMES.has(host.toLowerCase()) ? 'index.docker.io' : host.toLowerCase();
    const helper = Object.entries(config.credHelpers ?? {}).find(([key]) => hostOfConfigKey(key) === wanted)?.[1];
    if (helper)
        return fromHelper(helper, host);
    if (config.credsStore) {
        const stored = await fromHelper(config.credsStore, host);
        if (stored)
            return stored;
    }
    const entry = Object.entries(config.auths ?? {}).find(([key]) => hostOfConfigKey(key) === wanted)?.[1];
    if (!entry)
        return undefined;
    const label = `${source} (auths.${host})`;
    if (entry.registrytoken)
        return { registryToken: entry.registrytoken, source: label };
    if (entry.identitytoken)
        return { identityToken: entry.identitytoken, username: entry.username, source: label };
    if (entry.auth) {
        const decoded = decodeAuth(entry.auth);
        if (!decoded)
            throw new errors/* ConfigurationError */.j1(`${label}: 'auth' is not base64 of user:password.`);
        return { ...decoded, source: label };
    }
    if (entry.username !== undefined)
        return { username: entry.username, password: entry.password, source: label };
    return undefined;
}
/** Inputs win over the Docker config (SPEC 2.2). */
async function resolveCredentials(host, fromInputs, warn) {
    if (fromInputs.username !== undefined || fromInputs.password !== undefined) {
        // An empty inputName means plain 'username'/'password' inputs (no prefix).
        const prefix = fromInputs.inputName === '' ? '' : `${fromInputs.inputName ?? 'registry'}-`;
        if (fromInputs.username === undefined || fromInputs.password === undefined) {
            throw new errors/* ConfigurationError */.j1(`Inputs '${prefix}username' and '${prefix}password' must be given together.`);
        }
        return { username: fromInputs.username, password: fromInputs.password, source: `inputs ${prefix}username/password` };
    }
    return dockerConfigCredentials(host, warn);
}

// EXTERNAL MODULE: ./shared/http/http-body.ts
var http_body = __webpack_require__(89268);
// EXTERNAL MODULE: ./shared/http/undici-core.ts
var undici_core = __webpack_require__(40323);
// EXTERNAL MODULE: ./shared/http/http-dispatcher.ts
var http_dispatcher = __webpack_require__(93281);
;// CONCATENATED MODULE: ./shared/http/hedge.ts
/** Recent answer times of one kind of request. */
class Pace {
    recent = [];
    next = 0;
    observe(ms) {
        if (this.recent.length < WINDOW)
            this.recent.push(ms);
        else
            this.recent[this.next] = ms;
        this.next = (this.next + 1) % WINDOW;
    }
    /** The 90th percentile answer; undefined until a few answers were seen. */
    usual() {
        if (this.recent.length < 4)
            return undefined;
        const sorted = [...this.recent].sort((a, b) => a - b);
        return sorted[Math.floor(sorted.length * 0.9)];
    }
}
/**
 * Recent answer times of one server, per kind of request (a blob's headers come later than a manifest's
 * while the server streams others), and the server's one budget of extra copies.
 */
class HedgeTimer {
    minMs;
    maxMs;
    paces = new Map();
    /** Extra copies that may go out now; refills by BUDGET_SHARE per request sent. */
    tokens = 3;
    constructor(
    /** Never hedge sooner than this (nor when the server's usual answer is slower than `maxMs`). */
    minMs, maxMs) {
        this.minMs = minMs;
        this.maxMs = maxMs;
    }
    /** Records how long a request of this kind waited for its answer. */
    observe(ms, kind = '') {
        let pace = this.paces.get(kind);
        if (!pace)
            this.paces.set(kind, (pace = new Pace()));
        pace.observe(ms);
    }
    /** How long to wait before the extra copy: several times the usual wait, within the bounds; undefined: no hedge. */
    delayMs(kind = '') {
        this.tokens = Math.min(MAX_TOKENS, this.tokens + BUDGET_SHARE);
        if (this.tokens < 1)
            return undefined;
        // Until a few answers of this kind were seen, its pace is unknown: wait long before a copy.
        const usual = this.paces.get(kind)?.usual() ?? Math.min(this.maxMs / 4, UNKNOWN_PACE_MS);
        const delay = Math.max(this.minMs, 3 * usual);
        return delay < this.maxMs ? delay : undefined;
    }
    /** Takes one extra copy from the budget. */
    spend() {
        this.tokens -= 1;
    }
}
/** A timer for one server under the current limits; undefined when hedging is off (PREL_HEDGE_AFTER=off). */
function hedgeTimer(limits) {
    return limits.hedgeMinMs === undefined ? undefined : new HedgeTimer(limits.hedgeMinMs, limits.headersMs);
}
/**
 * Runs one exchange (a request and as much of its answer as `send` reads), hedged by `timer` (none: run
 * once). `run` aborts every copy (a stopped run); a losing copy's late answer goes to `discard`.
 */
function sendHedged(timer, run, send, hooks = {}) {
    if (!timer)
        return send(run);
    const timed = async (signal) => {
        const started = performance.now();
        const res = await send(run ? AbortSignal.any([signal, run]) : signal);
        timer.observe(performance.now() - started, hooks.kind);
        return res;
    };
    return hedged(timed, timer.delayMs(hooks.kind), () => {
        timer.spend();
        hooks.onHedge?.();
    }, (late) => hooks.discard?.(late));
}
const WINDOW = 64;
const BUDGET_SHARE = 0.1;
const MAX_TOKENS = 10;
/** The usual wait assumed before four answers were seen (a copy after three times this). */
const UNKNOWN_PACE_MS = 400;
/**
 * Runs `send` and, when it has not settled after `delayMs`, a second `send`; resolves with the first to
 * succeed and aborts the other (its answer, if it comes, goes to `discard`). Fails only when every copy
 * sent has failed, with the first copy's error.
 */
function hedged(send, delayMs, onHedge, discard) {
    const controllers = [];
    return new Promise((resolve, reject) => {
        let settled = false;
        let failures = 0;
        let firstError;
        let timer;
        const launch = () => {
            const controller = new AbortController();
            controllers.push(controller);
            send(controller.signal).then((value) => {
                if (settled) {
                    discard(value);
                    return;
                }
                settled = true;
                clearTimeout(timer);
                for (const other of controllers)
                    if (other !== controller)
                        other.abort();
                resolve(value);
            }, (err) => {
                failures += 1;
                if (failures === 1)
                    firstError = err;
                if (settled)
                    return;
                // Before the copy went out, a failure is the caller's to retry; after, the other copy may still answer.
                if (controllers.length === 1 || failures === controllers.length) {
                    settled = true;
                    clearTimeout(timer);
                    reject(firstError);
                }
            });
        };
        launch();
        if (delayMs === undefined)
            return;
        timer = setTimeout(() => {
            if (settled)
                return;
            onHedge();
            launch();
        }, delayMs);
        // A pending hedge timer must not keep a finished process alive.
        timer.unref();
    });
}

// EXTERNAL MODULE: ./shared/http/request-limits.ts
var request_limits = __webpack_require__(48179);
// EXTERNAL MODULE: ./shared/image/digest.ts
var image_digest = __webpack_require__(82258);
// EXTERNAL MODULE: ./shared/image/media-types.ts
var media_types = __webpack_require__(50376);
// EXTERNAL MODULE: ./shared/run/retry.ts
var retry = __webpack_require__(52850);
// EXTERNAL MODULE: ./shared/registry/registry-error.ts
var registry_error = __webpack_require__(81294);
;// CONCATENATED MODULE: ./shared/registry/www-authenticate.ts
// Parses WWW-Authenticate challenges (RFC 7235): quoted values may hold commas and escaped quotes.
function parseChallenges(header) {
    const challenges = [];
    let i = 0;
    const skipSpace = () => {
        while (i < header.length && (header[i] === ' ' || header[i] === '\t'))
            i++;
    };
    const readToken = () => {
        const start = i;
        while (i < header.length && /[!#$%&'*+\-.^_`|~0-9A-Za-z/]/.test(header[i]))
            i++;
        return header.slice(start, i);
    };
    while (i < header.length) {
        skipSpace();
        if (header[i] === ',') {
            i++;
            continue;
        }
        const scheme = readToken();
        if (!scheme)
            break;
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        challenges.push(challenge);
        // auth-params until the next scheme (a token not followed by '=')
        for (;;) {
            skipSpace();
            const save = i;
            const key = readToken();
            skipSpace();
            if (!key || header[i] !== '=') {
                i = save;
                break;
            }
            i++; // '='
            skipSpace();
            let value = '';
            if (header[i] === '"') {
                i++;
                while (i < header.length && header[i] !== '"') {
                    if (header[i] === '\\' && i + 1 < header.length)
                        i++;
                    value += header[i++];
                }
                i++; // closing quote
            }
            else {
                // Unquoted values should be tokens, but some servers send bare URLs: read up to the next comma.
                const start = i;
                while (i < header.length && header[i] !== ',' && header[i] !== ' ' && header[i] !== '\t')
                    i++;
                value = header.slice(start, i);
            }
            challenge.params[key.toLowerCase()] = value;
            skipSpace();
            if (header[i] === ',')
                i++;
        }
    }
    return challenges;
}

;// CONCATENATED MODULE: ./shared/registry/authenticator.ts






/** Tokens are renewed this long before they expire, so a request never starts with a dying token. */
const EXPIRY_MARGIN_MS = 10_000;
class Authenticator {
    registry;
    credentials;
    dispatcher;
    retry;
    userAgent;
    mask;
    signal;
    mode = 'unknown';
    realm = '';
    service;
    tokens = new Map();
    pending = new Map();
    /** The token server's pace, for hedged token reads. */
    hedge = hedgeTimer((0,request_limits/* requestLimits */.W)());
    constructor(registry, credentials, dispatcher, retry, userAgent, mask, signal) {
        this.registry = registry;
        this.credentials = credentials;
        this.dispatcher = dispatcher;
        this.retry = retry;
        this.userAgent = userAgent;
        this.mask = mask;
        this.signal = signal;
    }
    /** The Authorization header for a request needing `scopes`, or undefined while none is known to be needed. */
    async header(scopes) {
        if (this.credentials?.registryToken)
            return `Bearer ${this.credentials.registryToken}`;
        if (this.mode === 'basic')
            return this.basicHeader();
        if (this.mode === 'bearer')
            return `Bearer ${await this.token(scopes)}`;
        return undefined;
    }
    /**
     * Handles a 401. Returns normally when the request is worth sending again; throws when the
     * credentials are missing or were rejected.
     */
    async challenged(wwwAuthenticate, scopes, sentAuthorization) {
        const challenges = parseChallenges(wwwAuthenticate ?? '');
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        const basic = challenges.find((c) => c.scheme === 'basic');
        if (bearer?.params.realm) {
            this.mode = 'bearer';
            this.realm = bearer.params.realm;
            this.service = bearer.params.service;
            if (sentAuthorization?.startsWith('Bearer ')) {
                if (bearer.params.error === 'insufficient_scope' || this.credentials?.registryToken) {
                    throw new registry_error/* AuthenticationError */.v3(this.credentials
                        ? `${this.registry} denied ${scopes.join(' ') || 'access'} to the credentials from ${this.credentials.source}.`
                        : `${this.registry} requires credentials for ${scopes.join(' ') || 'this request'} and none were found (inputs, or the Docker config's auths/credHelpers).`, this.registry);
                }
                // The token may have been revoked or expired early: fetch a fresh one, once.
                const key = scopeKey(scopes);
                const cached = this.tokens.get(key);
                if (cached && `Bearer ${cached.token}` === sentAuthorization)
                    this.tokens.delete(key);
                else
                    throw new registry_error/* AuthenticationError */.v3(`${this.registry} rejected the token its token server issued.`, this.registry);
            }
            return;
        }
        if (basic || challenges.length === 0) {
            if (!this.credentials?.username) {
                throw new registry_error/* AuthenticationError */.v3(`${this.registry} requires credentials and none were found (inputs, or the Docker config's auths/credHelpers).`, this.registry);
            }
            if (sentAuthorization?.startsWith('Basic ')) {
                throw new registry_error/* AuthenticationError */.v3(`${this.registry} rejected the credentials from ${this.credentials.source} (401 Unauthorized).`, this.registry);
            }
            this.mode = 'basic';
            return;
        }
        throw new registry_error/* AuthenticationError */.v3(`${this.registry} asks for an unsupported authentication scheme '${challenges[0].scheme}'.`, this.registry);
    }
    /** Fetches a token without scope: checks credentials up front, as `docker login` does. */
    async checkCredentials() {
        if (this.mode === 'bearer' && this.credentials && !this.credentials.registryToken)
            await this.token([]);
    }
    get scheme() {
        return this.mode;
    }
    basicHeader() {
        const { username = '', password = '' } = this.credentials ?? {};
        return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    }
    async token(scopes) {
        const key = scopeKey(scopes);
        const cached = this.tokens.get(key);
        if (cached && cached.expiresAt - EXPIRY_MARGIN_MS > Date.now())
            return cached.token;
        let pending = this.pending.get(key);
        if (!pending) {
            pending = this.fetchToken(scopes).finally(() => this.pending.delete(key));
            this.pending.set(key, pending);
        }
        return pending;
    }
    async fetchToken(scopes) {
        const identity = this.credentials?.identityToken;
        const reply = await (0,retry/* withRetries */.LH)(this.retry, async () => {
            const url = new URL(this.realm);
            const headers = { 'user-agent': this.userAgent };
            let method = 'GET';
            let body;
            if (identity) {
                // OAuth2 refresh-token grant: what Docker's identity tokens are for.
                method = 'POST';
                const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: identity, client_id: 'prel' });
                if (this.service)
                    form.set('service', this.service);
                if (scopes.length)
                    form.set('scope', scopes.join(' '));
                body = form.toString();
                headers['content-type'] = 'application/x-www-form-urlencoded';
            }
            else {
                if (this.service)
                    url.searchParams.set('service', this.service);
                for (const scope of scopes)
                    url.searchParams.append('scope', scope);
                if (this.credentials?.username)
                    headers.authorization = this.basicHeader();
            }
            // A token GET is a read: hedged like the registry's own reads (its body too). An OAuth2 POST is sent once.
            const res = await sendHedged(method === 'GET' ? this.hedge : undefined, this.signal, async (signal) => {
                const answer = await (0,undici_core/* request */.Em)(url, { method, headers, body, dispatcher: this.dispatcher, signal });
                const text = await answer.body.text();
                if ((0,retry/* isRetryableStatus */.PS)(answer.statusCode)) {
                    throw new retry/* RetryableStatusError */.nI(`token server ${url.origin} answered ${answer.statusCode}`, answer.statusCode, (0,retry/* parseRetryAfter */.mu)(header(answer.headers['retry-after'])));
                }
                return { statusCode: answer.statusCode, text };
            });
            const text = res.text;
            if (res.statusCode === 401 || res.statusCode === 403) {
                throw new registry_error/* AuthenticationError */.v3(this.credentials
                    ? `${this.registry}: the token server rejected the credentials from ${this.credentials.source} (${res.statusCode}).`
                    : `${this.registry} requires credentials for ${scopes.join(' ') || 'this request'} and none were found (inputs, or the Docker config).`, this.registry);
            }
            if (res.statusCode !== 200) {
                throw new registry_error/* AuthenticationError */.v3(`${this.registry}: the token server ${url.origin} answered ${res.statusCode}: ${(0,registry_error/* describeErrorBody */.ut)(text).text}`, this.registry);
            }
            return text;
        }, undefined, this.signal);
        let parsed;
        try {
            parsed = JSON.parse(reply);
        }
        catch {
            throw new registry_error/* AuthenticationError */.v3(`${this.registry}: the token server answered with something that is not JSON.`, this.registry);
        }
        const token = parsed.token || parsed.access_token;
        if (!token)
            throw new registry_error/* AuthenticationError */.v3(`${this.registry}: the token server's answer has no token.`, this.registry);
        this.mask(token);
        const issued = parsed.issued_at ? Date.parse(parsed.issued_at) : NaN;
        const start = Number.isNaN(issued) ? Date.now() : Math.min(issued, Date.now());
        const lifetime = (parsed.expires_in && parsed.expires_in > 0 ? parsed.expires_in : 60) * 1000;
        this.tokens.set(scopeKey(scopes), { token, expiresAt: start + lifetime });
        return token;
    }
}
function scopeKey(scopes) {
    return [...scopes].sort().join(' ');
}
function header(value) {
    return Array.isArray(value) ? value[0] : value;
}

// EXTERNAL MODULE: ./shared/registry/endpoint.ts
var endpoint = __webpack_require__(37363);
;// CONCATENATED MODULE: ./shared/registry/registry-client.ts
// One registry's HTTP API V2 (OCI distribution): manifests, blobs, uploads and mounts, with auth,
// retries and digest checks. Bodies are streamed; nothing holds a whole blob in memory.












/**
 * Drains a body nobody needs, so its connection goes back to the pool. The answer is known already: a
 * body that stops is dropped with its connection after `stallMs` (a precise timer, unlike undici's body
 * timeout), never a failure.
 */
function drain(res, stallMs) {
    const bound = setTimeout(() => res.body.destroy(), stallMs);
    return res.body.dump().then(() => res, () => res).finally(() => clearTimeout(bound));
}
const MAX_MANIFEST_BYTES = 4 << 20;
const MAX_CATALOG_BYTES = 1 << 20;
const MAX_REDIRECTS = 5;
/** Blobs up to this size go up in one PUT; larger ones as a PATCH then a PUT (SPEC: monolithic for small). */
const MONOLITHIC_UPLOAD_MAX = 16 << 20;
const USER_AGENT = 'prel (+https://github.com/prel)';
function pullScope(repository) {
    return `repository:${repository}:pull`;
}
function pushScope(repository) {
    return `repository:${repository}:pull,push`;
}
class RegistryClient {
    options;
    host;
    baseUrl;
    auth;
    dispatcher;
    /** Undefined when hedging is off. */
    hedge;
    headersMs;
    /** Drains an answer's body nobody needs (drain), within the stall bound. */
    dump;
    constructor(options) {
        this.options = options;
        this.host = options.host;
        const limits = (0,request_limits/* requestLimits */.W)();
        this.hedge = hedgeTimer(limits);
        this.headersMs = limits.headersMs;
        this.dump = (res) => drain(res, limits.stallMs);
        this.baseUrl = (0,endpoint/* registryBaseUrl */.m)(options.host, options.insecureRegistries ?? []);
        this.dispatcher = options.dispatcher ?? (0,http_dispatcher/* sharedDispatcher */.l)();
        this.auth = new Authenticator(options.host, options.credentials, this.dispatcher, options.retry, USER_AGENT, (s) => options.logger.secret(s), options.signal);
    }
    get authScheme() {
        return this.auth.scheme;
    }
    /** Checks that the registry answers and the credentials work, before any real work starts. */
    async ping() {
        await this.exchange({ method: 'GET', url: '/v2/', scopes: [], ok: [200], what: `${this.host}/v2/ (the registry's API)` }, this.dump);
        await this.auth.checkCredentials();
    }
    async getManifest(repository, reference) {
        const what = `${this.host}/${repository}${reference.includes(':') ? '@' : ':'}${reference}`;
        // The body is read inside the retry: a manifest cut mid-way is fetched again, not reported missing.
        const { res, bytes } = await this.exchange({ method: 'GET', url: `/v2/${repository}/manifests/${reference}`, scopes: [pullScope(repository)], headers: { accept: media_types/* MANIFEST_ACCEPT */.dY }, ok: [200], what }, async (r) => ({ res: r, bytes: await (0,http_body/* readCapped */.EF)(r.body, MAX_MANIFEST_BYTES, what) }));
        const digest = reference.includes(':') ? reference : (0,image_digest/* sha256Digest */.sI)(bytes);
        (0,image_digest/* verifyBytes */.RV)(bytes, digest);
        const served = header(res.headers['docker-content-digest']);
        if (served && served.startsWith('sha256:') && digest.startsWith('sha256:') && served !== digest) {
            throw new registry_error/* RegistryError */.gl(`${what}: the registry says the manifest is ${served} but its bytes hash to ${digest}`, this.host, 200);
        }
        return { bytes, digest, mediaType: mediaTypeOf(bytes, header(res.headers['content-type'])) };
    }
    /** The manifest's digest without its body (a HEAD does not count as a pull), or undefined when absent. */
    async headManifest(repository, reference) {
        const res = await this.exchange({
            method: 'HEAD',
            url: `/v2/${repository}/manifests/${reference}`,
            scopes: [pullScope(repository)],
            headers: { accept: media_types/* MANIFEST_ACCEPT */.dY },
            ok: [200, 404],
            what: `${this.host}/${repository}:${reference}`,
        }, this.dump);
        const digest = header(res.headers['docker-content-digest']);
        if (res.statusCode === 404 || !digest)
            return undefined;
        return {
            digest,
            mediaType: header(res.headers['content-type']) ?? '',
            size: Number(header(res.headers['content-length']) ?? 0),
        };
    }
    /**
     * The registry's repositories, from one page of its catalog (`GET /v2/_catalog`, the Docker registry
     * API's listing; not part of the OCI spec, so many registries refuse it). Undefined when one page of
     * `pageSize` does not hold them all (a Link to the next page, or a full page): the caller then asks per
     * image instead. Throws when the registry refuses or garbles the listing.
     */
    async listRepositories(pageSize, signal) {
        const what = `${this.host}/v2/_catalog`;
        const { res, bytes } = await this.exchange({ method: 'GET', url: `/v2/_catalog?n=${pageSize}`, scopes: ['registry:catalog:*'], ok: [200], what, signal }, async (r) => ({ res: r, bytes: await (0,http_body/* readCapped */.EF)(r.body, MAX_CATALOG_BYTES, what) }));
        const parsed = JSON.parse(bytes.toString('utf8'));
        const names = parsed.repositories;
        if (!Array.isArray(names) || !names.every((n) => typeof n === 'string'))
            throw new Error(`${what}: no list of repositories in the answer`);
        if (header(res.headers.link) || names.length >= pageSize)
            return undefined;
        return new Set(names);
    }
    async hasBlob(repository, digest, scopes = [pullScope(repository)]) {
        const res = await this.exchange({ method: 'HEAD', url: `/v2/${repository}/blobs/${digest}`, scopes, ok: [200, 404], what: `${this.host}/${repository}@${digest}`, followRedirects: false }, this.dump);
        // A redirect to object storage also means the registry has it.
        return res.statusCode === 200 || (res.statusCode >= 300 && res.statusCode < 400);
    }
    /** A small blob (a config) whole, read inside the retry and checked against its digest. */
    async getBlob(repository, digest, maxBytes) {
        const what = `${this.host}/${repository}@${digest}`;
        const bytes = await this.exchange({ method: 'GET', url: `/v2/${repository}/blobs/${digest}`, scopes: [pullScope(repository)], ok: [200], what }, (r) => (0,http_body/* readCapped */.EF)(r.body, maxBytes, what));
        (0,image_digest/* verifyBytes */.RV)(bytes, digest);
        return bytes;
    }
    /** The blob's bytes as a stream; the caller verifies them (DigestVerifier) as they flow. */
    async openBlob(repository, digest) {
        const res = await this.exchange({ method: 'GET', url: `/v2/${repository}/blobs/${digest}`, scopes: [pullScope(repository)], ok: [200], what: `${this.host}/${repository}@${digest}` }, async (r) => r);
        return res.body;
    }
    /**
     * Starts an upload of `digest` into `repository`, asking the registry to mount it from `from` first:
     * `undefined` when it did (the blob is linked, nothing to send), else the upload's location. `from`
     * may be the repository itself: a registry links a blob the repository holds (201) and otherwise opens
     * the session (202), which answers "is it there?" and starts the upload in one request, not a HEAD
     * then a POST. Without `from`, a plain POST.
     */
    async startUpload(repository, digest, from) {
        const what = `${this.host}/${repository}@${digest}`;
        const query = from === undefined ? '' : `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
        const scopes = from === undefined || from === repository ? [pushScope(repository)] : [pushScope(repository), pullScope(from)];
        const res = await this.exchange({ method: 'POST', url: `/v2/${repository}/blobs/uploads/${query}`, scopes, ok: from === undefined ? [202] : [201, 202], what }, this.dump);
        return res.statusCode === 201 ? undefined : this.requireLocation(res, what);
    }
    /**
     * Asks the registry to link a blob it already holds in `from` into `repository`. True when mounted;
     * false when it started an upload session instead (then nothing is left behind: the session is cancelled).
     */
    async mountBlob(repository, digest, from) {
        const location = await this.startUpload(repository, digest, from);
        if (location === undefined)
            return true;
        await this.cancelUpload(repository, location);
        return false;
    }
    /**
     * Uploads a blob from a stream of exactly `size` bytes, into the session at `location` (from
     * startUpload) or a new one. Small blobs go in one PUT, large ones as a streamed PATCH then a PUT.
     * The stream is consumed once: callers retry by opening a new one.
     */
    async uploadBlob(repository, digest, size, body, location) {
        const what = `${this.host}/${repository}@${digest}`;
        const scopes = [pushScope(repository)];
        location ??= await this.startUpload(repository, digest);
        if (location === undefined)
            return;
        let finalBody = body;
        if (size > MONOLITHIC_UPLOAD_MAX) {
            const patch = await this.exchange({
                method: 'PATCH',
                url: location,
                scopes,
                headers: {
                    'content-type': 'application/octet-stream',
                    'content-length': String(size),
                    'content-range': `0-${size - 1}`,
                },
                body,
                ok: [202],
                what,
            }, this.dump);
            location = this.requireLocation(patch, what);
            finalBody = undefined;
        }
        try {
            await this.exchange({
                method: 'PUT',
                url: `${location}${location.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`,
                scopes,
                headers: { 'content-type': 'application/octet-stream', 'content-length': String(finalBody ? size : 0) },
                body: finalBody ?? '',
                ok: [201, 204],
                what,
            }, this.dump);
        }
        catch (err) {
            // A session the registry no longer knows: an earlier try of this PUT may have closed it (its answer
            // lost), then the blob is there; else it expired, and the blob is worth another try from a new one.
            if (!(err instanceof registry_error/* RegistryError */.gl) || !(err.status === 404 || err.code === 'BLOB_UPLOAD_UNKNOWN'))
                throw err;
            if (await this.hasBlob(repository, digest, scopes))
                return;
            throw new registry_error/* UploadSessionLostError */.KU(`${what}: the registry lost the upload session (${(0,errors/* withoutName */.u_)(err.message, what)})`, this.host, err.status, err.code);
        }
    }
    async putManifest(repository, reference, manifest) {
        const what = `${this.host}/${repository}${reference.includes(':') ? '@' : ':'}${reference}`;
        const res = await this.exchange({
            method: 'PUT',
            url: `/v2/${repository}/manifests/${reference}`,
            scopes: [pushScope(repository)],
            headers: { 'content-type': manifest.mediaType },
            body: manifest.bytes,
            ok: [200, 201, 202],
            what,
        }, this.dump);
        const stored = header(res.headers['docker-content-digest']);
        if (stored && stored !== manifest.digest) {
            throw new registry_error/* RegistryError */.gl(`${what}: the registry stored the manifest as ${stored}, not ${manifest.digest}`, this.host, res.statusCode);
        }
    }
    /** Ends an upload session that will not be used (best effort: a stale one expires on its own). */
    async cancelUpload(repository, location) {
        try {
            await this.exchange({ method: 'DELETE', url: location, scopes: [pushScope(repository)], ok: [204, 404], what: 'upload' }, this.dump);
        }
        catch {
            // a stale upload session expires on its own; not worth failing a copy for
        }
    }
    /**
     * One request until its headers. undici's own headers timer ticks in half-seconds (it fires up to a
     * second late); a request without a streamed body is bounded by a precise timer of its own, so the
     * bound is the one documented. A streamed upload keeps undici's.
     */
    async send(url, call, headers, signal) {
        // reset: false keeps the connection after a HEAD too (undici closes it by default, a reconnect per HEAD).
        const options = { method: call.method, headers, body: call.body, dispatcher: this.dispatcher, reset: false };
        if (streamsBody(call))
            return (0,undici_core/* request */.Em)(url, { ...options, signal });
        const ms = this.headersMs;
        const timer = new AbortController();
        const bound = setTimeout(() => timer.abort(new HeadersTimeoutError(ms)), ms);
        try {
            return await (0,undici_core/* request */.Em)(url, { ...options, signal: signal ? AbortSignal.any([signal, timer.signal]) : timer.signal });
        }
        finally {
            clearTimeout(bound);
        }
    }
    requireLocation(res, what) {
        const location = header(res.headers.location);
        if (!location)
            throw new registry_error/* RegistryError */.gl(`${what}: the registry started an upload without a Location`, this.host, res.statusCode);
        return new URL(location, this.baseUrl).toString();
    }
    /**
     * Sends a request with auth, redirects and the retry policy, and hands a response whose status is in
     * `ok` to `consume` inside the same try: a body cut short while it is read is a retry of the whole
     * exchange, not a failure after the retries. A call with a stream body is tried once (the caller
     * reopens the stream to try again). Calls a retry would resend anyway are hedged whole: a copy goes out
     * when the answer (its headers, and the body `consume` reads) is slow to come, and the first answer
     * wins; a copy's 429 or 5xx waits for the other copy.
     */
    async exchange(call, consume) {
        const policy = streamsBody(call) ? { ...this.options.retry, attempts: 1 } : this.options.retry;
        const hedgeable = call.method === 'GET' || call.method === 'HEAD' || (call.method === 'PUT' && Buffer.isBuffer(call.body));
        const once = async (signal) => {
            const res = await this.attempt(call, signal);
            try {
                return await consume(res);
            }
            catch (err) {
                res.body.destroy();
                throw err;
            }
        };
        const stop = call.signal && this.options.signal ? AbortSignal.any([call.signal, this.options.signal]) : (call.signal ?? this.options.signal);
        return (0,retry/* withRetries */.LH)(policy, () => sendHedged(hedgeable ? this.hedge : undefined, stop, once, {
            kind: callKind(call),
            onHedge: () => this.options.logger.debug(`${call.what}: no answer yet to ${call.method}; sent it again`),
            // A losing copy's answer: a stream (openBlob) is dropped with its connection.
            discard: (late) => late.body?.destroy?.(),
        }), (err, attempt, delay) => this.options.logger.info((0,http_body/* retryLine */.Rn)(call.what, err, attempt, delay)), stop);
    }
    async attempt(call, signal) {
        let url = new URL(call.url, this.baseUrl);
        let sameHost = true;
        for (let round = 0; round < 3 + MAX_REDIRECTS; round++) {
            const headers = { 'user-agent': USER_AGENT, ...call.headers };
            // Authorization never follows a redirect to another host (object storage, CDN).
            const authorization = sameHost ? await this.auth.header(call.scopes) : undefined;
            if (authorization)
                headers.authorization = authorization;
            const res = await this.send(url, call, headers, signal);
            const status = res.statusCode;
            if (status === 401 && sameHost) {
                await this.dump(res);
                await this.auth.challenged(header(res.headers['www-authenticate']), call.scopes, authorization);
                if (streamsBody(call)) {
                    throw new registry_error/* AuthenticationError */.v3(`${call.what}: ${this.host} asked for authentication in the middle of an upload`, this.host);
                }
                continue;
            }
            if (status >= 300 && status < 400 && (call.method === 'GET' || call.method === 'HEAD') && call.followRedirects !== false) {
                const location = header(res.headers.location);
                await this.dump(res);
                if (!location)
                    throw new registry_error/* RegistryError */.gl(`${call.what}: redirect without a Location`, this.host, status);
                const next = new URL(location, url);
                sameHost = sameHost && next.host === url.host;
                url = next;
                continue;
            }
            if (call.ok.includes(status) || (call.followRedirects === false && status >= 300 && status < 400))
                return res;
            const text = call.method === 'HEAD' ? '' : await readText(res.body);
            if (call.method === 'HEAD')
                await this.dump(res);
            const { code, text: detail } = (0,registry_error/* describeErrorBody */.ut)(text);
            const message = `${call.what}: ${call.method} answered ${status}${detail ? ` ${detail}` : ''}`;
            if ((0,retry/* isRetryableStatus */.PS)(status)) {
                throw new retry/* RetryableStatusError */.nI(message, status, (0,retry/* parseRetryAfter */.mu)(header(res.headers['retry-after'])));
            }
            throw new registry_error/* RegistryError */.gl(message, this.host, status, code ?? (status === 404 ? 'NOT_FOUND' : undefined));
        }
        throw new registry_error/* RegistryError */.gl(`${call.what}: too many redirects or authentication rounds`, this.host, 0);
    }
}
/** A body read from a stream: sent once (a retry needs the stream opened again) and bounded by undici's timers. */
function streamsBody(call) {
    return call.body !== undefined && typeof call.body !== 'string' && !Buffer.isBuffer(call.body);
}
/** What a call is, for the pace its answers keep (hedge.ts): a blob's headers, a manifest, a HEAD, the ping. */
function callKind(call) {
    const path = call.url.split('?')[0];
    const what = path.includes('/blobs/') ? 'blob' : path.includes('/manifests/') ? 'manifest' : 'other';
    return `${call.method} ${what}`;
}
/** The answer's headers did not come within PREL_HEADERS_TIMEOUT: a timeout, retried like undici's own. */
class HeadersTimeoutError extends Error {
    code = 'UND_ERR_HEADERS_TIMEOUT';
    constructor(ms) {
        super(`no answer within ${ms / 1000}s`);
        this.name = 'HeadersTimeoutError';
    }
}
async function readText(body) {
    try {
        return (await (0,http_body/* readCapped */.EF)(body, 64 << 10, 'error body')).toString('utf8');
    }
    catch {
        return '';
    }
}
/** The manifest's own mediaType field wins over Content-Type (which registries derive from it anyway). */
function mediaTypeOf(bytes, contentType) {
    try {
        const parsed = JSON.parse(bytes.toString('utf8'));
        if (parsed.mediaType)
            return parsed.mediaType;
        if (parsed.manifests)
            return 'application/vnd.oci.image.index.v1+json';
        if (parsed.config)
            return 'application/vnd.oci.image.manifest.v1+json';
    }
    catch {
        // not JSON: keep what the server said
    }
    return contentType?.split(';')[0].trim() ?? '';
}

;// CONCATENATED MODULE: ./shared/registry/client-pool.ts


class RegistryClientPool {
    options;
    clients = new Map();
    constructor(options) {
        this.options = options;
    }
    get(host) {
        let client = this.clients.get(host);
        if (!client) {
            client = this.create(host);
            this.clients.set(host, client);
        }
        return client;
    }
    async create(host) {
        const fromInputs = this.options.credentials.find((c) => c.host === host && (c.username || c.password)) ?? { inputName: '' };
        const credentials = await resolveCredentials(host, fromInputs, (message) => this.options.logger.warning(message));
        for (const secret of [credentials?.password, credentials?.identityToken, credentials?.registryToken]) {
            if (secret)
                this.options.logger.secret(secret);
        }
        this.options.logger.debug(`${host}: ${credentials ? `credentials from ${credentials.source}` : 'anonymous'}`);
        return new RegistryClient({
            host,
            credentials,
            insecureRegistries: this.options.insecureRegistries,
            retry: this.options.retry,
            logger: this.options.logger,
            signal: this.options.signal,
        });
    }
}


/***/ }),

/***/ 37363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ parseRegistryInput),
/* harmony export */   m: () => (/* binding */ registryBaseUrl)
/* harmony export */ });
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81821);
/* harmony import */ var _http_loopback_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5130);
// Where a registry host is reached: its scheme (SPEC 2.2) and the API host behind Docker Hub's name.


/** http for loopback and listed insecure hosts (the Docker daemon's own default), https otherwise. */
function registryBaseUrl(host, insecureRegistries) {
    const insecure = (0,_http_loopback_js__WEBPACK_IMPORTED_MODULE_1__/* .isLoopback */ .U)(host) || insecureRegistries.some((h) => h.toLowerCase() === host.toLowerCase());
    const apiHost = host === 'docker.io' || host === 'index.docker.io' ? 'registry-1.docker.io' : host;
    return `${insecure ? 'http' : 'https'}://${apiHost}`;
}
function parseRegistryInput(inputName, value) {
    const trimmed = value.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
    const [host, ...path] = trimmed.split('/');
    const prefix = path.join('/');
    const validHost = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(?::\d{1,5})?$/;
    const validPrefix = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
    if (!host || !validHost.test(host) || (prefix !== '' && !validPrefix.test(prefix))) {
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${inputName}' must be a registry host[:port] with an optional lowercase path, got '${value}'.`);
    }
    return { host, prefix };
}


/***/ }),

/***/ 14944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ checkRegistry)
/* harmony export */ });
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81821);
/* harmony import */ var _run_run_control_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92653);
/* harmony import */ var _registry_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81294);
// Before any copy starts: is each registry the user configured reachable, and does it take the credentials?



/** Fails fast, with one clear line, when a registry the user configured is unreachable or rejects the credentials. */
async function checkRegistry(pool, host, inputName) {
    try {
        await (await pool.get(host)).ping();
    }
    catch (err) {
        if (err instanceof _registry_error_js__WEBPACK_IMPORTED_MODULE_2__/* .AuthenticationError */ .v3 || err instanceof _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 || (0,_run_run_control_js__WEBPACK_IMPORTED_MODULE_1__/* .isRunStopped */ .zI)(err))
            throw err;
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Cannot reach registry ${host} (input '${inputName}'): ${(0,_errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
    }
}


/***/ }),

/***/ 81294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KU: () => (/* binding */ UploadSessionLostError),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   ut: () => (/* binding */ describeErrorBody),
/* harmony export */   v3: () => (/* binding */ AuthenticationError)
/* harmony export */ });
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81821);
// Errors a registry answers with, parsed from its JSON error body, in the user's terms.

class RegistryError extends Error {
    registry;
    status;
    code;
    constructor(message, registry, status, code) {
        super(message);
        this.registry = registry;
        this.status = status;
        this.code = code;
        this.name = 'RegistryError';
    }
    /** The thing asked for is not there (image, tag, blob, repository). */
    get notFound() {
        return this.status === 404 || ['MANIFEST_UNKNOWN', 'NAME_UNKNOWN', 'BLOB_UNKNOWN'].includes(this.code ?? '');
    }
    /** The registry refused the operation for these credentials (not the credentials themselves). */
    get denied() {
        return this.status === 401 || this.status === 403 || this.code === 'DENIED' || this.code === 'UNAUTHORIZED';
    }
}
/**
 * An upload session the registry no longer knows (it expired, or an earlier try already closed it and its
 * answer was lost) for a blob it does not hold: the blob is worth another try from a new session.
 */
class UploadSessionLostError extends RegistryError {
    /** Read by the retry policy (run/retry.ts): this failure asks to start over, not to give up. */
    restart = true;
}
/** Credentials rejected or missing: a user mistake naming the registry, never the secret. */
class AuthenticationError extends _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    registry;
    constructor(message, registry) {
        super(message);
        this.registry = registry;
        this.name = 'AuthenticationError';
    }
}
/** The registry's `{"errors":[{code,message}]}` body as one short phrase; defensive about other bodies. */
function describeErrorBody(body) {
    try {
        const parsed = JSON.parse(body);
        const first = parsed.errors?.[0];
        if (first)
            return { code: first.code, text: [first.code, first.message].filter(Boolean).join(': ') };
        if (typeof parsed.message === 'string')
            return { text: parsed.message };
    }
    catch {
        // not JSON: fall through to the raw text
    }
    const text = body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
    return { text };
}


/***/ }),

/***/ 3400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ manifestNodes),
/* harmony export */   Fd: () => (/* binding */ platformString),
/* harmony export */   J5: () => (/* binding */ platformMatches),
/* harmony export */   Uj: () => (/* binding */ allBlobs),
/* harmony export */   W: () => (/* binding */ listedPlatforms),
/* harmony export */   aR: () => (/* binding */ imageBlobs),
/* harmony export */   dv: () => (/* binding */ selectPlatforms),
/* harmony export */   g5: () => (/* binding */ indexChildren),
/* harmony export */   vW: () => (/* binding */ parseManifestJson)
/* harmony export */ });
/* unused harmony export UnsupportedManifestError */
/* harmony import */ var _image_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82258);
/* harmony import */ var _image_media_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50376);
// The shape every source and sink speaks: a manifest with its child manifests (for an index) or its
// config and layer blobs (for an image), parsed from the verbatim bytes a registry served.


class UnsupportedManifestError extends Error {
}
function parseManifestJson(bytes, what) {
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new UnsupportedManifestError(`${what}: the manifest is not JSON`);
    }
    if (parsed.schemaVersion === 1) {
        throw new UnsupportedManifestError(`${what}: Docker schema 1 manifests are not supported (re-push the image with a current client)`);
    }
    return parsed;
}
/** Descriptors of the child manifests an index lists. */
function indexChildren(mediaType, parsed) {
    if ((0,_image_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexMediaType */ .$$)(mediaType) || (!parsed.config && Array.isArray(parsed.manifests)))
        return parsed.manifests ?? [];
    return undefined;
}
/** Config plus layers of an image manifest, each once, foreign layers left out. */
function imageBlobs(mediaType, parsed, what) {
    if (!parsed.config && !(0,_image_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isImageManifestMediaType */ .d6)(mediaType)) {
        throw new UnsupportedManifestError(`${what}: unsupported manifest media type '${mediaType}'`);
    }
    const blobs = [];
    const seen = new Set();
    for (const desc of [parsed.config, ...(parsed.layers ?? [])]) {
        if (!desc || seen.has(desc.digest) || (0,_image_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isForeignLayer */ .sJ)(desc.mediaType) || desc.urls)
            continue;
        seen.add(desc.digest);
        blobs.push(desc);
    }
    return blobs;
}
function platformString(platform) {
    if (!platform)
        return 'unknown';
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
/** The platforms an image is for: its children's, or those its index lists when they were not read (a skipped index). */
function listedPlatforms(node) {
    if (node.children.length > 0 || !(0,_image_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexMediaType */ .$$)(node.mediaType))
        return node.children.map((c) => platformString(c.platform));
    const listed = JSON.parse(node.bytes.toString('utf8')).manifests ?? [];
    return listed.map((d) => platformString(d.platform));
}
/** `linux/arm64` matches `linux/arm64/v8` too; `linux/arm/v7` needs the variant. */
function platformMatches(platform, wanted) {
    if (!platform)
        return false;
    const [os, architecture, variant] = wanted.split('/');
    if (platform.os !== os || platform.architecture !== architecture)
        return false;
    return variant === undefined || platform.variant === variant;
}
/**
 * Narrows an index to the wanted platforms. This writes a new index (a new digest): only done when the
 * user asked for platforms. Returns the node unchanged when it is not an index.
 */
function selectPlatforms(node, platforms, what) {
    if (platforms.length === 0 || node.children.length === 0)
        return node;
    const keep = node.children.filter((child) => platforms.some((p) => platformMatches(child.platform, p)));
    if (keep.length === 0) {
        const have = node.children.map((c) => platformString(c.platform)).join(', ');
        throw new UnsupportedManifestError(`${what}: none of the platforms ${platforms.join(', ')} is in the image (it has ${have})`);
    }
    if (keep.length === node.children.length)
        return node;
    const parsed = JSON.parse(node.bytes.toString('utf8'));
    const digests = new Set(keep.map((c) => c.digest));
    parsed.manifests = parsed.manifests.filter((d) => digests.has(d.digest));
    const bytes = Buffer.from(JSON.stringify(parsed, null, 2));
    return { ...node, bytes, digest: (0,_image_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(bytes), children: keep };
}
/** A manifest and every child manifest under it, each once. */
function manifestNodes(root) {
    const nodes = new Map();
    const walk = (node) => {
        nodes.set(node.digest, node);
        node.children.forEach(walk);
    };
    walk(root);
    return [...nodes.values()];
}
/** Every blob under a node (children first), each once. */
function allBlobs(node) {
    const seen = new Map();
    const walk = (n) => {
        n.children.forEach(walk);
        for (const b of n.blobs)
            if (!seen.has(b.digest))
                seen.set(b.digest, b);
    };
    walk(node);
    return [...seen.values()];
}


/***/ }),

/***/ 15419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ RegistryImageSource)
/* harmony export */ });
/* harmony import */ var _image_graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3400);

class RegistryImageSource {
    client;
    repository;
    reference;
    name;
    constructor(client, repository, 
    /** Tag or digest; the digest when the reference has both. */
    reference, name) {
        this.client = client;
        this.repository = repository;
        this.reference = reference;
        this.name = name;
    }
    resolve(held) {
        return this.fetchNode(this.reference, undefined, 0, held);
    }
    openBlob(desc) {
        return this.client.openBlob(this.repository, desc.digest);
    }
    /** A small blob (a config) whole and digest-checked; a body cut short is fetched again. */
    readBlob(desc, maxBytes) {
        return this.client.getBlob(this.repository, desc.digest, maxBytes);
    }
    async fetchNode(reference, platform, depth = 0, held) {
        const manifest = await this.client.getManifest(this.repository, reference);
        const what = `${this.name}${depth > 0 ? ` (${manifest.digest})` : ''}`;
        const parsed = (0,_image_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .parseManifestJson */ .vW)(manifest.bytes, what);
        const childDescriptors = (0,_image_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .indexChildren */ .g5)(manifest.mediaType, parsed);
        const node = { ...manifest, children: [], blobs: [], platform };
        // An index the target already holds is skipped: its children need not be read.
        if (childDescriptors && held && (await held(manifest.digest)))
            return node;
        if (childDescriptors) {
            if (depth > 2)
                throw new Error(`${what}: indexes nested too deep`);
            node.children = await Promise.all(childDescriptors.map((d) => this.fetchNode(d.digest, d.platform, depth + 1)));
        }
        else {
            node.blobs = (0,_image_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .imageBlobs */ .aR)(manifest.mediaType, parsed, what);
        }
        return node;
    }
}


/***/ }),

/***/ 94770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ SharedTransfers),
/* harmony export */   e: () => (/* binding */ isJoinedFailure)
/* harmony export */ });
// One transfer of a blob at a time, shared by every image of the run that needs it. A caller that
// joined a transfer which then failed runs one of its own: the failure may have been the first
// caller's source, or bad luck, rather than the blob; a second failure is its own to report.
/** Failures handed to callers that joined another caller's transfer (they did not spend their own tries on it). */
const joined = new WeakSet();
/** True when `err` reached this caller from a transfer another caller ran. */
function isJoinedFailure(err) {
    return typeof err === 'object' && err !== null && joined.has(err);
}
function handToJoiner(err) {
    if (typeof err === 'object' && err !== null)
        joined.add(err);
    throw err;
}
class SharedTransfers {
    running = new Map();
    /** Resolves to the bytes this caller moved: 0 when it joined (or found done) another caller's transfer. */
    run(key, transfer) {
        const pending = this.running.get(key);
        if (pending)
            return pending.then(() => 0, () => this.start(key, transfer, false));
        return this.start(key, transfer, true);
    }
    start(key, transfer, first) {
        // Another joiner of the failed transfer may have started the next one already: share that.
        const restarted = this.running.get(key);
        if (!first && restarted)
            return restarted.then(() => 0, handToJoiner);
        const started = transfer();
        this.running.set(key, started);
        started.catch(() => {
            if (this.running.get(key) === started)
                this.running.delete(key);
        });
        return started;
    }
}


/***/ }),

/***/ 36213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ transferImages)
});

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./shared/image/digest.ts
var digest = __webpack_require__(82258);
// EXTERNAL MODULE: ./shared/errors/errors.ts
var errors = __webpack_require__(81821);
// EXTERNAL MODULE: ./shared/http/http-body.ts
var http_body = __webpack_require__(89268);
// EXTERNAL MODULE: ./shared/errors/fs-errors.ts
var fs_errors = __webpack_require__(71373);
// EXTERNAL MODULE: ./shared/run/progress.ts
var progress = __webpack_require__(12365);
// EXTERNAL MODULE: ./shared/http/request-limits.ts
var request_limits = __webpack_require__(48179);
// EXTERNAL MODULE: ./shared/run/retry.ts
var retry = __webpack_require__(52850);
// EXTERNAL MODULE: ./shared/run/run-control.ts
var run_control = __webpack_require__(92653);
// EXTERNAL MODULE: ./shared/transfer/image-graph.ts
var image_graph = __webpack_require__(3400);
// EXTERNAL MODULE: ./shared/transfer/shared-transfers.ts
var shared_transfers = __webpack_require__(94770);
;// CONCATENATED MODULE: ./shared/transfer/stream-slots.ts
// How many blob streams flow at once. A stream waiting for a slot starts in the order of its key: a sink
// that writes blobs in an order of its own (an archive, sorted by digest) gets them about in that order,
// so it can write while they arrive. Equal keys (a sink with no order) are served first come, first served.
class StreamSlots {
    free;
    seq = 0;
    /** Sorted by key, then by arrival. */
    waiting = [];
    constructor(size) {
        this.free = Math.max(1, size);
    }
    /** Resolves when a slot is this stream's, with the function that gives it back (once, however often called). */
    acquire(key = '') {
        return new Promise((resolve) => {
            const entry = { key, seq: this.seq++, start: () => resolve(this.releaser()) };
            this.waiting.splice(this.insertionPoint(entry), 0, entry);
            this.startWaiting();
        });
    }
    insertionPoint(entry) {
        let low = 0;
        let high = this.waiting.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            const other = this.waiting[mid];
            if (other.key < entry.key || (other.key === entry.key && other.seq < entry.seq))
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }
    releaser() {
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            this.free++;
            this.startWaiting();
        };
    }
    startWaiting() {
        while (this.free > 0 && this.waiting.length > 0) {
            this.free--;
            this.waiting.shift().start();
        }
    }
}

;// CONCATENATED MODULE: ./shared/transfer/transfer-engine.ts












/** A blob or manifest that failed for good, with the side to blame: reading the source, or writing the target. */
class SideError extends Error {
    side;
    inner;
    constructor(side, inner) {
        super((0,errors/* errorMessage */.gJ)(inner));
        this.side = side;
        this.inner = inner;
    }
}
async function transferImages(jobs, options) {
    const { logger } = options;
    const state = {
        options,
        control: options.control ?? new run_control/* RunControl */.j2(),
        progress: new progress/* Progress */.ke(logger, options.progressLabel ?? 'transfer', jobs.length),
        results: new Map(),
        streams: new StreamSlots(options.concurrency),
        stallMs: (0,request_limits/* requestLimits */.W)().stallMs,
    };
    state.progress.start();
    try {
        const plans = (0,p_limit/* default */.A)(options.concurrency);
        const { writeOrder } = options;
        await logger.group(`Copy ${jobs.length} images`, async () => {
            if (writeOrder) {
                // Each image copies as soon as it is planned, all at once (the stream slots bound the bytes in
                // flight, served in the writer's order); the writer hears once every image is planned. A slow
                // manifest holds back the writer's start, not the other images' blobs.
                const planning = jobs.map((job) => plans(() => planImage(job, state)));
                const told = Promise.all(planning).then((planned) => writeOrder.planned(planned.every((plan) => plan !== undefined)));
                told.catch(() => undefined); // raised below, once every copy has settled
                await Promise.all(planning.map(async (planned) => {
                    const plan = await planned;
                    if (plan)
                        await copyImage(plan, state);
                }));
                await told;
                return;
            }
            // Each image is copied as soon as it is planned: a slow manifest holds back its own image only.
            const copies = (0,p_limit/* default */.A)(options.concurrency);
            await Promise.all(jobs.map(async (job) => {
                const plan = await plans(() => planImage(job, state));
                if (plan)
                    await copies(() => copyImage(plan, state));
            }));
        });
        logger.info(state.progress.line());
    }
    finally {
        state.progress.stop();
    }
    if (state.localFailure)
        throw state.localFailure;
    return jobs.map((job) => state.results.get(job));
}
/** Throws when no new work may start: the run was stopped, or this machine failed. */
function checkGoing(state) {
    state.control.throwIfStopped();
    if (state.localFailure)
        throw state.localFailure;
}
/** Records an image that did not make it, with one warning that names it once. */
function settleFailed(state, job, base, err, side) {
    if (err instanceof fs_errors/* LocalIoError */.kc)
        state.localFailure ??= err;
    // Once the run is stopped, whatever broke off is the stop's doing, not the image's.
    if (state.control.stopped !== undefined || err instanceof fs_errors/* LocalIoError */.kc) {
        state.results.set(job, { ...base, status: 'cancelled', error: (0,errors/* errorMessage */.gJ)(err) });
        return;
    }
    const status = side === 'source' ? 'missing' : 'failed';
    const name = side === 'source' ? job.source.name : job.sink.name;
    const message = (0,errors/* errorMessage */.gJ)(err);
    state.results.set(job, { ...base, status, error: message });
    state.options.logger.warning(`${status}: ${name}: ${(0,errors/* withoutName */.u_)(message, name)}`);
}
/** Resolves the source's manifests and checks the target; undefined when the image is done (skipped) or failed. */
async function planImage(job, state) {
    const { options, control, results, progress } = state;
    const base = { source: job.source.name, target: job.sink.name, bytes: 0, blobs: 0, platforms: [] };
    try {
        checkGoing(state);
        // The source's root manifest and the target's tag are asked for at once: one wait, not two in a row.
        // An index the target already holds (and no platforms to narrow it to) is skipped without reading
        // its children.
        const checking = control.track(`checking ${job.sink.name}`, () => job.sink.currentDigest());
        const held = options.platforms?.length ? undefined : (digest) => checking.then((current) => current === digest, () => false);
        const [read, checked] = await Promise.allSettled([control.track(`reading ${job.source.name}`, () => job.source.resolve(held)), checking]);
        if (read.status === 'rejected')
            throw new SideError('source', read.reason);
        if (checked.status === 'rejected')
            throw new SideError('target', checked.reason);
        const root = (0,image_graph/* selectPlatforms */.dv)(read.value, options.platforms ?? [], job.source.name);
        if (checked.value === root.digest) {
            results.set(job, { ...base, platforms: (0,image_graph/* listedPlatforms */.W)(root), digest: root.digest, status: 'skipped' });
            options.logger.info(`skipped: ${job.sink.name} already is ${root.digest}`);
            progress.imageDone();
            return undefined;
        }
        const blobs = (0,image_graph/* allBlobs */.Uj)(root);
        job.sink.planned?.(root);
        return { job, root, blobs };
    }
    catch (err) {
        settleFailed(state, job, base, err instanceof SideError ? err.inner : err, err instanceof SideError ? err.side : 'target');
        progress.imageDone();
        return undefined;
    }
}
async function copyImage(plan, state) {
    const { job, root, blobs } = plan;
    const base = {
        source: job.source.name,
        target: job.sink.name,
        digest: root.digest,
        blobs: blobs.length,
        platforms: root.children.map((c) => (0,image_graph/* platformString */.Fd)(c.platform)),
    };
    let bytes = 0;
    try {
        checkGoing(state);
        // Every blob settles before the image does: nothing of a failed image is left running behind it.
        const outcomes = await Promise.allSettled(blobs.map((desc) => copyBlob(job, desc, state)));
        for (const outcome of outcomes)
            if (outcome.status === 'fulfilled')
                bytes += outcome.value;
        const failed = outcomes.find((o) => o.status === 'rejected');
        if (failed)
            throw failed.reason;
        checkGoing(state);
        await state.control.track(`writing the manifests of ${job.sink.name}`, () => putManifests(job.sink, root));
        state.results.set(job, { ...base, bytes, status: 'copied' });
        // A built image is pushed under its own name: say it once.
        const route = job.source.name === job.sink.name ? job.sink.name : `${job.source.name} → ${job.sink.name}`;
        state.options.logger.info(`copied: ${route} (${blobs.length} blobs, ${(0,progress/* formatBytes */.z3)(bytes)})`);
    }
    catch (err) {
        settleFailed(state, job, { ...base, bytes }, err instanceof SideError ? err.inner : err, err instanceof SideError ? err.side : 'target');
    }
    finally {
        state.progress.imageDone();
    }
}
/**
 * Stores the manifests, each after all of its children (siblings at once), the root last with its tag.
 * Every PUT settles before a failure is raised: no manifest of a failed image is left in flight.
 */
async function putManifests(sink, root) {
    const stored = new Map();
    const put = (node) => {
        let done = stored.get(node.digest);
        if (!done) {
            done = Promise.allSettled(node.children.map(put)).then(async (children) => {
                const failed = children.find((c) => c.status === 'rejected');
                if (failed)
                    throw failed.reason;
                await sink.putManifest(node, node === root).catch((err) => {
                    throw new SideError('target', err);
                });
            });
            stored.set(node.digest, done);
        }
        return done;
    };
    await put(root);
}
/** Errors the verifier raises about the bytes themselves: the source's fault. */
function isContentError(err) {
    return err instanceof digest/* DigestMismatchError */.h || err instanceof digest/* TruncatedBodyError */.T$ || (err instanceof digest/* StalledBodyError */.A_ && err.side === 'source');
}
/**
 * Moves one blob, retrying the whole read-and-write when the transport fails while the bytes flow.
 * Requests before that (HEAD, mount, opening the upload or the source) are retried by the client
 * itself; retrying them here too would multiply the attempts.
 */
async function copyBlob(job, desc, state) {
    const { options, control } = state;
    const label = `${job.source.name}: blob ${desc.digest}`;
    return (0,retry/* withRetries */.LH)(options.retry, async () => {
        checkGoing(state);
        let sourceFailure;
        let streaming = false;
        const open = async () => {
            const release = await state.streams.acquire(options.writeOrder?.key(desc));
            let body;
            try {
                checkGoing(state);
                body = await job.source.openBlob(desc);
            }
            catch (err) {
                release();
                sourceFailure = markSide('source', err);
                throw err;
            }
            streaming = true;
            const verifier = new digest/* DigestVerifier */.Do(body, desc.digest, desc.size, (n) => state.progress.addBytes(n), state.stallMs);
            let dropped = false;
            body.on('error', (err) => {
                // An error after we dropped the body ourselves is our abort echoing back, not the source's fault.
                if (dropped)
                    return;
                // Marked where it happens: images that joined this transfer read the blame from the error.
                sourceFailure ??= markSide('source', err);
            });
            verifier.once('error', (err) => {
                if (isContentError(err))
                    sourceFailure ??= markSide('source', err);
            });
            // However the verifier ends (done, failed, or dropped by a refused upload), the source's
            // connection is freed with it: a paused source body would hold a pool slot for good.
            verifier.once('close', () => {
                release();
                if (!body.readableEnded) {
                    dropped = true;
                    body.destroy();
                }
            });
            return verifier;
        };
        try {
            return await control.track(label, () => job.sink.putBlob(desc, open));
        }
        catch (err) {
            if (err instanceof fs_errors/* LocalIoError */.kc || (0,run_control/* isRunStopped */.zI)(err))
                throw err;
            // Another image's transfer that this one waited for: its blame stands, and this image still
            // has its own tries to spend on the blob.
            if ((0,shared_transfers/* isJoinedFailure */.e)(err))
                return Promise.reject(markSide(err.side ?? 'target', err));
            // A bad source stream surfaces through the upload; blame the side that failed.
            const side = sourceFailure !== undefined ? 'source' : 'target';
            const failure = sourceFailure ?? err;
            // SideError is never retryable: before the bytes flowed, the client already spent its retries.
            if (!streaming)
                throw new SideError(side, failure);
            return Promise.reject(markSide(side, failure));
        }
    }, (err, attempt, delay) => options.logger.info((0,http_body/* retryLine */.Rn)(label, err, attempt, delay)), control.signal).catch((err) => {
        if (err instanceof SideError || err instanceof fs_errors/* LocalIoError */.kc || (0,run_control/* isRunStopped */.zI)(err))
            throw err;
        throw new SideError(err.side ?? 'target', err);
    });
}
/** Keeps retryable errors retryable (the retry policy looks at the error itself) while noting the side. */
function markSide(side, err) {
    if (err instanceof Error) {
        err.side = side;
        return err;
    }
    return new SideError(side, err);
}


/***/ })

};
