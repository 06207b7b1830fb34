export const id = 555;
export const ids = [555];
export const modules = {

/***/ 6555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bl: () => (/* binding */ archiveMtime),
  v$: () => (/* binding */ tarSize),
  _d: () => (/* binding */ writeArchive)
});

// UNUSED EXPORTS: MAX_ARCHIVE_MTIME, orderEntries

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/files/leftovers.ts
var leftovers = __webpack_require__(69526);
// EXTERNAL MODULE: ./shared/errors/errors.ts
var errors = __webpack_require__(81821);
// EXTERNAL MODULE: ./shared/errors/fs-errors.ts
var fs_errors = __webpack_require__(71373);
// EXTERNAL MODULE: ./shared/tar/tar-header.ts
var tar_header = __webpack_require__(2475);
// EXTERNAL MODULE: ./shared/tar/tar-writer.ts
var tar_writer = __webpack_require__(37581);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/files/write-fully.ts
var write_fully = __webpack_require__(92376);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./shared/tar/gzip.ts
// Reproducible gzip members for pieces of an archive. The writer cuts its bytes at fixed 1 MiB boundaries
// and each piece becomes its own gzip member (a multi-member file is plain gzip: gzip, tar -z, Go and
// Python read it whole), so pieces compress on zlib's thread pool in parallel while the output stays the
// same bytes for the same input. Pieces that do not compress (already-gzip'd layers, most of an image
// archive) are stored, not deflated: the member is framed here, with no trip through zlib but its CRC-32,
// and the piece's bytes are written as they are. Headers are fixed: no name, mtime 0, and the OS byte set
// to Unix (3) whatever zlib was built for (docs formats.md §5.2).


const gzipAsync = (0,external_node_util_.promisify)(external_node_zlib_.gzip);
const OS_BYTE = 9;
const UNIX = 3;
const GZIP_PIECE = 1 << 20;
const SAMPLE = 16 << 10;
/** A sample that shrinks by less than this is treated as incompressible. */
const WORTH_IT = 0.97;
/** Deflate's stored blocks hold at most this many bytes each (RFC 1951 §3.2.4). */
const STORED_BLOCK = 0xffff;
/** RFC 1952 header: magic, deflate, no flags, mtime 0, XFL 0, OS Unix. */
const STORED_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, UNIX]);
/** Whether deflating this piece is worth it, judged from three spots (start, middle, end); deterministic. */
async function isCompressible(piece) {
    if (piece.length <= 4 * SAMPLE)
        return true;
    const middle = Math.floor(piece.length / 2);
    const sample = Buffer.concat([piece.subarray(0, SAMPLE), piece.subarray(middle, middle + SAMPLE), piece.subarray(piece.length - SAMPLE)]);
    const packed = await gzipAsync(sample, { level: 1 });
    return packed.length < sample.length * WORTH_IT;
}
/** A deflated member of the piece, in one pass of zlib's pool (its output room fits the whole member). */
async function deflatedMember(piece, level) {
    const out = await gzipAsync(piece, { level, chunkSize: Math.max(64 << 10, piece.length + (piece.length >> 6) + 64) });
    out[OS_BYTE] = UNIX;
    return out;
}
/**
 * A stored member of the piece, as the buffers to write in order: the piece's own bytes are referenced,
 * not copied, between 5-byte block headers. At least one block, so an empty piece is a valid member too.
 */
function storedMember(piece) {
    const parts = [STORED_HEADER];
    let offset = 0;
    do {
        const length = Math.min(STORED_BLOCK, piece.length - offset);
        const last = offset + length === piece.length;
        const head = Buffer.allocUnsafe(5);
        head[0] = last ? 1 : 0; // BFINAL, BTYPE 00 (stored), then padding to the byte
        head.writeUInt16LE(length, 1);
        head.writeUInt16LE(~length & 0xffff, 3);
        parts.push(head, piece.subarray(offset, offset + length));
        offset += length;
    } while (offset < piece.length);
    const trailer = Buffer.allocUnsafe(8);
    trailer.writeUInt32LE((0,external_node_zlib_.crc32)(piece), 0);
    trailer.writeUInt32LE(piece.length, 4);
    parts.push(trailer);
    return parts;
}

;// CONCATENATED MODULE: ./shared/archive/piece-writer.ts
// Writes an archive's bytes to an open file in fixed 1 MiB pieces, each as it is or as its own gzip member
// (tar/gzip.ts). Bytes are copied or read straight into a few reused piece buffers; a piece that needs
// deflating goes to zlib's pool while the next ones fill; members are hashed and written in order, with
// positional writes of the piece's own buffers (no copy for what is stored). Pieces that are almost all
// bytes the caller marked incompressible (gzip'd layers) are stored without sampling them.



