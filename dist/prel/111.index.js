export const id = 111;
export const ids = [111];
export const modules = {

/***/ 49111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./shared/action/action-io.ts
var action_io = __webpack_require__(75260);
// EXTERNAL MODULE: ./shared/image-list/image-list.ts
var image_list = __webpack_require__(48103);
// EXTERNAL MODULE: ./shared/action/inputs.ts
var action_inputs = __webpack_require__(21736);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/errors/errors.ts
var errors = __webpack_require__(81821);
;// CONCATENATED MODULE: ./shared/charts/addons-walk.ts



function byName(a, b) {
    return Buffer.compare(Buffer.from(a.name), Buffer.from(b.name));
}
function inside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..');
}
async function hasChartYaml(dir) {
    try {
        return (await (0,promises_.stat)((0,external_node_path_.join)(dir, 'Chart.yaml'))).isFile();
    }
    catch {
        return false;
    }
}
async function walkAddons(root, inputName, logger) {
    let rootReal;
    try {
        rootReal = await (0,promises_.realpath)(root);
        if (!(await (0,promises_.stat)(rootReal)).isDirectory())
            throw new errors/* ConfigurationError */.j1(`Input '${inputName}': ${root} is not a folder.`);
    }
    catch (err) {
        if (err instanceof errors/* ConfigurationError */.j1)
            throw err;
        throw new errors/* ConfigurationError */.j1(`Input '${inputName}': ${root} does not exist.`);
    }
    if (await hasChartYaml(rootReal))
        return [{ kind: 'helm-folder', path: root }];
    const found = [];
    const visited = new Set([rootReal]);
    const walk = async (dir) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1(`Cannot read folder ${dir}: ${err.message}`);
        }
        for (const entry of entries.sort(byName)) {
            if (entry.name.startsWith('.'))
                continue;
            const path = (0,external_node_path_.join)(dir, entry.name);
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                // A link is followed only when it stays inside the tree: charts must not pull files from elsewhere.
                const target = await (0,promises_.realpath)(path).catch(() => undefined);
                if (!target || !inside(rootReal, target)) {
                    logger.warning(`${path}: a link that leaves ${root} (or is broken) was skipped`);
                    continue;
                }
                const info = await (0,promises_.stat)(target);
                isDir = info.isDirectory();
                isFile = info.isFile();
            }
            if (isDir) {
                // A link back to a folder already walked would loop forever.
                const real = await (0,promises_.realpath)(path);
                if (visited.has(real))
                    continue;
                visited.add(real);
                if (await hasChartYaml(path))
                    found.push({ kind: 'helm-folder', path });
                else
                    await walk(path);
            }
            else if (isFile && /\.ya?ml$/.test(entry.name)) {
                found.push({ kind: 'yaml', path });
            }
            else if (isFile && entry.name.endsWith('.tgz')) {
                found.push({ kind: 'helm-archive', path });
            }
        }
    };
    await walk(root);
    return found;
}

// EXTERNAL MODULE: ./shared/charts/caicloud-scanner.ts
var caicloud_scanner = __webpack_require__(50423);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./shared/charts/k8s-manifests.ts
var k8s_manifests = __webpack_require__(44545);
;// CONCATENATED MODULE: ./shared/charts/helm-render.ts
// Optional `helm template` pass: renders a chart with its default values so images that templates
// compute (`{{ .Values.image.repository }}:{{ .Chart.AppVersion }}`) are found in the output manifests.






const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** A chart renders in well under a second; a minute means helm is stuck (e.g. on a lookup). */
const RENDER_TIMEOUT_MS = 60_000;
/** Rendered output of even the largest charts is a few MiB. */
const MAX_OUTPUT_BYTES = 64 << 20;
/** Whether an executable `helm` is on PATH (looked up, not run). */
async function helmAvailable() {
    const names = process.platform === 'win32' ? ['helm.exe', 'helm.cmd', 'helm'] : ['helm'];
    for (const dir of (process.env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean)) {
        for (const name of names) {
            if (await (0,promises_.access)((0,external_node_path_.join)(dir, name), promises_.constants.X_OK).then(() => true, () => false))
                return true;
        }
    }
    return false;
}
/**
 * `helm template prel-release <chart> --skip-tests`: no shell, bounded in time and output. Test hooks are
 * skipped, as the template scan skips them: `helm test` pods are not part of what gets delivered.
 */
