export const id = 178;
export const ids = [178];
export const modules = {

/***/ 71178:
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
// EXTERNAL MODULE: ./shared/errors/errors.ts
var errors = __webpack_require__(81821);
// EXTERNAL MODULE: ./shared/run/run-control.ts
var run_control = __webpack_require__(92653);
// EXTERNAL MODULE: ./shared/image-list/image-list.ts
var image_list = __webpack_require__(48103);
// EXTERNAL MODULE: ./shared/action/inputs.ts
var action_inputs = __webpack_require__(21736);
// EXTERNAL MODULE: ./shared/image-list/image-routes.ts
var image_routes = __webpack_require__(93745);
// EXTERNAL MODULE: ./shared/registry/registry-check.ts
var registry_check = __webpack_require__(14944);
// EXTERNAL MODULE: ./shared/registry/client-pool.ts + 5 modules
var client_pool = __webpack_require__(63437);
// EXTERNAL MODULE: ./shared/archive/archive-file.ts + 2 modules
var archive_file = __webpack_require__(6555);
// EXTERNAL MODULE: ./shared/archive/distribution-tree.ts
var distribution_tree = __webpack_require__(37402);
// EXTERNAL MODULE: ./shared/image/digest.ts
var digest = __webpack_require__(82258);
// EXTERNAL MODULE: ./shared/image/media-types.ts
var media_types = __webpack_require__(50376);
// EXTERNAL MODULE: ./shared/transfer/image-graph.ts
var image_graph = __webpack_require__(3400);
;// CONCATENATED MODULE: ./shared/transfer/oci-media-types.ts
// Converts Docker v2 manifests and lists to their OCI equivalents (as `skopeo copy … oci:` does), for
// OCI layouts: several readers of layouts (skopeo, umoci) skip Docker-typed entries. Config and layer
// bytes are unchanged; the manifests get new bytes and so new digests. OCI manifests pass through as is.


const OCI_EQUIVALENT = {
    [media_types/* DOCKER_MANIFEST */.Vv]: media_types/* OCI_MANIFEST */.EG,
    [media_types/* DOCKER_MANIFEST_LIST */.m6]: media_types/* OCI_INDEX */.$p,
    [media_types/* DOCKER_CONFIG */.e6]: media_types/* OCI_CONFIG */.TF,
    [media_types/* DOCKER_LAYER_GZIP */.MZ]: media_types/* OCI_LAYER_GZIP */.BQ,
    [media_types/* DOCKER_FOREIGN_LAYER */.Wk]: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
};
function ociType(mediaType) {
    return OCI_EQUIVALENT[mediaType] ?? mediaType;
}
function convertDescriptor(desc) {
    return { ...desc, mediaType: ociType(desc.mediaType) };
}
function toOciMediaTypes(node) {
    const children = node.children.map(toOciMediaTypes);
    if (node.mediaType !== media_types/* DOCKER_MANIFEST */.Vv && node.mediaType !== media_types/* DOCKER_MANIFEST_LIST */.m6 && children.every((c, i) => c === node.children[i])) {
        return node;
    }
    const parsed = JSON.parse(node.bytes.toString('utf8'));
    parsed.mediaType = ociType(parsed.mediaType ?? node.mediaType);
    if (parsed.config)
        parsed.config = convertDescriptor(parsed.config);
    if (parsed.layers)
        parsed.layers = parsed.layers.map(convertDescriptor);
    if (parsed.manifests) {
        const converted = new Map(node.children.map((original, i) => [original.digest, children[i]]));
        parsed.manifests = parsed.manifests.map((desc) => {
            const child = converted.get(desc.digest);
            return child ? { ...desc, mediaType: child.mediaType, digest: child.digest, size: child.bytes.length } : convertDescriptor(desc);
        });
    }
    const bytes = Buffer.from(JSON.stringify(parsed));
    return {
        ...node,
        mediaType: parsed.mediaType,
        bytes,
        digest: (0,digest/* sha256Digest */.sI)(bytes),
        children,
        blobs: node.blobs.map(convertDescriptor),
    };
}

;// CONCATENATED MODULE: ./shared/archive/oci-layout.ts
// An OCI image layout (image-spec image-layout.md) as archive files: oci-layout, index.json, and
// blobs/sha256/<hex>. Docker-typed manifests are converted to OCI ones (readers of layouts skip Docker
// types). index.json names each image twice, as skopeo and containerd expect:
// org.opencontainers.image.ref.name and io.containerd.image.name = `<repository>:<tag>`. A multi-arch
// image also gets one entry per platform, `<repository>:<tag>@<os>/<arch>[/<variant>]`, for tools that
// read one manifest per name (umoci).




const REF_NAME = 'org.opencontainers.image.ref.name';
const CONTAINERD_NAME = 'io.containerd.image.name';
function imageName(image) {
    return `${image.repository}${image.tag ? `:${image.tag}` : `@${image.root.digest}`}`;
}
function entry(node, annotations) {
    return { mediaType: node.mediaType, digest: node.digest, size: node.bytes.length, ...(node.platform ? { platform: node.platform } : {}), annotations };
}
function ociLayoutFiles(collector) {
    const files = new Map();
    const addBytes = (path, bytes) => files.set(path, { path, size: bytes.length, data: () => bytes });
    const manifests = [];
    for (const image of collector.images) {
        const root = toOciMediaTypes(image.root);
        const name = imageName(image);
        manifests.push(entry({ ...root, platform: undefined }, { [CONTAINERD_NAME]: name, [REF_NAME]: name }));
        const walk = (node) => {
            addBytes(`blobs/sha256/${(0,digest/* digestHex */.sU)(node.digest)}`, node.bytes);
            for (const blob of node.blobs) {
                const path = `blobs/sha256/${(0,digest/* digestHex */.sU)(blob.digest)}`;
                const incompressible = (0,media_types/* isCompressedLayer */.RS)(blob.mediaType);
                files.set(path, { path, size: blob.size, data: () => collector.blobFile(blob.digest), incompressible });
            }
            node.children.forEach(walk);
        };
        walk(root);
        // Attestations and other platform-less children get no name of their own.
        const named = new Set();
        for (const child of root.children) {
            const platform = (0,image_graph/* platformString */.Fd)(child.platform);
            if (!child.platform || platform.startsWith('unknown') || named.has(platform))
                continue;
            named.add(platform);
            manifests.push(entry(child, { [REF_NAME]: `${name}@${platform}` }));
        }
    }
    addBytes('index.json', Buffer.from(`${JSON.stringify({ schemaVersion: 2, mediaType: media_types/* OCI_INDEX */.$p, manifests }, null, 2)}\n`));
    addBytes('oci-layout', Buffer.from('{"imageLayoutVersion":"1.0.0"}\n'));
    return [...files.values()];
}

;// CONCATENATED MODULE: ./shared/lock/delta-sink.ts
function skipKnownBlobs(sink, known) {
    if (known.size === 0)
        return sink;
    return {
        name: sink.name,
        currentDigest: () => sink.currentDigest(),
        planned: (root) => sink.planned?.(root),
        putBlob: (desc, open) => (known.has(desc.digest) ? Promise.resolve(0) : sink.putBlob(desc, open)),
        putManifest: (node, root) => sink.putManifest(node, root),
    };
}

// EXTERNAL MODULE: ./shared/lock/images-lock.ts
var images_lock = __webpack_require__(56082);
// EXTERNAL MODULE: ./shared/transfer/blob-spool.ts
var blob_spool = __webpack_require__(11675);
// EXTERNAL MODULE: ./shared/transfer/collecting-sink.ts
var collecting_sink = __webpack_require__(9026);
// EXTERNAL MODULE: ./shared/transfer/registry-source.ts
var registry_source = __webpack_require__(15419);
// EXTERNAL MODULE: ./shared/transfer/transfer-engine.ts + 1 modules
var transfer_engine = __webpack_require__(36213);
;// CONCATENATED MODULE: ./shared/pack/image-pack.ts
// pack-registry's work: read the listed images from the source registry with the transfer engine into a
// spool, then write them as a registry storage tree or an OCI layout in one deterministic archive.















/** The input naming the archive, for write failures. */
const PACK_OUTPUT_OWNER = { input: 'output' };
async function packImages(request) {
    const started = Date.now();
    const { logger } = request;
    const { routes } = await (0,image_routes/* planRoutes */.WW)(request.listFiles, request);
    // Two list lines naming the same repository and tag would fight over one tag link.
    const names = new Map();
    for (const { entry } of routes) {
        const name = `${entry.ref.repository}:${entry.ref.tag ?? entry.ref.digest}`;
        const where = `${(0,action_inputs/* displayPath */.Gt)(entry.file)}:${entry.line}`;
        const earlier = names.get(name);
        if (earlier)
            throw new errors/* ConfigurationError */.j1(`${where}: '${entry.text}' lands on ${name}, as ${earlier} already does.`, { file: (0,action_inputs/* displayPath */.Gt)(entry.file), line: entry.line });
        names.set(name, `${where} ('${entry.text}')`);
    }
    const pool = new client_pool/* RegistryClientPool */.P({
        retry: request.retry,
        logger,
        insecureRegistries: request.insecureRegistries,
        credentials: request.source ? [{ host: request.source.host, ...request.sourceCredentials, inputName: 'source' }] : [],
        signal: request.control?.signal,
    });
    if (request.source)
        await (0,registry_check/* checkRegistry */.q)(pool, request.source.host, 'source-registry');
    const spool = await blob_spool/* BlobSpool */.b.create();
    let writing;
    try {
        const collector = new collecting_sink/* ImageCollector */.h(spool);
        const previous = request.previousLock ?? new Set();
        const jobs = [];
        for (const { entry, source } of routes) {
            const client = await pool.get(source.host);
            const name = `${entry.ref.repository}${entry.ref.tag ? `:${entry.ref.tag}` : `@${entry.ref.digest}`}`;
            jobs.push({
                source: new registry_source/* RegistryImageSource */.U(client, source.repository, source.digest ?? source.tag, (0,image_routes/* locationString */.fq)(source)),
                sink: skipKnownBlobs(collector.sinkFor(entry.ref.repository, entry.ref.tag, name), previous),
            });
        }
        // The archive is written while the blobs arrive: once every image is planned (every entry is known), the
        // writer takes the blobs in digest order, the order the archive holds them in (and the order waiting
        // streams start in), each as soon as it has landed.
        let files = [];
        let tree = {};
        const writeAll = () => {
            files = request.format === 'oci' ? ociLayoutFiles(collector) : (0,distribution_tree/* distributionTreeFiles */.su)(collector, previous);
            tree = request.format === 'oci' ? {} : { directories: (0,distribution_tree/* distributionTreeDirectories */.Eg)(collector) };
            logger.info(`Writing ${request.output} as the blobs arrive`);
            return (0,archive_file/* writeArchive */._d)(request.output, files, {
                compression: request.compression,
                mtime: (0,archive_file/* archiveMtime */.bl)(),
                signal: request.control?.signal,
                owner: PACK_OUTPUT_OWNER,
                ...tree,
            });
        };
        let results;
        try {
            results = await (0,transfer_engine/* transferImages */.k)(jobs, {
                concurrency: request.concurrency,
                retry: request.retry,
                logger,
                platforms: request.platforms,
                progressLabel: 'pack',
                control: request.control,
                writeOrder: {
                    key: (desc) => desc.digest,
                    planned: (allPlanned) => {
                        // An image that could not be read means no archive: nothing is written for it.
                        if (allPlanned)
                            writing = writeAll();
                        // Until the end, a failed write is the run's to report (below), not an unhandled rejection.
                        writing?.catch(() => undefined);
                    },
                },
            });
        }
        finally {
            collector.copiesDone();
        }
        const blobs = new Set(collector.images.flatMap((image) => (0,image_graph/* allBlobs */.Uj)(image.root).map((b) => b.digest)));
        if (!writing || results.some((r) => r.status !== 'copied')) {
            // The write stops at the first blob that never came; its partial file is removed.
            await writing?.catch(() => undefined);
            return { results, images: collector.images.length, blobs: blobs.size, durationMs: Date.now() - started };
        }
        const archive = await writing;
        logger.info(`Wrote ${request.output}`);
        await (0,images_lock/* writeLock */.be)(request.lockPath, collector.images, PACK_OUTPUT_OWNER);
        const deltaBytes = (0,archive_file/* tarSize */.v$)(files, tree);
        const fullBytes = previous.size === 0 ? deltaBytes : (0,archive_file/* tarSize */.v$)((0,distribution_tree/* distributionTreeFiles */.su)(collector), tree);
        return { results, archive, images: collector.images.length, blobs: blobs.size, durationMs: Date.now() - started, deltaBytes, fullBytes };
    }
    finally {
        // The writer reads from the spool until it ends (a failed run's partial file is removed by then).
        await writing?.catch(() => undefined);
        await spool.remove();
    }
}

// EXTERNAL MODULE: ./shared/files/atomic-write.ts
var atomic_write = __webpack_require__(16911);
// EXTERNAL MODULE: ./shared/errors/fs-errors.ts
var fs_errors = __webpack_require__(71373);
// EXTERNAL MODULE: ./shared/action/logger.ts
var logger = __webpack_require__(49889);
// EXTERNAL MODULE: ./shared/run/progress.ts
var progress = __webpack_require__(12365);
// EXTERNAL MODULE: ./shared/miss-reports/reports.ts
var miss_reports_reports = __webpack_require__(66142);
// EXTERNAL MODULE: ./shared/run/retry.ts
var retry = __webpack_require__(52850);
// EXTERNAL MODULE: ./shared/transfer/transfer-report.ts
var transfer_report = __webpack_require__(28500);
// EXTERNAL MODULE: ./shared/action/platforms-input.ts
var platforms_input = __webpack_require__(18200);
// EXTERNAL MODULE: ./shared/registry/endpoint.ts
var endpoint = __webpack_require__(37363);
;// CONCATENATED MODULE: ./actions/pack-registry/src/inputs.ts
// pack-registry's inputs, read and checked once.





function getInputs() {
    const source = (0,action_inputs/* getOptionalInput */.lI)('source-registry');
    const reportDir = (0,action_inputs/* getOptionalInput */.lI)('report-dir');
    const previousLock = (0,action_inputs/* getOptionalInput */.lI)('previous-lock');
    const format = (0,action_inputs/* getEnumInput */.iv)('format', ['distribution', 'oci'], 'distribution');
    // An OCI layout has one index.json: unpacked over the previous one it would drop the old images.
    if (previousLock !== undefined && format === 'oci')
        throw new errors/* ConfigurationError */.j1("Input 'previous-lock' needs format 'distribution': an OCI layout cannot be unpacked over the previous one.");
    return {
        imagesFile: (0,action_inputs/* getListInput */.DF)('images-file'),
        sourceRegistry: source === undefined ? undefined : (0,endpoint/* parseRegistryInput */.X)('source-registry', source),
        sourceProjectMap: (0,action_inputs/* getMapInput */.FW)('source-project-map'),
        output: (0,action_inputs/* workspacePath */.X5)((0,action_inputs/* getOptionalInput */.lI)('output') ?? 'pangolin-deploy-images.tar.gz'),
        format,
        compression: (0,action_inputs/* getEnumInput */.iv)('compression', ['gzip', 'none'], 'gzip'),
        platforms: (0,platforms_input/* parsePlatforms */.q)('platforms', (0,action_inputs/* getListInput */.DF)('platforms')),
        concurrency: (0,action_inputs/* getIntInput */.ML)('concurrency', 8, { min: 1, max: 64 }),
        sourceUsername: (0,action_inputs/* getOptionalInput */.lI)('source-username'),
        sourcePassword: (0,action_inputs/* getSecretInput */.zn)('source-password'),
        insecureRegistries: (0,action_inputs/* getListInput */.DF)('insecure-registries'),
        retries: (0,action_inputs/* getIntInput */.ML)('retries', 5, { min: 1, max: 20 }),
        timeout: (0,action_inputs/* getMinutesInput */.MF)('timeout', 60, 7 * 24 * 60),
        reportDir: reportDir === undefined ? undefined : (0,action_inputs/* workspacePath */.X5)(reportDir),
        jobSummary: (0,action_inputs/* getBooleanInput */.Vt)('job-summary', true),
        sourceDateEpoch: (0,archive_file/* archiveMtime */.bl)(),
        previousLock: previousLock === undefined ? undefined : (0,action_inputs/* workspacePath */.X5)(previousLock),
    };
}

;// CONCATENATED MODULE: ./actions/pack-registry/src/main.ts
// pack-registry: write the listed images into one deterministic archive, straight from the source registry.

















async function run() {
    await (0,action_io/* runAction */.Cs)(async (control) => {
        const inputs = getInputs();
        control.setTimeLimit(inputs.timeout, 'timeout');
        const listFiles = await (0,image_list/* expandListPaths */.LO)(inputs.imagesFile, 'images-file');
        const reportDir = inputs.reportDir ?? (0,external_node_path_.dirname)(listFiles[0]);
        if (listFiles.includes(inputs.output))
            throw new errors/* ConfigurationError */.j1(`Input 'output': ${(0,action_inputs/* displayPath */.Gt)(inputs.output)} is an image list (input 'images-file'), not an archive to write.`);
        const previousLock = inputs.previousLock === undefined ? undefined : (0,images_lock/* lockDigests */.dH)(await (0,images_lock/* readLockFile */.cx)(inputs.previousLock, "Input 'previous-lock'", (0,action_inputs/* displayPath */.Gt)(inputs.previousLock)));
        const lockPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(inputs.output), images_lock/* LOCK_FILE */.FI);
        // Before any network work: the archive, its lock and the report can be written, and nothing from an earlier run survives a failure.
        await (0,fs_errors/* assertWritable */.Bz)(inputs.output, PACK_OUTPUT_OWNER);
        await (0,fs_errors/* assertWritableFolder */.lt)(reportDir, miss_reports_reports/* REPORT_DIR_OWNER */.$E);
        await (0,atomic_write/* removeStaleOutputs */.ET)([inputs.output], PACK_OUTPUT_OWNER, { archives: true });
        await (0,atomic_write/* removeStaleOutputs */.ET)([lockPath], PACK_OUTPUT_OWNER);
        await (0,miss_reports_reports/* removeStaleReports */.xe)(reportDir);
        // Blobs are spooled in the scratch space: a full one is named as such (the archive's own failures name 'output').
        const outcome = await (0,fs_errors/* inScratch */.QZ)(() => packImages({
            listFiles,
            source: inputs.sourceRegistry,
            projectMap: inputs.sourceProjectMap,
            platforms: inputs.platforms,
            concurrency: inputs.concurrency,
            format: inputs.format,
            compression: inputs.compression,
            output: inputs.output,
            sourceCredentials: { username: inputs.sourceUsername, password: inputs.sourcePassword },
            insecureRegistries: inputs.insecureRegistries,
            retry: (0,retry/* defaultRetryPolicy */.ur)(inputs.retries),
            logger: logger/* actionsLogger */.M,
            control,
            lockPath,
            previousLock,
        }));
        // A stopped run's unfinished images were not found missing: only what really failed is reported.
        const unread = outcome.results.filter((r) => r.status === 'missing' || r.status === 'failed').map((r) => r.source);
        const reports = await (0,miss_reports_reports/* writeMissReports */.VH)(reportDir, unread, []);
        const { archive } = outcome;
        if (!archive) {
            await (0,action_io/* writeSummary */.Sy)(inputs.jobSummary, 'pack-registry', ['images', 'unreadable'], [[outcome.results.length, unread.length]], (0,transfer_report/* resultRows */.FA)(outcome.results));
            const notFinished = outcome.results.length - unread.length - outcome.results.filter((r) => r.status === 'copied').length;
            if (control.stopped) {
                throw new run_control/* RunStoppedError */.Fz(control.stopped, `${notFinished} image(s) not finished${unread.length ? `, ${unread.length} unreadable (see ${(0,action_inputs/* displayPath */.Gt)(reports.missImage)})` : ''}; no archive was written`);
            }
            throw new errors/* ConfigurationError */.j1(`${unread.length} image(s) could not be read from the source: ${(0,miss_reports_reports/* someImages */.JV)(unread)} (see ${(0,action_inputs/* displayPath */.Gt)(reports.missImage)}); no archive was written${(0,transfer_report/* firstError */.bv)(outcome.results, 'missing') || (0,transfer_report/* firstError */.bv)(outcome.results, 'failed')}.`);
        }
        const counts = (0,transfer_report/* countStatuses */.ip)(outcome.results);
        (0,action_io/* setOutputs */.n0)({
            path: (0,action_inputs/* displayPath */.Gt)(archive.path),
            sha256: archive.sha256,
            size: archive.size,
            images: outcome.images,
            blobs: outcome.blobs,
            'lock-path': (0,action_inputs/* displayPath */.Gt)(lockPath),
            'delta-bytes': outcome.deltaBytes ?? '',
            'full-bytes': outcome.fullBytes ?? '',
        });
        await (0,action_io/* writeSummary */.Sy)(inputs.jobSummary, 'pack-registry', ['archive', 'format', 'images', 'blobs', 'size', 'sha256', 'time', ...(previousLock ? ['delta / full (tar bytes)'] : [])], [[
                (0,action_inputs/* displayPath */.Gt)(archive.path),
                inputs.format,
                outcome.images,
                outcome.blobs,
                (0,progress/* formatBytes */.z3)(archive.size),
                archive.sha256,
                (0,progress/* formatDuration */.a3)(outcome.durationMs),
                ...(previousLock ? [`${(0,progress/* formatBytes */.z3)(outcome.deltaBytes ?? 0)} / ${(0,progress/* formatBytes */.z3)(outcome.fullBytes ?? 0)}`] : []),
            ]]);
        core/* info */.pq(`${(0,action_inputs/* displayPath */.Gt)(archive.path)}: ${outcome.images} images, ${outcome.blobs} blobs, ${(0,progress/* formatBytes */.z3)(archive.size)} (${(0,progress/* formatBytes */.z3)(counts.bytes)} read), sha256 ${archive.sha256}, in ${(0,progress/* formatDuration */.a3)(outcome.durationMs)}`);
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

/***/ 37402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ distributionTreeDirectories),
/* harmony export */   FT: () => (/* binding */ REGISTRY_ROOT),
/* harmony export */   gd: () => (/* binding */ blobStoragePath),
/* harmony export */   su: () => (/* binding */ distributionTreeFiles)
/* harmony export */ });
/* harmony import */ var _image_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82258);
/* harmony import */ var _image_media_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50376);
/* harmony import */ var _transfer_image_graph_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3400);
// The storage tree a stock `registry:2` serves (docs formats.md §2), as archive files:
// blobs/sha256/<xx>/<hex>/data for every blob and manifest, and per repository the _layers links
// (configs and layers), _manifests/revisions links (the index and every child), and tag links.
// Links are exactly the 71-byte digest string, no newline: the registry rejects anything else.



