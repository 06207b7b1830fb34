export const id = 894;
export const ids = [894];
export const modules = {

/***/ 74894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/action/action-io.ts
var action_io = __webpack_require__(75260);
// EXTERNAL MODULE: ./shared/image-list/image-list.ts
var image_list = __webpack_require__(48103);
// EXTERNAL MODULE: ./shared/action/inputs.ts
var action_inputs = __webpack_require__(21736);
// EXTERNAL MODULE: ./shared/image-list/image-routes.ts
var image_routes = __webpack_require__(93745);
// EXTERNAL MODULE: ./shared/errors/errors.ts
var errors = __webpack_require__(81821);
// EXTERNAL MODULE: ./shared/run/run-control.ts
var run_control = __webpack_require__(92653);
;// CONCATENATED MODULE: ./shared/sync/new-repositories.ts


/** Repositories per catalog page: a registry this large is asked per image (one page, never a walk). */
const CATALOG_PAGE = 1000;
/** Fewer images than this: the listing would save no request. */
const WORTH_LISTING = 3;
/**
 * How long the listing may take, retries included. A healthy registry answers in milliseconds; one that
 * walks its storage for it (distribution on S3 with many repositories) can take minutes, and the copy
 * does not wait for that.
 */
const CATALOG_WAIT_MS = 3000;
async function newRepositories(client, repositories, logger) {
    if (repositories.length < WORTH_LISTING)
        return new Set();
    const wanted = new Set(repositories);
    let listed;
    try {
        listed = await client.listRepositories(CATALOG_PAGE, AbortSignal.timeout(CATALOG_WAIT_MS));
    }
    catch (err) {
        if ((0,run_control/* isRunStopped */.zI)(err))
            throw err;
        logger.debug(`${client.host}: no repository catalog (${(0,errors/* errorMessage */.gJ)(err)}); each image's tag is checked`);
        return new Set();
    }
    if (!listed) {
        logger.debug(`${client.host}: more than ${CATALOG_PAGE} repositories; each image's tag is checked`);
        return new Set();
    }
    const fresh = new Set([...wanted].filter((repository) => !listed.has(repository)));
    if (fresh.size > 0) {
        logger.info(`${client.host}: ${fresh.size} of ${wanted.size} target repositories are new (the registry's catalog): their tags and blobs are not looked up`);
    }
    return fresh;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./shared/sync/shard.ts
// Splits an image list between matrix jobs: `i/n` (1-based). Each image's shard comes from a hash of its
// reference, so adding or removing other images never moves it to another job.


function parseShard(inputName, value) {
    if (value === undefined)
        return undefined;
    const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value.trim());
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || index < 1 || index > count) {
        throw new errors/* ConfigurationError */.j1(`Input '${inputName}' must be 'i/n' with 1 <= i <= n (e.g. '2/4'), got '${value}'.`);
    }
    return { index, count };
}
function shardOf(key, count) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(key).digest();
    return (hash.readUInt32BE(0) % count) + 1;
}
function inShard(items, key, shard) {
    if (!shard || shard.count === 1)
        return items;
    return items.filter((item) => shardOf(key(item), shard.count) === shard.index);
}

// EXTERNAL MODULE: ./shared/registry/client-pool.ts + 5 modules
var client_pool = __webpack_require__(63437);
// EXTERNAL MODULE: ./shared/registry/registry-check.ts
var registry_check = __webpack_require__(14944);
// EXTERNAL MODULE: ./shared/transfer/registry-source.ts
var registry_source = __webpack_require__(15419);
// EXTERNAL MODULE: ./shared/transfer/registry-sink.ts
var registry_sink = __webpack_require__(55801);
// EXTERNAL MODULE: ./shared/transfer/transfer-engine.ts + 1 modules
var transfer_engine = __webpack_require__(36213);
;// CONCATENATED MODULE: ./shared/sync/image-sync.ts
// sync-images' work: read the lists, route each image, check the registries (and which target
// repositories are new), copy with the engine.