async function renderHelmChart(chartPath) {
    try {
        const { stdout } = await run('helm', ['template', 'prel-release', chartPath, '--skip-tests'], {
            timeout: RENDER_TIMEOUT_MS,
            maxBuffer: MAX_OUTPUT_BYTES,
            encoding: 'utf8',
        });
        return stdout;
    }
    catch (err) {
        const failure = err;
        const why = failure.killed && failure.signal
            ? `timed out after ${RENDER_TIMEOUT_MS / 1000}s`
            : failure.stderr?.trim() || failure.message;
        throw new errors/* ConfigurationError */.j1(`${chartPath}: helm template failed: ${why}`, { file: chartPath });
    }
}
function imagesInRenderedChart(output, chartDisplay) {
    return (0,k8s_manifests/* imagesInManifests */.kE)(output, `${chartDisplay} (helm template)`, 'helm-render');
}

// EXTERNAL MODULE: ./shared/charts/helm-chart.ts
var helm_chart = __webpack_require__(90769);
// EXTERNAL MODULE: ./shared/image/reference.ts
var image_reference = __webpack_require__(97329);
;// CONCATENATED MODULE: ./shared/image-list/image-listing.ts
// list-images' work: walk the collected charts, find every image (Caicloud markers, Helm charts, plain
// manifests), validate each with its file and line, keep the first occurrence, then merge hand-kept lists.











const READ_CONCURRENCY = 16;
/** At most this many problems are reported one by one; the rest are counted. */
const MAX_REPORTED = 10;
async function readText(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`Cannot read ${(0,action_inputs/* displayPath */.Gt)(path)}: ${err.code ?? err.message}.`, {
            file: (0,action_inputs/* displayPath */.Gt)(path),
        });
    }
}
/** Why a found reference cannot go into a list, in the user's terms; undefined when it is fine. */
function referenceProblem(reference) {
    const placeholder = /\[\[[^\]]*\]\]|\[\[.*/.exec(reference);
    if (placeholder) {
        return `'${reference}' still holds the placeholder ${placeholder[0]}: package-time placeholders are filled by collect-charts (was this file collected?)`;
    }
    try {
        (0,image_reference/* parseReference */.F2)(reference);
        return undefined;
    }
    catch (err) {
        if (err instanceof image_reference/* InvalidReferenceError */.x_)
            return err.message;
        throw err;
    }
}
async function imagesIn(entry, markers, render, logger) {
    const display = (0,action_inputs/* displayPath */.Gt)(entry.path);
    if (entry.kind === 'yaml') {
        const text = await readText(entry.path);
        const found = (0,caicloud_scanner/* scanCaicloudText */.$)(text, markers).map((s) => ({ ...s, file: display, origin: 'caicloud' }));
        if ((0,k8s_manifests/* looksLikeManifest */.BG)(text))
            found.push(...(0,k8s_manifests/* imagesInManifests */.kE)(text, display));
        return found;
    }
    const chart = entry.kind === 'helm-folder' ? await (0,helm_chart/* readChartFolder */.z_)(entry.path, display) : await (0,helm_chart/* readChartArchive */.hR)(entry.path, display);
    for (const skipped of chart.skipped ?? [])
        logger.warning(`${display}/${skipped}: a link that leaves the chart was skipped`);
    const found = (0,helm_chart/* imagesInHelmChart */.iU)(chart);
    if (render) {
        if (await helmAvailable())
            found.push(...imagesInRenderedChart(await renderHelmChart(entry.path), display));
        else
            logger.warning(`render: true, but helm is not on PATH: ${display} was read without rendering`);
    }
    return found;
}
async function listImages(request) {
    const markers = new Map([...caicloud_scanner/* DEFAULT_MARKERS */.g, ...request.markers]);
    const entries = await walkAddons(request.addonsPath, request.addonsInput, request.logger);
    const perFile = new Map();
    const all = [];
    // Files are read in parallel (reading one at a time left the process waiting on the disk most of the
    // time), but their images are taken in walk order, and the first failure in walk order is reported.
    const limit = (0,p_limit/* default */.A)(READ_CONCURRENCY);
    const settled = await Promise.allSettled(entries.map((entry) => limit(() => imagesIn(entry, markers, request.render, request.logger))));
    settled.forEach((result, i) => {
        if (result.status === 'rejected')
            throw result.reason;
        perFile.set((0,action_inputs/* displayPath */.Gt)(entries[i].path), result.value.length);
        all.push(...result.value);
    });
    for (const list of request.extraLists) {
        const text = await readText(list);
        const entriesOfList = (0,image_list/* parseImageList */.B2)(text, list);
        perFile.set((0,action_inputs/* displayPath */.Gt)(list), entriesOfList.length);
        all.push(...entriesOfList.map((e) => ({ reference: e.text, file: (0,action_inputs/* displayPath */.Gt)(list), line: e.line, source: e.text, origin: 'extra-list' })));
    }
    const problems = [];
    const seen = new Set();
    const images = [];
    for (const image of all) {
        const problem = referenceProblem(image.reference);
        if (problem) {
            const where = `${image.file}${image.line ? `:${image.line}` : ''}`;
            problems.push(new errors/* ConfigurationError */.j1(`${where}: ${problem}`, { file: image.file.split(':')[0], line: image.line }));
            continue;
        }
        if (seen.has(image.reference))
            continue;
        seen.add(image.reference);
        images.push(image);
    }
    if (problems.length > 0) {
        // Each problem is annotated on its file; the step fails with the first and the count.
        for (const p of problems.slice(1, MAX_REPORTED))
            request.logger.error(p.message, { file: p.file, line: p.line });
        const [first] = problems;
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : '';
        throw new errors/* ConfigurationError */.j1(`${first.message}${more}; no list was written.`, { file: first.file, line: first.line });
    }
    return { images, perFile };
}

;// CONCATENATED MODULE: ./shared/image-list/image-list-file.ts
// Writing an image list (one reference per line, LF, final newline; or JSON with where each came from),
// and what changed against the list it replaces, for the reviewer of the archive PR.

function renderImageList(images, format) {
    if (format === 'json') {
        const records = images.map(({ reference, file, line, source, origin }) => ({ image: reference, file, line, source, origin }));
        return `${JSON.stringify(records, null, 2)}\n`;
    }
    return images.map((i) => `${i.reference}\n`).join('');
}
/** The list a run replaces (either format): its text and references, or undefined when there was none. */
async function previousImages(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        return undefined;
    }
    if (text.trimStart().startsWith('[')) {
        try {
            return { text, references: JSON.parse(text).map((r) => r.image) };
        }
        catch {
            // not our JSON: read it as a list
        }
    }
    const references = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
    return { text, references };
}
function listChanges(before, after) {
    const old = new Set(before ?? []);
    const now = new Set(after);
    return { added: after.filter((r) => !old.has(r)), removed: (before ?? []).filter((r) => !now.has(r)) };
}
/**
 * What rewriting the list did, in words: images added and removed, or, when the images are the same,
 * whether the file changed at all (order, comments, blank lines, trailing spaces) — "0 new, 0
 * removed" would hide a rewrite the PR shows.
 */
