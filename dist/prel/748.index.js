export const id = 748;
export const ids = [748];
export const modules = {

/***/ 10830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ buildContextLayer),
  G: () => (/* binding */ parseDestination)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./shared/archive/archive-file.ts + 2 modules
var archive_file = __webpack_require__(6555);
// EXTERNAL MODULE: ./shared/errors/errors.ts
var errors = __webpack_require__(81821);
;// CONCATENATED MODULE: ./shared/release-image/dockerignore.ts
// .dockerignore rules: parsing and matching, with Docker's semantics (moby/patternmatcher and
// ignorefile): Go filepath.Match wildcards plus `**`, `!` exceptions, the last matching rule wins, and a
// rule matching a folder also matches everything under it.


function describeSource(source, line) {
    return 'file' in source ? `${source.file}:${line}` : `Input '${source.input}'`;
}
/** Go's filepath.Clean on '/'-paths: no `.` or empty parts, `..` resolved, no trailing '/'. */
function cleanPattern(pattern) {
    const normalized = external_node_path_.posix.normalize(pattern);
    return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
}
const REGEX_SYNTAX = new Set([...'^$\\.*+?()[]{}|/']);
const CLASS_SYNTAX = new Set([...'\\]^-[']);
function escapeChar(ch, inClass) {
    return (inClass ? CLASS_SYNTAX : REGEX_SYNTAX).has(ch) ? `\\${ch}` : ch;
}
/**
 * Translates a cleaned pattern into an anchored regular expression, as patternmatcher does: `*` and `?`
 * stop at '/', `**` spans any number of folders (zero too), `[...]` is a character class (`^` or `!`
 * negates), `\` makes the next character literal.
 */
function compile(pattern) {
    const chars = [...pattern];
    let source = '';
    let literalPrefix;
    const wildcardAt = (i) => {
        if (literalPrefix === undefined)
            literalPrefix = chars.slice(0, i).join('').replace(/\\(.)/g, '$1');
    };
    for (let i = 0; i < chars.length; i++) {
        const ch = chars[i];
        if (ch === '*') {
            wildcardAt(i);
            if (chars[i + 1] !== '*') {
                source += '[^/]*';
                continue;
            }
            i++;
            if (chars[i + 1] === '/')
                i++;
            source += i + 1 >= chars.length ? '.*' : '(?:.*/)?';
        }
        else if (ch === '?') {
            wildcardAt(i);
            source += '[^/]';
        }
        else if (ch === '\\') {
            if (i + 1 < chars.length)
                source += escapeChar(chars[++i], false);
            else
                source += '\\\\';
        }
        else if (ch === '[') {
            wildcardAt(i);
            let j = i + 1;
            let cls = '[';
            if (chars[j] === '^' || chars[j] === '!') {
                cls += '^';
                j++;
            }
            let members = 0;
            for (; j < chars.length && !(chars[j] === ']' && members > 0); j++) {
                let member = chars[j];
                if (member === '\\') {
                    j++;
                    if (j >= chars.length)
                        break;
                    member = chars[j];
                }
                if (chars[j + 1] === '-' && j + 2 < chars.length && chars[j + 2] !== ']') {
                    let high = chars[j + 2];
                    j += 2;
                    if (high === '\\')
                        high = chars[++j] ?? '';
                    if (high === '' || high < member)
                        throw new Error(`bad character range '${member}-${high}'`);
                    cls += `${escapeChar(member, true)}-${escapeChar(high, true)}`;
                }
                else {
                    cls += escapeChar(member, true);
                }
                members++;
            }
            if (j >= chars.length)
                throw new Error("'[' without its closing ']'");
            source += `${cls}]`;
            i = j;
        }
        else {
            source += escapeChar(ch, false);
        }
    }
    return { regex: new RegExp(`^${source}$`, 'su'), literalPrefix: literalPrefix ?? pattern.replace(/\\(.)/g, '$1') };
}
/** One rule from one line of text; undefined for blank lines and comments. */
function parseRule(raw, source, line) {
    // A comment needs '#' in column 1, as in Docker; ' #x' is a pattern.
    if (raw.startsWith('#'))
        return undefined;
    let text = raw.trim();
    if (text === '')
        return undefined;
    const exception = text.startsWith('!');
    if (exception)
        text = text.slice(1).trim();
    if (text === '')
        throw new errors/* ConfigurationError */.j1(`${describeSource(source, line)}: '!' needs a pattern after it.`, whereOf(source, line));
    let pattern = cleanPattern(text);
    if (pattern.length > 1 && pattern.startsWith('/'))
        pattern = pattern.slice(1);
    try {
        return { pattern, exception, ...compile(pattern) };
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`${describeSource(source, line)}: bad pattern '${raw.trim()}': ${err.message}.`, whereOf(source, line));
    }
}
function whereOf(source, line) {
    return 'file' in source ? { file: source.file, line } : undefined;
}
/** Rules from a .dockerignore file's text (a leading byte order mark is skipped). */
function parseDockerignore(text, file) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    return lines.flatMap((raw, index) => parseRule(raw, { file }, index + 1) ?? []);
}
/** Rules from a list input (one pattern per entry, same syntax). */
function parseIgnorePatterns(patterns, input) {
    return patterns.flatMap((raw, index) => parseRule(raw, { input }, index + 1) ?? []);
}
class IgnoreMatcher {
    rules;
    hasExceptions;
    constructor(rules) {
        this.rules = rules;
        this.hasExceptions = rules.some((r) => r.exception);
    }
    /**
     * True when `path` ('/'-separated, relative to the context) is left out: the last rule matching it or
     * one of its parent folders decides.
     */
    excludes(path) {
        const parts = path.split('/');
        const parents = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
        let excluded = false;
        for (const rule of this.rules) {
            // A rule can only change the verdict: skip excluding rules once excluded, exceptions until then.
            if (rule.exception !== excluded)
                continue;
            if (rule.regex.test(path) || parents.some((p) => rule.regex.test(p)))
                excluded = !rule.exception;
        }
        return excluded;
    }
    /** Whether an excluded folder must still be walked, because an exception may re-include something under it. */
    mayIncludeUnder(dir) {
        if (!this.hasExceptions)
            return false;
        const below = `${dir}/`;
        return this.rules.some((r) => r.exception && (r.literalPrefix.startsWith(below) || below.startsWith(r.literalPrefix)));
    }
}

