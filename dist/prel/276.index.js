export const id = 276;
export const ids = [276];
export const modules = {

/***/ 31969:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// @actions/http-client imports undici only for ProxyAgent, which it builds when a request of its own goes
// through a proxy. @actions/core imports http-client (for OIDC tokens) at load, so without this every
// prel run evaluated all of undici at start (fetch, WebSocket, caches: ~0.06 s). npm's `overrides` in the
// root package.json give http-client this module instead: prel's own undici, the agent loaded on first use.
const lazy = {
  get ProxyAgent() {
    return __webpack_require__(76672);
  },
};
// This getter's shape (returning a member) is one Node's CommonJS export detection reads as a named export.
Object.defineProperty(exports, "k", ({ enumerable: true, get: function () { return lazy.ProxyAgent; } }));


/***/ }),

/***/ 75260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* unused harmony export plainOutput */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81821);
/* harmony import */ var _run_run_control_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92653);
// What every action does at its edges: one error boundary, outputs, and the job summary.




/** How long a cancelled run may take to abort its requests and write its reports before it is cut off. */
const STOP_GRACE_MS = 20_000;
/**
 * The one error boundary of an action. A ConfigurationError is one clear line (with a file annotation
 * when it has one); anything else is a bug, so its stack goes to the debug log. It also owns the run's
 * stop switch: SIGTERM/SIGINT (a cancelled job) stop new work and end the run with 143/130 once what
 * was done is written; a second signal, or a run still busy after the grace time, exits at once. And no
 * run ends silently: if the event loop drains while the body is still pending (a promise nobody will
 * settle), that is reported as a bug naming the work in flight, instead of Node's bare exit 13.
 */
async function runAction(body) {
    const control = new _run_run_control_js__WEBPACK_IMPORTED_MODULE_3__/* .RunControl */ .j2();
    let settled = false;
    const onSignal = (signal) => {
        if (control.stopped) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`${signal} again: exiting now, without waiting for: ${control.describeInFlight()}`);
            process.exit((0,_run_run_control_js__WEBPACK_IMPORTED_MODULE_3__/* .stopExitCode */ .yE)(signal));
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Received ${signal}: stopping new work and aborting what is in flight (${control.describeInFlight(3)}).`);
        control.stop(signal);
        const grace = setTimeout(() => {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`${control.stopMessage()}, but the run had not stopped ${STOP_GRACE_MS / 1000}s later; still in flight: ${control.describeInFlight()}`);
            process.exit((0,_run_run_control_js__WEBPACK_IMPORTED_MODULE_3__/* .stopExitCode */ .yE)(signal));
        }, STOP_GRACE_MS);
        grace.unref();
    };
    const onTerm = () => onSignal('SIGTERM');
    const onInt = () => onSignal('SIGINT');
    const onBeforeExit = () => {
        if (settled)
            return;
        settled = true;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`prel stopped with work unfinished and nothing left to wait for (a bug in prel: please report this line). In flight: ${control.describeInFlight()}`);
        process.exit(1);
    };
    process.on('SIGTERM', onTerm);
    process.on('SIGINT', onInt);
    process.on('beforeExit', onBeforeExit);
    try {
        await body(control);
    }
    catch (err) {
        if (control.stopped) {
            // The stop is the news; what it interrupted follows, unless that is the stop itself.
            const detail = err instanceof _run_run_control_js__WEBPACK_IMPORTED_MODULE_3__/* .RunStoppedError */ .Fz ? (err.detail ? `: ${err.detail}` : '') : (0,_run_run_control_js__WEBPACK_IMPORTED_MODULE_3__/* .isRunStopped */ .zI)(err) ? '' : `: ${(0,_errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`${control.stopMessage()}${detail}`);
        }
        else if (err instanceof _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1) {
            // One line: the failure itself carries the file annotation (setFailed would print a second one).
            process.exitCode = 1;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(err.message, err.file ? { file: err.file, startLine: err.line } : undefined);
        }
        else {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err));
            if (err instanceof Error && err.stack)
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(err.stack);
        }
    }
    finally {
        settled = true;
        control.clearDeadline();
        process.off('SIGTERM', onTerm);
        process.off('SIGINT', onInt);
        process.off('beforeExit', onBeforeExit);
        if (control.stopped)
            process.exitCode = (0,_run_run_control_js__WEBPACK_IMPORTED_MODULE_3__/* .stopExitCode */ .yE)(control.stopped);
    }
}
/**
 * Sets outputs. Outside a runner (no GITHUB_OUTPUT) they are printed as name=value lines, so the
 * action can be run and scripted locally.
 */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (process.env.GITHUB_OUTPUT)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, String(value));
        else
            process.stdout.write(`${plainOutput(name, String(value), process.env.PREL_OUTPUT_JSON === '1')}\n`);
    }
}
/**
 * One output as the prel command prints it: `name=value`; a `*-json` output (often kilobytes on one
 * line) only as a count unless `--json` asked for it.
 */