function describeListChange(before, after) {
    if (!before)
        return 'a new file';
    const { added, removed } = listChanges(before.references, after.references);
    if (added.length + removed.length > 0)
        return `${added.length} new, ${removed.length} removed`;
    if (before.text === after.text)
        return 'unchanged';
    if (before.references.join('\n') !== after.references.join('\n'))
        return 'the same images in another order';
    return 'the same images; only comments, blank lines or spaces changed';
}

// EXTERNAL MODULE: ./shared/action/logger.ts
var logger = __webpack_require__(49889);
// EXTERNAL MODULE: ./shared/files/atomic-write.ts
var atomic_write = __webpack_require__(16911);
// EXTERNAL MODULE: ./shared/errors/fs-errors.ts
var fs_errors = __webpack_require__(71373);
;// CONCATENATED MODULE: ./actions/list-images/src/inputs.ts
// list-images' inputs, read and checked once.

function getInputs() {
    return {
        addonsPath: (0,action_inputs/* workspacePath */.X5)((0,action_inputs/* getOptionalInput */.lI)('addons-path') ?? 'addons'),
        targetFile: (0,action_inputs/* workspacePath */.X5)((0,action_inputs/* getOptionalInput */.lI)('target-file') ?? 'images-lists/images_platform.list'),
        extraLists: (0,action_inputs/* getListInput */.DF)('extra-lists'),
        markers: (0,action_inputs/* getMapInput */.FW)('markers'),
        format: (0,action_inputs/* getEnumInput */.iv)('format', ['list', 'json'], 'list'),
        render: (0,action_inputs/* getBooleanInput */.Vt)('render', false),
        jobSummary: (0,action_inputs/* getBooleanInput */.Vt)('job-summary', true),
    };
}

;// CONCATENATED MODULE: ./actions/list-images/src/main.ts
// list-images: every image the collected charts use, merged with hand-kept lists, into one list file.