async function syncImages(request) {
    const started = Date.now();
    const { logger } = request;
    const { entries, routes } = await (0,image_routes/* planRoutes */.WW)(request.listFiles, request);
    const mine = inShard(routes, (r) => r.entry.text, request.shard);
    if (request.shard)
        logger.info(`shard ${request.shard.index}/${request.shard.count}: ${mine.length} of ${routes.length} images`);
    const credentials = [{ host: request.target.host, ...request.targetCredentials, inputName: 'target' }];
    if (request.source)
        credentials.push({ host: request.source.host, ...request.sourceCredentials, inputName: 'source' });
    const pool = new client_pool/* RegistryClientPool */.P({
        retry: request.retry,
        logger,
        insecureRegistries: request.insecureRegistries,
        credentials,
        signal: request.control?.signal,
    });
    // Both registries are asked at once (then the target's catalog); a failure is raised in input order.
    const [sourceCheck, targetCheck] = await Promise.allSettled([
        request.source && (0,registry_check/* checkRegistry */.q)(pool, request.source.host, 'source-registry'),
        (0,registry_check/* checkRegistry */.q)(pool, request.target.host, 'target-registry').then(async () => newRepositories(await pool.get(request.target.host), mine.map((route) => route.target.repository), logger)),
    ]);
    if (sourceCheck.status === 'rejected')
        throw sourceCheck.reason;
    if (targetCheck.status === 'rejected')
        throw targetCheck.reason;
    const locations = new registry_sink/* BlobLocations */.S();
    locations.markNew(targetCheck.value);
    const target = await pool.get(request.target.host);
    const jobs = [];
    for (const route of mine) {
        const source = route.source;
        const to = route.target;
        const sourceClient = await pool.get(source.host);
        jobs.push({
            source: new registry_source/* RegistryImageSource */.U(sourceClient, source.repository, source.digest ?? source.tag, (0,image_routes/* locationString */.fq)(source)),
            sink: new registry_sink/* RegistrySink */.P(target, to.repository, to.tag, to.digest, locations, (0,image_routes/* locationString */.fq)(to)),
        });
    }
    const results = await (0,transfer_engine/* transferImages */.k)(jobs, {
        concurrency: request.concurrency,
        retry: request.retry,
        logger,
        platforms: request.platforms,
        progressLabel: 'sync',
        control: request.control,
    });
    return { listed: entries.length, results, durationMs: Date.now() - started };
}

// EXTERNAL MODULE: ./shared/action/logger.ts
var logger = __webpack_require__(49889);
// EXTERNAL MODULE: ./shared/run/progress.ts
var progress = __webpack_require__(12365);
// EXTERNAL MODULE: ./shared/miss-reports/reports.ts
var miss_reports_reports = __webpack_require__(66142);
// EXTERNAL MODULE: ./shared/errors/fs-errors.ts
var fs_errors = __webpack_require__(71373);
// EXTERNAL MODULE: ./shared/run/retry.ts
var retry = __webpack_require__(52850);
// EXTERNAL MODULE: ./shared/transfer/transfer-report.ts
var transfer_report = __webpack_require__(28500);
// EXTERNAL MODULE: ./shared/registry/endpoint.ts
var endpoint = __webpack_require__(37363);
// EXTERNAL MODULE: ./shared/action/platforms-input.ts
var platforms_input = __webpack_require__(18200);
;// CONCATENATED MODULE: ./actions/sync-images/src/inputs.ts
// sync-images' inputs, read and checked once.




