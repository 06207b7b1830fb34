export const id = 134;
export const ids = [134];
export const modules = {

/***/ 72134:
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
// EXTERNAL MODULE: ./shared/action-io.ts
var action_io = __webpack_require__(51691);
// EXTERNAL MODULE: ./shared/image-list.ts
var image_list = __webpack_require__(1732);
// EXTERNAL MODULE: ./shared/image-sync.ts
var image_sync = __webpack_require__(663);
// EXTERNAL MODULE: ./shared/logger.ts
var logger = __webpack_require__(56640);
// EXTERNAL MODULE: ./shared/progress.ts
var progress = __webpack_require__(24947);
// EXTERNAL MODULE: ./shared/reports.ts
var shared_reports = __webpack_require__(27237);
// EXTERNAL MODULE: ./shared/fs-errors.ts
var fs_errors = __webpack_require__(48775);
// EXTERNAL MODULE: ./shared/retry.ts
var retry = __webpack_require__(42372);
// EXTERNAL MODULE: ./shared/transfer/transfer-report.ts
var transfer_report = __webpack_require__(28500);
// EXTERNAL MODULE: ./shared/shard.ts
var shard = __webpack_require__(5214);
// EXTERNAL MODULE: ./shared/inputs.ts
var inputs = __webpack_require__(18573);
// EXTERNAL MODULE: ./shared/registry/endpoint.ts
var endpoint = __webpack_require__(37363);
// EXTERNAL MODULE: ./shared/platforms-input.ts
var platforms_input = __webpack_require__(20323);
;// CONCATENATED MODULE: ./actions/sync-images/src/inputs.ts
// sync-images' inputs, read and checked once.




function getInputs() {
    const source = (0,inputs/* getOptionalInput */.lI)('source-registry');
    const reportDir = (0,inputs/* getOptionalInput */.lI)('report-dir');
    return {
        imagesFile: (0,inputs/* getListInput */.DF)('images-file'),
        sourceRegistry: source === undefined ? undefined : (0,endpoint/* parseRegistryInput */.X)('source-registry', source),
        targetRegistry: (0,endpoint/* parseRegistryInput */.X)('target-registry', (0,inputs/* getRequiredInput */.K1)('target-registry')),
        sourceProjectMap: (0,inputs/* getMapInput */.FW)('source-project-map'),
        platforms: (0,platforms_input/* parsePlatforms */.q)('platforms', (0,inputs/* getListInput */.DF)('platforms')),
        concurrency: (0,inputs/* getIntInput */.ML)('concurrency', 8, { min: 1, max: 64 }),
        shard: (0,shard/* parseShard */.uK)('shard', (0,inputs/* getOptionalInput */.lI)('shard')),
        failOnMissing: (0,inputs/* getBooleanInput */.Vt)('fail-on-missing', true),
        reportDir: reportDir === undefined ? undefined : (0,inputs/* workspacePath */.X5)(reportDir),
        sourceUsername: (0,inputs/* getOptionalInput */.lI)('source-username'),
        sourcePassword: (0,inputs/* getSecretInput */.zn)('source-password'),
        targetUsername: (0,inputs/* getOptionalInput */.lI)('target-username'),
        targetPassword: (0,inputs/* getSecretInput */.zn)('target-password'),
        insecureRegistries: (0,inputs/* getListInput */.DF)('insecure-registries'),
        retries: (0,inputs/* getIntInput */.ML)('retries', 5, { min: 1, max: 20 }),
        timeout: (0,inputs/* getMinutesInput */.MF)('timeout', 60, 7 * 24 * 60),
        jobSummary: (0,inputs/* getBooleanInput */.Vt)('job-summary', true),
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
        await (0,fs_errors/* assertWritableFolder */.lt)(reportDir, shared_reports/* REPORT_DIR_OWNER */.$E);
        await (0,shared_reports/* removeStaleReports */.xe)(reportDir);
        // Blobs are spooled in the scratch space: a full one is named as such.
        const outcome = await (0,fs_errors/* inScratch */.QZ)(() => (0,image_sync/* syncImages */.S)({
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
        const reports = await (0,shared_reports/* writeMissReports */.VH)(reportDir, results.filter((r) => r.status === 'missing').map((r) => r.source), results.filter((r) => r.status === 'failed').map((r) => r.target)).catch((err) => ({ error: err }));
        await (0,action_io/* writeSummary */.Sy)(inputs.jobSummary, 'sync-images', ['copied', 'skipped', 'missing', 'failed', 'bytes', 'time'], [[counts.copied, counts.skipped, counts.missing, counts.failed, (0,progress/* formatBytes */.z3)(counts.bytes), (0,progress/* formatDuration */.a3)(outcome.durationMs)]], (0,transfer_report/* resultRows */.FA)(results));
        if ('error' in reports)
            throw reports.error;
        core/* info */.pq(`${results.length} images: ${counts.copied} copied, ${counts.skipped} skipped, ${counts.missing} missing, ${counts.failed} failed${counts.cancelled ? `, ${counts.cancelled} not finished` : ''}; ${(0,progress/* formatBytes */.z3)(counts.bytes)} in ${(0,progress/* formatDuration */.a3)(outcome.durationMs)}`);
        const failure = (0,transfer_report/* failureMessage */.oh)(results, inputs.failOnMissing, { missImage: reports.missImage && (0,image_list/* displayPath */.Gt)(reports.missImage), missPushImage: reports.missPushImage && (0,image_list/* displayPath */.Gt)(reports.missPushImage) }, control.stopped && control.stopMessage());
        if (failure)
            core/* setFailed */.C1(failure);
    });
}


/***/ }),

/***/ 20323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parsePlatforms)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
// The `platforms` input: `os/arch[/variant]` entries.

function parsePlatforms(inputName, entries) {
    for (const entry of entries) {
        if (!/^[a-z0-9_-]+\/[a-z0-9_-]+(\/[a-z0-9_.-]+)?$/i.test(entry)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${inputName}': '${entry}' is not a platform like linux/amd64 or linux/arm/v7.`);
        }
    }
    return entries;
}


/***/ }),

/***/ 27237:
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
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21959);
// The miss reports (SPEC 3.4), rewritten on every run: a run with nothing to report removes stale ones.


const MISS_IMAGE_FILE = 'miss_image.txt';
const MISS_PUSH_IMAGE_FILE = 'miss_push_image.txt';
/** The report folder's owner: reports land beside the first list unless report-dir says otherwise. */
const REPORT_DIR_OWNER = { input: 'report-dir' };
async function writeOrRemove(path, lines) {
    if (lines.length === 0) {
        await (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .removeStaleOutputs */ .ET)([path], REPORT_DIR_OWNER);
        return undefined;
    }
    await (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Zf)(path, `${lines.join('\n')}\n`, { owner: REPORT_DIR_OWNER });
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
    await (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .removeStaleOutputs */ .ET)([(0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, MISS_IMAGE_FILE), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, MISS_PUSH_IMAGE_FILE)], REPORT_DIR_OWNER);
}
/** A few images for a one-line message: `a, b, c and 4 more`. */
function someImages(refs, shown = 3) {
    const head = refs.slice(0, shown).join(', ');
    return refs.length > shown ? `${head} and ${refs.length - shown} more` : head;
}


/***/ }),

/***/ 28500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FA: () => (/* binding */ resultRows),
/* harmony export */   ip: () => (/* binding */ countStatuses),
/* harmony export */   oh: () => (/* binding */ failureMessage)
/* harmony export */ });
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
    const error = first.error.startsWith(`${name}: `) ? first.error.slice(name.length + 2) : first.error;
    return `; first: ${name}: ${error}`;
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