const TARGET_OWNER = { input: 'target-file' };
async function main_run() {
    await (0,action_io/* runAction */.Cs)(async () => {
        const inputs = getInputs();
        await (0,fs_errors/* assertWritable */.Bz)(inputs.targetFile, TARGET_OWNER);
        const extraLists = inputs.extraLists.length ? await (0,image_list/* expandListPaths */.LO)(inputs.extraLists, 'extra-lists') : [];
        const { images, perFile } = await logger/* actionsLogger */.M.group('Scan charts', () => listImages({
            addonsPath: inputs.addonsPath,
            addonsInput: 'addons-path',
            markers: inputs.markers,
            extraLists,
            render: inputs.render,
            logger: logger/* actionsLogger */.M,
        }));
        const before = await previousImages(inputs.targetFile);
        const text = renderImageList(images, inputs.format);
        await (0,atomic_write/* writeFileAtomic */.Zf)(inputs.targetFile, text, { owner: TARGET_OWNER });
        const references = images.map((i) => i.reference);
        const changes = listChanges(before?.references, references);
        const change = describeListChange(before, { text, references });
        const target = (0,action_inputs/* displayPath */.Gt)(inputs.targetFile);
        (0,action_io/* setOutputs */.n0)({
            count: images.length,
            'images-file': target,
            'images-json': JSON.stringify(images.map(({ reference, file, line, source, origin }) => ({ image: reference, file, line, source, origin }))),
        });
        const notes = [
            before === undefined
                ? `${target} is new.`
                : `Against the previous ${target}: ${change}.`,
            ...[...changes.removed.map((r) => `− <code>${r}</code>`), ...changes.added.map((r) => `+ <code>${r}</code>`)].slice(0, 100),
        ];
        // Summaries are capped at 1 MiB: the full diff is in the PR; here the first hundred changes.
        if (changes.added.length + changes.removed.length > 100)
            notes.push(`… and ${changes.added.length + changes.removed.length - 100} more`);
        await (0,action_io/* writeSummary */.Sy)(inputs.jobSummary, `list-images: ${images.length} images in ${target}`, ['file', 'images'], [...perFile].filter(([, n]) => n > 0), notes);
        core/* info */.pq(`${images.length} images written to ${target} (${change})`);
    });
}


/***/ }),

/***/ 50423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ scanCaicloudText),
/* harmony export */   g: () => (/* binding */ DEFAULT_MARKERS)
/* harmony export */ });
// Finds images in Caicloud chart files the way the team's lists were made (docs caicloud-format.md §5):
// a text scan for deploy-time registry markers (`[[ registry_release ]]/x` → `release/x`), on every line
// (image fields, args, env values, JSON inside block scalars), without YAML parsing — but with clean
// extraction (no quotes, commas or trailing spaces) and validation of what it finds.
const DEFAULT_MARKERS = new Map([
    ['registry_release', 'release'],
    ['registry_library', 'library'],
    // Legacy names (2018, before v2.7.0).
    ['g_registry_prefix_release', 'release'],
    ['g_registry_prefix_library', 'library'],
]);
const MARKER = /\[\[\s*([A-Za-z0-9_]+)\s*\]\]\//g;
// Non-ASCII is taken in too: `release/élan:v1` must be reported as written, not cut short to `release/`.
const REF_CHAR = /[A-Za-z0-9._/:@-]|[^\x00-\x7f]/u;
/** Where an unquoted `#` starts a comment on the line, or the line's length. */
function commentStart(line) {
    let quote;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
        }
        else if (c === "'" || c === '"') {
            quote = c;
        }
        else if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) {
            return i;
        }
    }
    return line.length;
}
/** The reference after a marker: the longest run of reference characters, `[[ … ]]` groups included. */
function referenceAt(line, start) {
    let end = start;
    while (end < line.length) {
        if (line.startsWith('[[', end)) {
            const close = line.indexOf(']]', end + 2);
            if (close < 0)
                break;
            end = close + 2;
        }
        else if (REF_CHAR.test(line[end])) {
            end++;
        }
        else {
            break;
        }
    }
    return line.slice(start, end);
}
function scanCaicloudText(text, markers = DEFAULT_MARKERS) {
    const found = [];
    const lines = text.split('\n');
    lines.forEach((raw, index) => {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (!line.includes('[[') || line.trimStart().startsWith('#'))
            return;
        const limit = commentStart(line);
        for (const match of line.matchAll(MARKER)) {
            if (match.index >= limit)
                break;
            const project = markers.get(match[1]);
            if (project === undefined)
                continue; // another deploy-time value, e.g. [[ compassWebEndpoint ]]/hodor
            const rest = referenceAt(line, match.index + match[0].length);
            found.push({ reference: `${project}/${rest}`, line: index + 1, source: line.trim() });
        }
    });
    return found;
}


/***/ }),

/***/ 90769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hR: () => (/* binding */ readChartArchive),
/* harmony export */   iU: () => (/* binding */ imagesInHelmChart),
/* harmony export */   z_: () => (/* binding */ readChartFolder)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81821);
/* harmony import */ var _tar_tar_reader_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44077);
/* harmony import */ var _k8s_manifests_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44545);
// Finds images in a Helm chart without rendering it (folder or .tgz, subcharts included): Chart.yaml image
// annotations, image fields in values.yaml, and literal `image:` lines in templates. Rendering with helm
// (helm-render.ts) is the optional complement for images that only templates compute.
//
// Out of scope, on purpose: parent values overriding a subchart's values (each chart is read with its own
// values.yaml and appVersion), `condition`/`tags` that disable subcharts (every vendored subchart is
// listed: an extra image costs less offline than a missing one), and dependencies not vendored under
// `charts/` (run `helm dependency build` first).