function plainOutput(name, value, json) {
    if (!name.endsWith('-json') || json)
        return `${name}=${value.replace(/\n/g, '\\n')}`;
    let size;
    try {
        const parsed = JSON.parse(value);
        size = Array.isArray(parsed) ? `${parsed.length} ${parsed.length === 1 ? 'entry' : 'entries'}` : `${value.length} bytes of JSON`;
    }
    catch {
        size = `${value.length} bytes`;
    }
    return `${name}: ${size} (--json prints it)`;
}
/** Writes a heading, a table and optional lines to the job summary; skipped quietly off a runner. */
async function writeSummary(enabled, heading, header, rows, notes = []) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!enabled || !file)
        return;
    // core.summary remembers the first file it wrote to; appending ourselves follows the variable.
    const summary = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.emptyBuffer().addHeading(heading, 3);
    summary.addTable([header.map((data) => ({ data, header: true })), ...rows.map((row) => row.map(String))]);
    for (const note of notes)
        summary.addRaw(`<p>${note}</p>`, true);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.appendFile)(file, summary.stringify());
    summary.emptyBuffer();
}


/***/ }),

/***/ 21736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ getListInput),
/* harmony export */   FW: () => (/* binding */ getMapInput),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   K1: () => (/* binding */ getRequiredInput),
/* harmony export */   MF: () => (/* binding */ getMinutesInput),
/* harmony export */   ML: () => (/* binding */ getIntInput),
/* harmony export */   Vt: () => (/* binding */ getBooleanInput),
/* harmony export */   X5: () => (/* binding */ workspacePath),
/* harmony export */   iv: () => (/* binding */ getEnumInput),
/* harmony export */   lI: () => (/* binding */ getOptionalInput),
/* harmony export */   zn: () => (/* binding */ getSecretInput)
/* harmony export */ });
/* unused harmony export splitList */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81821);
// Typed readers for action inputs. Every action's inputs.ts builds its Inputs object with these and
// nothing else calls core.getInput. Each failure names the input and what it accepts.