function getInputs() {
    const source = (0,action_inputs/* getOptionalInput */.lI)('source-registry');
    const reportDir = (0,action_inputs/* getOptionalInput */.lI)('report-dir');
    return {
        imagesFile: (0,action_inputs/* getListInput */.DF)('images-file'),
        sourceRegistry: source === undefined ? undefined : (0,endpoint/* parseRegistryInput */.X)('source-registry', source),
        targetRegistry: (0,endpoint/* parseRegistryInput */.X)('target-registry', (0,action_inputs/* getRequiredInput */.K1)('target-registry')),
        sourceProjectMap: (0,action_inputs/* getMapInput */.FW)('source-project-map'),
        platforms: (0,platforms_input/* parsePlatforms */.q)('platforms', (0,action_inputs/* getListInput */.DF)('platforms')),
        concurrency: (0,action_inputs/* getIntInput */.ML)('concurrency', 8, { min: 1, max: 64 }),
        shard: parseShard('shard', (0,action_inputs/* getOptionalInput */.lI)('shard')),
        failOnMissing: (0,action_inputs/* getBooleanInput */.Vt)('fail-on-missing', true),
        reportDir: reportDir === undefined ? undefined : (0,action_inputs/* workspacePath */.X5)(reportDir),
        sourceUsername: (0,action_inputs/* getOptionalInput */.lI)('source-username'),
        sourcePassword: (0,action_inputs/* getSecretInput */.zn)('source-password'),
        targetUsername: (0,action_inputs/* getOptionalInput */.lI)('target-username'),
        targetPassword: (0,action_inputs/* getSecretInput */.zn)('target-password'),
        insecureRegistries: (0,action_inputs/* getListInput */.DF)('insecure-registries'),
        retries: (0,action_inputs/* getIntInput */.ML)('retries', 5, { min: 1, max: 20 }),
        timeout: (0,action_inputs/* getMinutesInput */.MF)('timeout', 60, 7 * 24 * 60),
        jobSummary: (0,action_inputs/* getBooleanInput */.Vt)('job-summary', true),
    };
}

;// CONCATENATED MODULE: ./actions/sync-images/src/main.ts
// sync-images: copy the listed images between registries, write the miss reports, outputs and summary.













async function run() {
    await (0,action_io/* runAction */.Cs)(async (control) => {
        const inputs = getInputs();
        control.setTimeLimit(inputs.timeout, 'timeout');
        const listFiles = await (0,image_list/* expandListPaths */.LO)(inputs.imagesFile, 'images-file');
        const reportDir = inputs.reportDir ?? (0,external_node_path_.dirname)(listFiles[0]);
        // Before any copy: the reports can be written, and none from an earlier run outlives a failure of this one.
        await (0,fs_errors/* assertWritableFolder */.lt)(reportDir, miss_reports_reports/* REPORT_DIR_OWNER */.$E);
        await (0,miss_reports_reports/* removeStaleReports */.xe)(reportDir);
        // Blobs are spooled in the scratch space: a full one is named as such.
        const outcome = await (0,fs_errors/* inScratch */.QZ)(() => syncImages({
            listFiles,
            source: inputs.sourceRegistry,
            target: inputs.targetRegistry,
            projectMap: inputs.sourceProjectMap,
            platforms: inputs.platforms,
            concurrency: inputs.concurrency,
            shard: inputs.shard,
            sourceCredentials: { username: inputs.sourceUsername, password: inputs.sourcePassword },
            targetCredentials: { username: inputs.targetUsername, password: inputs.targetPassword },
            insecureRegistries: inputs.insecureRegistries,
            retry: (0,retry/* defaultRetryPolicy */.ur)(inputs.retries),
            logger: logger/* actionsLogger */.M,
            control,
        }));
        const { results } = outcome;
        control.clearDeadline();
        const counts = (0,transfer_report/* countStatuses */.ip)(results);
        // The copy's own outputs come first: a report folder that fails now must not hide what was copied.
        (0,action_io/* setOutputs */.n0)({ total: results.length, ...counts, 'report-json': JSON.stringify(results) });
        const reports = await (0,miss_reports_reports/* writeMissReports */.VH)(reportDir, results.filter((r) => r.status === 'missing').map((r) => r.source), results.filter((r) => r.status === 'failed').map((r) => r.target)).catch((err) => ({ error: err }));
        await (0,action_io/* writeSummary */.Sy)(inputs.jobSummary, 'sync-images', ['copied', 'skipped', 'missing', 'failed', 'bytes', 'time'], [[counts.copied, counts.skipped, counts.missing, counts.failed, (0,progress/* formatBytes */.z3)(counts.bytes), (0,progress/* formatDuration */.a3)(outcome.durationMs)]], (0,transfer_report/* resultRows */.FA)(results));
        if ('error' in reports)
            throw reports.error;
        core/* info */.pq(`${results.length} images: ${counts.copied} copied, ${counts.skipped} skipped, ${counts.missing} missing, ${counts.failed} failed${counts.cancelled ? `, ${counts.cancelled} not finished` : ''}; ${(0,progress/* formatBytes */.z3)(counts.bytes)} in ${(0,progress/* formatDuration */.a3)(outcome.durationMs)}`);
        const failure = (0,transfer_report/* failureMessage */.oh)(results, inputs.failOnMissing, { missImage: reports.missImage && (0,action_inputs/* displayPath */.Gt)(reports.missImage), missPushImage: reports.missPushImage && (0,action_inputs/* displayPath */.Gt)(reports.missPushImage) }, control.stopped && control.stopMessage());
        if (failure)
            core/* setFailed */.C1(failure);
    });
}