const byPath = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
// ---------------------------------------------------------------------------------------- reading
function isInside(root, path) {
    return path === root || path.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
}
async function readChartFolder(dir, display) {
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(dir);
    const files = new Map();
    const skipped = [];
    const visited = new Set([root]); // real folder paths, so a link back up cannot loop
    const walk = async (folder, relative) => {
        const entries = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(folder, { withFileTypes: true })).sort((a, b) => byPath(a.name, b.name));
        for (const entry of entries) {
            if (entry.name === '.git')
                continue;
            const rel = relative ? `${relative}/${entry.name}` : entry.name;
            let path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, entry.name);
            let info = entry;
            if (entry.isSymbolicLink()) {
                const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(path).catch(() => undefined);
                if (!target || !isInside(root, target)) {
                    skipped.push(rel);
                    continue;
                }
                path = target;
                info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target);
            }
            if (info.isDirectory()) {
                if (visited.has(path))
                    continue;
                visited.add(path);
                await walk(path, rel);
            }
            else if (info.isFile()) {
                files.set(rel, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path));
            }
        }
    };
    await walk(root, '');
    return { root: display, files, skipped };
}
/** Why an archive entry path may not be unpacked, or undefined when it stays inside the folder. */
function escapes(path, type) {
    if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\'))
        return 'an absolute path';
    if (path.split(/[\\/]/).includes('..'))
        return "a '..' component";
    if (type === 'symlink' || type === 'hardlink')
        return `a ${type}`;
    return undefined;
}
/** A chart from .tgz bytes: one top folder `<chart>/…`, stripped (as Helm does). */
function chartFromArchive(bytes, display) {
    let entries;
    try {
        entries = (0,_tar_tar_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .readTar */ .sB)(bytes);
    }
    catch (err) {
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${display}: not a readable chart archive: ${(0,_errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`, { file: display });
    }
    const files = new Map();
    let top;
    for (const entry of entries) {
        const why = escapes(entry.path, entry.type);
        if (why) {
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${display}: archive entry '${entry.path}' is ${why}; archive entries that escape the chart folder are rejected`, { file: display });
        }
        const parts = entry.path.split('/').filter((part) => part !== '' && part !== '.');
        if (parts.length === 0)
            continue;
        if (top !== undefined && parts[0] !== top) {
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${display}: not a Helm chart archive: entries under both '${top}/' and '${parts[0]}/'`, { file: display });
        }
        top = parts[0];
        if (entry.type !== 'file')
            continue; // folders are implied; devices and fifos have no place in a chart
        if (parts.length === 1) {
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${display}: not a Helm chart archive: '${entry.path}' is not inside a chart folder`, { file: display });
        }
        files.set(parts.slice(1).join('/'), entry.data);
    }
    if (top === undefined)
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${display}: not a Helm chart archive: it is empty`, { file: display });
    return { root: `${display}:${top}`, files };
}
async function readChartArchive(file, display) {
    return chartFromArchive(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file), display);
}
// ---------------------------------------------------------------------------------------- YAML
function resolve(node, doc) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isAlias */ .Vj)(node) ? node.resolve(doc) : node;
}
/** A scalar as written: `tag: 1.10` is the text "1.10", not the number 1.1. */
function scalarText(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    if (typeof node.value === 'string')
        return node.value.trim();
    return node.type === 'PLAIN' && node.source !== undefined ? node.source : String(node.value);
}
function parseChartYaml(chart, name) {
    const bytes = chart.files.get(name);
    return bytes && (0,_k8s_manifests_js__WEBPACK_IMPORTED_MODULE_5__/* .parseYaml */ .hN)(bytes.toString('utf8'), `${chart.root}/${name}`);
}
// ---------------------------------------------------------------------------------------- Chart.yaml
const IMAGE_ANNOTATIONS = ['artifacthub.io/images', 'helm.sh/images'];
/** Each annotation is a YAML string holding a list of `{name, image, …}`. */
function annotationImages(chart, parsed, meta) {
    const file = `${chart.root}/Chart.yaml`;
    const annotations = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(meta) ? meta.get('annotations', true) : undefined;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(annotations))
        return [];
    const found = [];
    for (const key of IMAGE_ANNOTATIONS) {
        const value = annotations.get(key, true);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(value) || typeof value.value !== 'string' || !value.range)
            continue;
        // A literal block keeps its lines, so inner line n is n lines below the `|`; other styles are
        // usually one line, and folded text has lost its line breaks anyway.
        const at = parsed.lineOf(value.range[0]);
        const inner = (0,_k8s_manifests_js__WEBPACK_IMPORTED_MODULE_5__/* .parseYaml */ .hN)(value.value, file, value.type === 'BLOCK_LITERAL' ? at + 1 : at);
        for (const doc of inner.documents) {
            const list = doc.contents;
            if (list === null)
                continue;
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(list)) {
                throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${file}:${at}: annotation '${key}' must be a YAML list of {name, image}`, { file, line: at });
            }
            for (const item of list.items) {
                const image = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(item) ? item.get('image', true) : undefined;
                const reference = (0,_k8s_manifests_js__WEBPACK_IMPORTED_MODULE_5__/* .literalImage */ .T5)(image);
                if (!reference || !(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(image) || !image.range)
                    continue;
                const line = inner.lineOf(image.range[0]);
                found.push({ reference, file, line, source: inner.sourceLine(line) || `${key}: ${reference}`, origin: 'helm-annotation' });
            }
        }
    }
    return found;
}
// ---------------------------------------------------------------------------------------- values.yaml
/** `image`, and keys like `initImage` or `sidecarimage`. */
const IMAGE_KEY = /image$/i;
const IMAGE_MAP_FIELDS = ['registry', 'repository', 'image', 'tag', 'digest'];
/**
 * An image map `{registry, repository|image, tag, digest}` as one reference, or 'skip' when it is
 * templated or has no repository. An empty tag takes appVersion, unless a digest pins the image
 * (then `repo@digest`, as charts that support digests render it).
 */