function getOptionalInput(name) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
    return value === '' ? undefined : value;
}
function getRequiredInput(name) {
    const value = getOptionalInput(name);
    if (value === undefined)
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${name}' is required and was not supplied.`);
    return value;
}
/** A credential: masked in logs before anything else can print it. */
function getSecretInput(name) {
    const value = getOptionalInput(name);
    if (value !== undefined)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    return value;
}
const TRUE_WORDS = new Set(['true', 'True', 'TRUE']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE']);
function getBooleanInput(name, fallback) {
    const value = getOptionalInput(name);
    if (value === undefined)
        return fallback;
    if (TRUE_WORDS.has(value))
        return true;
    if (FALSE_WORDS.has(value))
        return false;
    throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${name}' must be 'true' or 'false', got '${value}'.`);
}
function getIntInput(name, fallback, range = {}) {
    const value = getOptionalInput(name);
    if (value === undefined)
        return fallback;
    const n = Number(value);
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
    if (!/^-?\d+$/.test(value) || n < min || n > max) {
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${name}' must be a whole number from ${min} to ${max}, got '${value}'.`);
    }
    return n;
}
/** Minutes, decimals allowed (`0.5` is 30 seconds), more than 0 and at most `max`. */
function getMinutesInput(name, fallback, max) {
    const value = getOptionalInput(name);
    if (value === undefined)
        return fallback;
    const n = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || n <= 0 || n > max) {
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${name}' must be a number of minutes above 0 and at most ${max} (e.g. 90, or 0.5 for 30 seconds), got '${value}'.`);
    }
    return n;
}
function getEnumInput(name, allowed, fallback) {
    const value = getOptionalInput(name);
    if (value === undefined)
        return fallback;
    if (!allowed.includes(value)) {
        throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${name}' must be one of ${allowed.join(', ')}; got '${value}'.`);
    }
    return value;
}
/** Splits on commas outside `{…}`, so a glob like `images_{base,extra}.list` stays whole. */
function splitOnCommas(line) {
    const items = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < line.length; i++) {
        if (line[i] === '{')
            depth++;
        else if (line[i] === '}')
            depth = Math.max(0, depth - 1);
        else if (line[i] === ',' && depth === 0) {
            items.push(line.slice(start, i));
            start = i + 1;
        }
    }
    items.push(line.slice(start));
    return items;
}
/** Splits a list input on newlines and commas; trims, drops empty entries and `#` comment lines. */
function splitList(value) {
    if (value === undefined)
        return [];
    return value
        .split(/\r?\n/)
        .filter((line) => !line.trim().startsWith('#'))
        .flatMap(splitOnCommas)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function getListInput(name) {
    return splitList(getOptionalInput(name));
}
/** `key=value` entries (newline or comma separated) as a map; a malformed entry names the input. */
function getMapInput(name) {
    const map = new Map();
    for (const entry of getListInput(name)) {
        const eq = entry.indexOf('=');
        const key = entry.slice(0, eq).trim();
        const value = entry.slice(eq + 1).trim();
        if (eq < 0 || key === '' || value === '') {
            throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${name}' expects entries like 'from=to', got '${entry}'.`);
        }
        map.set(key, value);
    }
    return map;
}
/** Paths in inputs are relative to the workspace (GITHUB_WORKSPACE, else the current directory). */
function workspacePath(path) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path))
        return path;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(process.env.GITHUB_WORKSPACE || process.cwd(), path);
}
/** A path as messages show it: relative to the workspace when it is inside, else as it is. */
function displayPath(file) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspacePath('.'), file);
    return rel.startsWith('..') ? file : rel;
}


/***/ }),

/***/ 49889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ actionsLogger),
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
// The logging interface the library writes through, so shared code never depends on where logs go.

function annotation(where) {
    if (!where?.file)
        return undefined;
    return { file: where.file, startLine: where.line };
}
/** Logs through @actions/core: workflow commands on a runner, plain lines elsewhere. */
const actionsLogger = {
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: (message, where) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, annotation(where)),
    error: (message, where) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, annotation(where)),
    debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message),
    secret: (value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value),
    group: (name, fn) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(name, fn),
};
/** Discards everything: for library calls whose caller does not want logs. */
const silentLogger = {
    info: () => { },
    warning: () => { },
    error: () => { },
    debug: () => { },
    secret: () => { },
    group: (_name, fn) => fn(),
};


/***/ }),

/***/ 81821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dP: () => (/* binding */ MAX_ECHO),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   ol: () => (/* binding */ quoteText),
/* harmony export */   u_: () => (/* binding */ withoutName)
/* harmony export */ });
/* unused harmony export shortText */
// Error types that separate user mistakes (one clear line) from bugs (message + stack in debug).
/** A mistake the user can fix: bad input, bad file, rejected credentials. Reported as one line, no stack. */
class ConfigurationError extends Error {
    /** File and 1-based line the problem is in, for annotations. */
    file;
    line;
    constructor(message, where) {
        super(message);
        this.name = 'ConfigurationError';
        this.file = where?.file;
        this.line = where?.line;
    }
}
/** Any thrown value as a message, without assuming it is an Error. */
function errorMessage(err) {
    if (err instanceof AggregateError) {
        return [err.message, ...err.errors.map(errorMessage)].filter(Boolean).join('; ');
    }
    if (err instanceof Error)
        return err.message;
    return String(err);
}
/**
 * `message` without a leading `name: ` that the line it goes into says already. With `orTail`, also
 * without a leading last part of `name` (`… : blob sha256:…` → `blob sha256:…: `).
 */