/** A piece with at most this many bytes not marked incompressible is stored unsampled. */
const UNMARKED_ALLOWANCE = GZIP_PIECE >> 4;
/** Members whose write may be in flight at once (each holds its piece buffer). */
const WRITES_IN_FLIGHT = 3;
class PieceWriter {
    file;
    options;
    hash = (0,external_node_crypto_.createHash)('sha256');
    inputHash;
    free = [];
    made = [];
    writes = [];
    piece;
    /** The piece after this one, when a read into it is already under way. */
    upcoming;
    filled = 0;
    unmarked = 0;
    members = 0;
    /** Bytes of the file handed to writes so far. */
    position = 0;
    constructor(file, options) {
        this.file = file;
        this.options = options;
        this.piece = this.take();
        if (options.hashInput)
            this.inputHash = (0,external_node_crypto_.createHash)('sha256');
    }
    /** Appends bytes; `incompressible` marks them as not worth deflating (already compressed data). */
    async write(bytes, incompressible = false) {
        let offset = 0;
        while (offset < bytes.length) {
            const n = Math.min(GZIP_PIECE - this.filled, bytes.length - offset);
            bytes.copy(this.piece, this.filled, offset, offset + n);
            await this.advance(n, incompressible);
            offset += n;
        }
    }
    /**
     * Appends `length` bytes of a local file, read straight into the piece buffers, the next read in flight
     * while the last one is framed and sent; a short file is an error.
     */
    async copyFrom(source, length, incompressible = false, what = 'file') {
        if (length === 0)
            return;
        let done = 0;
        let reading = source.read(this.piece, this.filled, Math.min(GZIP_PIECE - this.filled, length), 0);
        try {
            for (;;) {
                const { bytesRead } = await reading;
                if (bytesRead === 0)
                    throw new Error(`${what}: ${done} bytes instead of ${length}`);
                done += bytesRead;
                if (done < length) {
                    // A read that fills the piece is followed by one into the piece that comes next.
                    const fills = this.filled + bytesRead === GZIP_PIECE;
                    const target = fills ? (this.upcoming ??= this.take()) : this.piece;
                    const at = fills ? 0 : this.filled + bytesRead;
                    reading = source.read(target, at, Math.min(GZIP_PIECE - at, length - done), done);
                }
                await this.advance(bytesRead, incompressible);
                if (done === length)
                    return;
            }
        }
        finally {
            // Never leave a read landing in a buffer that may be reused, nor on a file about to be closed.
            await reading.catch(() => undefined);
        }
    }
    /** Seals the last piece, waits for every write; returns the file's sha256 and size (and the input's hash). */
    async finish() {
        // A gzip file needs a member even for no bytes at all.
        if (this.filled > 0 || (this.options.gzip && this.members === 0))
            this.seal();
        while (this.made.length > 0)
            await this.emit(this.made.shift());
        await Promise.all(this.writes);
        return { sha256: this.hash.digest('hex'), size: this.position, inputSha256: this.inputHash?.digest('hex') };
    }
    /** Waits for what is in flight, whatever becomes of it: after a failure, nothing writes to the file any more. */
    async settle() {
        await Promise.allSettled([...this.made.map((m) => m.parts), ...this.writes]);
    }
    async advance(n, incompressible) {
        this.filled += n;
        if (!incompressible)
            this.unmarked += n;
        if (this.filled < GZIP_PIECE)
            return;
        this.options.signal?.throwIfAborted();
        this.seal();
        // Bounded work ahead keeps memory flat: the oldest member goes out before more is read.
        while (this.made.length > this.options.parallel)
            await this.emit(this.made.shift());
    }
    seal() {
        const piece = this.piece.subarray(0, this.filled);
        const unmarked = this.unmarked;
        this.inputHash?.update(piece);
        this.members++;
        const parts = this.encode(piece, unmarked);
        parts.catch(() => undefined); // surfaced when its turn comes
        this.made.push({ parts, piece: this.piece });
        this.piece = this.upcoming ?? this.take();
        this.upcoming = undefined;
        this.filled = 0;
        this.unmarked = 0;
    }
    async encode(piece, unmarked) {
        if (!this.options.gzip)
            return [piece];
        if (unmarked <= UNMARKED_ALLOWANCE)
            return storedMember(piece);
        if (this.options.level > 0 && (await isCompressible(piece)))
            return [await deflatedMember(piece, this.options.level)];
        return storedMember(piece);
    }
    async emit(member) {
        const parts = await member.parts;
        let length = 0;
        for (const part of parts) {
            this.hash.update(part);
            length += part.length;
        }
        if (this.writes.length >= WRITES_IN_FLIGHT)
            await this.writes.shift();
        const write = (0,write_fully/* writeFully */.K)(this.file, parts, this.position).then(() => {
            this.free.push(member.piece);
        });
        write.catch(() => undefined); // surfaced when awaited
        this.writes.push(write);
        this.position += length;
    }
    take() {
        return this.free.pop() ?? Buffer.allocUnsafe(GZIP_PIECE);
    }
}

;// CONCATENATED MODULE: ./shared/archive/archive-file.ts
// Writes a set of files as a deterministic tar (sorted, parents first, fixed mtime and owner), optionally
// gzip'd, to a temp file renamed into place only when complete; returns its sha256 and size.