// EXTERNAL MODULE: ./shared/tar/tar-writer.ts
var tar_writer = __webpack_require__(37581);
;// CONCATENATED MODULE: ./shared/release-image/context-layer.ts
// The image layer made from a build context: the context's files (minus .dockerignore and `exclude`)
// placed under the destination folder, as a reproducible gzip'd tar (sorted, fixed mtime, owner 0,
// permission bits kept, symlinks kept as links). Its digests are what the image manifest and config need.








/** An absolute image path, normalized ('/pangolin/' → '/pangolin'); anything else names the input. */
function parseDestination(inputName, value) {
    if (!value.startsWith('/')) {
        throw new errors/* ConfigurationError */.j1(`Input '${inputName}' must be an absolute folder in the image, like /pangolin/, got '${value}'.`);
    }
    const normalized = external_node_path_.posix.normalize(value);
    return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
}
function kindOf(stats) {
    if (stats.isFIFO())
        return 'a named pipe';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isBlockDevice() || stats.isCharacterDevice())
        return 'a device';
    return 'not a file, folder or symlink';
}
function readError(request, rel, err) {
    const code = err.code;
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'it disappeared' : err.message;
    return new errors/* ConfigurationError */.j1(`Cannot read '${rel}' in context '${request.contextInput}' (input 'context'): ${reason}.`);
}
/** A file name that is not valid UTF-8, shown with its odd bytes escaped. */
function notUtf8(request, rel, bytes) {
    const shown = [...bytes].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
    return new errors/* ConfigurationError */.j1(`'${rel === '' ? shown : `${rel}/${shown}`}' in context '${request.contextInput}' (input 'context'): the file name is not valid UTF-8; rename it, or leave it out with .dockerignore or 'exclude'.`);
}
/** A file's bytes; a failure names the file instead of surfacing as a bare errno. */
function openFile(request, absolute, rel) {
    const out = new external_node_stream_.PassThrough();
    const file = (0,external_node_fs_.createReadStream)(absolute);
    file.on('error', (err) => out.destroy(readError(request, rel, err)));
    return file.pipe(out);
}
async function loadIgnoreRules(request) {
    const file = (0,external_node_path_.join)(request.context, '.dockerignore');
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code !== 'ENOENT')
            throw readError(request, '.dockerignore', err);
    }
    const display = external_node_path_.posix.join(request.contextInput, '.dockerignore');
    return new IgnoreMatcher([...(text === undefined ? [] : parseDockerignore(text, display)), ...parseIgnorePatterns(request.exclude, 'exclude')]);
}
/** Walks the context in byte order of names, collecting what goes into the layer under `prefix`. */
async function walkContext(request, ignore, prefix) {
    const walked = { files: [], symlinks: [], directories: [], directoryModes: new Map(), excludedSome: false };
    const walk = async (rel) => {
        const dir = rel === '' ? request.context : (0,external_node_path_.join)(request.context, rel);
        let raw;
        try {
            raw = await (0,promises_.readdir)(dir, { encoding: 'buffer' });
        }
        catch (err) {
            throw readError(request, rel || '.', err);
        }
        const entries = raw.map((bytes) => ({ bytes, name: bytes.toString('utf8') })).sort((a, b) => (0,tar_writer/* compareTarPaths */.z)(a.name, b.name));
        for (const { bytes, name } of entries) {
            const path = rel === '' ? name : `${rel}/${name}`;
            const absolute = (0,external_node_path_.join)(dir, name);
            if (request.leaveOut?.includes(absolute))
                continue;
            const excluded = ignore.excludes(path);
            if (excluded)
                walked.excludedSome = true;
            // A name that is not UTF-8 reads back mangled (and then seems to have disappeared): say so, unless a pattern leaves it out.
            if (!Buffer.from(name, 'utf8').equals(bytes)) {
                if (excluded)
                    continue;
                throw notUtf8(request, rel, bytes);
            }
            let stats;
            try {
                stats = await (0,promises_.lstat)(absolute);
            }
            catch (err) {
                throw readError(request, path, err);
            }
            const inLayer = `${prefix}${path}`;
            if (stats.isDirectory()) {
                walked.directoryModes.set(`${inLayer}/`, stats.mode & 0o7777);
                if (!excluded)
                    walked.directories.push(inLayer);
                if (!excluded || ignore.mayIncludeUnder(path))
                    await walk(path);
                continue;
            }
            if (excluded)
                continue;
            if (stats.isSymbolicLink()) {
                walked.symlinks.push({ path: inLayer, target: await (0,promises_.readlink)(absolute) });
            }
            else if (stats.isFile()) {
                // Opening each file now makes an unreadable one fail the build before anything is written.
                try {
                    await (await (0,promises_.open)(absolute, 'r')).close();
                }
                catch (err) {
                    throw readError(request, path, err);
                }
                walked.files.push({ path: inLayer, size: stats.size, mode: stats.mode & 0o7777, data: () => openFile(request, absolute, path) });
            }
            else {
                throw new errors/* ConfigurationError */.j1(`'${path}' in context '${request.contextInput}' (input 'context') is ${kindOf(stats)}: only files, folders and symlinks can go into the layer; leave it out with .dockerignore or 'exclude'.`);
            }
        }
    };
    await walk('');
    return walked;
}
async function buildContextLayer(request) {
    let contextStats;
    try {
        contextStats = await (0,promises_.lstat)(request.context);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`Input 'context': folder '${request.contextInput}' does not exist.`);
    }
    if (!contextStats.isDirectory())
        throw new errors/* ConfigurationError */.j1(`Input 'context': '${request.contextInput}' is not a folder.`);
    const ignore = await loadIgnoreRules(request);
    // '/pangolin' → entries 'pangolin/…'; '/' → entries at the root of the image.
    const prefix = request.destination === '/' ? '' : `${request.destination.slice(1)}/`;
    const walked = await walkContext(request, ignore, prefix);
    if (walked.files.length + walked.symlinks.length + walked.directories.length === 0) {
        const why = walked.excludedSome ? ': .dockerignore and exclude leave out everything in it' : ': it is empty';
        throw new errors/* ConfigurationError */.j1(`Input 'context': nothing to put in the layer from '${request.contextInput}'${why}.`);
    }
    const result = await (0,archive_file/* writeArchive */._d)(request.output, walked.files, {
        compression: 'gzip',
        // The layer is mostly text (charts, scripts): the usual gzip level pays off here.
        gzipLevel: 6,
        mtime: request.mtime,
        symlinks: walked.symlinks,
        directories: prefix === '' ? walked.directories : [prefix.slice(0, -1), ...walked.directories],
        directoryModes: walked.directoryModes,
        hashTar: true,
    });
    return {
        path: result.path,
        digest: `sha256:${result.sha256}`,
        diffId: `sha256:${result.tarSha256}`,
        size: result.size,
        files: walked.files.length,
        symlinks: walked.symlinks.length,
        directories: walked.directories.length,
    };
}


