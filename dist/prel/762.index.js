export const id = 762;
export const ids = [762];
export const modules = {

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
/* unused harmony exports lockReference, manifestDigests, lockEntry, lockText */
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
/** Manifest digests under a root (the root included): never left out of a delta. */
function manifestDigests(root) {
    const out = [];
    const walk = (node) => {
        out.push(node.digest);
        node.children.forEach(walk);
    };
    walk(root);
    return out;
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


/***/ })

};