/** Where the storage driver roots its tree, below the registry's storage folder. */
const REGISTRY_ROOT = 'docker/registry/v2';
const ROOT = REGISTRY_ROOT;
/** A blob's data file, relative to the storage folder. */
function blobStoragePath(hex) {
    return `${ROOT}/blobs/sha256/${hex.slice(0, 2)}/${hex}/data`;
}
function blobPath(digest) {
    return blobStoragePath((0,_image_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .digestHex */ .sU)(digest));
}
function link(path, digest) {
    const bytes = Buffer.from(digest, 'ascii');
    return { path, size: bytes.length, data: () => bytes };
}
function linkDir(digest) {
    return `sha256/${(0,_image_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .digestHex */ .sU)(digest)}`;
}
/**
 * `leaveOut`: config and layer blobs the site already holds (a delta over the previous release); their
 * data is not written, while manifests and every link still are, so the delta unpacked over the previous
 * storage gives the full tree.
 */
function distributionTreeFiles(collector, leaveOut = new Set()) {
    const files = new Map();
    const add = (file) => files.set(file.path, file);
    // Manifests from their own bytes; blobs from the spool, by their descriptors' sizes (the engine checks each
    // blob against its own), each as it arrives. A left-out blob is never in the spool.
    const manifests = new Map(collector.images.flatMap((image) => (0,_transfer_image_graph_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestNodes */ .$P)(image.root)).map((node) => [node.digest, node.bytes]));
    const blobs = new Map(collector.images.flatMap((image) => (0,_transfer_image_graph_js__WEBPACK_IMPORTED_MODULE_2__/* .allBlobs */ .Uj)(image.root).map((b) => [b.digest, b])));
    for (const [digest, bytes] of manifests)
        add({ path: blobPath(digest), size: bytes.length, data: () => bytes });
    for (const [digest, blob] of blobs) {
        if (leaveOut.has(digest) || manifests.has(digest))
            continue;
        add({ path: blobPath(digest), size: blob.size, data: () => collector.blobFile(digest), incompressible: (0,_image_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isCompressedLayer */ .RS)(blob.mediaType) });
    }
    for (const image of collector.images) {
        const repo = `${ROOT}/repositories/${image.repository}`;
        const walk = (node) => {
            add(link(`${repo}/_manifests/revisions/${linkDir(node.digest)}/link`, node.digest));
            for (const blob of node.blobs)
                add(link(`${repo}/_layers/${linkDir(blob.digest)}/link`, blob.digest));
            node.children.forEach(walk);
        };
        walk(image.root);
        if (image.tag) {
            add(link(`${repo}/_manifests/tags/${image.tag}/current/link`, image.root.digest));
            add(link(`${repo}/_manifests/tags/${image.tag}/index/${linkDir(image.root.digest)}/link`, image.root.digest));
        }
    }
    return [...files.values()];
}
/** Folders every repository needs even when empty: v2 lists repositories by `_layers`, v3 by `_manifests`. */
function distributionTreeDirectories(collector) {
    return collector.images.flatMap((image) => [
        `${ROOT}/repositories/${image.repository}/_layers/`,
        `${ROOT}/repositories/${image.repository}/_manifests/`,
    ]);
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

/***/ 56082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ LOCK_FILE),
/* harmony export */   PG: () => (/* binding */ parseLock),
/* harmony export */   bd: () => (/* binding */ splitLockReference),
/* harmony export */   be: () => (/* binding */ writeLock),
/* harmony export */   cx: () => (/* binding */ readLockFile),
/* harmony export */   dH: () => (/* binding */ lockDigests)
/* harmony export */ });
/* unused harmony exports lockReference, lockEntry, lockText */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _files_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16911);
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81821);
/* harmony import */ var _tar_tar_writer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37581);
// images.lock: what a packed release holds, one line per image, plain text so that a site can read it
// with awk or a POSIX shell: `<repository>:<tag> <root digest> <every manifest, config and layer digest
// it needs…>`, lines sorted by reference, the needed digests sorted and each once. `#` lines are comments.




