export const id = 390;
export const ids = [390];
export const modules = {

/***/ 45811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bl: () => (/* binding */ archiveMtime),
  v$: () => (/* binding */ tarSize),
  _d: () => (/* binding */ writeArchive)
});

// UNUSED EXPORTS: MAX_ARCHIVE_MTIME, orderEntries

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./shared/files/leftovers.ts
var leftovers = __webpack_require__(69526);
// EXTERNAL MODULE: ./shared/errors/errors.ts
var errors = __webpack_require__(81821);
// EXTERNAL MODULE: ./shared/errors/fs-errors.ts
var fs_errors = __webpack_require__(71373);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./shared/tar/gzip.ts
// Reproducible, parallel gzip. The input is cut at fixed 1 MiB boundaries and each piece becomes its own
// gzip member (a multi-member file is plain gzip: gzip, tar -z, Go and Python read it whole), so pieces
// compress on zlib's thread pool in parallel while the output stays the same bytes for the same input.
// Pieces that do not compress (already-gzip'd layers, most of an image archive) are stored, not deflated:
// deflating them again costs seconds per GiB and saves nothing. Headers are fixed: no name, mtime 0, and
// the OS byte set to Unix (3) whatever zlib was built for (docs formats.md §5.2).




const gzipAsync = (0,external_node_util_.promisify)(external_node_zlib_.gzip);
const OS_BYTE = 9;
const UNIX = 3;
const GZIP_PIECE = 1 << 20;
const SAMPLE = 16 << 10;
/** A sample that shrinks by less than this is treated as incompressible. */
const WORTH_IT = 0.97;
async function isCompressible(piece) {
    if (piece.length <= 4 * SAMPLE)
        return true;
    // Three spots (start, middle, end) stand for the piece; deterministic, so the output is too.
    const middle = Math.floor(piece.length / 2);
    const sample = Buffer.concat([piece.subarray(0, SAMPLE), piece.subarray(middle, middle + SAMPLE), piece.subarray(piece.length - SAMPLE)]);
    const packed = await gzipAsync(sample, { level: 1 });
    return packed.length < sample.length * WORTH_IT;
}
async function member(piece, level) {
    const out = await gzipAsync(piece, { level: (await isCompressible(piece)) ? level : 0 });
    out[OS_BYTE] = UNIX;
    return out;
}
class ParallelGzip extends external_node_stream_.Transform {
    level;
    parallel;
    pending = [];
    pendingBytes = 0;
    queue = [];
    members = 0;
    constructor(level = 6, parallel = Math.max(2, Math.min(8, (0,external_node_os_.availableParallelism)()))) {
        super({ highWaterMark: GZIP_PIECE });
        this.level = level;
        this.parallel = parallel;
    }
    _transform(chunk, _encoding, callback) {
        this.accept(chunk).then(() => callback(), callback);
    }
    _flush(callback) {
        (async () => {
            if (this.pendingBytes > 0 || this.members + this.queue.length === 0)
                this.schedule();
            while (this.queue.length)
                this.push(await this.queue.shift());
        })().then(() => callback(), callback);
    }
    async accept(chunk) {
        let rest = chunk;
        while (rest.length > 0) {
            const room = GZIP_PIECE - this.pendingBytes;
            this.pending.push(rest.subarray(0, room));
            this.pendingBytes += Math.min(room, rest.length);
            rest = rest.subarray(room);
            if (this.pendingBytes === GZIP_PIECE) {
                this.schedule();
                // Bounded work in flight keeps memory flat: wait for the oldest piece before taking more.
                if (this.queue.length >= this.parallel)
                    this.push(await this.queue.shift());
            }
        }
    }
    schedule() {
        const piece = Buffer.concat(this.pending, this.pendingBytes);
        this.pending = [];
        this.pendingBytes = 0;
        this.members++;
        const compressed = member(piece, this.level);
        compressed.catch(() => undefined); // surfaced when its turn comes
        this.queue.push(compressed);
    }
}

