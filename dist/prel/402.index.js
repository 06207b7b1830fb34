export const id = 402;
export const ids = [402];
export const modules = {

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

/***/ 79322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Ut: () => (/* binding */ checksumLine),
/* harmony export */   cV: () => (/* binding */ checksumsText),
/* harmony export */   jz: () => (/* binding */ verifiedReadStream),
/* harmony export */   yk: () => (/* binding */ parseChecksums)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _tar_tar_writer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37581);
// sha256sum-compatible checksums for a bundle: files hashed by streaming them, the `SHA256SUMS` text
// (`sha256sum -c` reads it inside the bundle folder) and the one-line `<archive>.sha256` beside it.




async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * The file's bytes as a stream that fails at its end unless they hash to `sha256`: a file changed
 * after SHA256SUMS was computed must not end up in a bundle whose SHA256SUMS says otherwise.
 */
function verifiedReadStream(file, sha256, changed) {
    return node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from((async function* () {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file)) {
            hash.update(chunk);
            yield chunk;
        }
        if (hash.digest('hex') !== sha256)
            throw changed();
    })(), { objectMode: false });
}
/** One `sha256sum` line; names with a backslash or newline are escaped the way GNU sha256sum does. */
function checksumLine(sha256, name) {
    if (!/[\\\n]/.test(name))
        return `${sha256}  ${name}\n`;
    return `\\${sha256}  ${name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}\n`;
}
/** SHA256SUMS: one line per file, sorted byte-wise by path, like the tar entries. */
function checksumsText(files) {
    return [...files]
        .sort((a, b) => (0,_tar_tar_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .compareTarPaths */ .z)(a.path, b.path))
        .map((f) => checksumLine(f.sha256, f.path))
        .join('');
}
/** SHA256SUMS back into path → hex (`<hex>  <path>` or `<hex> *<path>`; escaped names unescaped). */
function parseChecksums(text) {
    const sums = new Map();
    for (const raw of text.split('\n')) {
        const escaped = raw.startsWith('\\');
        const line = escaped ? raw.slice(1) : raw;
        const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
        if (!match)
            continue;
        const name = escaped ? match[2].replace(/\\(\\|n)/g, (_, c) => (c === 'n' ? '\n' : '\\')) : match[2];
        sums.set(name, match[1]);
    }
    return sums;
}


/***/ }),

/***/ 76422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aj: () => (/* binding */ bundleMode),
/* harmony export */   b3: () => (/* binding */ CHECKSUM_FILE),
/* harmony export */   u: () => (/* binding */ planLayout)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81821);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21736);
/* harmony import */ var _tar_tar_writer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37581);
/* harmony import */ var _bundle_lines_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88205);
// Where each `files` line puts its bytes inside the bundle folder: local files and folder trees are
// looked at (never read), remote sources get their path; then no two lines may claim one path.







/** The name written into the bundle by SHA256SUMS-enabled runs. */
const CHECKSUM_FILE = 'SHA256SUMS';
/** Any x bit on the source keeps the file executable; everything else is 0644. */
function bundleMode(executable) {
    return executable ? 0o755 : 0o644;
}
function errnoCode(err) {
    return err.code;
}
/** The last path segment of a remote source: its name when the destination is a folder (`… => bin/`). */
function remoteName(line) {
    const { source } = line;
    if (source.kind === 'github-release')
        return source.asset;
    if (source.kind === 'url') {
        const last = new URL(source.url).pathname.split('/').filter(Boolean).pop();
        if (last)
            return decodeURIComponent(last);
    }
    throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${(0,_bundle_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .describeLine */ .ES)(line)}: the URL has no file name to put inside '${line.destination}/'; name the file in the path-in-bundle.`);
}
async function planLayout(lines, options) {
    const layout = { entries: [], directories: [] };
    const dirOwners = new Map();
    for (const line of lines) {
        if (line.source.kind !== 'local') {
            const path = line.intoFolder ? `${line.destination}/${remoteName(line)}` : line.destination;
            layout.entries.push({ kind: 'remote', path, line });
            continue;
        }
        const file = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .workspacePath */ .X5)(line.source.path);
        const info = await statSource(file, line, line.source.path);
        if (info.isDirectory()) {
            layout.directories.push(line.destination);
            dirOwners.set(line.destination, line);
            await walkFolder(file, line.destination, line, layout, dirOwners, new Set([await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(file)]));
        }
        else {
            const path = line.intoFolder ? `${line.destination}/${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file)}` : line.destination;
            layout.entries.push(await localEntry(file, info, path, line));
        }
    }
    checkConflicts(layout, dirOwners, options.checksums);
    return layout;
}
async function statSource(file, line, shown) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
    }
    catch (err) {
        const code = errnoCode(err);
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            const hint = line.defaulted ? '; put it in the workspace or list the bundle in the files input' : '';
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${(0,_bundle_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .describeLine */ .ES)(line)}: source '${shown}' not found (${file})${hint}.`);
        }
        if (code === 'EACCES')
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${(0,_bundle_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .describeLine */ .ES)(line)}: source '${shown}' cannot be read (${file}): permission denied.`);
        if (code === 'ELOOP')
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${(0,_bundle_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .describeLine */ .ES)(line)}: source '${shown}' is a symbolic link loop (${file}).`);
        throw err;
    }
}
async function localEntry(file, info, path, line) {
    if (!info.isFile())
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${(0,_bundle_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .describeLine */ .ES)(line)}: '${file}' is neither a file nor a folder.`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK);
    }
    catch {
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${(0,_bundle_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .describeLine */ .ES)(line)}: '${file}' cannot be read: permission denied.`);
    }
    return { kind: 'local', path, line, file, size: Number(info.size), mode: bundleMode((Number(info.mode) & 0o111) !== 0) };
}
/** A folder source's tree, symbolic links followed (like `cp -L`), in name order; a link back up is an error. */
async function walkFolder(folder, destination, line, layout, dirOwners, ancestors) {
    const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(folder)).sort();
    for (const name of names) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, name);
        const path = `${destination}/${name}`;
        if (name.includes('\n') || name.includes('\\')) {
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${(0,_bundle_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .describeLine */ .ES)(line)}: '${file}' has a newline or backslash in its name, which an offline bundle should not carry.`);
        }
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
        }
        catch (err) {
            if (errnoCode(err) === 'ENOENT')
                throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${(0,_bundle_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .describeLine */ .ES)(line)}: '${file}' is a broken symbolic link.`);
            if (errnoCode(err) === 'ELOOP')
                throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${(0,_bundle_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .describeLine */ .ES)(line)}: '${file}' is a symbolic link loop.`);
            throw err;
        }
        if (info.isDirectory()) {
            const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(file);
            if (ancestors.has(real))
                throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${(0,_bundle_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .describeLine */ .ES)(line)}: '${file}' links back to a folder that contains it.`);
            layout.directories.push(path);
            if (!dirOwners.has(path))
                dirOwners.set(path, line);
            await walkFolder(file, path, line, layout, dirOwners, new Set([...ancestors, real]));
        }
        else {
            layout.entries.push(await localEntry(file, info, path, line));
        }
    }
}
/**
 * One path, one line: two files on one path, or a file where another line puts a folder (a file that
 * would land inside another file), name both lines. SHA256SUMS is the action's own when checksums are on.
 */