/** The lock's name beside the archive and inside the bundle. */
const LOCK_FILE = 'images.lock';
const DIGEST = /^sha256:[0-9a-f]{64}$/;
function lockReference(repository, tag, root) {
    return tag ? `${repository}:${tag}` : `${repository}@${root}`;
}
/** The repository and tag a lock reference names (no tag for `<repository>@<digest>`). */
function splitLockReference(reference) {
    const at = reference.indexOf('@');
    if (at >= 0)
        return { repository: reference.slice(0, at) };
    const colon = reference.lastIndexOf(':');
    return { repository: reference.slice(0, colon), tag: reference.slice(colon + 1) };
}
function lockEntry(image) {
    const needs = new Set();
    const walk = (node) => {
        if (node !== image.root)
            needs.add(node.digest);
        node.blobs.forEach((b) => needs.add(b.digest));
        node.children.forEach(walk);
    };
    walk(image.root);
    needs.delete(image.root.digest);
    return { reference: lockReference(image.repository, image.tag, image.root.digest), root: image.root.digest, needs: [...needs].sort() };
}
function lockText(entries) {
    return [...entries]
        .sort((a, b) => (0,_tar_tar_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .compareTarPaths */ .z)(a.reference, b.reference))
        .map((e) => `${[e.reference, e.root, ...e.needs].join(' ')}\n`)
        .join('');
}
/** Parses a lock; `where` names it in messages (`previous-lock (path)`), each error with its line. */
function parseLock(text, where, file) {
    const entries = [];
    text.split('\n').forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const [reference, root, ...needs] = line.split(/\s+/);
        const bad = [root, ...needs].find((d) => d === undefined || !DIGEST.test(d));
        if (bad !== undefined || !/[:@]/.test(reference)) {
            const what = bad === undefined ? `'${reference}' is not a <repository>:<tag> reference` : `'${bad ?? ''}' is not a sha256 digest`;
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}:${index + 1}: ${what} (an images.lock line is '<reference> <root digest> <digests…>').`, file ? { file, line: index + 1 } : undefined);
        }
        entries.push({ reference, root, needs });
    });
    return entries;
}
async function readLockFile(path, where, shown) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: ${shown} not found.`);
        if (code === 'EISDIR')
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: ${shown} is a folder, not an images.lock file.`);
        if (code === 'EACCES')
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${where}: ${shown} cannot be read: permission denied.`);
        throw err;
    }
    return parseLock(text, `${where} (${shown})`, shown);
}
/** Every digest a lock names: what the site already has when it is the previous release's lock. */
function lockDigests(entries) {
    return new Set(entries.flatMap((e) => [e.root, ...e.needs]));
}
/** Writes the lock of the packed images, atomically. */
async function writeLock(path, images, owner) {
    const entries = images.map(lockEntry);
    await (0,_files_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Zf)(path, lockText(entries), { owner });
    return entries;
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

/***/ 11675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ BlobSpool)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _files_write_fully_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(92376);
/* harmony import */ var _image_digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82258);
/* harmony import */ var _files_leftovers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69526);
/* harmony import */ var _errors_fs_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71373);
/* harmony import */ var _shared_transfers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(94770);
// A folder of blobs on disk, named by digest, for sinks that must write in an order of their own
// (sorted archives): the engine fills it in any order and at any concurrency, the archive reads it back.