/***/ }),

/***/ 18200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parsePlatforms)
/* harmony export */ });
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81821);
// The `platforms` input: `os/arch[/variant]` entries.

function parsePlatforms(inputName, entries) {
    for (const entry of entries) {
        if (!/^[a-z0-9_-]+\/[a-z0-9_-]+(\/[a-z0-9_.-]+)?$/i.test(entry)) {
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${inputName}': '${entry}' is not a platform like linux/amd64 or linux/arm/v7.`);
        }
    }
    return entries;
}


/***/ }),

/***/ 48103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ parseImageList),
/* harmony export */   LK: () => (/* binding */ readImageLists),
/* harmony export */   LO: () => (/* binding */ expandListPaths)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81821);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21736);
/* harmony import */ var _image_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97329);
// Image list files (SPEC 2.1): one reference per line, `#` comments and blank lines skipped, trimmed.
// Several files or globs are read in order; each entry remembers its file and line for messages.




/** Expands paths and globs (relative to the workspace); a pattern that matches nothing is an error. */
async function expandListPaths(patterns, inputName) {
    if (patterns.length === 0)
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${inputName}' is required and was not supplied.`);
    const files = [];
    for (const pattern of patterns) {
        const isGlob = /[*?[\]{}]/.test(pattern);
        const matches = isGlob ? await globFiles(pattern) : [(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .workspacePath */ .X5)(pattern)];
        if (matches.length === 0)
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${inputName}': '${pattern}' matches no file.`);
        for (const file of matches)
            if (!files.includes(file))
                files.push(file);
    }
    return files;
}
/** The glob library (~90 KB of code) is loaded only by a run whose list names a pattern. */
async function globFiles(pattern) {
    const { glob } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 73382));
    return (await glob(pattern, { cwd: (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .workspacePath */ .X5)('.'), absolute: true, onlyFiles: true })).sort();
}
function parseImageList(text, file) {
    const entries = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        try {
            entries.push({ ref: (0,_image_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(line), text: line, file, line: index + 1 });
        }
        catch (err) {
            if (err instanceof _image_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidReferenceError */ .x_) {
                throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .Gt)(file)}:${index + 1}: ${err.message}`, { file: (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .Gt)(file), line: index + 1 });
            }
            throw err;
        }
    });
    return entries;
}
/** Reads every list; the same reference listed twice is kept once (first occurrence). */
async function readImageLists(files) {
    const seen = new Set();
    const entries = [];
    for (const file of files) {
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
        }
        catch (err) {
            const code = err.code;
            const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : err.message;
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Cannot read image list ${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .Gt)(file)}: ${why}.`);
        }
        for (const entry of parseImageList(text, file)) {
            if (seen.has(entry.text))
                continue;
            seen.add(entry.text);
            entries.push(entry);
        }
    }
    return entries;
}


/***/ }),

/***/ 93745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WW: () => (/* binding */ planRoutes),
/* harmony export */   fq: () => (/* binding */ locationString)
/* harmony export */ });
/* unused harmony exports applyProjectMap, routeImage */
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81821);
/* harmony import */ var _image_list_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48103);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21736);
/* harmony import */ var _image_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97329);
// Where each listed image is read from and written to: relative names take the source registry (with
// the project map applied) and the target registry; absolute names keep their own host on the source side.