function checkConflicts(layout, dirOwners, checksums) {
    /** For each folder implied by a file: one file inside it, for the message. */
    const dirChild = new Map();
    const claimParents = (path, line, child) => {
        for (const parent of (0,_tar_tar_writer_js__WEBPACK_IMPORTED_MODULE_6__/* .parentDirectories */ .A)(path)) {
            const dir = parent.slice(0, -1);
            if (!dirOwners.has(dir))
                dirOwners.set(dir, line);
            if (child !== undefined && !dirChild.has(dir))
                dirChild.set(dir, child);
        }
    };
    for (const [dir, line] of [...dirOwners])
        claimParents(dir, line);
    const fileOwners = new Map();
    for (const { path, line } of layout.entries) {
        const earlier = fileOwners.get(path);
        if (earlier) {
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${(0,_bundle_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .describeLine */ .ES)(earlier)} and ${(0,_bundle_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .describeLine */ .ES)(line)} both put '${path}' in the bundle.`);
        }
        fileOwners.set(path, line);
        claimParents(path, line, path);
    }
    for (const { path, line } of layout.entries) {
        const folderLine = dirOwners.get(path);
        if (folderLine) {
            const child = dirChild.get(path);
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${(0,_bundle_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .describeLine */ .ES)(line)} puts a file at '${path}', but ${(0,_bundle_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .describeLine */ .ES)(folderLine)} makes '${path}' a folder${child ? ` (it puts '${child}' inside)` : ''}.`);
        }
    }
    if (checksums) {
        const owner = fileOwners.get(CHECKSUM_FILE) ?? dirOwners.get(CHECKSUM_FILE);
        if (owner) {
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${(0,_bundle_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .describeLine */ .ES)(owner)}: '${CHECKSUM_FILE}' is written by the action (checksums: true); choose another path or set checksums: false.`);
        }
    }
}


/***/ }),

/***/ 88205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ describeLine),
/* harmony export */   dJ: () => (/* binding */ parseBundleLines)
/* harmony export */ });
/* unused harmony export DEFAULT_BUNDLE_PATHS */
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81821);
/* harmony import */ var _http_loopback_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5130);
/* harmony import */ var _github_github_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18332);
// The `files` input of assemble-bundle: `source => path-in-bundle` lines, parsed and checked before
// anything is read or downloaded. Every error names the line.



/** Section 1 row 9 of the spec: the bundle the team packed by hand, each file from the workspace path of the same name. */
const DEFAULT_BUNDLE_PATHS = ['cadm', 'config.sample', 'install.sh', 'image/release.tar.gz', 'pangolin-deploy-images.tar.gz'];
const SOURCE_FORMS = 'a workspace path, an https:// URL or github-release://owner/repo@tag/asset';
/** How a line is named in messages: `files line 3 ('cadm => cadm')`. */
function describeLine(line) {
    // Line 0: a file the action adds itself (verify.sh, images.lock, BASE); its text says where from.
    if (line.line === 0)
        return line.text;
    return `${line.defaulted ? 'files (default layout)' : 'files'} line ${line.line} ('${line.text}')`;
}
/** Parses the `files` input; empty or undefined gives the default layout. */
function parseBundleLines(text) {
    if (text === undefined || text.trim() === '') {
        return DEFAULT_BUNDLE_PATHS.map((path, index) => parseLine(`${path} => ${path}`, index + 1, true));
    }
    const lines = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const trimmed = raw.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return;
        lines.push(parseLine(trimmed, index + 1, false));
    });
    if (lines.length === 0)
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'files' has no 'source => path-in-bundle' lines (only blanks and comments).`);
    return lines;
}
function parseLine(text, line, defaulted) {
    const where = describeLine({ line, text, defaulted });
    const arrow = text.indexOf('=>');
    if (arrow < 0)
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: expected 'source => path-in-bundle'.`);
    const sourceText = text.slice(0, arrow).trim();
    const destinationText = text.slice(arrow + 2).trim();
    if (sourceText === '')
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: there is no source before '=>'.`);
    const { destination, intoFolder } = parseDestination(destinationText, where);
    return { line, text, defaulted, source: parseSource(sourceText, where), destination, intoFolder };
}
function parseDestination(raw, where) {
    if (raw === '')
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: there is no path-in-bundle after '=>'.`);
    if (raw.startsWith('/') || raw.startsWith('~') || /^[A-Za-z]:/.test(raw)) {
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: the path-in-bundle '${raw}' is absolute; write it relative to the bundle folder.`);
    }
    if (raw.includes('\\'))
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: the path-in-bundle '${raw}' contains '\\'; separate folders with '/'.`);
    const segments = raw.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.includes('..'))
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: the path-in-bundle '${raw}' contains '..' and could escape the bundle folder.`);
    if (segments.length === 0)
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: the path-in-bundle '${raw}' names no path inside the bundle folder.`);
    return { destination: segments.join('/'), intoFolder: raw.endsWith('/') };
}
function parseSource(raw, where) {
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(raw)?.[1]?.toLowerCase();
    if (scheme === undefined)
        return { kind: 'local', path: raw };
    if (scheme === 'https' || scheme === 'http') {
        let url;
        try {
            url = new URL(raw);
        }
        catch {
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: '${raw}' is not a valid URL.`);
        }
        // Plain http only reaches this machine (tests, a local mirror); anything else must be https.
        if (scheme === 'http' && !(0,_http_loopback_js__WEBPACK_IMPORTED_MODULE_2__/* .isLoopback */ .U)(url.host)) {
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: '${raw}' uses http://; only https:// URLs are downloaded (http:// only from localhost).`);
        }
        return { kind: 'url', url: url.toString() };
    }
    if (scheme === 'github-release')
        return parseGitHubRelease(raw, where);
    throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: unknown source scheme '${scheme}://'; a source is ${SOURCE_FORMS}.`);
}
function parseGitHubRelease(raw, where) {
    const form = 'github-release://owner/repo@tag/asset';
    // The tag may contain '/', an asset name cannot: the asset is the last segment.
    const m = /^github-release:\/\/([^/@]+\/[^/@]+)@(.+)\/([^/]+)$/i.exec(raw);
    if (!m)
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: '${raw}' is not ${form}.`);
    let owner;
    let repo;
    try {
        ({ owner, repo } = (0,_github_github_names_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepositoryFullName */ .k)(m[1]));
    }
    catch {
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: '${m[1]}' in '${raw}' is not a GitHub owner/repo (expected ${form}).`);
    }
    return { kind: 'github-release', owner, repo, tag: m[2], asset: m[3] };
}


/***/ }),

/***/ 78047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ bundleNamePart),
/* harmony export */   u: () => (/* binding */ bundleName)
/* harmony export */ });
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81821);
// The bundle's name, `<product>-component-<version>`: one folder, one file and one artifact name, so
// each part must be a plain name. assemble-bundle and the release workflow's prepare job both check it here.

/** Product and version become one folder and file name: no separators, no `..`, nothing a shell would trip on. */
function bundleNamePart(inputName, value) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(value)) {
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${inputName}' must be a plain name (letters, digits, '.', '_', '+', '-'), got '${value}'.`);
    }
    return value;
}
function bundleName(product, version) {
    return `${product}-component-${version}`;
}


