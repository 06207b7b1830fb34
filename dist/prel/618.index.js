export const id = 618;
export const ids = [618];
export const modules = {

/***/ 1618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./shared/action/action-io.ts
var action_io = __webpack_require__(75260);
// EXTERNAL MODULE: ./shared/action/inputs.ts
var action_inputs = __webpack_require__(21736);
// EXTERNAL MODULE: ./shared/action/logger.ts
var logger = __webpack_require__(49889);
// EXTERNAL MODULE: ./shared/run/progress.ts
var progress = __webpack_require__(12365);
// EXTERNAL MODULE: ./shared/files/atomic-write.ts
var atomic_write = __webpack_require__(16911);
// EXTERNAL MODULE: ./shared/errors/fs-errors.ts
var fs_errors = __webpack_require__(71373);
// EXTERNAL MODULE: ./shared/release-image/release-image.ts + 3 modules
var release_image = __webpack_require__(56748);
// EXTERNAL MODULE: ./shared/run/retry.ts
var retry = __webpack_require__(52850);
// EXTERNAL MODULE: ./shared/archive/archive-file.ts + 2 modules
var archive_file = __webpack_require__(6555);
// EXTERNAL MODULE: ./shared/release-image/context-layer.ts + 1 modules
var context_layer = __webpack_require__(10830);
// EXTERNAL MODULE: ./shared/action/platforms-input.ts
var platforms_input = __webpack_require__(18200);
;// CONCATENATED MODULE: ./actions/build-release-image/src/inputs.ts
// build-release-image's inputs, read and checked once.





function getInputs() {
    const context = (0,action_inputs/* workspacePath */.X5)((0,action_inputs/* getOptionalInput */.lI)('context') ?? '.');
    const savePathInput = (0,action_inputs/* getOptionalInput */.lI)('save-path') ?? 'image/release.tar.gz';
    return {
        baseImage: (0,release_image/* parseBaseImageInput */.cE)('base-image', (0,action_inputs/* getRequiredInput */.K1)('base-image')),
        image: (0,release_image/* parseTargetImageInput */.uX)('image', (0,action_inputs/* getRequiredInput */.K1)('image'), 'release-version', (0,action_inputs/* getRequiredInput */.K1)('release-version')),
        context,
        // Relative to the workspace when inside it, so the recorded history does not depend on where the runner checked out.
        contextInput: (0,action_inputs/* displayPath */.Gt)(context) || '.',
        destination: (0,context_layer/* parseDestination */.G)('destination', (0,action_inputs/* getOptionalInput */.lI)('destination') ?? '/pangolin/'),
        exclude: (0,action_inputs/* getListInput */.DF)('exclude'),
        push: (0,action_inputs/* getBooleanInput */.Vt)('push', true),
        savePath: (0,action_inputs/* workspacePath */.X5)(savePathInput),
        savePathInput,
        compression: (0,action_inputs/* getEnumInput */.iv)('compression', ['gzip', 'none'], 'gzip'),
        platforms: (0,platforms_input/* parsePlatforms */.q)('platforms', (0,action_inputs/* getListInput */.DF)('platforms')),
        labels: (0,action_inputs/* getMapInput */.FW)('labels'),
        username: (0,action_inputs/* getOptionalInput */.lI)('username'),
        password: (0,action_inputs/* getSecretInput */.zn)('password'),
        baseUsername: (0,action_inputs/* getOptionalInput */.lI)('base-username'),
        basePassword: (0,action_inputs/* getSecretInput */.zn)('base-password'),
        insecureRegistries: (0,action_inputs/* getListInput */.DF)('insecure-registries'),
        retries: (0,action_inputs/* getIntInput */.ML)('retries', 5, { min: 1, max: 20 }),
        timeout: (0,action_inputs/* getMinutesInput */.MF)('timeout', 60, 7 * 24 * 60),
        jobSummary: (0,action_inputs/* getBooleanInput */.Vt)('job-summary', true),
        sourceDateEpoch: (0,archive_file/* archiveMtime */.bl)(),
    };
}

;// CONCATENATED MODULE: ./actions/build-release-image/src/main.ts
// build-release-image: add the context to the base image as one layer, push it, save a docker-load tarball.










async function run() {
    await (0,action_io/* runAction */.Cs)(async (control) => {
        const inputs = getInputs();
        control.setTimeLimit(inputs.timeout, 'timeout');
        // Before anything is pushed: the tarball can be written, and an earlier one is gone.
        await (0,fs_errors/* assertWritable */.Bz)(inputs.savePath, release_image/* SAVE_PATH_OWNER */.IC);
        await (0,atomic_write/* removeStaleOutputs */.ET)([inputs.savePath], release_image/* SAVE_PATH_OWNER */.IC, { archives: true });
        const outcome = await (0,fs_errors/* inScratch */.QZ)(() => (0,release_image/* buildReleaseImage */.vR)({
            base: inputs.baseImage,
            target: inputs.image,
            context: inputs.context,
            contextInput: inputs.contextInput,
            destination: inputs.destination,
            exclude: inputs.exclude,
            push: inputs.push,
            savePath: inputs.savePath,
            compression: inputs.compression,
            platforms: inputs.platforms,
            labels: inputs.labels,
            credentials: { username: inputs.username, password: inputs.password },
            baseCredentials: { username: inputs.baseUsername, password: inputs.basePassword },
            insecureRegistries: inputs.insecureRegistries,
            retry: (0,retry/* defaultRetryPolicy */.ur)(inputs.retries),
            logger: logger/* actionsLogger */.M,
            control,
        }));
        const savePath = (0,action_inputs/* displayPath */.Gt)(inputs.savePath);
        (0,action_io/* setOutputs */.n0)({ digest: outcome.digest, 'image-ref': outcome.imageRef, 'save-path': savePath });
        const pushed = !outcome.push ? 'no (push: false)' : outcome.push.status === 'skipped' ? 'already there' : 'yes';
        const { layer, archive } = outcome;
        await (0,action_io/* writeSummary */.Sy)(inputs.jobSummary, 'build-release-image', ['image', 'platforms', 'digest', 'layer', 'pushed', 'tarball'], [
            [
                outcome.imageRef,
                outcome.platforms.join(', '),
                outcome.digest,
                `${layer.files} files, ${(0,progress/* formatBytes */.z3)(layer.size)}`,
                pushed,
                `${savePath} (${outcome.savedPlatform}, ${(0,progress/* formatBytes */.z3)(archive.size)})`,
            ],
        ]);
        core/* info */.pq(`${outcome.imageRef}: ${outcome.platforms.join(', ')}; pushed: ${pushed}; saved ${savePath} (${(0,progress/* formatBytes */.z3)(archive.size)})`);
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


/***/ })

};