function withoutName(message, name, orTail = false) {
    for (let tail = name; tail; tail = orTail && tail.includes(': ') ? tail.slice(tail.indexOf(': ') + 2) : '') {
        if (message.startsWith(`${tail}: `))
            return message.slice(tail.length + 2);
    }
    return message;
}
/** Longest piece of user text a message echoes: a 5 MB value must not become a 5 MB log line. */
const MAX_ECHO = 100;
/** User text cut to a readable length, saying how long it really was. */
function shortText(text, max = MAX_ECHO) {
    return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}
/**
 * User text quoted for a message: 'v1.0' normally; JSON-quoted ("v1.0 ", "a\tb") when white space at an
 * edge or a control character would otherwise be invisible or garble the line; cut when long.
 */
function quoteText(text, max = MAX_ECHO) {
    const cut = text.length <= max ? text : text.slice(0, max);
    const more = text.length <= max ? '' : `… (${text.length} characters)`;
    // eslint-disable-next-line no-control-regex
    const visible = !/^\s|\s$|[\x00-\x1f\x7f\u2028\u2029]/.test(cut) && !cut.includes("'");
    return `${visible ? `'${cut}'` : JSON.stringify(cut)}${more}`;
}


/***/ }),

/***/ 71373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ assertWritable),
/* harmony export */   Eo: () => (/* binding */ asLocalError),
/* harmony export */   K3: () => (/* binding */ makeScratchDir),
/* harmony export */   QZ: () => (/* binding */ inScratch),
/* harmony export */   dP: () => (/* binding */ ownerText),
/* harmony export */   gC: () => (/* binding */ writingTo),
/* harmony export */   kc: () => (/* binding */ LocalIoError),
/* harmony export */   lt: () => (/* binding */ assertWritableFolder),
/* harmony export */   ns: () => (/* binding */ localErrorCode)
/* harmony export */ });
/* unused harmony exports localWriteError, scratchRoot */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81821);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21736);
// The one place that turns a local file-system error into a user message: `Input 'output': cannot write
// release.tar.gz: read-only file system`. Node's own text names the temp file it was writing (or, for a
// stream's ENOSPC, no file at all), so callers pass the path the user asked for and the input that named it.
//
// For any code that writes where a user pointed it (the transfer engine included):
//   await assertWritable(path, { input: 'output' });              // up front, before any network work
//   await assertWritableFolder(dir, { input: 'report-dir' });      // same, for an output folder
//   try { …write… } catch (err) { throw localWriteError(err, path, { input: 'output' }); }
//   await writingTo(path, { input: 'output' }, () => …write…);     // the same, as a wrapper
//   await inScratch(() => …spool blobs…);                          // scratch space: reported as RUNNER_TEMP
// `{ variable: 'RUNNER_TEMP' }` instead of `{ input }` for scratch space (makeScratchDir does that).
// localWriteError returns any error that is not a local file-system one unchanged, so it can wrap a whole
// write safely. Every translation is a LocalIoError (a ConfigurationError): the transfer engine stops the
// run on the first one instead of recording a full disk as one more image that failed.






/** errno codes that mean "the local disk or folder refused", with the words users see. */
const LOCAL_REASONS = {
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EISDIR: 'is a folder',
    ENOTDIR: 'a parent is a file, not a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOENT: 'no such file or folder',
    EEXIST: 'already exists',
    EFBIG: 'file too large for this file system',
    ENAMETOOLONG: 'name too long',
    EMFILE: 'too many open files',
    EIO: 'input/output error',
};
/**
 * A failure of this machine, not of a registry or an image: reported once, naming the path and what chose
 * it. The transfer engine stops the whole run on one, instead of recording it against each image.
 */