/***/ }),

/***/ 58191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* binding */ deltaBundleName),
/* harmony export */   Xe: () => (/* binding */ BASE_FILE),
/* harmony export */   b6: () => (/* binding */ baseText)
/* harmony export */ });
// BASE: what marks a delta bundle, and names the release it goes on top of. Plain `key value` lines
// (`release v2.7.3`, `lock-sha256 <hex>`) so that a shell can read it.
const BASE_FILE = 'BASE';
function baseText(base) {
    return `release ${base.release}\nlock-sha256 ${base.lockSha256}\n`;
}
/** The bundle name of a delta: `<bundle>-delta-from-<base release>`. */
function deltaBundleName(bundleName, baseRelease) {
    return `${bundleName}-delta-from-${baseRelease}`;
}


/***/ }),

/***/ 88402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: parseFlags

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./shared/cli/action-metadata.ts
// Reads an action's action.yml: the CLI's flags, defaults and help come from the same file the runner reads.



async function readActionMetadata(actionsDir, name) {
    const raw = (0,dist/* parse */.qg)(await (0,promises_.readFile)((0,external_node_path_.join)(actionsDir, name, 'action.yml'), 'utf8'));
    return {
        name,
        description: raw.description ?? '',
        inputs: Object.entries(raw.inputs ?? {}).map(([id, spec]) => ({
            id,
            description: spec.description ?? '',
            required: spec.required === true,
            default: spec.default,
        })),
        outputs: Object.entries(raw.outputs ?? {}).map(([id, spec]) => ({ id, description: spec.description ?? '' })),
    };
}
async function listActions(actionsDir) {
    const entries = await (0,promises_.readdir)(actionsDir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

;// CONCATENATED MODULE: ./shared/cli/plain-output.ts
// Turns the workflow commands @actions/core prints (::group::, ::warning::, ::add-mask::…) into plain
// text for a terminal, so the CLI runs the same code as the action but reads like a CLI.
// Mask commands are dropped: on a runner they hide secrets; on a terminal they would print them.
const COMMAND = /^::([a-z-]+)(?: [^:]*)?::(.*)$/;
/** Rewrites one line; undefined drops it. */
function plainLine(line, verbose) {
    const match = COMMAND.exec(line);
    if (!match)
        return line;
    const [, command, message] = match;
    switch (command) {
        case 'group':
            return `▸ ${message}`;
        case 'endgroup':
            return undefined;
        case 'warning':
            return `warning: ${message}`;
        case 'error':
            return `error: ${message}`;
        case 'notice':
            return `notice: ${message}`;
        case 'debug':
            return verbose ? `debug: ${message}` : undefined;
        default:
            // add-mask, set-output, save-state, echo…: runner plumbing, nothing for a person.
            return undefined;
    }
}
/** Errors go to stderr, like the CLI's own usage errors, so `prel … > out` still shows them. */
function isError(line) {
    return COMMAND.exec(line)?.[1] === 'error';
}
/** Filters process.stdout line by line until the returned function is called. */
function plainStdout(verbose) {
    const write = process.stdout.write.bind(process.stdout);
    let pending = '';
    process.stdout.write = ((chunk, ...rest) => {
        pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines.filter(isError))
            process.stderr.write(`${plainLine(line, verbose)}\n`);
        const out = lines.filter((l) => !isError(l)).map((l) => plainLine(l, verbose)).filter((l) => l !== undefined);
        const callback = rest.find((r) => typeof r === 'function');
        if (out.length)
            return write(`${out.join('\n')}\n`, callback);
        callback?.();
        return true;
    });
    return () => {
        if (pending) {
            const line = plainLine(pending, verbose);
            if (line !== undefined)
                (isError(pending) ? process.stderr : { write }).write(line);
        }
        process.stdout.write = write;
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./shared/action/action-io.ts
var action_io = __webpack_require__(75260);
// EXTERNAL MODULE: ./shared/action/inputs.ts
var inputs = __webpack_require__(21736);
// EXTERNAL MODULE: ./shared/errors/errors.ts
var errors = __webpack_require__(81821);
// EXTERNAL MODULE: ./shared/miss-reports/reports.ts
var reports = __webpack_require__(66142);
;// CONCATENATED MODULE: ./shared/miss-reports/miss-report-merge.ts




async function readLines(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return [];
        throw err;
    }
    return text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
}
async function readSource(dir, source) {
    const missing = await readLines((0,external_node_path_.join)(dir, reports/* MISS_IMAGE_FILE */._j));
    const missingPush = await readLines((0,external_node_path_.join)(dir, reports/* MISS_PUSH_IMAGE_FILE */.Vn));
    return missing.length + missingPush.length > 0 ? { source, missing, missingPush } : undefined;
}
const sortedUnique = (lines) => [...new Set(lines)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
/**
 * Reads the reports in `dir` and in each folder right under it (download-artifact puts several
 * artifacts in one folder each, and a single one straight into `dir`).
 */
async function mergeMissReports(dir) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch (err) {
        if (err.code === 'ENOENT')
            entries = [];
        else if (err.code === 'ENOTDIR')
            throw new errors/* ConfigurationError */.j1(`Input 'reports-dir': '${dir}' is not a folder.`);
        else
            throw err;
    }
    const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    const sources = [];
    for (const source of ['.', ...sortedUnique(folders)]) {
        const report = await readSource(source === '.' ? dir : (0,external_node_path_.join)(dir, source), source);
        if (report)
            sources.push(report);
    }
    return {
        sources,
        missing: sortedUnique(sources.flatMap((report) => report.missing)),
        missingPush: sortedUnique(sources.flatMap((report) => report.missingPush)),
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/bundle/bundle-name.ts
var bundle_name = __webpack_require__(78047);
// EXTERNAL MODULE: ./shared/git/git-source.ts
var git_source = __webpack_require__(36011);
// EXTERNAL MODULE: ./shared/release-image/release-image.ts + 3 modules
var release_image = __webpack_require__(56748);
;// CONCATENATED MODULE: ./shared/cli/release-plan.ts
// The release workflow's plan (its prepare job), as code. Every name the release will carry is checked
// here with the code the actions run later (image tag, bundle and artifact name, archive branch, git
// tag), so a bad version fails in seconds instead of after hours of sync; and the shard matrix.





/** GitHub runs at most 256 jobs from one matrix. */
const MAX_SHARDS = 256;
/** The branch the collect job pushes the archived addons/ and images-lists/ to. */
function archiveBranchOf(version) {
    return `prel/release-${version}`;
}
function planRelease(inputs, callId = (0,external_node_crypto_.randomBytes)(4).toString('hex')) {
    const version = inputs.releaseVersion;
    // build-release-image's check: the version is the release image's tag.
    (0,release_image/* parseTargetImageInput */.uX)('release-image', inputs.releaseImage, 'release-version', version);
    (0,release_image/* parseBaseImageInput */.cE)('base-image', inputs.baseImage);
    // assemble-bundle's check: product and version name the bundle's folder, file and artifact.
    const name = (0,bundle_name/* bundleName */.u)((0,bundle_name/* bundleNamePart */.H)('product', inputs.product), (0,bundle_name/* bundleNamePart */.H)('release-version', version));
    // The archive branch and the GitHub release's tag.
    const archiveBranch = archiveBranchOf(version);
    if (!(0,git_source/* isValidTagName */.Q)(version) || !(0,git_source/* isValidTagName */.Q)(archiveBranch)) {
        throw new errors/* ConfigurationError */.j1(`Input 'release-version' ('${version}') cannot name the git tag '${version}' and the branch '${archiveBranch}'.`);
    }
    const count = inputs.shards;
    if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS) {
        throw new errors/* ConfigurationError */.j1(`Input 'shards' must be a whole number from 1 to ${MAX_SHARDS} (GitHub's matrix limit), got ${count}.`);
    }
    return {
        matrix: Array.from({ length: count }, (_, i) => `${i + 1}/${count}`),
        archiveBranch,
        bundleName: name,
        callId,
    };
}

;// CONCATENATED MODULE: ./shared/cli/workflow-commands.ts
// Commands the reusable workflows run between the actions (`node .prel/dist/cli.js <command>`), so the
// decisions they make are prel's tested code rather than shell in YAML. Inputs are flags, read like an
// action's; on a runner, outputs go to GITHUB_OUTPUT and errors become annotations.






/** GitHub keeps artifacts at most 400 days (90 unless the repository allows more). */
const MAX_RETENTION_DAYS = 400;
const releasePlan = {
    metadata: {
        name: 'release-plan',
        description: "The release workflow's prepare job: checks the version, product and images with the actions' own rules, and plans the shards.",
        inputs: [
            { id: 'release-version', description: 'The release: image tag, bundle name, archive branch and git tag.', required: true },
            { id: 'product', description: 'First part of the bundle name.', required: false, default: 'compass' },
            { id: 'release-image', description: 'Repository of the release image, without tag.', required: true },
            { id: 'base-image', description: 'The image the release image is built on.', required: true },
            { id: 'shards', description: `Parallel sync jobs, 1 to ${MAX_SHARDS}.`, required: false, default: '4' },
            { id: 'retention-days', description: `Days the run's artifacts are kept, 1 to ${MAX_RETENTION_DAYS}.`, required: false, default: '30' },
        ],
        outputs: [
            { id: 'matrix', description: 'The shards as a JSON array, e.g. ["1/2","2/2"].' },
            { id: 'call-id', description: "A random id that keeps this call's artifact names apart from another call's in the same run." },
            { id: 'bundle-name', description: '`<product>-component-<version>`.' },
            { id: 'archive-branch', description: 'The branch of the archive pull request.' },
        ],
    },
    run: () => (0,action_io/* runAction */.Cs)(async () => {
        const plan = planRelease({
            releaseVersion: (0,inputs/* getRequiredInput */.K1)('release-version'),
            product: (0,inputs/* getOptionalInput */.lI)('product') ?? 'compass',
            releaseImage: (0,inputs/* getRequiredInput */.K1)('release-image'),
            baseImage: (0,inputs/* getRequiredInput */.K1)('base-image'),
            shards: (0,inputs/* getIntInput */.ML)('shards', 4, { min: 1, max: MAX_SHARDS }),
        });
        (0,inputs/* getIntInput */.ML)('retention-days', 30, { min: 1, max: MAX_RETENTION_DAYS });
        (0,action_io/* setOutputs */.n0)({
            matrix: JSON.stringify(plan.matrix),
            'call-id': plan.callId,
            'bundle-name': plan.bundleName,
            'archive-branch': plan.archiveBranch,
        });
    }),
};
const mergeReports = {
    metadata: {
        name: 'merge-reports',
        description: 'Merges the miss reports of several jobs (one folder each) into one miss_image.txt and one miss_push_image.txt, sorted and de-duplicated.',
        inputs: [
            { id: 'reports-dir', description: 'Folder holding the reports, at its top or one folder per job.', required: true },
            { id: 'output-dir', description: 'Folder for the merged miss_image.txt and miss_push_image.txt.', required: true },
        ],
        outputs: [
            { id: 'missing', description: 'Images that could not be read from the source, over all jobs.' },
            { id: 'missing-push', description: 'Images that could not be written to the target, over all jobs.' },
        ],
    },
    run: () => (0,action_io/* runAction */.Cs)(async () => {
        const merged = await mergeMissReports((0,inputs/* workspacePath */.X5)((0,inputs/* getRequiredInput */.K1)('reports-dir')));
        const outputDir = (0,inputs/* workspacePath */.X5)((0,inputs/* getRequiredInput */.K1)('output-dir'));
        await (0,reports/* writeMissReports */.VH)(outputDir, merged.missing, merged.missingPush);
        (0,action_io/* setOutputs */.n0)({ missing: merged.missing.length, 'missing-push': merged.missingPush.length });
        const rows = merged.sources.map((report) => [report.source, report.missing.length, report.missingPush.length]);
        rows.push(['all, without duplicates', merged.missing.length, merged.missingPush.length]);
        await (0,action_io/* writeSummary */.Sy)(true, 'Miss reports', ['from', 'not readable (miss_image.txt)', 'not pushed (miss_push_image.txt)'], rows);
        core/* info */.pq(`${merged.missing.length} images missing from the source, ${merged.missingPush.length} not pushed, from ${merged.sources.length} reports.`);
    }),
};
const workflowCommands = {
    [releasePlan.metadata.name]: releasePlan,
    [mergeReports.metadata.name]: mergeReports,
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./shared/archive/distribution-tree.ts
var distribution_tree = __webpack_require__(37402);
// EXTERNAL MODULE: ./shared/bundle/bundle-checksums.ts
var bundle_checksums = __webpack_require__(79322);
// EXTERNAL MODULE: ./shared/bundle/bundle-layout.ts
var bundle_layout = __webpack_require__(76422);
// EXTERNAL MODULE: ./shared/bundle/delta-base.ts
var delta_base = __webpack_require__(58191);
// EXTERNAL MODULE: ./shared/lock/images-lock.ts
var images_lock = __webpack_require__(56082);
// EXTERNAL MODULE: ./shared/tar/tar-header.ts
var tar_header = __webpack_require__(2475);
// EXTERNAL MODULE: ./shared/tar/tar-reader.ts
var tar_reader = __webpack_require__(44077);
;// CONCATENATED MODULE: ./shared/tar/tar-stream-reader.ts
// Reads a tar as it streams past, entry by entry, without holding it: each entry's body is read (or
// left, and then skipped) before the next header. For archives too big for memory (a bundle, the
// registry storage inside it). PAX and GNU long names are honoured, like tar-reader.ts.


/** Pulls exact byte counts from a chunk iterator. */
class ByteReader {
    source;
    chunks = [];
    length = 0;
    ended = false;
    /** Bytes of the current entry's body not yet handed out. */
    unread = 0;
    constructor(source) {
        this.source = source;
    }
    async fill(wanted) {
        while (this.length < wanted && !this.ended) {
            const next = await this.source.next();
            if (next.done)
                this.ended = true;
            else if (next.value.length > 0) {
                this.chunks.push(next.value);
                this.length += next.value.length;
            }
        }
        return this.length >= wanted;
    }
    /** Exactly n bytes, or undefined when the stream ends first. */
    async read(n) {
        if (!(await this.fill(n)))
            return undefined;
        const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
        const rest = all.subarray(n);
        this.chunks = rest.length ? [rest] : [];
        this.length = rest.length;
        return all.subarray(0, n);
    }
    /** Up to `unread` bytes of the current body, chunk by chunk as they arrive. */
    async *body() {
        while (this.unread > 0) {
            if (this.length === 0 && !(await this.fill(1)))
                throw new Error('tar archive is truncated');
            const chunk = this.chunks.shift();
            const take = Math.min(chunk.length, this.unread);
            if (take < chunk.length)
                this.chunks.unshift(chunk.subarray(take));
            this.length -= take;
            this.unread -= take;
            yield chunk.subarray(0, take);
        }
    }
    async skip(n) {
        for (let left = n; left > 0;) {
            const step = Math.min(left, 1 << 20);
            if (!(await this.read(step)))
                throw new Error('tar archive is truncated');
            left -= step;
        }
    }
}
async function* readTarStream(source) {
    const reader = new ByteReader(source[Symbol.asyncIterator]());
    let pax = {};
    let longName;
    let longLink;
    for (let offset = 0;;) {
        const header = await reader.read(tar_header/* BLOCK */.IE);
        if (!header)
            throw new Error('tar archive is truncated (no end-of-archive blocks)');
        if (header.every((b) => b === 0))
            return;
        if (!(0,tar_reader/* text */.Qq)(header, 257, 6).startsWith('ustar'))
            throw new Error(`not a tar archive (bad header at byte ${offset})`);
        const size = (0,tar_reader/* octal */.Wo)(header, 124, 12);
        const padded = Math.ceil(size / tar_header/* BLOCK */.IE) * tar_header/* BLOCK */.IE;
        offset += tar_header/* BLOCK */.IE + padded;
        const typeflag = String.fromCharCode(header[156]);
        if (typeflag === 'x' || typeflag === 'g' || typeflag === 'L' || typeflag === 'K') {
            const data = await reader.read(padded);
            if (!data)
                throw new Error('tar archive is truncated');
            const value = data.subarray(0, size);
            if (typeflag === 'x')
                pax = (0,tar_reader/* paxRecords */.Q5)(value);
            else if (typeflag === 'L')
                longName = value.toString('utf8').replace(/\0+$/, '');
            else if (typeflag === 'K')
                longLink = value.toString('utf8').replace(/\0+$/, '');
            continue;
        }
        const prefix = (0,tar_reader/* text */.Qq)(header, 345, 155);
        const name = (0,tar_reader/* text */.Qq)(header, 0, 100);
        const path = pax.path ?? longName ?? (prefix ? `${prefix}/${name}` : name);
        const linkname = pax.linkpath ?? longLink ?? (0,tar_reader/* text */.Qq)(header, 157, 100);
        const entrySize = pax.size !== undefined ? Number(pax.size) : size;
        pax = {};
        longName = undefined;
        longLink = undefined;
        reader.unread = entrySize;
        yield { path, type: tar_reader/* TYPES */.QE[typeflag] ?? 'other', size: entrySize, linkname, body: reader.body() };
        // Whatever the consumer left unread, and the padding, before the next header.
        await reader.skip(reader.unread + (Math.ceil(entrySize / tar_header/* BLOCK */.IE) * tar_header/* BLOCK */.IE - entrySize));
        reader.unread = 0;
    }
}

;// CONCATENATED MODULE: ./shared/verify/bundle-verifier.ts
// `prel verify-bundle`: the checks verify.sh makes at the site, in Node, for CI: every file against
// SHA256SUMS (and none unlisted), and for every image of images.lock the tag link, the repository links
// and every blob's sha256, read back from the registry storage archive inside the bundle. One pass over
// the bytes, nothing unpacked to disk: the bundle and the archive in it are both read as streams.













/** Small files the checks read (SHA256SUMS, images.lock, BASE); bigger ones are only hashed. */
const TEXT_LIMIT = 64 << 20;
const LINK_LIMIT = 256;
const TEXT_FILES = new Set([bundle_layout/* CHECKSUM_FILE */.b3, images_lock/* LOCK_FILE */.FI, delta_base/* BASE_FILE */.Xe]);
async function* hashing(body, hash) {
    for await (const chunk of body) {
        hash.update(chunk);
        yield chunk;
    }
}
/**
 * The body with every byte hashed, as an iterable whose consumer cannot end it early (it has no
 * `return`): a reader that stops half-way (a stream destroyed) leaves the rest for drain().
 */
function hashedBody(body, hash) {
    const source = hashing(body, hash)[Symbol.asyncIterator]();
    return { [Symbol.asyncIterator]: () => ({ next: () => source.next() }) };
}
async function drain(body) {
    for await (const _ of body)
        ;
}
async function collect(body, limit) {
    const chunks = [];
    let length = 0;
    for await (const chunk of body) {
        length += chunk.length;
        if (length <= limit)
            chunks.push(chunk);
    }
    return length <= limit ? Buffer.concat(chunks) : undefined;
}
/** Reads a registry storage tar (gzip'd or not); undefined when it is some other archive. */
async function scanRegistry(name, bytes, gzip) {
    const facts = { name, blobs: new Map(), links: new Map() };
    const stream = gzip ? external_node_stream_.Readable.from(bytes).pipe((0,external_node_zlib_.createGunzip)()) : external_node_stream_.Readable.from(bytes);
    let first = true;
    try {
        for await (const entry of readTarStream(stream)) {
            if (first && !entry.path.startsWith('docker/'))
                return undefined;
            first = false;
            if (entry.type !== 'file' || !entry.path.startsWith(`${distribution_tree/* REGISTRY_ROOT */.FT}/`))
                continue;
            const path = entry.path.slice(distribution_tree/* REGISTRY_ROOT */.FT.length + 1);
            const blob = /^blobs\/sha256\/[0-9a-f]{2}\/([0-9a-f]{64})\/data$/.exec(path);
            if (blob) {
                const hash = (0,external_node_crypto_.createHash)('sha256');
                for await (const chunk of entry.body)
                    hash.update(chunk);
                facts.blobs.set(blob[1], hash.digest('hex'));
            }
            else if (path.endsWith('/link') && entry.size <= LINK_LIMIT) {
                facts.links.set(path, (await collect(entry.body, LINK_LIMIT)).toString('utf8'));
            }
        }
        return first ? undefined : facts;
    }
    catch (err) {
        // Not even one entry: some other file (a docker-archive, anything not a tar), not a broken registry.
        if (first)
            return undefined;
        throw err;
    }
    finally {
        stream.destroy();
    }
}
async function* directoryFiles(root, dir = '') {
    const names = (await (0,promises_.readdir)((0,external_node_path_.join)(root, dir), { withFileTypes: true })).sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    for (const entry of names) {
        const path = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory())
            yield* directoryFiles(root, path);
        else
            yield { path, body: (0,external_node_fs_.createReadStream)((0,external_node_path_.join)(root, path), { highWaterMark: 1 << 20 }) };
    }
}
async function isGzip(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
        return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
    }
    finally {
        await handle.close();
    }
}
/** The bundle archive's files, its top folder (`<product>-component-<version>/`) taken off. */
async function* archiveFiles(file, whole) {
    const raw = hashedBody((0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 }), whole);
    const gunzip = (await isGzip(file)) ? external_node_stream_.Readable.from(raw).pipe((0,external_node_zlib_.createGunzip)()) : undefined;
    try {
        for await (const entry of readTarStream(gunzip ?? raw)) {
            if (entry.type !== 'file')
                continue;
            const slash = entry.path.indexOf('/');
            yield { path: slash < 0 ? entry.path : entry.path.slice(slash + 1), body: entry.body };
        }
    }
    finally {
        gunzip?.destroy();
    }
    // Bytes after the end-of-archive blocks still count for the archive's own sha256.
    await drain(raw);
}
async function verifyBundle(bundle, options = {}) {
    const report = { problems: [], notes: [], files: 0, images: 0, blobs: 0 };
    const problem = (text) => report.problems.push(text);
    const isDir = (await (0,promises_.stat)(bundle)).isDirectory();
    const whole = (0,external_node_crypto_.createHash)('sha256');
    const sums = new Map();
    const texts = new Map();
    let registry;
    try {
        for await (const file of isDir ? directoryFiles(bundle) : archiveFiles(bundle, whole)) {
            const hash = (0,external_node_crypto_.createHash)('sha256');
            // The registry scan may stop early (another kind of archive); drain() hashes the rest.
            const detached = hashedBody(file.body, hash);
            if (TEXT_FILES.has(file.path)) {
                const bytes = await collect(detached, TEXT_LIMIT);
                if (bytes)
                    texts.set(file.path, bytes.toString('utf8'));
            }
            else if (!registry && /\.(tar|tar\.gz|tgz)$/.test(file.path)) {
                try {
                    registry = await scanRegistry(file.path, detached, !file.path.endsWith('.tar'));
                }
                catch (err) {
                    problem(`${file.path}: cannot be read as a registry storage archive: ${(0,errors/* errorMessage */.gJ)(err)}`);
                }
            }
            await drain(detached);
            sums.set(file.path, hash.digest('hex'));
        }
    }
    catch (err) {
        problem(`${bundle}: cannot be read to the end: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    if (!isDir)
        await checkArchiveSum(bundle, whole.digest('hex'), report);
    checkSums(sums, texts.get(bundle_layout/* CHECKSUM_FILE */.b3), report);
    await checkImages(texts, registry, options, report);
    return report;
}
/** `<bundle>.sha256` beside the archive, when there is one. */
async function checkArchiveSum(bundle, actual, report) {
    let line;
    try {
        const handle = await (0,promises_.open)(`${bundle}.sha256`, 'r');
        try {
            line = (await handle.readFile('utf8')).trim();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        return;
    }
    const expected = line.split(/\s+/)[0];
    if (expected !== actual)
        report.problems.push(`${bundle}: sha256 ${actual}, ${bundle}.sha256 says ${expected}`);
}
function checkSums(sums, text, report) {
    if (text === undefined) {
        report.notes.push(`no ${bundle_layout/* CHECKSUM_FILE */.b3}: the files were not checked against it`);
        return;
    }
    const listed = (0,bundle_checksums/* parseChecksums */.yk)(text);
    report.files = listed.size;
    for (const [path, expected] of listed) {
        const actual = sums.get(path);
        if (actual === undefined)
            report.problems.push(`${path}: listed in ${bundle_layout/* CHECKSUM_FILE */.b3} but missing`);
        else if (actual !== expected)
            report.problems.push(`${path}: sha256 ${actual}, ${bundle_layout/* CHECKSUM_FILE */.b3} says ${expected}`);
    }
    for (const path of sums.keys()) {
        if (path !== bundle_layout/* CHECKSUM_FILE */.b3 && !listed.has(path))
            report.problems.push(`${path}: not listed in ${bundle_layout/* CHECKSUM_FILE */.b3}`);
    }
}
async function checkImages(texts, registry, options, report) {
    const problem = (text) => report.problems.push(text);
    const lockText = texts.get(images_lock/* LOCK_FILE */.FI);
    if (lockText === undefined) {
        report.notes.push(`no ${images_lock/* LOCK_FILE */.FI}: the images were not checked`);
        return;
    }
    let entries;
    try {
        entries = (0,images_lock/* parseLock */.PG)(lockText, images_lock/* LOCK_FILE */.FI);
    }
    catch (err) {
        problem((0,errors/* errorMessage */.gJ)(err));
        return;
    }
    if (!registry) {
        problem(`${images_lock/* LOCK_FILE */.FI} names ${entries.length} image(s) but the bundle holds no registry storage archive (docker/registry/v2/…)`);
        return;
    }
    const delta = texts.has(delta_base/* BASE_FILE */.Xe);
    const storageSums = new Map();
    const leftOut = new Set();
    const checked = new Set();
    for (const entry of entries) {
        report.images++;
        const { reference, root, needs } = entry;
        const { repository, tag } = (0,images_lock/* splitLockReference */.bd)(reference);
        const repo = `repositories/${repository}`;
        if (tag !== undefined) {
            const current = registry.links.get(`${repo}/_manifests/tags/${tag}/current/link`);
            if (current === undefined)
                problem(`${reference}: tag link is missing`);
            else if (current !== root)
                problem(`${reference}: tag points at ${current}, ${images_lock/* LOCK_FILE */.FI} says ${root}`);
        }
        for (const digest of [root, ...needs]) {
            const hex = digest.slice('sha256:'.length);
            const linked = registry.links.get(`${repo}/_manifests/revisions/sha256/${hex}/link`) === digest || registry.links.get(`${repo}/_layers/sha256/${hex}/link`) === digest;
            if (!linked)
                problem(`${reference}: ${digest} is not linked in repository ${repository}`);
            checked.add(digest);
            const actual = registry.blobs.get(hex);
            if (actual !== undefined) {
                if (actual !== hex)
                    problem(`${reference}: blob ${digest} is corrupt (its bytes hash to sha256:${actual})`);
                continue;
            }
            if (!delta) {
                problem(`${reference}: blob ${digest} is missing`);
                continue;
            }
            if (!options.storage) {
                leftOut.add(digest);
                continue;
            }
            if (!storageSums.has(hex))
                storageSums.set(hex, await fileSha256((0,external_node_path_.join)(options.storage, (0,distribution_tree/* blobStoragePath */.gd)(hex))));
            const stored = storageSums.get(hex);
            if (stored === undefined)
                problem(`${reference}: blob ${digest} is neither in the delta nor in ${options.storage}`);
            else if (stored !== hex)
                problem(`${reference}: blob ${digest} is corrupt in ${options.storage} (its bytes hash to sha256:${stored})`);
        }
    }
    report.blobs = checked.size;
    if (leftOut.size)
        report.notes.push(`${leftOut.size} blob(s) left out of this delta for the base release were not checked (give --storage <the site's registry storage>)`);
}
async function fileSha256(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(file))
            hash.update(chunk);
    }
    catch {
        return undefined;
    }
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./shared/verify/verify-command.ts
// `prel verify-bundle --bundle <file|dir> [--storage <dir>]`: the bundle verifier as a command, for CI
// (the release workflow runs it on the bundle it just assembled) and for anyone with Node at hand.


const VERIFY_BUNDLE_SUMMARY = 'Check a bundle (archive or unpacked folder) against its SHA256SUMS and images.lock, streaming';
const VERIFY_BUNDLE_HELP = [
    `prel verify-bundle: ${VERIFY_BUNDLE_SUMMARY}.`,
    '',
    'Usage: prel verify-bundle --bundle <file|dir> [--storage <dir>]',
    '',
    '  --bundle   the bundle archive (<product>-component-<version>.tar[.gz]; its .sha256 beside it is',
    '             checked too) or the folder it was unpacked into',
    '  --storage  for a delta bundle: the site\'s registry storage (the folder holding docker/registry/v2),',
    '             where the blobs the delta leaves out are checked',
    '',
    'Every file is checked against SHA256SUMS (and none may be unlisted); for every image of images.lock,',
    'the tag link, the repository links and the sha256 of every manifest, config and layer in the registry',
    'storage archive. Prints one PROBLEM line per problem and a count; exit 0 only when everything holds.',
].join('\n');
class VerifyUsageError extends Error {
}
function parseVerifyArgs(args) {
    const out = { help: false };
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--help' || arg === '-h') {
            out.help = true;
            continue;
        }
        const match = /^--(bundle|storage)(?:=(.*))?$/.exec(arg);
        if (!match)
            throw new VerifyUsageError(`verify-bundle has no argument '${arg}' (see prel verify-bundle --help)`);
        const value = match[2] ?? args[++i];
        if (value === undefined || value === '')
            throw new VerifyUsageError(`--${match[1]} needs a path`);
        out[match[1]] = value;
    }
    return out;
}
/** Runs the command; returns the exit code (0 all holds, 1 problems found, 2 usage). */
async function runVerifyBundle(args, write) {
    const { bundle, storage, help } = parseVerifyArgs(args);
    if (help) {
        write(VERIFY_BUNDLE_HELP);
        return 0;
    }
    if (!bundle)
        throw new VerifyUsageError('verify-bundle needs --bundle <file|dir>');
    for (const [flag, path] of [['--bundle', bundle], ['--storage', storage]]) {
        if (path !== undefined && !(await (0,promises_.stat)(path).catch(() => undefined)))
            throw new VerifyUsageError(`${flag} ${path}: no such file or folder`);
    }
    const report = await verifyBundle(bundle, { storage });
    for (const note of report.notes)
        write(`note: ${note}`);
    for (const problem of report.problems)
        write(`PROBLEM ${problem}`);
    const counted = `${report.files} file(s), ${report.images} image(s), ${report.blobs} blob(s) checked`;
    if (report.problems.length === 0) {
        write(`verify-bundle: OK: ${counted}`);
        return 0;
    }
    write(`verify-bundle: ${report.problems.length} problem(s) found (${counted})`);
    return 1;
}

;// CONCATENATED MODULE: ./shared/cli/cli.ts
// `prel <action> [--<input-id> value]…`: runs an action's own run() with its inputs taken from flags
// (defaults from action.yml, as the runner applies them), prints outputs as name=value lines and plain
// logs. `prel --help` and `prel <action> --help` are generated from the action.yml files.




/** Commands beside the actions (`prel verify-bundle`): free-form arguments, an exit code. */
const COMMANDS = {
    'verify-bundle': { summary: VERIFY_BUNDLE_SUMMARY, run: (args) => runVerifyBundle(args, (line) => process.stdout.write(`${line}\n`)) },
};
function wrap(text, width, indent) {
    const words = text.replace(/\s+/g, ' ').trim().split(' ');
    const lines = [];
    let line = '';
    for (const word of words) {
        if (line && line.length + word.length + 1 > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines.map((l) => indent + l).join('\n');
}
async function mainHelp(context) {
    const names = await listActions(context.actionsDir);
    const rows = await Promise.all(names.map(async (n) => `  ${n.padEnd(22)}${(await readActionMetadata(context.actionsDir, n)).description}`));
    return [
        `prel ${context.version}: release packaging for offline delivery`,
        '',
        'Usage: prel <action> [--<input> <value>]…     run an action locally, as on a runner',
        '       prel <action> --help                   its inputs and outputs',
        '',
        'Actions:',
        ...rows,
        '',
        'Commands:',
        ...Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(22)}${c.summary}`),
        '',
        'Commands the reusable workflows run:',
        ...Object.values(workflowCommands).map(({ metadata }) => `  ${metadata.name.padEnd(22)}${metadata.description}`),
        '',
        'Outputs are printed as name=value lines (a *-json output as its size: --json prints it whole); the exit code is 0 on success. --verbose shows debug lines.',
    ].join('\n');
}
function actionHelp(meta) {
    const inputs = meta.inputs.map((i) => {
        const flags = [i.required ? 'required' : '', i.default !== undefined && !i.default.includes('${{') ? `default: ${i.default}` : ''].filter(Boolean).join(', ');
        return `  --${i.id}${flags ? `  (${flags})` : ''}\n${wrap(i.description, 76, '      ')}`;
    });
    const outputs = meta.outputs.map((o) => `  ${o.id}\n${wrap(o.description, 76, '      ')}`);
    return [`prel ${meta.name}: ${meta.description}`, '', `Usage: prel ${meta.name} [--<input> <value>]…`, '', 'Inputs:', ...inputs, '', 'Outputs:', ...outputs].join('\n');
}
class UsageError extends Error {
}
/** A true/false input (its action.yml default says so): the only kind a bare flag can set. */
function isSwitch(input) {
    return input.default === 'true' || input.default === 'false';
}
/** `--id value`, `--id=value`; a true/false flag followed by another flag (or nothing) means 'true'. */
function parseFlags(args, meta) {
    const known = new Map(meta.inputs.map((i) => [i.id, i]));
    const values = new Map();
    let verbose = false;
    let help = false;
    let json = false;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--help' || arg === '-h')
            help = true;
        else if (arg === '--verbose')
            verbose = true;
        else if (arg === '--json' && !known.has('json'))
            json = true;
        else if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            const id = arg.slice(2, eq < 0 ? undefined : eq);
            const input = known.get(id);
            if (!input)
                throw new UsageError(`${meta.name} has no input --${id} (see prel ${meta.name} --help)`);
            let value;
            if (eq >= 0)
                value = arg.slice(eq + 1);
            else if (i + 1 < args.length && !args[i + 1].startsWith('--'))
                value = args[++i];
            else if (isSwitch(input))
                value = 'true';
            // A value-taking flag must not become the string 'true' (a list file named "true", an output called "true").
            else
                throw new UsageError(`--${id} needs a value`);
            // Repeating a flag adds a line: list inputs (images-file, files…) take one item per line.
            values.set(id, values.has(id) ? `${values.get(id)}\n${value}` : value);
        }
        else
            throw new UsageError(`unexpected argument '${arg}' (inputs are given as --<input> <value>)`);
    }
    return { values, verbose, help, json };
}
/** Runs the CLI; returns the exit code. */
async function runCli(argv, context) {
    const [name, ...rest] = argv;
    try {
        if (!name || name === '--help' || name === '-h' || name === 'help') {
            process.stdout.write(`${await mainHelp(context)}\n`);
            return name ? 0 : 1;
        }
        if (name === '--version') {
            process.stdout.write(`${context.version}\n`);
            return 0;
        }
        const own = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
        if (own)
            return await own.run(rest);
        const command = Object.hasOwn(workflowCommands, name) ? workflowCommands[name] : undefined;
        const run = command?.run ?? context.actions[name];
        if (!run)
            throw new UsageError(`no action named '${name}' (see prel --help)`);
        const meta = command?.metadata ?? (await readActionMetadata(context.actionsDir, name));
        const { values, verbose, help, json } = parseFlags(rest, meta);
        if (help) {
            process.stdout.write(`${actionHelp(meta)}\n`);
            return 0;
        }
        for (const key of Object.keys(process.env))
            if (key.startsWith('INPUT_'))
                delete process.env[key];
        for (const input of meta.inputs) {
            // Defaults as the runner applies them; expressions such as ${{ github.token }} only mean something there.
            const value = values.get(input.id) ?? (input.default?.includes('${{') ? undefined : input.default);
            if (value !== undefined)
                process.env[`INPUT_${input.id.toUpperCase()}`] = value;
        }
        // A workflow command in a workflow step answers the runner: outputs, summary, annotations.
        const onRunner = command !== undefined && process.env.GITHUB_ACTIONS === 'true';
        if (!onRunner) {
            delete process.env.GITHUB_OUTPUT;
            delete process.env.GITHUB_STEP_SUMMARY;
        }
        process.env.PREL_PROGRESS_TTY ??= '1';
        process.env.PREL_OUTPUT_JSON = json ? '1' : '0';
        const restore = onRunner ? () => { } : plainStdout(verbose);
        try {
            await run();
        }
        finally {
            restore();
        }
        return Number(process.exitCode ?? 0);
    }
    catch (err) {
        process.stderr.write(`prel: ${err instanceof Error ? err.message : String(err)}\n`);
        return 2;
    }
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


/***/ })

};