function locationString(loc) {
    return (0,_image_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .FH)({ registry: loc.host, repository: loc.repository, tag: loc.tag, digest: loc.digest });
}
function joinPath(prefix, repository) {
    return prefix ? `${prefix}/${repository}` : repository;
}
/** `release=devops_release`: renames the first path segment (source side only). */
function applyProjectMap(repository, projectMap) {
    const [first, ...rest] = repository.split('/');
    const mapped = projectMap.get(first);
    return mapped === undefined ? repository : [mapped, ...rest].join('/');
}
function routeImage(entry, options) {
    const { ref } = entry;
    let source;
    if (ref.registry) {
        // Docker Hub keeps official images under library/: docker.io/nginx is docker.io/library/nginx.
        const hub = ref.registry === 'docker.io' || ref.registry === 'index.docker.io';
        const repository = hub && !ref.repository.includes('/') ? `library/${ref.repository}` : ref.repository;
        source = { host: ref.registry, repository, tag: ref.tag, digest: ref.digest };
    }
    else {
        if (!options.source) {
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .Gt)(entry.file)}:${entry.line}: '${entry.text}' has no registry host, so input '${options.sourceInput}' is required.`, { file: (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .Gt)(entry.file), line: entry.line });
        }
        source = {
            host: options.source.host,
            repository: joinPath(options.source.prefix, applyProjectMap(ref.repository, options.projectMap)),
            tag: ref.tag,
            digest: ref.digest,
        };
    }
    const target = options.target && {
        host: options.target.host,
        repository: joinPath(options.target.prefix, ref.repository),
        tag: ref.tag,
        digest: ref.tag ? undefined : ref.digest,
    };
    return { entry, source, target };
}
/** Reads the lists and routes every entry; a bad line stops everything before any copy starts. */
async function planRoutes(listFiles, options) {
    const entries = await (0,_image_list_js__WEBPACK_IMPORTED_MODULE_1__/* .readImageLists */ .LK)(listFiles);
    const routes = entries.map((entry) => routeImage(entry, { ...options, sourceInput: 'source-registry' }));
    return { entries, routes };
}


/***/ }),

/***/ 66142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ REPORT_DIR_OWNER),
/* harmony export */   JV: () => (/* binding */ someImages),
/* harmony export */   VH: () => (/* binding */ writeMissReports),
/* harmony export */   Vn: () => (/* binding */ MISS_PUSH_IMAGE_FILE),
/* harmony export */   _j: () => (/* binding */ MISS_IMAGE_FILE),
/* harmony export */   xe: () => (/* binding */ removeStaleReports)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _files_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16911);
// The miss reports (SPEC 3.4), rewritten on every run: a run with nothing to report removes stale ones.


const MISS_IMAGE_FILE = 'miss_image.txt';
const MISS_PUSH_IMAGE_FILE = 'miss_push_image.txt';
/** The report folder's owner: reports land beside the first list unless report-dir says otherwise. */
const REPORT_DIR_OWNER = { input: 'report-dir' };
async function writeOrRemove(path, lines) {
    if (lines.length === 0) {
        await (0,_files_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .removeStaleOutputs */ .ET)([path], REPORT_DIR_OWNER);
        return undefined;
    }
    await (0,_files_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Zf)(path, `${lines.join('\n')}\n`, { owner: REPORT_DIR_OWNER });
    return path;
}
async function writeMissReports(dir, missing, missingPush) {
    return {
        missImage: await writeOrRemove((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, MISS_IMAGE_FILE), missing),
        missPushImage: await writeOrRemove((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, MISS_PUSH_IMAGE_FILE), missingPush),
    };
}
/** At the start of a run: no report from an earlier run may sit beside this run's failure. */
async function removeStaleReports(dir) {
    await (0,_files_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .removeStaleOutputs */ .ET)([(0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, MISS_IMAGE_FILE), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, MISS_PUSH_IMAGE_FILE)], REPORT_DIR_OWNER);
}
/** A few images for a one-line message: `a, b, c and 4 more`. */
function someImages(refs, shown = 3) {
    const head = refs.slice(0, shown).join(', ');
    return refs.length > shown ? `${head} and ${refs.length - shown} more` : head;
}


/***/ }),

/***/ 55801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ RegistrySink),
/* harmony export */   S: () => (/* binding */ BlobLocations)
/* harmony export */ });
/* harmony import */ var _registry_registry_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81294);
/* harmony import */ var _shared_transfers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94770);


/** Which repositories of one registry hold which blobs, as learned in this run; shared by its sinks. */
class BlobLocations {
    holders = new Map();
    transfers = new _shared_transfers_js__WEBPACK_IMPORTED_MODULE_1__/* .SharedTransfers */ .O();
    /**
     * Whether this registry mounts, as learned in this run: a cross-repository mount answered 201 (yes)
     * or 202 for a blob the other repository holds (no). Unknown until then.
     */
    mounts;
    /** Repositories the registry did not have when the run started (its catalog said so): empty until then. */
    fresh = new Set();
    /** Records repositories the registry does not have yet: they have no tags to check and no blobs to look for. */
    markNew(repositories) {
        this.fresh = repositories;
    }
    /** True when `repository` did not exist at the start: whatever it holds, this run put there. */
    isNew(repository) {
        return this.fresh.has(repository);
    }
    /** Records that `repository` is getting (or has) the blob once `ready` resolves true. */
    add(digest, repository, ready) {
        const list = this.holders.get(digest) ?? [];
        list.push({ repository, ready });
        this.holders.set(digest, list);
    }
    /** Records a blob known to be in `repository` already (a base image's layers), so others mount it. */
    addKnown(digest, repository) {
        this.add(digest, repository, Promise.resolve(true));
    }
    /**
     * The holders registered so far, fixed now. A transfer waits only on holders that came before it, so
     * waits form a chain, never a cycle, whichever of them fail.
     */
    holdersSoFar(digest) {
        return [...(this.holders.get(digest) ?? [])];
    }
}
/** The first of `holders` (in order) outside `repository` that ends up holding the blob. */
async function firstHolder(holders, repository) {
    for (const holder of holders) {
        if (holder.repository === repository)
            continue;
        if (await holder.ready.catch(() => false))
            return holder.repository;
    }
    return undefined;
}
class RegistrySink {
    client;
    repository;
    tag;
    digest;
    locations;
    name;
    constructor(client, repository, 
    /** The tag the image lands at; undefined for an image pushed by digest only. */
    tag, 
    /** For a digest-only image: the digest it is expected at (to skip it when already there). */
    digest, locations, name) {
        this.client = client;
        this.repository = repository;
        this.tag = tag;
        this.digest = digest;
        this.locations = locations;
        this.name = name;
    }
    async currentDigest() {
        const reference = this.tag ?? this.digest;
        if (!reference || this.locations.isNew(this.repository))
            return undefined;
        return (await this.client.headManifest(this.repository, reference))?.digest;
    }
    putBlob(desc, open) {
        return this.locations.transfers.run(`${this.repository}@${desc.digest}`, () => this.transfer(desc, open));
    }
    async putManifest(node, root) {
        await this.client.putManifest(this.repository, root && this.tag ? this.tag : node.digest, node);
    }
    async transfer(desc, open) {
        const earlier = this.locations.holdersSoFar(desc.digest);
        let resolveReady;
        this.locations.add(desc.digest, this.repository, new Promise((r) => (resolveReady = r)));
        try {
            // A repository known to hold the blob: mount straight away, one request (a mount the registry
            // declines opens the upload session instead). Else, into a repository new in this run, a plain
            // upload: nothing can be there but what this run sent, and that is a transfer it shares. Else, on a
            // registry seen to mount, a mount from this repository itself asks "is it here?" and opens the
            // session in one request. Else HEAD first: a registry that does not mount answers any mount with a
            // session, even for a blob it has.
            const holder = await firstHolder(earlier, this.repository);
            let location;
            if (holder) {
                location = await this.startUpload(desc.digest, holder);
                this.locations.mounts ??= location === undefined;
            }
            else if (this.locations.isNew(this.repository)) {
                location = await this.client.startUpload(this.repository, desc.digest);
            }
            else {
                location = this.locations.mounts ? await this.startUpload(desc.digest, this.repository) : await this.uploadIfAbsent(desc.digest);
            }
            if (location === undefined) {
                resolveReady(true);
                return 0;
            }
            let body;
            try {
                body = await open();
            }
            catch (err) {
                await this.client.cancelUpload(this.repository, location);
                throw err;
            }
            try {
                await this.client.uploadBlob(this.repository, desc.digest, desc.size, body, location);
            }
            catch (err) {
                body.destroy(); // the opener ties the source to this stream: both are released
                throw err;
            }
            resolveReady(true);
            return desc.size;
        }
        catch (err) {
            resolveReady(false);
            throw err;
        }
    }
    /**
     * startUpload with a mount; a registry that refuses the mount parameters outright (rather than
     * opening a session, as the distribution spec asks) is asked the plain way: HEAD, then POST.
     */
    async startUpload(digest, from) {
        try {
            return await this.client.startUpload(this.repository, digest, from);
        }
        catch (err) {
            if (!(err instanceof _registry_registry_error_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl) || !MOUNT_REFUSED.includes(err.status))
                throw err;
        }
        return this.uploadIfAbsent(digest);
    }
    /** The upload session for a blob this repository does not have yet; undefined when it has it. */
    async uploadIfAbsent(digest) {
        if (await this.client.hasBlob(this.repository, digest))
            return undefined;
        return this.client.startUpload(this.repository, digest);
    }
}
/** Statuses a registry without mount support might answer a mount request with. */
const MOUNT_REFUSED = [400, 403, 404, 405, 501];


/***/ }),

/***/ 28500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FA: () => (/* binding */ resultRows),
/* harmony export */   bv: () => (/* binding */ firstError),
/* harmony export */   ip: () => (/* binding */ countStatuses),
/* harmony export */   oh: () => (/* binding */ failureMessage)
/* harmony export */ });
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81821);
// Turning transfer results into counts, summary lines and the final verdict, the same for every action.

function countStatuses(results) {
    const counts = { copied: 0, skipped: 0, missing: 0, failed: 0, cancelled: 0, bytes: 0 };
    for (const r of results) {
        counts[r.status]++;
        counts.bytes += r.bytes;
    }
    return counts;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Summary lines for the images that need attention (at most 50: summaries are capped at 1 MiB). */
function resultRows(results) {
    const bad = results.filter((r) => r.status === 'missing' || r.status === 'failed' || r.status === 'cancelled');
    const lines = bad.slice(0, 50).map((r) => `${r.status}: <code>${escapeHtml(r.status === 'missing' ? r.source : r.target)}</code>: ${escapeHtml(r.error ?? '')}`);
    if (bad.length > 50)
        lines.push(`… and ${bad.length - 50} more (see the report files)`);
    return lines;
}
/** The first error of a status, as an example of why: one run's failures usually share a cause. */
function firstError(results, status) {
    const first = results.find((r) => r.status === status);
    if (!first?.error)
        return '';
    const name = status === 'missing' ? first.source : first.target;
    return `; first: ${name}: ${(0,_errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutName */ .u_)(first.error, name)}`;
}
/**
 * Why the step fails, in one sentence naming the counts, the report files and the first cause; undefined
 * when it does not. `stopped` leads when the run was stopped before the end.
 */
function failureMessage(results, failOnMissing, reports, stopped) {
    const counts = countStatuses(results);
    const parts = [];
    if (stopped)
        parts.push(`${stopped}: ${counts.cancelled} image(s) not finished, ${counts.copied + counts.skipped} done`);
    if (counts.missing > 0 && failOnMissing)
        parts.push(`${counts.missing} image(s) could not be read from the source (see ${reports.missImage})${firstError(results, 'missing')}`);
    if (counts.failed > 0)
        parts.push(`${counts.failed} image(s) could not be written to the target (see ${reports.missPushImage})${firstError(results, 'failed')}`);
    return parts.length ? `${parts.join('; ')}.` : undefined;
}


/***/ })

};
