export const id = 6;
export const ids = [6];
export const modules = {

/***/ 29170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   dE: () => (/* binding */ redactUrlCredentials)
/* harmony export */ });
/* unused harmony export GIT_TIMEOUT_MS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// Runs the git command line: no shell, a time limit, never a prompt, and errors that carry git's own
// reason with credentials in URLs hidden.

/** Default time limit of one git command. Network commands pass their own. */
const GIT_TIMEOUT_MS = 120_000;
/** Biggest stdout accepted (file contents are read through stdout). */
const MAX_OUTPUT_BYTES = 1024 * 1024 * 1024;
// Variables a parent git (a hook, a rebase exec) sets that would make our git act on another repository.
const REPOSITORY_ENV = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_COMMON_DIR',
    'GIT_NAMESPACE',
    'GIT_PREFIX',
    'GIT_SHALLOW_FILE',
    'GIT_GRAFT_FILE',
    'GIT_REPLACE_REF_BASE',
    'GIT_QUARANTINE_PATH',
];
/** A git command that failed: the (redacted) command, git's stderr and its exit code. */
class GitError extends Error {
    args;
    stderr;
    exitCode;
    timedOut;
    constructor(args, stderr, detail) {
        const command = redactUrlCredentials(['git', ...args].join(' '));
        super(`${command}: ${detail.reason ?? (stderr || `exit code ${detail.exitCode ?? 'unknown'}`)}`);
        this.name = 'GitError';
        this.args = args.map(redactUrlCredentials);
        this.stderr = stderr;
        this.exitCode = detail.exitCode;
        this.timedOut = detail.timedOut ?? false;
    }
    /** Git's reason on one line (for a one-line ConfigurationError). */
    get reason() {
        const lines = this.stderr.split('\n').map((line) => line.trim()).filter(Boolean);
        if (lines.length > 0)
            return lines.join(' ');
        return this.timedOut ? 'timed out' : `exit code ${this.exitCode ?? 'unknown'}`;
    }
}
/** Replaces the user-info part of every `scheme://user:secret@host` in a text with `***`. */
function redactUrlCredentials(text) {
    return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@');
}
function gitEnv(extra) {
    const env = { ...process.env };
    for (const name of REPOSITORY_ENV)
        delete env[name];
    // Never ask for a password or a host key: a CI job has nobody to answer.
    env.GIT_TERMINAL_PROMPT = '0';
    env.GCM_INTERACTIVE = 'never';
    if (!env.GIT_SSH_COMMAND && !env.GIT_SSH)
        env.GIT_SSH_COMMAND = 'ssh -o BatchMode=yes';
    // English messages, so callers can recognise them.
    env.LC_ALL = 'C';
    env.LANGUAGE = 'C';
    for (const [name, value] of Object.entries(extra ?? {})) {
        if (value === undefined)
            delete env[name];
        else
            env[name] = value;
    }
    return env;
}
/** Runs git and returns its stdout as bytes. A failure is a GitError with git's stderr (trimmed, redacted). */
const runGit = (args, options = {}) => {
    const timeoutMs = options.timeoutMs ?? GIT_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, {
            cwd: options.cwd,
            env: gitEnv(options.env),
            encoding: 'buffer',
            maxBuffer: MAX_OUTPUT_BYTES,
            timeout: timeoutMs,
            killSignal: 'SIGKILL',
            windowsHide: true,
        }, (error, stdout, stderr) => {
            if (!error) {
                resolve(stdout);
                return;
            }
            const stderrText = redactUrlCredentials(stderr.toString('utf8').trim());
            const failure = error;
            if (failure.code === 'ENOENT') {
                reject(new GitError(args, stderrText, { reason: 'git is not installed (not found on PATH)' }));
            }
            else if (failure.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
                reject(new GitError(args, stderrText, { reason: `output larger than ${MAX_OUTPUT_BYTES} bytes` }));
            }
            else if (failure.killed) {
                const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)}s` : `${timeoutMs}ms`;
                reject(new GitError(args, stderrText, { timedOut: true, reason: `timed out after ${limit}${stderrText ? ` (${stderrText})` : ''}` }));
            }
            else if (failure.signal) {
                reject(new GitError(args, stderrText, { reason: `killed by ${failure.signal}${stderrText ? ` (${stderrText})` : ''}` }));
            }
            else {
                reject(new GitError(args, stderrText, { exitCode: typeof failure.code === 'number' ? failure.code : undefined }));
            }
        });
        // An EPIPE when git exits before reading its input is reported through the exit callback instead.
        child.stdin?.on('error', () => { });
        child.stdin?.end(options.input);
    });
};
/** Runs git and returns its stdout as text. */
async function git(args, options) {
    return (await runGit(args, options)).toString('utf8');
}


/***/ }),

/***/ 36011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ isValidTagName),
/* harmony export */   r: () => (/* binding */ GitComponentSource)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81821);
/* harmony import */ var _errors_fs_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71373);
/* harmony import */ var _action_logger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49889);
/* harmony import */ var _git_cli_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29170);
// A component read with plain git (charts_list.yaml entries with `url:`): tags from `git ls-remote`, files
// from one shallow local clone per source that fetches each tag once, however many entries need it.






const SYMLINK_MODE = '120000';
const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** Refspecs per fetch: tags asked for while a fetch runs go together in the next one. */
const FETCH_BATCH = 64;
/** Whether a tag name can be used safely in a ref, a refspec and an ls-remote pattern (git check-ref-format rules, plus no glob characters). */
function isValidTagName(tag) {
    if (tag === '' || tag.startsWith('-') || tag.startsWith('/') || tag.endsWith('/') || tag.endsWith('.'))
        return false;
    if (tag.endsWith('.lock') || tag.includes('..') || tag.includes('@{') || tag.includes('//') || tag === '@')
        return false;
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(tag))
        return false;
    return tag.split('/').every((part) => !part.startsWith('.'));
}
/** A path inside the repository without `./`, leading or trailing slashes; '' is the root. */
function repositoryPath(path, label) {
    const parts = path.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.includes('..'))
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${label}: path '${path}' leaves the repository`);
    return parts.join('/');
}
function parseTree(output) {
    const entries = [];
    for (const record of output.toString('utf8').split('\0')) {
        const tab = record.indexOf('\t');
        if (tab < 0)
            continue;
        const [mode, type, object] = record.slice(0, tab).split(' ');
        if (mode && type && object)
            entries.push({ mode, type, object, path: record.slice(tab + 1) });
    }
    return entries;
}
/** `git ls-remote` output: tags with the commit they point to (the peeled `^{}` line wins for annotated tags). */
function parseTagListing(output) {
    const direct = new Map();
    const peeled = new Map();
    for (const line of output.split('\n')) {
        const match = /^([0-9a-f]+)\trefs\/tags\/(.+?)(\^\{\})?$/.exec(line.trim());
        if (!match || !OBJECT_ID.test(match[1]))
            continue;
        (match[3] ? peeled : direct).set(match[2], match[1]);
    }
    return [...direct.keys()].map((name) => ({ name, commit: peeled.get(name) ?? direct.get(name) }));
}
class GitComponentSource {
    label;
    url;
    run;
    logger;
    fetchTimeoutMs;
    listTimeoutMs;
    /** Only when given: the default is the scratch space (fs-errors names RUNNER_TEMP when it is full). */
    cacheRoot;
    clone;
    fetches = new Map();
    queue = [];
    draining;
    /** Commits seen in listings, so commitDate can fetch a tag instead of a bare commit. */
    tagOfCommit = new Map();
    closed = false;
    constructor(url, options = {}) {
        this.label = (0,_git_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .redactUrlCredentials */ .dE)(url);
        if (url.trim() === '' || url.startsWith('-'))
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`'${this.label}' is not a git URL`);
        this.url = url;
        this.run = options.runGit ?? _git_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .runGit */ .EO;
        this.logger = options.logger ?? _action_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .silentLogger */ .q;
        this.fetchTimeoutMs = options.fetchTimeoutMs ?? 600_000;
        this.listTimeoutMs = options.listTimeoutMs ?? 120_000;
        this.cacheRoot = options.cacheRoot;
    }
    async listTags() {
        const tags = parseTagListing(await this.lsRemote(['--tags']));
        for (const tag of tags)
            if (!this.tagOfCommit.has(tag.commit))
                this.tagOfCommit.set(tag.commit, tag.name);
        return tags;
    }
    async resolveTag(tag) {
        if (!isValidTagName(tag))
            return undefined;
        const found = parseTagListing(await this.lsRemote([], [`refs/tags/${tag}`, `refs/tags/${tag}^{}`])).find((t) => t.name === tag);
        if (found && !this.tagOfCommit.has(found.commit))
            this.tagOfCommit.set(found.commit, tag);
        return found?.commit;
    }
    async commitDate(commit) {
        if (!OBJECT_ID.test(commit))
            return undefined;
        const dir = await this.repository();
        if (!(await this.hasCommit(dir, commit))) {
            const tag = this.tagOfCommit.get(commit);
            try {
                if (tag)
                    await this.fetchTag(tag);
                else
                    await this.fetchOnce(`commit:${commit}`, `commit ${commit}`, commit);
            }
            catch (err) {
                this.logger.debug(`${this.label}: cannot fetch commit ${commit}: ${err instanceof Error ? err.message : String(err)}`);
                return undefined;
            }
        }
        try {
            const iso = (await this.run(['--git-dir', dir, 'log', '-1', '--format=%cI', commit, '--'])).toString('utf8').trim();
            const date = new Date(iso);
            return Number.isNaN(date.getTime()) ? undefined : date;
        }
        catch {
            return undefined;
        }
    }
    async readFile(tag, path) {
        const entry = await this.entryAt(tag, repositoryPath(path, this.label));
        if (!entry || entry.type !== 'blob' || entry.mode === SYMLINK_MODE)
            return undefined;
        return this.run(['--git-dir', await this.repository(), 'cat-file', 'blob', entry.object]);
    }
    async readFolder(tag, path) {
        const entry = await this.entryAt(tag, repositoryPath(path, this.label));
        if (!entry || entry.type !== 'tree')
            return undefined;
        const dir = await this.repository();
        const files = [];
        for (const item of parseTree(await this.run(['--git-dir', dir, 'ls-tree', '-r', '-z', entry.object]))) {
            if (item.type === 'blob' && item.mode !== SYMLINK_MODE)
                files.push(item);
            else
                this.logger.warning(`${this.label}@${tag}: skipped ${path}/${item.path} (${item.mode === SYMLINK_MODE ? 'a symbolic link' : `a ${item.type}`})`);
        }
        const contents = await this.readBlobs(dir, files.map((file) => file.object));
        return new Map(files.map((file, i) => [file.path, contents[i]]));
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        await this.draining;
        const clone = this.clone;
        this.clone = undefined;
        const dir = await clone?.catch(() => undefined);
        if (dir)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
    async lsRemote(options, patterns = []) {
        this.assertOpen();
        try {
            return (await this.run(['ls-remote', ...options, '--', this.url, ...patterns], { timeoutMs: this.listTimeoutMs })).toString('utf8');
        }
        catch (err) {
            throw this.remoteError('cannot list the tags of', err);
        }
    }
    remoteError(doing, err) {
        if (err instanceof _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1)
            return err;
        const reason = err instanceof _git_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .GitError */ .XS ? err.reason : err instanceof Error ? err.message : String(err);
        return new _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${doing} ${this.label}: ${(0,_git_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .redactUrlCredentials */ .dE)(reason)}`);
    }
    assertOpen() {
        if (this.closed)
            throw new Error(`git source ${this.label} is closed`);
    }
    /** The local bare repository, made on first use. */
    repository() {
        this.assertOpen();
        this.clone ??= (async () => {
            let dir;
            if (this.cacheRoot) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(this.cacheRoot, { recursive: true });
                dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.cacheRoot, 'prel-git-'));
            }
            else
                dir = await (0,_errors_fs_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .makeScratchDir */ .K3)('prel-git-');
            try {
                await this.run(['init', '--quiet', '--bare', dir]);
            }
            catch (err) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
                throw err;
            }
            return dir;
        })();
        return this.clone;
    }
    async hasCommit(dir, commit) {
        try {
            await this.run(['--git-dir', dir, 'cat-file', '-e', `${commit}^{commit}`]);
            return true;
        }
        catch {
            return false;
        }
    }
    /** The tree entry at a path of a tag (the root tree for ''), or undefined when nothing is there. */
    async entryAt(tag, path) {
        if (!isValidTagName(tag))
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${this.label}: '${tag}' is not a valid tag name`);
        await this.fetchTag(tag);
        const dir = await this.repository();
        const ref = `refs/tags/${tag}`;
        if (path === '') {
            const tree = (await this.run(['--git-dir', dir, 'rev-parse', '--verify', '--quiet', `${ref}^{tree}`])).toString('utf8').trim();
            return { mode: '040000', type: 'tree', object: tree, path: '' };
        }
        const output = await this.run(['--git-dir', dir, '--literal-pathspecs', 'ls-tree', '-z', ref, '--', path]);
        return parseTree(output).find((entry) => entry.path === path);
    }
    fetchTag(tag) {
        return this.fetchOnce(`tag:${tag}`, `tag '${tag}'`, `+refs/tags/${tag}:refs/tags/${tag}`);
    }
    /** Fetches a refspec once per source; concurrent callers share the fetch, a failed one is tried again next time. */
    fetchOnce(key, what, refspec) {
        this.assertOpen();
        let fetched = this.fetches.get(key);
        if (!fetched) {
            fetched = new Promise((resolve, reject) => this.queue.push({ what, refspec, resolve, reject }));
            this.fetches.set(key, fetched);
            fetched.catch(() => this.fetches.delete(key));
            this.draining ??= this.drain();
        }
        return fetched;
    }
    /** Runs the queued fetches one git process at a time (a shallow repository takes one fetch at a time). */
    async drain() {
        try {
            while (this.queue.length > 0) {
                const batch = this.queue.splice(0, FETCH_BATCH);
                try {
                    await this.fetch(batch);
                    for (const item of batch)
                        item.resolve();
                }
                catch (err) {
                    if (batch.length === 1) {
                        batch[0].reject(err);
                        continue;
                    }
                    // One missing tag fails the whole command: fetch each alone so each gets its own answer.
                    for (const item of batch) {
                        try {
                            await this.fetch([item]);
                            item.resolve();
                        }
                        catch (single) {
                            item.reject(single);
                        }
                    }
                }
            }
        }
        finally {
            // Synchronous with the loop's last check, so a fetch queued after it starts a new drain.
            this.draining = undefined;
        }
    }
    async fetch(batch) {
        const dir = await this.repository();
        this.logger.debug(`${this.label}: fetching ${batch.map((item) => item.what).join(', ')}`);
        const args = ['--git-dir', dir, '-c', 'gc.auto=0', '-c', 'maintenance.auto=false', 'fetch', '--quiet', '--depth', '1', '--no-tags'];
        try {
            await this.run([...args, '--', this.url, ...batch.map((item) => item.refspec)], { timeoutMs: this.fetchTimeoutMs });
        }
        catch (err) {
            if (batch.length === 1 && err instanceof _git_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .GitError */ .XS && /couldn't find remote ref/i.test(err.stderr)) {
                throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${this.label}: ${batch[0].what} does not exist`);
            }
            throw this.remoteError(`cannot fetch ${batch.length === 1 ? batch[0].what : 'tags'} from`, err);
        }
    }
    /** Blob contents through one `git cat-file --batch`. */
    async readBlobs(dir, objects) {
        if (objects.length === 0)
            return [];
        const output = await this.run(['--git-dir', dir, 'cat-file', '--batch'], { input: objects.join('\n') + '\n' });
        const blobs = [];
        let offset = 0;
        for (const object of objects) {
            const newline = output.indexOf(0x0a, offset);
            const header = output.subarray(offset, newline < 0 ? output.length : newline).toString('utf8').split(' ');
            if (newline < 0 || header[0] !== object || header[1] !== 'blob')
                throw new Error(`${this.label}: cannot read blob ${object} (${header.join(' ')})`);
            const size = Number(header[2]);
            blobs.push(Buffer.from(output.subarray(newline + 1, newline + 1 + size)));
            offset = newline + 1 + size + 1;
        }
        return blobs;
    }
}


/***/ }),

/***/ 18332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ splitReviewers),
/* harmony export */   k: () => (/* binding */ parseRepositoryFullName)
/* harmony export */ });
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81821);
// The names a user writes for GitHub things: `owner/repo`, and review owners (`user`, `org/team`).

/** `owner/repo` → its parts; anything else is the user's mistake. */
function parseRepositoryFullName(fullName) {
    const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(fullName.trim());
    if (!m || m[2] === '.' || m[2] === '..') {
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`"${fullName}" is not a GitHub repository name: expected owner/repo`);
    }
    return { owner: m[1], repo: m[2].replace(/\.git$/, '') };
}
/** Splits review owners: `user` asks a user, `org/team` asks the team by its slug. */
function splitReviewers(owners) {
    const reviewers = new Set();
    const teams = new Set();
    for (const raw of owners) {
        const owner = raw.trim().replace(/^@/, '');
        if (!owner)
            continue;
        const slash = owner.indexOf('/');
        if (slash >= 0)
            teams.add(owner.slice(slash + 1));
        else
            reviewers.add(owner);
    }
    return { reviewers: [...reviewers], team_reviewers: [...teams] };
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