class LocalIoError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1 {
    path;
    code;
    where;
    constructor(path, code, 
    /** What chose the path: `Input 'output'`, or `RUNNER_TEMP (…)`. */
    where) {
        super(`${where}: cannot write ${path}: ${LOCAL_REASONS[code] ?? code}`);
        this.path = path;
        this.code = code;
        this.where = where;
        this.name = 'LocalIoError';
    }
}
/** `Input 'output'`, or the variable's name. */
function ownerText(owner) {
    return 'input' in owner ? `Input '${owner.input}'` : owner.variable;
}
/**
 * `err` as a LocalIoError about `path` when it is a local file-system error, wherever it happened (for
 * scratch folders prel made itself); anything else as it is.
 */
function asLocalError(err, path, owner) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1)
        return err;
    const code = localErrorCode(err);
    return code ? new LocalIoError((0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .displayPath */ .Gt)(path), code, ownerText(owner)) : err;
}
/** The errno code of a local file-system failure, or undefined for anything else. */
function localErrorCode(err) {
    const code = err?.code;
    return typeof code === 'string' && code in LOCAL_REASONS && typeof err.syscall === 'string' ? code : undefined;
}
/** Whether `inner` is `outer` or lies below it. */
function within(inner, outer) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(outer, inner);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(rel));
}
/**
 * A local write failure as one line naming the input and the path the user gave; any other error
 * (a ConfigurationError already, a network error, a bug, a failure on some unrelated file being read)
 * is returned as it is. A failure on a temp file beside `path`, on a parent folder of it, or with no
 * path at all (a stream's ENOSPC) counts as writing `path`.
 */