const PREFIX = 'prel-spool-';
const OWNER_FILE = '.owner';
/** Bytes gathered before one write: a body arrives in small chunks, and a write per chunk costs more than the copy. */
const BATCH = 1 << 20;
const WHERE = { variable: 'RUNNER_TEMP (where prel keeps blobs while it writes an archive)' };
/** Spools a killed run left behind (its process is gone): they only take disk space a re-run needs. */
async function removeOrphans(parent) {
    let names;
    try {
        names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(parent)).filter((n) => n.startsWith(PREFIX));
    }
    catch {
        return;
    }
    for (const name of names) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, name);
        const owner = Number(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, OWNER_FILE), 'utf8').catch(() => ''));
        if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && !(0,_files_leftovers_js__WEBPACK_IMPORTED_MODULE_6__/* .isProcessAlive */ .jW)(owner))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}
/** A file written from a stream in batches of about 1 MiB; closed before it finishes, so it can be renamed. */
class BatchedFile extends node_stream__WEBPACK_IMPORTED_MODULE_3__.Writable {
    path;
    bytesWritten = 0;
    handle;
    batch = [];
    batched = 0;
    constructor(path) {
        super({ highWaterMark: BATCH });
        this.path = path;
    }
    _construct(callback) {
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(this.path, 'w').then((handle) => {
            this.handle = handle;
            callback();
        }, callback);
    }
    _write(chunk, _encoding, callback) {
        this.batch.push(chunk);
        this.batched += chunk.length;
        if (this.batched < BATCH)
            callback();
        else
            this.flush().then(() => callback(), callback);
    }
    _final(callback) {
        this.flush()
            .then(() => this.close())
            .then(() => callback(), callback);
    }
    _destroy(err, callback) {
        this.close().then(() => callback(err), (closeErr) => callback(err ?? closeErr));
    }
    async flush() {
        const parts = this.batch;
        this.batch = [];
        this.batched = 0;
        this.bytesWritten += await (0,_files_write_fully_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFully */ .K)(this.handle, parts, this.bytesWritten);
    }
    async close() {
        const handle = this.handle;
        this.handle = undefined;
        await handle?.close();
    }
}
class BlobSpool {
    dir;
    sizes = new Map();
    transfers = new _shared_transfers_js__WEBPACK_IMPORTED_MODULE_8__/* .SharedTransfers */ .O();
    waiting = new Map();
    constructor(dir) {
        this.dir = dir;
    }
    /** A fresh spool under RUNNER_TEMP (else the system temp folder); spools of dead runs there are removed. */
    static async create() {
        const parent = process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(parent, { recursive: true });
            await removeOrphans(parent);
            const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, PREFIX));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, OWNER_FILE), String(process.pid));
            return new BlobSpool(dir);
        }
        catch (err) {
            throw (0,_errors_fs_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .asLocalError */ .Eo)(err, parent, WHERE);
        }
    }
    has(digest) {
        return this.sizes.has(digest);
    }
    size(digest) {
        const size = this.sizes.get(digest);
        if (size === undefined)
            throw new Error(`blob ${digest} is not in the spool`);
        return size;
    }
    /**
     * Streams a blob in once, opening it only if no one else has or is: the opener's stream is expected
     * to be digest-verified. Returns the bytes this call wrote. A failure to write locally (a full disk)
     * is a LocalIoError, never blamed on the image.
     */
    put(digest, open) {
        if (this.sizes.has(digest))
            return Promise.resolve(0);
        return this.transfers.run(digest, async () => {
            const path = this.pathOf(digest);
            const partial = `${path}.part`;
            const file = new BatchedFile(partial);
            // Until the pipeline listens, a failed open of the file must not be an unhandled 'error'; it stays in file.errored.
            file.once('error', () => undefined);
            const opened = open();
            try {
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(await opened, file);
            }
            catch (err) {
                file.destroy();
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(partial, { force: true });
                // The file's own error is the local one; a source's error comes through the pipeline too.
                throw file.errored ? (0,_errors_fs_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .asLocalError */ .Eo)(file.errored, this.dir, WHERE) : err;
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(partial, path).catch((err) => {
                throw (0,_errors_fs_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .asLocalError */ .Eo)(err, this.dir, WHERE);
            });
            this.sizes.set(digest, file.bytesWritten);
            this.waiting.get(digest)?.resolve();
            this.waiting.delete(digest);
            return file.bytesWritten;
        });
    }
    /** Resolves once the blob is in the spool (never rejects: a caller that must not wait for ever races it with an end). */
    stored(digest) {
        if (this.sizes.has(digest))
            return Promise.resolve();
        let waiting = this.waiting.get(digest);
        if (!waiting) {
            let resolve;
            const promise = new Promise((r) => (resolve = r));
            waiting = { promise, resolve };
            this.waiting.set(digest, waiting);
        }
        return waiting.promise;
    }
    /** Where a blob's bytes are, for the archive writer to read straight from (archive-file LocalFile). */
    file(digest) {
        this.size(digest);
        return { file: this.pathOf(digest) };
    }
    async remove() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(this.dir, { recursive: true, force: true, maxRetries: 3 });
    }
    pathOf(digest) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, (0,_image_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .digestHex */ .sU)(digest));
    }
}