function imageFromMap(map, doc, appVersion) {
    const fields = {};
    for (const name of IMAGE_MAP_FIELDS) {
        const text = scalarText(resolve(map.get(name, true), doc));
        if (text?.includes('{{'))
            return 'skip';
        if (text)
            fields[name] = text;
    }
    const repository = fields.repository ?? fields.image;
    if (!repository)
        return 'skip';
    const tag = fields.tag ?? (fields.digest ? undefined : appVersion);
    const registry = fields.registry?.replace(/\/+$/, '');
    const reference = `${registry ? `${registry}/` : ''}${repository}${tag ? `:${tag}` : ''}${fields.digest ? `@${fields.digest}` : ''}`;
    const shown = Object.entries(fields).map(([k, v]) => `${k}: ${v}`);
    if (!fields.tag && tag)
        shown.push(`tag: ${tag} (appVersion)`);
    return { reference, detail: `{${shown.join(', ')}}` };
}
function valuesImages(chart, appVersion) {
    const parsed = parseChartYaml(chart, 'values.yaml');
    if (!parsed)
        return [];
    const file = `${chart.root}/values.yaml`;
    const found = [];
    for (const doc of parsed.documents) {
        // Aliases are not followed by the walk (the anchored node is visited where it is defined), only
        // when they are an image field's value.
        const walk = (node, path) => {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(node))
                node.items.forEach((item, i) => walk(item, `${path}[${i}]`));
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node))
                return;
            for (const pair of node.items) {
                const key = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '';
                const keyPath = path ? `${path}.${key}` : key;
                const line = parsed.lineOf(pair.key?.range?.[0] ?? 0);
                const value = resolve(pair.value, doc);
                if (key && IMAGE_KEY.test(key) && (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(value)) {
                    const reference = (0,_k8s_manifests_js__WEBPACK_IMPORTED_MODULE_5__/* .literalImage */ .T5)(value);
                    if (reference)
                        found.push({ reference, file, line, source: parsed.sourceLine(line), origin: 'helm-values' });
                    continue;
                }
                if (key && IMAGE_KEY.test(key) && (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(value) && IMAGE_MAP_FIELDS.some((f) => value.has(f))) {
                    const image = imageFromMap(value, doc, appVersion);
                    if (image !== 'skip')
                        found.push({ reference: image.reference, file, line, source: `${keyPath}: ${image.detail}`, origin: 'helm-values' });
                    continue;
                }
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isAlias */ .Vj)(pair.value))
                    walk(pair.value, keyPath);
            }
        };
        walk(doc.contents, '');
    }
    return found;
}
// ---------------------------------------------------------------------------------------- templates
/** `image: <literal>`, quoted or not, optionally as a list item, optionally followed by a comment. */
const TEMPLATE_IMAGE = /^\s*(?:-\s+)?["']?image["']?\s*:\s*(?:"([^"]*)"|'([^']*)'|([^\s"'#]+))\s*(?:#.*)?$/;
/** `helm test` pods (the `helm create` scaffold's `image: busybox`) are not part of the release. */
const TEST_HOOK = /helm\.sh\/hook["']?\s*:\s*["']?test(?:-success)?\b/;
function templateImages(chart) {
    const found = [];
    const templates = [...chart.files.keys()].filter((p) => p.startsWith('templates/') && /\.(ya?ml|tpl)$/.test(p)).sort(byPath);
    for (const path of templates) {
        const text = chart.files.get(path).toString('utf8');
        if (TEST_HOOK.test(text))
            continue;
        text.split(/\r?\n/).forEach((source, i) => {
            if (source.includes('{{'))
                return;
            const match = TEMPLATE_IMAGE.exec(source);
            const reference = (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
            if (reference)
                found.push({ reference, file: `${chart.root}/${path}`, line: i + 1, source: source.trim(), origin: 'helm-template' });
        });
    }
    return found;
}
// ---------------------------------------------------------------------------------------- subcharts
/** Vendored subcharts: folders `charts/<sub>/` with a Chart.yaml, and `charts/<sub>.tgz`. */
function subcharts(chart) {
    const found = [];
    const folders = new Set();
    for (const path of [...chart.files.keys()].sort(byPath)) {
        const match = /^charts\/([^/]+)\/Chart\.yaml$/.exec(path);
        if (match)
            folders.add(match[1]);
        else if (/^charts\/[^/]+\.tgz$/.test(path))
            found.push(chartFromArchive(chart.files.get(path), `${chart.root}/${path}`));
    }
    for (const name of folders) {
        const prefix = `charts/${name}/`;
        const files = new Map();
        for (const [path, data] of chart.files)
            if (path.startsWith(prefix))
                files.set(path.slice(prefix.length), data);
        found.push({ root: `${chart.root}/charts/${name}`, files });
    }
    return found.sort((a, b) => byPath(a.root, b.root));
}
// ---------------------------------------------------------------------------------------- the chart
/** Images of a chart and its subcharts: annotations, values, templates, then each subchart in name order. */
function imagesInHelmChart(chart) {
    const parsed = parseChartYaml(chart, 'Chart.yaml');
    if (!parsed)
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${chart.root}: not a Helm chart (no Chart.yaml)`, { file: chart.root });
    const meta = parsed.documents[0]?.contents;
    const appVersion = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(meta) ? scalarText(meta.get('appVersion', true)) : undefined;
    return [
        ...annotationImages(chart, parsed, meta),
        ...valuesImages(chart, appVersion || undefined),
        ...templateImages(chart),
        ...subcharts(chart).flatMap(imagesInHelmChart),
    ];
}


/***/ }),

/***/ 44545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ looksLikeManifest),
/* harmony export */   T5: () => (/* binding */ literalImage),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   kE: () => (/* binding */ imagesInManifests)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_yaml_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2086);
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81821);
// Finds container images in plain Kubernetes manifests (and in `helm template` output, which is the
// same thing): every container, initContainer and ephemeralContainer of each workload's pod spec.



/** Kind → path from the object to its pod spec. */
const POD_SPEC_PATHS = {
    Pod: ['spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    ReplicationController: ['spec', 'template', 'spec'],
};
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];
/**
 * Parses a (multi-document) YAML file; a syntax error is the user's to fix, so it is a
 * ConfigurationError `<file>:<line>: invalid YAML: <reason>`. Shared with the Helm chart reader, which
 * also parses YAML held in a string inside another file: `firstLine` is where that text starts.
 */
function parseYaml(text, file, firstLine = 1) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    // prettyErrors off: the message stays the bare reason, the line comes from the counter.
    const documents = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { lineCounter, prettyErrors: false, merge: true });
    const lines = text.split(/\r?\n/);
    const lineOf = (offset) => lineCounter.linePos(offset).line + firstLine - 1;
    for (const doc of documents) {
        const error = doc.errors[0];
        if (error) {
            const { offset, message } = (0,_errors_yaml_error_js__WEBPACK_IMPORTED_MODULE_2__/* .describeYamlError */ .r)(error, text);
            const line = lineOf(offset);
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file}:${line}: invalid YAML: ${message}`, { file, line });
        }
    }
    return { documents: [...documents], lineOf, sourceLine: (line) => (lines[line - firstLine] ?? '').trim() };
}
/** True when some document of the file has `apiVersion:` and `kind:` at column 0: worth parsing as a manifest. */
function looksLikeManifest(text) {
    return text.split(/^---.*$/m).some((doc) => /^apiVersion:/m.test(doc) && /^kind:/m.test(doc));
}
/** A usable literal image string, or undefined for empty, non-string and templated values. */
function literalImage(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || typeof node.value !== 'string')
        return undefined;
    const value = node.value.trim();
    return value === '' || value.includes('{{') ? undefined : value;
}
function nodeAt(node, path) {
    let at = node;
    for (const key of path) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(at))
            return undefined;
        at = at.get(key, true);
    }
    return at;
}
/** `helm template` marks each document with `# Source: <chart>/templates/<file>`. */
function helmSource(doc) {
    const comment = [doc.commentBefore, doc.contents?.commentBefore].filter(Boolean).join('\n');
    return /^\s*Source:\s*(\S+)/m.exec(comment)?.[1];
}
function imagesInManifests(text, file, origin = 'manifest') {
    const parsed = parseYaml(text, file);
    const found = [];
    const visit = (object, template) => {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(object))
            return;
        const kind = object.get('kind');
        if (kind === 'List') {
            const items = object.get('items', true);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(items))
                items.items.forEach((item) => visit(item, template));
            return;
        }
        const path = typeof kind === 'string' ? POD_SPEC_PATHS[kind] : undefined;
        const podSpec = path && nodeAt(object, path);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(podSpec))
            return;
        // The spec's own key order, so images come out in document order.
        for (const pair of podSpec.items) {
            const containers = pair.value;
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) || !CONTAINER_LISTS.includes(String(pair.key.value)) || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(containers))
                continue;
            for (const container of containers.items) {
                const image = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(container) ? container.get('image', true) : undefined;
                const reference = literalImage(image);
                if (!reference || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(image) || !image.range)
                    continue;
                const line = parsed.lineOf(image.range[0]);
                const source = parsed.sourceLine(line);
                found.push({ reference, file, line, source: template ? `${source} (${template})` : source, origin });
            }
        }
    };
    for (const doc of parsed.documents)
        visit(doc.contents, origin === 'helm-render' ? helmSource(doc) : undefined);
    return found;
}