function localWriteError(err, path, owner) {
    return translate(err, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(path)), path, owner);
}
/** A local failure at, below or above `scope` (or with no path) as the one line about `shown`. */
function translate(err, scope, shown, owner) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1)
        return err;
    const code = localErrorCode(err);
    if (!code)
        return err;
    const failed = err.path;
    if (failed !== undefined && !within((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(failed), scope) && !within(scope, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(failed)))
        return err;
    return new LocalIoError((0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .displayPath */ .Gt)(shown), code, ownerText(owner));
}
/** Runs a write and reports a local failure through localWriteError. */
async function writingTo(path, owner, body) {
    try {
        return await body();
    }
    catch (err) {
        throw localWriteError(err, path, owner);
    }
}
/** Creates and removes a probe file: the only test that holds for root, read-only mounts and ACLs alike. */
async function probe(dir) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `.prel-probe-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'wx');
    await handle.close();
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(file, { force: true });
}
async function kindOf(path) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path)).isDirectory() ? 'folder' : 'other';
    }
    catch (err) {
        // ENOTDIR: a parent is a file; the walk up in assertFolderCanHold names it.
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return 'missing';
        throw err;
    }
}
/**
 * Checks that `dir` is, or could be made, a writable folder, without making it: a failed run leaves no
 * empty folders behind. The nearest existing ancestor must be a folder that takes a probe file.
 */
async function assertFolderCanHold(dir, owner, shown) {
    let at = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(dir);
    for (;;) {
        const kind = await kindOf(at);
        if (kind === 'folder')
            break;
        if (kind === 'other') {
            const what = at === (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(shown) ? `'${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .displayPath */ .Gt)(at)}' is a file, not a folder` : `cannot write ${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .displayPath */ .Gt)(shown)}: '${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .displayPath */ .Gt)(at)}' is a file, not a folder`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${ownerText(owner)}: ${what}`);
        }
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(at);
        if (parent === at)
            break;
        at = parent;
    }
    await probe(at);
}
/** Checks, before any work, that a file can be written at `path`: not a folder, its folder writable (or creatable). */
async function assertWritable(path, owner) {
    await writingTo(path, owner, async () => {
        if ((await kindOf(path)) === 'folder') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${ownerText(owner)}: cannot write ${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .displayPath */ .Gt)(path)}: is a folder`);
        }
        await assertFolderCanHold((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), owner, path);
    });
}
/** Checks, before any work, that `dir` is (or can be made) a writable folder; a file there is refused, never replaced. */
async function assertWritableFolder(dir, owner) {
    await writingTo(dir, owner, () => assertFolderCanHold(dir, owner, dir));
}
/** The scratch folder: RUNNER_TEMP on a runner, else the system's. */
function scratchRoot() {
    const runnerTemp = process.env.RUNNER_TEMP;
    return runnerTemp ? { path: runnerTemp, owner: { variable: 'RUNNER_TEMP' } } : { path: (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), owner: { variable: 'TMPDIR' } };
}
/** A new folder in the scratch space; a full or read-only one is named as RUNNER_TEMP (or TMPDIR), not as a random child. */
async function makeScratchDir(prefix) {
    const root = scratchRoot();
    return writingTo(root.path, root.owner, async () => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(root.path, { recursive: true });
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root.path, prefix));
    });
}
/**
 * Runs work that writes into a scratch folder (`dir`, default the whole scratch space); a local failure
 * there, or one without a path (a stream's ENOSPC), is reported against RUNNER_TEMP, not the temp file.
 * Wrap it around work whose own outputs are already reported (writeArchive with an owner): those pass.
 */
async function inScratch(body, dir) {
    try {
        return await body();
    }
    catch (err) {
        const root = scratchRoot();
        throw translate(err, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(dir ?? root.path), root.path, root.owner);
    }
}


/***/ }),

/***/ 16911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ removeStaleOutputs),
/* harmony export */   Vx: () => (/* binding */ streamToFileAtomic),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony export removeIfPresent */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81821);
/* harmony import */ var _errors_fs_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(71373);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(21736);
// Writes files so that readers never see a half-written one: temp file in the same folder, then rename.








function tempNameFor(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
}
/** Runs `write(temp)` into a temp file beside `path` and renames it into place; removes the temp file on failure. */
async function viaTempFile(path, owner, write) {
    const body = async () => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true });
        const temp = tempNameFor(path);
        try {
            await write(temp);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, path);
        }
        catch (err) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
            throw err;
        }
    };
    await (owner ? (0,_errors_fs_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .writingTo */ .gC)(path, owner, body) : body());
}
async function writeFileAtomic(path, data, options = {}) {
    await viaTempFile(path, options.owner, (temp) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(temp, data, { mode: options.mode }));
}
/** Streams into a temp file and renames it into place only when the whole stream arrived. */
async function streamToFileAtomic(path, source, options = {}) {
    await viaTempFile(path, options.owner, (temp) => (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(source, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(temp)));
}
/** Removes a file if present (reports from an earlier run that no longer apply). */
async function removeIfPresent(path) {
    await rm(path, { force: true });
}
/** A gzip stream or a tar (the `ustar` magic), which is all prel's archives are. */
async function looksLikeArchive(path) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'r');
    try {
        const head = Buffer.alloc(262);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        return (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) || (bytesRead >= 262 && head.toString('latin1', 257, 262) === 'ustar');
    }
    finally {
        await handle.close();
    }
}
/**
 * Removes outputs an earlier run left, at the start of a run, so a failure never leaves one looking current.
 * Only the names prel itself writes are passed here, and only files are removed: a folder is left for the
 * up-front check to refuse.
 */
async function removeStaleOutputs(paths, owner, options = {}) {
    for (const path of paths) {
        await (0,_errors_fs_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .writingTo */ .gC)(path, owner, async () => {
            const kind = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path).catch(() => undefined);
            if (!kind || kind.isDirectory())
                return;
            // An archive name the user pointed at some other file of theirs: refuse rather than delete it.
            if (options.archives && !(await looksLikeArchive(path))) {
                throw new _errors_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${(0,_errors_fs_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ownerText */ .dP)(owner)}: ${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .displayPath */ .Gt)(path)} exists and is not an archive; prel only replaces its own archives, so move it away or choose another path.`);
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(path, { force: true });
        });
    }
}


/***/ }),