/***/ }),

/***/ 56748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IC: () => (/* binding */ SAVE_PATH_OWNER),
  vR: () => (/* binding */ buildReleaseImage),
  cE: () => (/* binding */ parseBaseImageInput),
  uX: () => (/* binding */ parseTargetImageInput)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/archive/archive-file.ts + 2 modules
var archive_file = __webpack_require__(6555);
// EXTERNAL MODULE: ./shared/image/digest.ts
var image_digest = __webpack_require__(82258);
// EXTERNAL MODULE: ./shared/errors/errors.ts
var errors = __webpack_require__(81821);
// EXTERNAL MODULE: ./shared/image/media-types.ts
var media_types = __webpack_require__(50376);
// EXTERNAL MODULE: ./shared/transfer/image-graph.ts
var image_graph = __webpack_require__(3400);
;// CONCATENATED MODULE: ./shared/archive/docker-archive.ts
// The tarball `docker load` and skopeo's `docker-archive:` read (docs formats.md §4.1): manifest.json
// naming each image's config and layers, the blobs under blobs/<algorithm>/<hex> as the registry serves
// them (gzip'd layers stay gzip'd: both loaders decompress), and the legacy `repositories` file.
// One platform per image: the format has no indexes.





function blobPath(digest) {
    return `blobs/${digest.slice(0, digest.indexOf(':'))}/${(0,image_digest/* digestHex */.sU)(digest)}`;
}
/** Docker's short form of a repository: `docker.io/library/x` → `x`, `docker.io/a/b` → `a/b`. */
function familiarName(name) {
    const hub = /^(?:docker\.io|index\.docker\.io)\/(.+)$/.exec(name);
    if (!hub)
        return name;
    return hub[1].startsWith('library/') && hub[1].split('/').length === 2 ? hub[1].slice('library/'.length) : hub[1];
}
/** `host/repo:tag` → name and tag (the tag is after the last ':' that follows the last '/'). */
function splitRepoTag(repoTag) {
    const colon = repoTag.lastIndexOf(':');
    if (colon < 0 || colon < repoTag.lastIndexOf('/'))
        throw new Error(`docker-archive: '${repoTag}' is not name:tag`);
    return { name: repoTag.slice(0, colon), tag: repoTag.slice(colon + 1) };
}
async function writeDockerArchive(output, images, spool, options) {
    const files = new Map();
    const addBlob = (digest) => {
        const path = blobPath(digest);
        if (!files.has(path))
            files.set(path, { path, size: spool.size(digest), mode: 0o644, data: () => spool.file(digest) });
        return path;
    };
    const items = [];
    const repositories = {};
    for (const image of images) {
        const what = image.repoTags[0] ?? image.manifest.digest;
        const parsed = (0,image_graph/* parseManifestJson */.vW)(image.manifest.bytes, what);
        if (!parsed.config)
            throw new Error(`docker-archive: ${what} is not an image manifest`);
        const layers = parsed.layers ?? [];
        const foreign = layers.find((l) => (0,media_types/* isForeignLayer */.sJ)(l.mediaType));
        if (foreign) {
            throw new errors/* ConfigurationError */.j1(`${what}: layer ${foreign.digest} is a foreign (non-distributable) layer, which a docker-archive cannot hold.`);
        }
        // Layers[i] pairs with rootfs.diff_ids[i]: a layer listed twice is listed twice, its file written once.
        items.push({ Config: addBlob(parsed.config.digest), RepoTags: image.repoTags, Layers: layers.map((l) => addBlob(l.digest)) });
        const top = layers.at(-1);
        for (const repoTag of image.repoTags) {
            const { name, tag } = splitRepoTag(repoTag);
            const familiar = familiarName(name);
            // Only Docker's legacy loader (archives without manifest.json) reads this; it names the top layer.
            if (top)
                repositories[familiar] = { ...repositories[familiar], [tag]: (0,image_digest/* digestHex */.sU)(top.digest) };
        }
    }
    const json = (path, value) => {
        const bytes = Buffer.from(JSON.stringify(value));
        return { path, size: bytes.length, mode: 0o644, data: () => bytes };
    };
    return (0,archive_file/* writeArchive */._d)(output, [...files.values(), json('manifest.json', items), json('repositories', repositories)], {
        compression: options.compression,
        mtime: options.mtime,
        owner: options.owner,
        signal: options.signal,
    });
}