/***/ }),

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

/***/ 44077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q5: () => (/* binding */ paxRecords),
/* harmony export */   QE: () => (/* binding */ TYPES),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Wo: () => (/* binding */ octal),
/* harmony export */   sB: () => (/* binding */ readTar)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
// Reads a small tar (optionally gzip'd) held in memory into its entries: Helm chart archives, and tests
// that check exactly what an archive holds (names, order, types, modes, owners, mtimes, contents).

/** Charts are kilobytes; anything near this is not a chart (or is a decompression bomb). */
const MAX_TAR_BYTES = 512 << 20;
const TYPES = { '0': 'file', '\0': 'file', '1': 'hardlink', '2': 'symlink', '5': 'directory' };
function text(block, offset, length) {
    const field = block.subarray(offset, offset + length);
    const end = field.indexOf(0);
    return field.subarray(0, end < 0 ? length : end).toString('utf8');
}
function octal(block, offset, length) {
    return parseInt(text(block, offset, length).trim() || '0', 8);
}
function paxRecords(data) {
    const records = {};
    for (let at = 0; at < data.length;) {
        const space = data.indexOf(0x20, at);
        const length = Number(data.subarray(at, space).toString('ascii'));
        const record = data.subarray(space + 1, at + length - 1).toString('utf8');
        const eq = record.indexOf('=');
        records[record.slice(0, eq)] = record.slice(eq + 1);
        at += length;
    }
    return records;
}
function readTar(bytes) {
    const tar = bytes[0] === 0x1f && bytes[1] === 0x8b ? (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(bytes, { maxOutputLength: MAX_TAR_BYTES }) : bytes;
    const entries = [];
    let pax = {};
    let longName;
    let longLink;
    for (let offset = 0; offset + 512 <= tar.length;) {
        const header = tar.subarray(offset, offset + 512);
        if (header.every((b) => b === 0))
            break;
        if (!text(header, 257, 6).startsWith('ustar'))
            throw new Error(`not a tar archive (bad header at byte ${offset})`);
        const size = octal(header, 124, 12);
        if (offset + 512 + size > tar.length)
            throw new Error(`tar archive is truncated (entry at byte ${offset})`);
        const data = tar.subarray(offset + 512, offset + 512 + size);
        offset += 512 + Math.ceil(size / 512) * 512;
        const typeflag = String.fromCharCode(header[156]);
        if (typeflag === 'x') {
            pax = paxRecords(data);
            continue;
        }
        if (typeflag === 'g')
            continue; // global PAX header: nothing prel needs from it
        if (typeflag === 'L' || typeflag === 'K') {
            // GNU long name / long link for the next entry
            const value = data.toString('utf8').replace(/\0+$/, '');
            if (typeflag === 'L')
                longName = value;
            else
                longLink = value;
            continue;
        }
        const prefix = text(header, 345, 155);
        const name = text(header, 0, 100);
        entries.push({
            path: pax.path ?? longName ?? (prefix ? `${prefix}/${name}` : name),
            type: TYPES[typeflag] ?? 'other',
            mode: octal(header, 100, 8),
            uid: octal(header, 108, 8),
            gid: octal(header, 116, 8),
            mtime: octal(header, 136, 12),
            linkname: pax.linkpath ?? longLink ?? text(header, 157, 100),
            data: Buffer.from(data),
        });
        pax = {};
        longName = undefined;
        longLink = undefined;
    }
    return entries;
}


/***/ })

};