// EXTERNAL MODULE: ./shared/tar/tar-header.ts
var tar_header = __webpack_require__(2475);
// EXTERNAL MODULE: ./shared/tar/tar-writer.ts
var tar_writer = __webpack_require__(37581);
;// CONCATENATED MODULE: ./shared/archive/archive-file.ts
// Writes a set of files as a deterministic tar (sorted, parents first, fixed mtime and owner), optionally
// gzip'd, to a temp file renamed into place only when complete; returns its sha256 and size.












/** The latest mtime a USTAR header holds: 11 octal digits (year 2242; RFC 3339 dates go further). */
const MAX_ARCHIVE_MTIME = 0o77777777777;
/**
 * SOURCE_DATE_EPOCH when set, else 0. reproducible-builds.org: whole seconds since the epoch, and a
 * malformed value is an error, never a silent 0 (nor milliseconds that overflow the tar header).
 */
function archiveMtime() {
    const text = process.env.SOURCE_DATE_EPOCH;
    if (text === undefined || text === '')
        return 0;
    const value = Number(text);
    if (!/^\d+$/.test(text) || value > MAX_ARCHIVE_MTIME) {
        const hint = /^\d{13}$/.test(text) ? ' (this looks like milliseconds)' : '';
        throw new errors/* ConfigurationError */.j1(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 from 0 to ${MAX_ARCHIVE_MTIME}${hint}, got ${(0,errors/* quoteText */.ol)(text)}; for example $(git log -1 --format=%ct).`);
    }
    return value;
}
class HashAndCount extends external_node_stream_.Transform {
    hash = (0,external_node_crypto_.createHash)('sha256');
    bytes = 0;
    _transform(chunk, _encoding, callback) {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        callback(null, chunk);
    }
}
function entryPath(entry) {
    return entry.kind === 'dir' ? entry.path : entry.kind === 'file' ? entry.file.path : entry.link.path;
}
/** Every entry once, parents first, in byte-wise path order. A path given twice is a bug in the caller. */
function orderEntries(files, symlinks = [], directories = []) {
    const entries = new Map();
    const addDir = (path) => {
        if (!entries.has(path))
            entries.set(path, { kind: 'dir', path });
    };
    directories.forEach((d) => {
        (0,tar_writer/* parentDirectories */.A7)(d).forEach(addDir);
        addDir(d.endsWith('/') ? d : `${d}/`);
    });
    const addLeaf = (path, entry) => {
        if (entries.has(path))
            throw new Error(`archive path ${path} given twice`);
        (0,tar_writer/* parentDirectories */.A7)(path).forEach(addDir);
        entries.set(path, entry);
    };
    files.forEach((file) => addLeaf(file.path, { kind: 'file', file }));
    symlinks.forEach((link) => addLeaf(link.path, { kind: 'symlink', link }));
    return [...entries.values()].sort((a, b) => (0,tar_writer/* compareTarPaths */.zr)(entryPath(a), entryPath(b)));
}
/** Bytes of the uncompressed tar writeArchive would produce for these entries, without reading any data. */
function tarSize(files, options = {}) {
    let total = (0,tar_header/* endOfArchive */.PG)().length;
    for (const entry of orderEntries(files, options.symlinks, options.directories)) {
        if (entry.kind === 'dir')
            total += (0,tar_header/* encodeHeader */.YS)({ path: entry.path, type: 'directory' }).length;
        else if (entry.kind === 'symlink')
            total += (0,tar_header/* encodeHeader */.YS)({ path: entry.link.path, type: 'symlink', linkname: entry.link.target }).length;
        else
            total += (0,tar_header/* encodeHeader */.YS)({ path: entry.file.path, type: 'file', size: entry.file.size }).length + Math.ceil(entry.file.size / tar_header/* BLOCK */.IE) * tar_header/* BLOCK */.IE;
    }
    return total;
}
async function writeArchive(output, files, options) {
    return options.owner ? (0,fs_errors/* writingTo */.gC)(output, options.owner, () => writeArchiveFile(output, files, options)) : writeArchiveFile(output, files, options);
}
async function writeArchiveFile(output, files, options) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(output), { recursive: true });
    await (0,leftovers/* removeDeadPartials */.Jk)((0,external_node_path_.dirname)(output), (0,external_node_path_.basename)(output));
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(output), (0,leftovers/* partialName */.t4)((0,external_node_path_.basename)(output)));
    const tar = new tar_writer/* TarWriter */.rW();
    const gzip = options.compression === 'gzip';
    // Uncompressed, the file's own hash is the tar's: no second pass over the bytes.
    const tarHash = gzip && options.hashTar ? new HashAndCount() : undefined;
    const counter = new HashAndCount();
    const stages = [tar.output, ...(tarHash ? [tarHash] : []), ...(gzip ? [new ParallelGzip(options.gzipLevel)] : []), counter];
    const written = (0,external_node_stream_promises_.pipeline)([...stages, (0,external_node_fs_.createWriteStream)(temp)], options.signal ? { signal: options.signal } : {});
    const produce = (async () => {
        for (const entry of orderEntries(files, options.symlinks, options.directories)) {
            options.signal?.throwIfAborted();
            const mtime = options.mtime;
            if (entry.kind === 'dir') {
                const mode = options.directoryModes?.get(entry.path) ?? options.directoryMode ?? 0o755;
                await tar.add({ path: entry.path, type: 'directory', mode, mtime });
            }
            else if (entry.kind === 'symlink')
                await tar.add({ path: entry.link.path, type: 'symlink', linkname: entry.link.target, mode: 0o777, mtime });
            else
                await tar.add({ path: entry.file.path, type: 'file', size: entry.file.size, mode: entry.file.mode ?? 0o644, mtime }, entry.file.data());
        }
        await tar.finish();
    })();
    try {
        await Promise.all([produce.catch((err) => {
                tar.abort(err);
                throw err;
            }), written]);
        await (0,promises_.rename)(temp, output);
    }
    catch (err) {
        await (0,promises_.rm)(temp, { force: true });
        throw options.signal?.aborted ? options.signal.reason : err;
    }
    const sha256 = counter.hash.digest('hex');
    return { path: output, sha256, size: counter.bytes, tarSha256: gzip ? tarHash?.hash.digest('hex') : sha256 };
}


/***/ }),

/***/ 69526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ removeDeadPartials),
/* harmony export */   jW: () => (/* binding */ isProcessAlive),
/* harmony export */   t4: () => (/* binding */ partialName)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// What a killed run (SIGKILL, a lost runner) leaves behind and a later run clears: partial archives and
// blob spools named with the pid of the process that wrote them. Only files of processes that are gone
// are touched, so two runs side by side never remove each other's work.


/** True while a process with this pid runs on this machine. */
function isProcessAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/** `.<name>.<pid>.partial`: the temp name an archive is written under until it is complete. */
function partialName(name, pid = process.pid) {
    return `.${name}.${pid}.partial`;
}
/** Removes partial files of `name` in `dir` whose writer is gone. */
async function removeDeadPartials(dir, name) {
    const prefix = `.${name}.`;
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
    }
    catch {
        return;
    }
    for (const entry of entries) {
        if (!entry.startsWith(prefix) || !entry.endsWith('.partial'))
            continue;
        const pid = Number(entry.slice(prefix.length, -'.partial'.length));
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isProcessAlive(pid))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry), { force: true });
    }
}


/***/ }),

/***/ 2475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ BLOCK),
/* harmony export */   Ms: () => (/* binding */ padding),
/* harmony export */   PG: () => (/* binding */ endOfArchive),
/* harmony export */   YS: () => (/* binding */ encodeHeader)
/* harmony export */ });
// Deterministic tar headers (docs formats.md §5.1): USTAR when the entry fits, else a PAX 'x' record
// first, as Go's archive/tar does; fixed owner, no atime/ctime, no record padding.
const BLOCK = 512;
const TYPEFLAG = { file: '0', hardlink: '1', symlink: '2', directory: '5' };
const MAX_OCTAL_7 = 0o7777777;
const MAX_SIZE_11 = 0o77777777777;
function isAscii(text) {
    return /^[\x20-\x7e]*$/.test(text);
}
function octal(value, width) {
    return value.toString(8).padStart(width - 1, '0') + '\0';
}
/** Splits a long ASCII path into USTAR prefix (≤155) and name (≤100) at a '/', if possible. */
function splitUstarPath(path) {
    if (!isAscii(path))
        return undefined;
    if (Buffer.byteLength(path) <= 100)
        return { prefix: '', name: path };
    for (let i = path.length - 1; i > 0; i--) {
        if (path[i] !== '/')
            continue;
        const prefix = path.slice(0, i);
        const name = path.slice(i + 1);
        if (prefix.length <= 155 && name.length <= 100 && name.length > 0)
            return { prefix, name };
    }
    return undefined;
}
function ustarHeader(fields) {
    const header = Buffer.alloc(BLOCK);
    const put = (offset, width, text) => header.write(text, offset, Math.min(width, Buffer.byteLength(text)), 'utf8');
    put(0, 100, fields.name);
    put(100, 8, octal(fields.mode, 8));
    put(108, 8, octal(fields.uid, 8));
    put(116, 8, octal(fields.gid, 8));
    put(124, 12, octal(fields.size, 12));
    put(136, 12, octal(fields.mtime, 12));
    put(148, 8, '        ');
    put(156, 1, fields.typeflag);
    put(157, 100, fields.linkname);
    put(257, 6, 'ustar\0');
    put(263, 2, '00');
    put(329, 8, octal(0, 8)); // devmajor
    put(337, 8, octal(0, 8)); // devminor
    put(345, 155, fields.prefix);
    let sum = 0;
    for (const byte of header)
        sum += byte;
    put(148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
    return header;
}
/** A PAX record: "<len> <key>=<value>\n", where <len> counts itself. */
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    let length = Buffer.byteLength(body) + 1;
    while (String(length).length + Buffer.byteLength(body) !== length)
        length = String(length).length + Buffer.byteLength(body);
    return `${length}${body}`;
}
function padding(size) {
    const rest = size % BLOCK;
    return rest === 0 ? Buffer.alloc(0) : Buffer.alloc(BLOCK - rest);
}
/** The header block(s) for an entry; the data (and its padding) follows. */
function encodeHeader(entry) {
    const size = entry.type === 'file' ? (entry.size ?? 0) : 0;
    const mode = entry.mode ?? (entry.type === 'directory' ? 0o755 : 0o644);
    const mtime = Math.floor(entry.mtime ?? 0);
    const uid = entry.uid ?? 0;
    const gid = entry.gid ?? 0;
    const linkname = entry.linkname ?? '';
    const records = [];
    const split = splitUstarPath(entry.path);
    if (!split)
        records.push(['path', entry.path]);
    if (Buffer.byteLength(linkname) > 100 || !isAscii(linkname))
        records.push(['linkpath', linkname]);
    if (size > MAX_SIZE_11)
        records.push(['size', String(size)]);
    if (uid > MAX_OCTAL_7)
        records.push(['uid', String(uid)]);
    if (gid > MAX_OCTAL_7)
        records.push(['gid', String(gid)]);
    const main = ustarHeader({
        name: split?.name ?? asciiFallback(entry.path, 100),
        prefix: split?.prefix ?? '',
        mode,
        uid: Math.min(uid, MAX_OCTAL_7),
        gid: Math.min(gid, MAX_OCTAL_7),
        size: Math.min(size, MAX_SIZE_11),
        mtime,
        typeflag: TYPEFLAG[entry.type],
        linkname: records.some(([k]) => k === 'linkpath') ? asciiFallback(linkname, 100) : linkname,
    });
    if (records.length === 0)
        return main;
    records.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const body = Buffer.from(records.map(([k, v]) => paxRecord(k, v)).join(''), 'utf8');
    const base = entry.path.replace(/\/$/, '').split('/').pop() ?? '';
    const dir = entry.path.replace(/\/$/, '').split('/').slice(0, -1).join('/');
    const paxName = asciiFallback(`${dir ? `${dir}/` : ''}PaxHeaders.0/${base}`, 100);
    const pax = ustarHeader({ name: paxName, prefix: '', mode: 0o644, uid: 0, gid: 0, size: body.length, mtime, typeflag: 'x', linkname: '' });
    return Buffer.concat([pax, body, padding(body.length), main]);
}
function asciiFallback(text, width) {
    // The real value is in the PAX record; the USTAR field holds a readable, truncated ASCII form.
    return text.replace(/[^\x20-\x7e]/g, '_').slice(0, width);
}
/** Two zero blocks end an archive (no record padding: it would change the digest). */
function endOfArchive() {
    return Buffer.alloc(BLOCK * 2);
}


/***/ }),

/***/ 37581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ parentDirectories),
/* harmony export */   rW: () => (/* binding */ TarWriter),
/* harmony export */   zr: () => (/* binding */ compareTarPaths)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _tar_header_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2475);
// A streaming tar writer: entries are appended one at a time, file data streamed through, with the
// deterministic headers of tar-header.ts. The archive is a Readable (pipe it into gzip or a file).


class TarWriter {
    /** The archive bytes. */
    output = new node_stream__WEBPACK_IMPORTED_MODULE_0__.PassThrough({ highWaterMark: 1 << 20 });
    written = 0;
    /** Bytes of archive produced so far. */
    get size() {
        return this.written;
    }
    /** Appends an entry; for a file, `data` must deliver exactly `entry.size` bytes. */
    async add(entry, data) {
        await this.push((0,_tar_header_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeHeader */ .YS)(entry));
        if (entry.type !== 'file')
            return;
        const size = entry.size ?? 0;
        let sent = 0;
        if (Buffer.isBuffer(data)) {
            await this.push(data);
            sent = data.length;
        }
        else if (data) {
            for await (const chunk of data) {
                sent += chunk.length;
                if (sent > size)
                    throw new Error(`tar entry ${entry.path}: more than the ${size} bytes announced`);
                await this.push(chunk);
            }
        }
        if (sent !== size)
            throw new Error(`tar entry ${entry.path}: ${sent} bytes instead of ${size}`);
        await this.push((0,_tar_header_js__WEBPACK_IMPORTED_MODULE_1__/* .padding */ .Ms)(size));
    }
    /** Writes the end-of-archive blocks and ends the stream. */
    async finish() {
        await this.push((0,_tar_header_js__WEBPACK_IMPORTED_MODULE_1__/* .endOfArchive */ .PG)());
        this.output.end();
    }
    /** Ends the stream with an error, so whatever consumes it fails instead of seeing a short archive. */
    abort(err) {
        this.output.destroy(err);
    }
    push(chunk) {
        if (chunk.length === 0)
            return Promise.resolve();
        this.written += chunk.length;
        if (this.output.write(chunk))
            return Promise.resolve();
        return new Promise((resolve, reject) => {
            const onDrain = () => {
                this.output.off('error', onError);
                resolve();
            };
            const onError = (err) => {
                this.output.off('drain', onDrain);
                reject(err);
            };
            this.output.once('drain', onDrain);
            this.output.once('error', onError);
        });
    }
}
/** Byte-wise order of full paths; a folder's path is a prefix of its children's, so it comes first. */
function compareTarPaths(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
/** The folder entries ('a/', 'a/b/') every path needs, so each file has its parents in the archive. */
function parentDirectories(path) {
    const parts = path.replace(/\/$/, '').split('/');
    const dirs = [];
    for (let i = 1; i < parts.length; i++)
        dirs.push(`${parts.slice(0, i).join('/')}/`);
    return dirs;
}


/***/ }),

/***/ 11675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ BlobSpool)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _image_digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82258);
/* harmony import */ var _files_leftovers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69526);
/* harmony import */ var _errors_fs_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71373);
/* harmony import */ var _shared_transfers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(94770);
// A folder of blobs on disk, named by digest, for sinks that must write in an order of their own
// (sorted archives): the engine fills it in any order and at any concurrency, the archive reads it back.









const PREFIX = 'prel-spool-';
const OWNER_FILE = '.owner';
const WHERE = { variable: 'RUNNER_TEMP (where prel keeps blobs while it writes an archive)' };
/** Spools a killed run left behind (its process is gone): they only take disk space a re-run needs. */
async function removeOrphans(parent) {
    let names;
    try {
        names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(parent)).filter((n) => n.startsWith(PREFIX));
    }
    catch {
        return;
    }
    for (const name of names) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(parent, name);
        const owner = Number(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, OWNER_FILE), 'utf8').catch(() => ''));
        if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && !(0,_files_leftovers_js__WEBPACK_IMPORTED_MODULE_6__/* .isProcessAlive */ .jW)(owner))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    }
}
class BlobSpool {
    dir;
    sizes = new Map();
    transfers = new _shared_transfers_js__WEBPACK_IMPORTED_MODULE_8__/* .SharedTransfers */ .O();
    constructor(dir) {
        this.dir = dir;
    }
    /** A fresh spool under RUNNER_TEMP (else the system temp folder); spools of dead runs there are removed. */
    static async create() {
        const parent = process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(parent, { recursive: true });
            await removeOrphans(parent);
            const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(parent, PREFIX));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, OWNER_FILE), String(process.pid));
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
            const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(partial);
            // Until the pipeline listens, a failed open of the file must not be an unhandled 'error'; it stays in file.errored.
            file.once('error', () => undefined);
            const opened = open();
            try {
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(await opened, file);
            }
            catch (err) {
                file.destroy();
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(partial, { force: true });
                // The file's own error is the local one; a source's error comes through the pipeline too.
                throw file.errored ? (0,_errors_fs_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .asLocalError */ .Eo)(file.errored, this.dir, WHERE) : err;
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(partial, path).catch((err) => {
                throw (0,_errors_fs_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .asLocalError */ .Eo)(err, this.dir, WHERE);
            });
            this.sizes.set(digest, file.bytesWritten);
            return file.bytesWritten;
        });
    }
    async putBytes(digest, bytes) {
        if (this.sizes.has(digest))
            return;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(this.pathOf(digest), bytes).catch((err) => {
            throw (0,_errors_fs_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .asLocalError */ .Eo)(err, this.dir, WHERE);
        });
        this.sizes.set(digest, bytes.length);
    }
    open(digest) {
        this.size(digest);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(this.pathOf(digest), { highWaterMark: 1 << 20 });
    }
    async remove() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.dir, { recursive: true, force: true, maxRetries: 3 });
    }
    pathOf(digest) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, (0,_image_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .digestHex */ .sU)(digest));
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
    constructor(spool) {
        this.spool = spool;
    }
    /** Images in the order their sinks were made (the list's order), whatever order they finished in. */
    get images() {
        return [...this.collected].sort((a, b) => a.order - b.order);
    }
    sinkFor(repository, tag, name) {
        const order = this.sinks++;
        return new CollectingSink(name, (image) => this.collected.push({ ...image, order }), this.spool, repository, tag);
    }
    /** Every blob and manifest digest the archive will hold, each once. */
    digests() {
        const all = new Set();
        const walk = (node) => {
            all.add(node.digest);
            node.blobs.forEach((b) => all.add(b.digest));
            node.children.forEach(walk);
        };
        this.images.forEach((image) => walk(image.root));
        return [...all];
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
    async putManifest(node, root) {
        await this.spool.putBytes(node.digest, node.bytes);
        if (root)
            this.collect({ repository: this.repository, tag: this.tag, root: node });
    }
}


/***/ })

};