/***/ }),

/***/ 9026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ ImageCollector)
/* harmony export */ });
class ImageCollector {
    spool;
    collected = [];
    sinks = 0;
    ended = false;
    endCopies;
    copiesEnded = new Promise((resolve) => (this.endCopies = resolve));
    constructor(spool) {
        this.spool = spool;
    }
    /** Images planned for the archive, in the order their sinks were made (the list's order), whatever order they were planned in. */
    get images() {
        return [...this.collected].sort((a, b) => a.order - b.order);
    }
    /** No blob will arrive any more (the transfer is over): a writer still waiting for one fails. */
    copiesDone() {
        this.ended = true;
        this.endCopies();
    }
    /**
     * Where a blob's bytes are once it is in the spool, for an archive that holds each blob once (the file
     * is deleted once copied); fails when the transfer ended without it (an image failed).
     */
    async blobFile(digest) {
        if (!this.spool.has(digest) && !this.ended)
            await Promise.race([this.spool.stored(digest), this.copiesEnded]);
        return { ...this.spool.file(digest), once: true };
    }
    sinkFor(repository, tag, name) {
        const order = this.sinks++;
        return new CollectingSink(name, (image) => this.collected.push({ ...image, order }), this.spool, repository, tag);
    }
}
class CollectingSink {
    name;
    collect;
    spool;
    repository;
    tag;
    constructor(name, collect, spool, repository, tag) {
        this.name = name;
        this.collect = collect;
        this.spool = spool;
        this.repository = repository;
        this.tag = tag;
    }
    /** An archive starts empty: nothing to skip. */
    async currentDigest() {
        return undefined;
    }
    putBlob(desc, open) {
        return this.spool.put(desc.digest, open);
    }
    /** The image is the archive's from when it is planned: an archive written as blobs arrive needs all its entries first. */
    planned(root) {
        this.collect({ repository: this.repository, tag: this.tag, root });
    }
    /** Manifests are written from the planned image's own bytes, in memory: nothing to store. */
    async putManifest() { }
}


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
