export const id = 581;
export const ids = [581];
export const modules = {

/***/ 97581:
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
// EXTERNAL MODULE: ./shared/errors/fs-errors.ts
var fs_errors = __webpack_require__(71373);
// EXTERNAL MODULE: ./shared/action/inputs.ts
var action_inputs = __webpack_require__(21736);
// EXTERNAL MODULE: ./shared/action/logger.ts
var logger = __webpack_require__(49889);
// EXTERNAL MODULE: ./shared/release/charts-list.ts
var charts_list = __webpack_require__(94148);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./shared/charts/helm-chart.ts
var helm_chart = __webpack_require__(90769);
// EXTERNAL MODULE: ./shared/errors/errors.ts
var errors = __webpack_require__(81821);
// EXTERNAL MODULE: ./shared/release/placeholders.ts
var placeholders = __webpack_require__(41124);
;// CONCATENATED MODULE: ./shared/release/collect.ts
// collect-charts' work: fetch every resource at its pinned tag, fill the package-time placeholders, and
// write <addons>/<targetPath>/<basename>, all into a staging folder swapped in at the end — a failed run
// leaves addons-path as it was.








/** The TagOfRepo map: each repository name → its tag (the first entry of a repository listed twice). */
function tagsByRepoName(entries) {
    const map = new Map();
    for (const entry of entries)
        if (entry.tag && !map.has(entry.name))
            map.set(entry.name, entry.tag);
    return map;
}
function isText(bytes) {
    return !bytes.subarray(0, 8000).includes(0);
}
async function listFiles(root) {
    const out = [];
    const walk = async (dir) => {
        for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => [])) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory())
                await walk(path);
            else
                out.push((0,external_node_path_.relative)(root, path).split('\\').join('/'));
        }
    };
    await walk(root);
    return out.sort();
}
async function collectCharts(request) {
    const { entries, logger } = request;
    const tagOfRepo = tagsByRepoName(entries);
    const wanted = entries.filter((e) => e.resourcePaths.length > 0);
    for (const entry of wanted) {
        if (!entry.tag) {
            throw new errors/* ConfigurationError */.j1(`${request.releaseFile}:${entry.line}: ${entry.repositoryFullName} has no tag: run resolve-tags first, or pin one.`, {
                file: request.releaseFile,
                line: entry.line,
            });
        }
    }
    const parent = (0,external_node_path_.dirname)(request.addonsPath);
    await (0,promises_.mkdir)(parent, { recursive: true });
    const staging = (0,external_node_path_.join)(parent, `.${(0,external_node_path_.basename)(request.addonsPath)}.prel-staging-${process.pid}`);
    await (0,promises_.rm)(staging, { recursive: true, force: true });
    try {
        if (!request.clean)
            await (0,promises_.cp)(request.addonsPath, staging, { recursive: true }).catch(() => (0,promises_.mkdir)(staging, { recursive: true }));
        else
            await (0,promises_.mkdir)(staging, { recursive: true });
        const claimed = new Map();
        const files = [];
        const claim = (path, what) => {
            const earlier = claimed.get(path);
            if (earlier)
                throw new errors/* ConfigurationError */.j1(`${what} and ${earlier} both land on ${external_node_path_.posix.join((0,external_node_path_.basename)(request.addonsPath), path)}.`);
            claimed.set(path, what);
        };
        const limit = (0,p_limit/* default */.A)(request.concurrency);
        // Every fetch settles before the staging folder is removed, so none writes into it afterwards.
        const settled = await Promise.allSettled(wanted.map((entry) => limit(async () => {
            try {
                const source = request.sourceFor(entry);
                const tag = entry.tag;
                if (entry.commit) {
                    const now = await source.resolveTag(tag);
                    if (now !== entry.commit) {
                        throw new errors/* ConfigurationError */.j1(`${request.releaseFile}:${entry.line}: tag ${tag} of ${source.label} ${now ? `now points to ${now.slice(0, 12)}` : 'no longer exists'}, not ${entry.commit.slice(0, 12)} as resolved: run resolve-tags again and review the change.`, { file: request.releaseFile, line: entry.line });
                    }
                }
                for (const resource of entry.resourcePaths) {
                    const what = `${source.label}@${tag}:${resource}`;
                    const target = external_node_path_.posix.join(entry.targetPath, external_node_path_.posix.basename(resource));
                    const fill = (bytes, file) => isText(bytes) ? Buffer.from((0,placeholders/* fillPlaceholders */.C)(bytes.toString('utf8'), tag, tagOfRepo, file)) : bytes;
                    const file = await source.readFile(tag, resource);
                    if (file) {
                        claim(target, what);
                        const out = (0,external_node_path_.join)(staging, target);
                        await (0,promises_.mkdir)((0,external_node_path_.dirname)(out), { recursive: true });
                        if (resource.endsWith('.tgz')) {
                            await (0,promises_.writeFile)(out, file);
                            await (0,helm_chart/* readChartArchive */.hR)(out, what); // refuses entries that escape the chart folder
                        }
                        else {
                            await (0,promises_.writeFile)(out, fill(file, what));
                        }
                        files.push({ path: target, repository: source.label, tag, resource });
                        continue;
                    }
                    const folder = await source.readFolder(tag, resource);
                    if (!folder)
                        throw new errors/* ConfigurationError */.j1(`${what}: no such file or folder at tag ${tag}.`);
                    for (const [inner, bytes] of [...folder].sort(([a], [b]) => (a < b ? -1 : 1))) {
                        const path = external_node_path_.posix.join(target, inner);
                        if (external_node_path_.posix.normalize(path).startsWith('..') || external_node_path_.posix.isAbsolute(inner) || inner.split('/').includes('..')) {
                            throw new errors/* ConfigurationError */.j1(`${what}: '${inner}' escapes the folder.`);
                        }
                        claim(path, `${what}/${inner}`);
                        const out = (0,external_node_path_.join)(staging, path);
                        await (0,promises_.mkdir)((0,external_node_path_.dirname)(out), { recursive: true });
                        await (0,promises_.writeFile)(out, fill(bytes, `${what}/${inner}`));
                        files.push({ path, repository: source.label, tag, resource: `${resource}/${inner}` });
                    }
                }
            }
            catch (err) {
                throw (0,charts_list/* atEntry */.Mv)(err, request.releaseFile, entry);
            }
        })));
        const failure = settled.find((r) => r.status === 'rejected');
        if (failure)
            throw failure.reason;
        const before = await listFiles(request.addonsPath);
        const produced = new Set(files.map((f) => f.path));
        const removed = request.clean ? before.filter((f) => !produced.has(f)) : [];
        await swapInto(staging, request.addonsPath);
        files.sort((a, b) => (a.path < b.path ? -1 : 1));
        logger.info(`${files.length} files collected into ${request.addonsPath}${removed.length ? `, ${removed.length} removed` : ''}`);
        return { files, removed };
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
/** Replaces `target` by `staging` with two renames, so readers see the old tree or the new one. */
async function swapInto(staging, target) {
    const old = `${target}.prel-old-${process.pid}`;
    await (0,promises_.rm)(old, { recursive: true, force: true });
    const existing = await (0,promises_.lstat)(target).catch(() => undefined);
    // Only a folder is swapped out (and then removed): anything else at the path is the user's.
    if (existing && !existing.isDirectory())
        throw new errors/* ConfigurationError */.j1(`'${(0,action_inputs/* displayPath */.Gt)(target)}' is a file, not a folder; it was left as it is.`);
    const hadOld = existing !== undefined;
    if (hadOld)
        await (0,promises_.rename)(target, old);
    try {
        await (0,promises_.rename)(staging, target);
    }
    catch (err) {
        if (hadOld)
            await (0,promises_.rename)(old, target);
        throw err;
    }
    if (hadOld)
        await (0,promises_.rm)(old, { recursive: true, force: true });
}

// EXTERNAL MODULE: ./shared/release/component-sources.ts + 1 modules
var component_sources = __webpack_require__(82225);
;// CONCATENATED MODULE: ./actions/collect-charts/src/inputs.ts
// collect-charts' inputs, read and checked once.

function getInputs() {
    return {
        releaseCharts: (0,action_inputs/* workspacePath */.X5)((0,action_inputs/* getOptionalInput */.lI)('release-charts') ?? 'release_charts.yaml'),
        addonsPath: (0,action_inputs/* workspacePath */.X5)((0,action_inputs/* getOptionalInput */.lI)('addons-path') ?? 'addons'),
        githubToken: (0,action_inputs/* getSecretInput */.zn)('github-token'),
        clean: (0,action_inputs/* getBooleanInput */.Vt)('clean', true),
        concurrency: (0,action_inputs/* getIntInput */.ML)('concurrency', 4, { min: 1, max: 32 }),
        jobSummary: (0,action_inputs/* getBooleanInput */.Vt)('job-summary', true),
    };
}

;// CONCATENATED MODULE: ./actions/collect-charts/src/main.ts
// collect-charts: every chart file at its pinned tag, placeholders filled, into addons-path.









async function run() {
    await (0,action_io/* runAction */.Cs)(async () => {
        const inputs = getInputs();
        const list = await (0,charts_list/* readChartsListFile */.Sb)(inputs.releaseCharts, 'release-charts');
        const addonsOwner = { input: 'addons-path' };
        // A file at addons-path is refused before anything is fetched: it is the user's, never replaced.
        await (0,fs_errors/* assertWritableFolder */.lt)(inputs.addonsPath, addonsOwner);
        const sources = new component_sources/* ComponentSources */.g({ token: inputs.githubToken, logger: logger/* actionsLogger */.M });
        try {
            const outcome = await logger/* actionsLogger */.M.group('Collect charts', () => (0,fs_errors/* writingTo */.gC)(inputs.addonsPath, addonsOwner, () => collectCharts({
                entries: list.entries,
                releaseFile: list.file,
                addonsPath: inputs.addonsPath,
                clean: inputs.clean,
                concurrency: inputs.concurrency,
                sourceFor: (entry) => sources.for(entry),
                logger: logger/* actionsLogger */.M,
            })));
            const addons = (0,action_inputs/* displayPath */.Gt)(inputs.addonsPath);
            (0,action_io/* setOutputs */.n0)({ files: outcome.files.length, 'files-json': JSON.stringify(outcome.files) });
            await (0,action_io/* writeSummary */.Sy)(inputs.jobSummary, `collect-charts: ${outcome.files.length} files into ${addons}`, ['file', 'component', 'tag'], outcome.files.map((f) => [`${addons}/${f.path}`, f.repository, f.tag]), outcome.removed.length ? [`Removed (no longer produced): ${outcome.removed.map((r) => `<code>${r}</code>`).join(', ')}`] : []);
            core/* info */.pq(`${outcome.files.length} files written to ${addons}${outcome.removed.length ? `, ${outcome.removed.length} removed` : ''}`);
        }
        finally {
            await sources.close();
        }
    });
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


/***/ })

};