// EXTERNAL MODULE: ./shared/release-image/context-layer.ts + 1 modules
var context_layer = __webpack_require__(10830);
// EXTERNAL MODULE: ./shared/errors/fs-errors.ts
var fs_errors = __webpack_require__(71373);
// EXTERNAL MODULE: ./shared/registry/registry-check.ts
var registry_check = __webpack_require__(14944);
;// CONCATENATED MODULE: ./shared/release-image/image-mutate.ts
// Appending one layer to an image: a new config (diff_id, history, created, labels, working folder) and
// manifest per platform, in the media type family of the base, and an index of that family when there
// are several. JSON is built with a fixed key order, so the same inputs always give the same digests.




/** Seconds since the epoch as RFC 3339 in UTC, whole seconds: `1970-01-01T00:00:00Z`. */
function rfc3339(seconds) {
    return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function parseConfig(bytes, what) {
    let config;
    try {
        config = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${what}: the image config is not JSON.`);
    }
    if (typeof config !== 'object' || config === null || !Array.isArray(config.rootfs?.diff_ids)) {
        throw new errors/* ConfigurationError */.j1(`${what}: the image config has no rootfs.diff_ids; it is not a container image.`);
    }
    return config;
}
/** The platform an image config declares. */
function configPlatform(bytes, what) {
    const config = parseConfig(bytes, what);
    return { os: config.os ?? 'unknown', architecture: config.architecture ?? 'unknown', ...(config.variant ? { variant: config.variant } : {}) };
}
function layerMediaType(manifestMediaType) {
    return manifestMediaType === media_types/* DOCKER_MANIFEST */.Vv ? media_types/* DOCKER_LAYER_GZIP */.MZ : media_types/* OCI_LAYER_GZIP */.BQ;
}
/** The base config with the layer, history entry, time, labels and working folder added. */
function extendConfig(base, additions) {
    const config = { ...base };
    config.created = additions.created;
    const runConfig = { ...(base.config ?? {}) };
    if (additions.workingDir !== undefined)
        runConfig.WorkingDir = additions.workingDir;
    if (additions.labels.size > 0) {
        runConfig.Labels = { ...(runConfig.Labels ?? {}), ...Object.fromEntries(additions.labels) };
    }
    config.config = runConfig;
    config.rootfs = { ...base.rootfs, diff_ids: [...(base.rootfs?.diff_ids ?? []), additions.layer.diffId] };
    config.history = [...(base.history ?? []), { created: additions.created, created_by: additions.createdBy }];
    return Buffer.from(JSON.stringify(config));
}
/** One platform's image with the layer appended: same manifest media type, base layers kept verbatim. */
function extendImage(base, baseConfig, additions, what) {
    if (!(0,media_types/* isImageManifestMediaType */.d6)(base.mediaType)) {
        throw new errors/* ConfigurationError */.j1(`${what}: cannot add a layer to a manifest of type '${base.mediaType}'.`);
    }
    const parsed = (0,image_graph/* parseManifestJson */.vW)(base.bytes, what);
    const config = parseConfig(baseConfig, what);
    const configBytes = extendConfig(config, additions);
    const configDescriptor = { mediaType: parsed.config.mediaType, digest: (0,image_digest/* sha256Digest */.sI)(configBytes), size: configBytes.length };
    const layer = { mediaType: layerMediaType(base.mediaType), digest: additions.layer.digest, size: additions.layer.size };
    const manifest = {
        schemaVersion: 2,
        mediaType: base.mediaType,
        config: configDescriptor,
        layers: [...(parsed.layers ?? []), layer],
        // Docker v2 manifests have no annotations; OCI ones say what they were built on (image-spec annotations.md).
        ...(base.mediaType === media_types/* DOCKER_MANIFEST */.Vv
            ? {}
            : { annotations: { 'org.opencontainers.image.base.digest': base.digest, 'org.opencontainers.image.base.name': additions.baseName } }),
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const platform = base.platform ?? configPlatform(baseConfig, what);
    const node = {
        digest: (0,image_digest/* sha256Digest */.sI)(bytes),
        mediaType: base.mediaType,
        bytes,
        children: [],
        blobs: (0,image_graph/* imageBlobs */.aR)(base.mediaType, manifest, what),
        platform,
    };
    return { manifest: node, config: { descriptor: configDescriptor, bytes: configBytes }, platform };
}
/** An index (`mediaType`: Docker list or OCI index) listing the images with their platforms. */
function buildIndex(mediaType, images) {
    const index = {
        schemaVersion: 2,
        mediaType,
        manifests: images.map((image) => ({
            mediaType: image.manifest.mediaType,
            digest: image.manifest.digest,
            size: image.manifest.bytes.length,
            platform: image.platform,
        })),
    };
    const bytes = Buffer.from(JSON.stringify(index));
    return { digest: (0,image_digest/* sha256Digest */.sI)(bytes), mediaType, bytes, children: images.map((i) => i.manifest), blobs: [] };
}

// EXTERNAL MODULE: ./shared/run/progress.ts
var progress = __webpack_require__(12365);
// EXTERNAL MODULE: ./shared/image/reference.ts
var reference = __webpack_require__(97329);
// EXTERNAL MODULE: ./shared/registry/client-pool.ts + 5 modules
var client_pool = __webpack_require__(63437);
// EXTERNAL MODULE: ./shared/registry/registry-error.ts
var registry_error = __webpack_require__(81294);
// EXTERNAL MODULE: ./shared/run/run-control.ts
var run_control = __webpack_require__(92653);
// EXTERNAL MODULE: ./shared/transfer/blob-spool.ts
var blob_spool = __webpack_require__(11675);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./shared/transfer/built-image-source.ts
// An image built on a base: the new manifests and configs are served from memory, the new layer from
// its file, and every other blob from the base image's source, so the engine copies it like any other.


class BuiltImageSource {
    name;
    root;
    built;
    base;
    constructor(name, root, built, 
    /** Where the base image's blobs are read from. */
    base) {
        this.name = name;
        this.root = root;
        this.built = built;
        this.base = base;
    }
    async resolve() {
        return this.root;
    }
    /** The same image rooted at one of its manifests (one platform of an index). */
    rootedAt(node) {
        return new BuiltImageSource(this.name, node, this.built, this.base);
    }
    async openBlob(desc) {
        const blob = this.built.get(desc.digest);
        if (!blob)
            return this.base.openBlob(desc);
        return 'bytes' in blob ? external_node_stream_.Readable.from([blob.bytes]) : (0,external_node_fs_.createReadStream)(blob.file, { highWaterMark: 1 << 20 });
    }
}

// EXTERNAL MODULE: ./shared/transfer/collecting-sink.ts
var collecting_sink = __webpack_require__(9026);
// EXTERNAL MODULE: ./shared/transfer/registry-source.ts
var registry_source = __webpack_require__(15419);
// EXTERNAL MODULE: ./shared/transfer/registry-sink.ts
var registry_sink = __webpack_require__(55801);
// EXTERNAL MODULE: ./shared/transfer/transfer-engine.ts + 1 modules
var transfer_engine = __webpack_require__(36213);
;// CONCATENATED MODULE: ./shared/release-image/release-image.ts
// build-release-image's work: read the base image, build one layer from the context, append it to each
// selected platform, then push the result and collect it for the docker-archive with the one transfer
// engine, and write the tarball last, so a failed run leaves no file behind.





















/** The input naming the tarball, for write failures. */
const SAVE_PATH_OWNER = { input: 'save-path' };
const MAX_CONFIG_BYTES = 8 << 20;
/** Blob transfers at once: a build moves one image, so this only bounds parallel layer uploads. */
const CONCURRENCY = 8;
/** `base-image`: a reference with a registry host and a tag or digest. */
function parseBaseImageInput(inputName, value) {
    let ref;
    try {
        ref = (0,reference/* parseReference */.F2)(value);
    }
    catch (err) {
        if (err instanceof reference/* InvalidReferenceError */.x_)
            throw new errors/* ConfigurationError */.j1(`Input '${inputName}': ${err.message}.`);
        throw err;
    }
    if (!ref.registry)
        throw new errors/* ConfigurationError */.j1(`Input '${inputName}' must name its registry, like registry.example.com/${ref.repository}, got '${value}'.`);
    return ref;
}
/** `image` (a repository with its registry, no tag) plus `release-version` (the tag). */
function parseTargetImageInput(imageInput, image, versionInput, version) {
    if (image.includes('@') || (image.split('/').pop() ?? '').includes(':')) {
        throw new errors/* ConfigurationError */.j1(`Input '${imageInput}' is a repository without tag or digest (the tag is '${versionInput}'), got '${image}'.`);
    }
    try {
        (0,reference/* validateTag */.z7)(version, version);
    }
    catch (err) {
        if (err instanceof reference/* InvalidReferenceError */.x_)
            throw new errors/* ConfigurationError */.j1(`Input '${versionInput}': ${err.reason}.`);
        throw err;
    }
    const ref = parseBaseImageInput(imageInput, `${image}:${version}`);
    return { ...ref, tag: version };
}
async function readBytes(source, desc) {
    if (desc.size > MAX_CONFIG_BYTES)
        throw new Error(`${source.name}: config ${desc.digest} is larger than ${MAX_CONFIG_BYTES} bytes`);
    return source.readBlob(desc, MAX_CONFIG_BYTES);
}
/** Reads the base and picks the platforms to build: all real platforms, or those asked for. */
async function readBase(source, platforms) {
    let root;
    try {
        root = await source.resolve();
    }
    catch (err) {
        if (err instanceof registry_error/* RegistryError */.gl && err.notFound) {
            throw new errors/* ConfigurationError */.j1(`Base image '${source.name}' (input 'base-image') was not found: ${err.message}`);
        }
        throw err;
    }
    const wanted = (platform) => platforms.length === 0 || platforms.some((p) => (0,image_graph/* platformMatches */.J5)(platform, p));
    const withConfig = async (manifest) => {
        if (manifest.children.length > 0)
            throw new errors/* ConfigurationError */.j1(`Base image '${source.name}': nested indexes are not supported.`);
        const config = (0,image_graph/* parseManifestJson */.vW)(manifest.bytes, source.name).config;
        if (!config)
            throw new errors/* ConfigurationError */.j1(`Base image '${source.name}': manifest ${manifest.digest} has no config.`);
        const bytes = await readBytes(source, config);
        // An index entry says its platform in the index; a single manifest in its config.
        return { manifest: { ...manifest, platform: manifest.platform ?? configPlatform(bytes, source.name) }, config: bytes };
    };
    const isIndex = root.children.length > 0 || root.blobs.length === 0;
    let available;
    let chosen = [];
    if (isIndex) {
        // Attestations and signatures hang in indexes as `unknown/unknown` entries: not platforms to build.
        const entries = root.children.filter((c) => c.platform?.os !== 'unknown');
        available = entries.map((c) => c.platform);
        for (const entry of entries.filter((c) => wanted(c.platform)))
            chosen.push(await withConfig(entry));
    }
    else {
        const image = await withConfig(root);
        available = [image.manifest.platform];
        if (wanted(image.manifest.platform))
            chosen = [image];
    }
    if (chosen.length === 0) {
        const have = available.map(image_graph/* platformString */.Fd).join(', ') || 'none';
        throw new errors/* ConfigurationError */.j1(`Input 'platforms': none of ${platforms.join(', ') || 'the platforms'} is in base image '${source.name}' (it has ${have}).`);
    }
    return { index: isIndex ? root : undefined, images: chosen };
}
/** linux/amd64 when it was built (what `docker load` users most often run), else the first platform. */
function archivePlatform(images) {
    return images.find((i) => (0,image_graph/* platformMatches */.J5)(i.platform, 'linux/amd64')) ?? images[0];
}
/** The one line for a push or a save that did not complete: reading the base, or writing the target. */
function transferFailure(result, baseName, push, savePath) {
    if (result.status === 'missing')
        return new Error(`Cannot read base image '${baseName}': ${result.error}`);
    return new Error(push ? `Cannot push ${result.target}: ${result.error}` : `Cannot save ${savePath}: ${result.error}`);
}
async function buildReleaseImage(request) {
    try {
        return await build(request);
    }
    catch (err) {
        // The tarball is written last, so one found now is from an earlier run: never leave it looking current.
        await (0,promises_.rm)(request.savePath, { force: true });
        throw err;
    }
}
async function build(request) {
    const { logger, base, target } = request;
    const baseName = (0,reference/* formatReference */.FH)(base);
    const targetName = (0,reference/* formatReference */.FH)({ registry: target.registry, repository: target.repository, tag: target.tag });
    const pool = new client_pool/* RegistryClientPool */.P({
        retry: request.retry,
        logger,
        insecureRegistries: request.insecureRegistries,
        credentials: [
            { host: target.registry, ...request.credentials, inputName: '' },
            { host: base.registry, ...request.baseCredentials, inputName: 'base' },
        ],
        signal: request.control?.signal,
    });
    await (0,registry_check/* checkRegistry */.q)(pool, base.registry, 'base-image');
    if (request.push && target.registry !== base.registry)
        await (0,registry_check/* checkRegistry */.q)(pool, target.registry, 'image');
    const baseSource = new registry_source/* RegistryImageSource */.U(await pool.get(base.registry), base.repository, (0,reference/* manifestKey */.Rn)(base), baseName);
    const baseImage = await logger.group(`Base image ${baseName}`, async () => {
        const read = await readBase(baseSource, request.platforms);
        const what = read.index ? `index ${read.index.digest}` : `manifest ${read.images[0].manifest.digest}`;
        logger.info(`${baseName}: ${what}; building ${read.images.map((i) => (0,image_graph/* platformString */.Fd)(i.manifest.platform)).join(', ')}`);
        return read;
    });
    const mtime = (0,archive_file/* archiveMtime */.bl)();
    const workDir = await (0,fs_errors/* makeScratchDir */.K3)('prel-build-');
    let spool;
    try {
        const layer = await logger.group(`Layer from ${request.contextInput} into ${request.destination}`, async () => {
            const built = await (0,fs_errors/* inScratch */.QZ)(() => (0,context_layer/* buildContextLayer */.z)({
                context: request.context,
                contextInput: request.contextInput,
                destination: request.destination,
                exclude: request.exclude,
                // The default save-path is inside the default context: a re-run must not pack the last tarball.
                leaveOut: [request.savePath],
                mtime,
                output: (0,external_node_path_.join)(workDir, 'layer.tar.gz'),
            }), workDir);
            logger.info(`${built.files} files, ${built.directories} folders, ${built.symlinks} symlinks: ${(0,progress/* formatBytes */.z3)(built.size)} gzip'd, ${built.digest} (diffID ${built.diffId})`);
            return built;
        });
        const additions = {
            layer,
            created: rfc3339(mtime),
            createdBy: `prel build-release-image: COPY ${request.contextInput} ${request.destination === '/' ? '/' : `${request.destination}/`}`,
            labels: request.labels,
            workingDir: request.destination,
            baseName,
        };
        const images = baseImage.images.map((b) => extendImage(b.manifest, b.config, additions, baseName));
        const root = images.length > 1 ? buildIndex(baseImage.index.mediaType, images) : images[0].manifest;
        const built = new Map([[layer.digest, { file: layer.path }]]);
        for (const image of images)
            built.set(image.config.descriptor.digest, { bytes: image.config.bytes });
        const source = new BuiltImageSource(targetName, root, built, baseSource);
        const saved = archivePlatform(images);
        spool = await blob_spool/* BlobSpool */.b.create();
        const collector = new collecting_sink/* ImageCollector */.h(spool);
        const jobs = [];
        if (request.push) {
            const locations = new registry_sink/* BlobLocations */.S();
            // Same registry: the base's blobs are mounted from its repository instead of sent again.
            if (base.registry === target.registry) {
                for (const b of baseImage.images)
                    for (const blob of b.manifest.blobs)
                        locations.addKnown(blob.digest, base.repository);
            }
            const client = await pool.get(target.registry);
            jobs.push({ source, sink: new registry_sink/* RegistrySink */.P(client, target.repository, target.tag, undefined, locations, targetName) });
        }
        // The docker-archive holds one platform, so only that one's blobs are fetched for it.
        jobs.push({ source: source.rootedAt(saved.manifest), sink: collector.sinkFor(target.repository, target.tag, request.savePath) });
        const results = await (0,transfer_engine/* transferImages */.k)(jobs, { concurrency: CONCURRENCY, retry: request.retry, logger, progressLabel: 'build', control: request.control });
        if (request.control?.stopped) {
            const pushed = request.push && results[0].status === 'copied' ? `${targetName} was pushed; ` : '';
            throw new run_control/* RunStoppedError */.Fz(request.control.stopped, `${pushed}${request.savePath} was not written`);
        }
        results.forEach((result, i) => {
            if (result.status === 'missing' || result.status === 'failed')
                throw transferFailure(result, baseName, request.push && i === 0, request.savePath);
        });
        const archive = await logger.group(`Save ${request.savePath}`, async () => {
            try {
                const written = await writeDockerArchive(request.savePath, [{ manifest: saved.manifest, repoTags: [targetName] }], spool, {
                    compression: request.compression,
                    mtime,
                    owner: SAVE_PATH_OWNER,
                    signal: request.control?.signal,
                });
                logger.info(`${(0,image_graph/* platformString */.Fd)(saved.platform)} as ${targetName}: ${(0,progress/* formatBytes */.z3)(written.size)}, sha256:${written.sha256}`);
                return written;
            }
            catch (err) {
                // The push cannot be taken back: say it happened, so a re-run is not mistaken for a first push.
                if (request.push && err instanceof errors/* ConfigurationError */.j1) {
                    throw new errors/* ConfigurationError */.j1(`${err.message}; ${targetName}@${root.digest} was pushed already, only the tarball is missing.`);
                }
                throw err;
            }
        });
        return {
            digest: root.digest,
            imageRef: `${targetName}@${root.digest}`,
            platforms: images.map((i) => (0,image_graph/* platformString */.Fd)(i.platform)),
            savedPlatform: (0,image_graph/* platformString */.Fd)(saved.platform),
            layer,
            archive,
            push: request.push ? results[0] : undefined,
        };
    }
    finally {
        await spool?.remove();
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
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


/***/ })

};