/** Gzip members deflated at once, on zlib's thread pool. */
const GZIP_PARALLEL = Math.max(2, Math.min(8, (0,external_node_os_.availableParallelism)()));
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
        (0,tar_writer/* parentDirectories */.A)(d).forEach(addDir);
        addDir(d.endsWith('/') ? d : `${d}/`);
    });
    const addLeaf = (path, entry) => {
        if (entries.has(path))
            throw new Error(`archive path ${path} given twice`);
        (0,tar_writer/* parentDirectories */.A)(path).forEach(addDir);
        entries.set(path, entry);
    };
    files.forEach((file) => addLeaf(file.path, { kind: 'file', file }));
    symlinks.forEach((link) => addLeaf(link.path, { kind: 'symlink', link }));
    return [...entries.values()].sort((a, b) => (0,tar_writer/* compareTarPaths */.z)(entryPath(a), entryPath(b)));
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
    const gzip = options.compression === 'gzip';
    const { signal, mtime } = options;
    let handle;
    let writer;
    try {
        handle = await (0,promises_.open)(temp, 'w');
        // Uncompressed, the file's own hash is the tar's: no second hash over the bytes.
        writer = new PieceWriter(handle, { gzip, level: options.gzipLevel ?? 6, parallel: GZIP_PARALLEL, hashInput: gzip && !!options.hashTar, signal });
        for (const entry of orderEntries(files, options.symlinks, options.directories)) {
            signal?.throwIfAborted();
            if (entry.kind === 'dir') {
                const mode = options.directoryModes?.get(entry.path) ?? options.directoryMode ?? 0o755;
                await writer.write((0,tar_header/* encodeHeader */.YS)({ path: entry.path, type: 'directory', mode, mtime }));
            }
            else if (entry.kind === 'symlink') {
                await writer.write((0,tar_header/* encodeHeader */.YS)({ path: entry.link.path, type: 'symlink', linkname: entry.link.target, mode: 0o777, mtime }));
            }
            else {
                const { file } = entry;
                await writer.write((0,tar_header/* encodeHeader */.YS)({ path: file.path, type: 'file', size: file.size, mode: file.mode ?? 0o644, mtime }));
                await writeData(writer, file);
                await writer.write((0,tar_header/* padding */.Ms)(file.size));
            }
        }
        await writer.write((0,tar_header/* endOfArchive */.PG)());
        const written = await writer.finish();
        await handle.close();
        handle = undefined;
        await (0,promises_.rename)(temp, output);
        return { path: output, sha256: written.sha256, size: written.size, tarSha256: gzip ? written.inputSha256 : written.sha256 };
    }
    catch (err) {
        await writer?.settle();
        await handle?.close().catch(() => undefined);
        await (0,promises_.rm)(temp, { force: true });
        throw signal?.aborted ? signal.reason : err;
    }
}
/** One file's bytes, exactly as many as announced. */
async function writeData(writer, file) {
    const data = await file.data();
    const incompressible = file.incompressible ?? false;
    const wrongSize = (sent) => new Error(`tar entry ${file.path}: ${sent} bytes instead of ${file.size}`);
    if (Buffer.isBuffer(data)) {
        if (data.length !== file.size)
            throw wrongSize(data.length);
        await writer.write(data, incompressible);
    }
    else if (isLocalFile(data)) {
        const source = await (0,promises_.open)(data.file, 'r');
        try {
            const { size } = await source.stat();
            if (size !== file.size)
                throw wrongSize(size);
            await writer.copyFrom(source, file.size, incompressible, `tar entry ${file.path}`);
        }
        finally {
            await source.close();
        }
        if (data.once)
            await (0,promises_.rm)(data.file, { force: true });
    }
    else {
        let sent = 0;
        for await (const chunk of data) {
            sent += chunk.length;
            if (sent > file.size)
                throw new Error(`tar entry ${file.path}: more than the ${file.size} bytes announced`);
            await writer.write(chunk, incompressible);
        }
        if (sent !== file.size)
            throw wrongSize(sent);
    }
}
function isLocalFile(data) {
    return typeof data.file === 'string';
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

/***/ 92376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ writeFully)
/* harmony export */ });
/** Writes `parts` in order at `position`; resolves with the byte count. */
async function writeFully(file, parts, position) {
    let rest = parts.filter((part) => part.length > 0);
    let at = position;
    while (rest.length > 0) {
        const { bytesWritten } = await file.writev(rest, at);
        if (bytesWritten === 0)
            throw new Error('the file took no more bytes');
        at += bytesWritten;
        rest = dropBytes(rest, bytesWritten);
    }
    return at - position;
}
function dropBytes(parts, count) {
    let left = count;
    const out = [];
    for (const part of parts) {
        if (left >= part.length) {
            left -= part.length;
            continue;
        }
        out.push(left > 0 ? part.subarray(left) : part);
        left = 0;
    }
    return out;
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
/* harmony export */   A: () => (/* binding */ parentDirectories),
/* harmony export */   z: () => (/* binding */ compareTarPaths)
/* harmony export */ });
// Path rules of the deterministic tar the archive writer produces (archive/archive-file.ts): entry order
// and the folder entries a path needs.
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


/***/ })

};