/***/ 92653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fz: () => (/* binding */ RunStoppedError),
/* harmony export */   j2: () => (/* binding */ RunControl),
/* harmony export */   yE: () => (/* binding */ stopExitCode),
/* harmony export */   zI: () => (/* binding */ isRunStopped)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
// One run's stop switch and its list of work in flight. A cancelled job (SIGTERM, SIGINT) or the
// action's `timeout` stops new work and aborts requests through one AbortSignal; the list of what is
// in flight names the stuck work when a run ends without finishing it.

/** The exit code a stopped run ends with: 128 + the signal's number, as shells report it; 1 for a timeout. */
function stopExitCode(reason) {
    return reason === 'SIGTERM' ? 143 : reason === 'SIGINT' ? 130 : 1;
}
/** Thrown by work that did not start or was cut short because the run was stopped. */
class RunStoppedError extends Error {
    reason;
    detail;
    constructor(reason, 
    /** What the stop left undone, for the run's last line. */
    detail) {
        super(`${reason === 'timeout' ? 'stopped: the run reached its time limit' : `stopped: the job was cancelled (${reason})`}${detail ? `; ${detail}` : ''}`);
        this.reason = reason;
        this.detail = detail;
        this.name = 'RunStoppedError';
    }
}
class RunControl {
    controller = new AbortController();
    constructor() {
        // Every request of the run listens on this one signal: hundreds of listeners are expected, not a leak.
        (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(0, this.controller.signal);
    }
    reason;
    deadline;
    /** What is in flight now, by label (an image, a blob), counted: the same label may be in flight twice. */
    inFlight = new Map();
    /** The limit in minutes and the input that set it, for the message when it is reached. */
    timeLimit;
    get signal() {
        return this.controller.signal;
    }
    get stopped() {
        return this.reason;
    }
    stop(reason) {
        if (this.reason)
            return;
        this.reason = reason;
        this.clearDeadline();
        this.controller.abort(new RunStoppedError(reason));
    }
    /** Throws RunStoppedError once the run is stopped: checked before each new piece of work starts. */
    throwIfStopped() {
        if (this.reason)
            throw new RunStoppedError(this.reason);
    }
    /** Stops the run after `minutes` (the action's `timeout` input). The timer does not keep the process alive. */
    setTimeLimit(minutes, input) {
        this.clearDeadline();
        this.timeLimit = { minutes, input };
        this.deadline = setTimeout(() => this.stop('timeout'), minutes * 60_000);
        this.deadline.unref();
    }
    clearDeadline() {
        if (this.deadline)
            clearTimeout(this.deadline);
        this.deadline = undefined;
    }
    /** Runs `work` listed as in flight under `label` until it settles. */
    async track(label, work) {
        this.inFlight.set(label, (this.inFlight.get(label) ?? 0) + 1);
        try {
            return await work();
        }
        finally {
            const left = (this.inFlight.get(label) ?? 1) - 1;
            if (left > 0)
                this.inFlight.set(label, left);
            else
                this.inFlight.delete(label);
        }
    }
    /** What is in flight, oldest first, at most `max` labels and a count of the rest. */
    describeInFlight(max = 10) {
        const labels = [...this.inFlight.keys()];
        if (labels.length === 0)
            return 'nothing was in flight';
        const shown = labels.slice(0, max).join('; ');
        return labels.length > max ? `${shown}; and ${labels.length - max} more` : shown;
    }
    /** The sentence a stopped run ends with. */
    stopMessage() {
        if (this.reason === 'timeout' && this.timeLimit) {
            const { minutes, input } = this.timeLimit;
            return `Stopped after ${minutes} minute(s), the limit set by input '${input}'`;
        }
        return `Cancelled (${this.reason ?? 'SIGTERM'})`;
    }
}
/** True when `err` is (or was caused by) the run being stopped. */
function isRunStopped(err) {
    for (let e = err; e instanceof Error; e = e.cause) {
        if (e instanceof RunStoppedError)
            return true;
        if (e.name === 'AbortError')
            return true;
    }
    return false;
}


/***/ })

};
