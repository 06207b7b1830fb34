export const id = 120;
export const ids = [120];
export const modules = {

/***/ 13120:
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
;// CONCATENATED MODULE: ./shared/bundle/artifact-upload.ts
// Uploads the bundle as a workflow artifact with @actions/artifact, which only works inside a GitHub
// Actions job: that is checked before any work, so a local run fails at once with one clear line.

/** Throws unless the job runtime the artifact service needs is there. */
function checkArtifactRuntime() {
    const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((name) => !process.env[name]);
    if (missing.length > 0) {
        throw new errors/* ConfigurationError */.j1(`upload-artifact: true needs a GitHub Actions runner (${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set); set upload-artifact: false outside a workflow job.`);
    }
}
/** Uploads `files` (paths under `rootDirectory`) as artifact `name`; returns the artifact id. */
async function uploadArtifact(name, files, rootDirectory, options = {}) {
    // Loaded only when asked for: the artifact client is large and every other run can do without it.
    const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 21).then(__webpack_require__.bind(__webpack_require__, 83021));
    try {
        const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory, options);
        return id;
    }
    catch (err) {
        throw new Error(`uploading artifact '${name}' failed: ${(0,errors/* errorMessage */.gJ)(err)}`, { cause: err });
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./shared/archive/archive-file.ts + 2 modules
var archive_file = __webpack_require__(6555);
// EXTERNAL MODULE: ./shared/files/atomic-write.ts
var atomic_write = __webpack_require__(16911);
// EXTERNAL MODULE: ./shared/errors/fs-errors.ts
var fs_errors = __webpack_require__(71373);
// EXTERNAL MODULE: ./shared/run/progress.ts
var progress = __webpack_require__(12365);
// EXTERNAL MODULE: ./shared/bundle/bundle-checksums.ts
var bundle_checksums = __webpack_require__(79322);
// EXTERNAL MODULE: ./shared/bundle/bundle-layout.ts
var bundle_layout = __webpack_require__(76422);
// EXTERNAL MODULE: ./shared/bundle/bundle-lines.ts
var bundle_lines = __webpack_require__(88205);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(59805);
// EXTERNAL MODULE: ./shared/github/github-api.ts
var github_api = __webpack_require__(49460);
// EXTERNAL MODULE: ./shared/http/http-body.ts
var http_body = __webpack_require__(89268);
// EXTERNAL MODULE: ./shared/release/component-sources.ts + 1 modules
var component_sources = __webpack_require__(82225);
;// CONCATENATED MODULE: ./shared/bundle/remote-sources.ts
// Downloads the remote sources of a bundle into a staging folder: `https://` URLs with
// @actions/tool-cache (which retries 5xx, 408, 429 and connection errors), GitHub release assets through
// the REST API. A source used by two lines is downloaded once.








const ELF_MAGIC = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);
/** A downloaded file is executable when it starts like one: an ELF binary or a `#!` script. */
async function looksExecutable(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const head = Buffer.alloc(4);
        const { bytesRead } = await handle.read(head, 0, 4, 0);
        const start = head.subarray(0, bytesRead);
        return start.equals(ELF_MAGIC) || start.subarray(0, 2).toString('latin1') === '#!';
    }
    finally {
        await handle.close();
    }
}
class RemoteSources {
    options;
    downloads = new Map();
    client;
    count = 0;
    constructor(options) {
        this.options = options;
    }
    /** The local path of the line's source, downloading it on first use. */
    fetch(line) {
        const key = JSON.stringify(line.source);
        let download = this.downloads.get(key);
        if (!download) {
            const dest = (0,external_node_path_.join)(this.options.stagingDir, `download-${++this.count}`);
            download = line.source.kind === 'github-release' ? this.fetchReleaseAsset(line, dest) : this.fetchUrl(line, dest);
            this.downloads.set(key, download);
        }
        return download;
    }
    async fetchUrl(line, dest) {
        if (line.source.kind !== 'url')
            throw new Error(`not a URL source: ${line.text}`);
        const { url } = line.source;
        const password = new URL(url).password;
        if (password)
            this.options.logger.secret(decodeURIComponent(password));
        this.options.logger.info(`Downloading ${url}`);
        try {
            // An explicit destination: tool-cache then needs no RUNNER_TEMP, so this runs off a runner too.
            return await (0,tool_cache/* downloadTool */.bq)(url, dest);
        }
        catch (err) {
            if (err instanceof tool_cache/* HTTPError */.Hl) {
                const status = err.httpStatusCode ?? 0;
                const tries = status >= 500 || status === 408 || status === 429 ? ' (after 3 tries)' : '';
                throw new errors/* ConfigurationError */.j1(`${(0,bundle_lines/* describeLine */.ES)(line)}: downloading ${url} failed: the server answered ${status}${tries}.`);
            }
            throw new Error(`${(0,bundle_lines/* describeLine */.ES)(line)}: downloading ${url} failed: ${(0,http_body/* describeError */.Uc)(err)}`, { cause: err });
        }
    }
    async fetchReleaseAsset(line, dest) {
        if (line.source.kind !== 'github-release')
            throw new Error(`not a release source: ${line.text}`);
        const { owner, repo, tag, asset: name } = line.source;
        this.client ??= new github_api/* GitHubApi */.y({ baseUrl: (0,component_sources/* githubApiUrl */.B)(), token: this.options.token, logger: this.options.logger });
        const release = await this.client.getReleaseByTag(owner, repo, tag);
        if (!release) {
            throw new errors/* ConfigurationError */.j1(`${(0,bundle_lines/* describeLine */.ES)(line)}: ${owner}/${repo} has no release tagged '${tag}' (or the repository does not exist, or the github-token cannot see it).`);
        }
        const asset = (release.assets ?? []).find((a) => a.name === name);
        if (!asset) {
            const names = (release.assets ?? []).map((a) => a.name);
            throw new errors/* ConfigurationError */.j1(`${(0,bundle_lines/* describeLine */.ES)(line)}: release '${tag}' of ${owner}/${repo} has no asset named '${name}' (${names.length ? `it has ${names.join(', ')}` : 'it has no assets'}).`);
        }
        this.options.logger.info(`Downloading ${name} from release ${tag} of ${owner}/${repo}`);
        await this.client.downloadReleaseAsset(owner, repo, asset, dest);
        const { size } = await (0,promises_.stat)(dest);
        if (size !== asset.size)
            throw new Error(`${(0,bundle_lines/* describeLine */.ES)(line)}: GitHub sent ${size} bytes for ${name}, which has ${asset.size}.`);
        return dest;
    }
}

// EXTERNAL MODULE: ./shared/lock/images-lock.ts
var images_lock = __webpack_require__(56082);
;// CONCATENATED MODULE: ./shared/verify/verify-script.ts
// verify.sh, the bundle's own offline check: POSIX sh, coreutils and tar only (no Node, no jq, no
// network), so it runs on a minimal Debian or a busybox userland. It checks every file against
// SHA256SUMS (and that none is unlisted), unpacks the registry storage archive into a temp folder, and
// for every image of images.lock checks the tag link, the repository links and that every blob is there
// with the sha256 its name says; a delta bundle (BASE) looks for the blobs it leaves out in the site's
// registry storage. One line per problem, a count at the end; exit 0 only when everything holds.
// The messages match `prel verify-bundle`'s (bundle-verifier.ts).
const VERIFY_SCRIPT = 'verify.sh';
function shQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function verifyScript(options) {
    return `#!/bin/sh
# verify.sh: checks this bundle offline, with nothing but a POSIX shell, coreutils and tar.
#
#   sh verify.sh                       a full bundle
#   sh verify.sh <registry-storage>    a delta bundle (it has a BASE file): the folder the site's
#                                      registry serves, the one holding docker/registry/v2
#
# Checks every file against SHA256SUMS, then unpacks ${options.registryArchive} into a temp folder
# (TMPDIR, else /tmp: it needs as much free space as the registry) and checks, for every image in
# images.lock, the tag link, the repository links and the sha256 of every manifest, config and layer.
# Prints one line per problem and a count; exits 0 only when everything holds (2: could not run).
set -u
REGISTRY_ARCHIVE=${shQuote(options.registryArchive)}
CHECKSUMS=${options.checksums ? 1 : 0}
LOCK=images.lock

here=$(cd "$(dirname "$0")" && pwd) || exit 2
cd "$here" || exit 2
problems=0
problem() {
  printf 'PROBLEM %s\\n' "$*"
  problems=$((problems + 1))
}
die() {
  printf 'verify.sh: %s\\n' "$*" >&2
  exit 2
}

storage=
if [ -f BASE ]; then
  base=
  while read -r key value; do [ "$key" = release ] && base=$value; done < BASE
  [ $# -ge 1 ] || die "this is a delta bundle on top of release \${base:-?}: give the folder of the site's registry storage (the one holding docker/registry/v2)"
  if [ -d "$1/docker/registry/v2" ]; then storage="$1/docker/registry/v2"
  elif [ -d "$1/blobs/sha256" ]; then storage=$1
  else die "$1 holds no registry storage (no docker/registry/v2 in it)"
  fi
  printf 'delta on top of release %s; left-out blobs are read from %s\\n' "\${base:-?}" "$storage"
fi

work=$(mktemp -d "\${TMPDIR:-/tmp}/verify-bundle.XXXXXX") || die "cannot create a temp folder in \${TMPDIR:-/tmp}"
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
mkdir "$work/listed" "$work/ok" "$work/bad" "$work/registry" || die "cannot write to $work"

# 1. Every file against SHA256SUMS, and no file left out of it.
files=0
if [ -f SHA256SUMS ]; then
  while IFS= read -r line || [ -n "$line" ]; do
    sum=\${line%% *}
    name=\${line#*  }
    [ -n "$sum" ] && [ "$name" != "$line" ] || continue
    files=$((files + 1))
    mkdir -p "$work/listed/$(dirname "$name")" && : > "$work/listed/$name"
    if [ ! -f "$name" ]; then
      problem "$name: listed in SHA256SUMS but missing"
      continue
    fi
    actual=$(sha256sum < "$name") || actual=unreadable
    actual=\${actual%% *}
    [ "$actual" = "$sum" ] || problem "$name: sha256 $actual, SHA256SUMS says $sum"
  done < SHA256SUMS
  unlisted() {
    for f in "$1"* "$1".[!.]* "$1"..?*; do
      [ -e "$f" ] || [ -L "$f" ] || continue
      if [ -d "$f" ] && [ ! -L "$f" ]; then unlisted "$f/"
      elif [ "$f" != SHA256SUMS ] && [ ! -f "$work/listed/$f" ]; then problem "$f: not listed in SHA256SUMS"
      fi
    done
  }
  unlisted ''
elif [ "$CHECKSUMS" = 1 ]; then
  problem "SHA256SUMS: missing"
fi

# 2. Every image of images.lock in the registry storage archive.
images=0
blobs=0
if [ ! -f "$LOCK" ]; then
  printf 'no %s: the images were not checked\\n' "$LOCK"
elif [ ! -f "$REGISTRY_ARCHIVE" ]; then
  problem "$REGISTRY_ARCHIVE: missing, so no image of $LOCK can be checked"
else
  case $REGISTRY_ARCHIVE in
    *.gz | *.tgz) tar -xzf "$REGISTRY_ARCHIVE" -C "$work/registry" ;;
    *) tar -xf "$REGISTRY_ARCHIVE" -C "$work/registry" ;;
  esac || problem "$REGISTRY_ARCHIVE: cannot be unpacked completely"
  reg="$work/registry/docker/registry/v2"

  # A blob's sha256 is computed once, whichever images share it; the verdict is kept in $work.
  check_blob() {
    ref=$1
    digest=$2
    hex=\${digest#sha256:}
    [ -f "$work/ok/$hex" ] && return 0
    if [ -f "$work/bad/$hex" ]; then
      problem "$ref: $(cat "$work/bad/$hex")"
      return 0
    fi
    blobs=$((blobs + 1))
    two=\${hex%"\${hex#??}"}
    data="blobs/sha256/$two/$hex/data"
    where=
    if [ -f "$reg/$data" ]; then file="$reg/$data"
    elif [ -n "$storage" ] && [ -f "$storage/$data" ]; then file="$storage/$data"; where=" in $storage"
    else
      if [ -n "$storage" ]; then msg="blob $digest is neither in the delta nor in $storage"; else msg="blob $digest is missing"; fi
      printf '%s' "$msg" > "$work/bad/$hex"
      problem "$ref: $msg"
      return 0
    fi
    sum=$(sha256sum < "$file") || sum=unreadable
    sum=\${sum%% *}
    if [ "$sum" = "$hex" ]; then
      : > "$work/ok/$hex"
    else
      msg="blob $digest is corrupt$where (its bytes hash to sha256:$sum)"
      printf '%s' "$msg" > "$work/bad/$hex"
      problem "$ref: $msg"
    fi
  }

  while read -r ref root rest || [ -n "\${ref:-}" ]; do
    case $ref in '' | '#'*) continue ;; esac
    images=$((images + 1))
    case $ref in
      *@*) repo=\${ref%%@*}; tag= ;;
      *) repo=\${ref%:*}; tag=\${ref##*:} ;;
    esac
    dir="$reg/repositories/$repo"
    if [ -n "$tag" ]; then
      link="$dir/_manifests/tags/$tag/current/link"
      if [ ! -f "$link" ]; then problem "$ref: tag link is missing"
      else
        current=$(cat "$link")
        [ "$current" = "$root" ] || problem "$ref: tag points at $current, $LOCK says $root"
      fi
    fi
    for digest in $root $rest; do
      hex=\${digest#sha256:}
      case $digest in
        sha256:*) ;;
        *) problem "$ref: '$digest' in $LOCK is not a sha256 digest"; continue ;;
      esac
      case $hex in *[!0-9a-f]*) problem "$ref: '$digest' in $LOCK is not a sha256 digest"; continue ;; esac
      [ \${#hex} -eq 64 ] || { problem "$ref: '$digest' in $LOCK is not a sha256 digest"; continue; }
      linked=
      for kind in _manifests/revisions _layers; do
        f="$dir/$kind/sha256/$hex/link"
        [ -f "$f" ] && [ "$(cat "$f")" = "$digest" ] && linked=1
      done
      [ -n "$linked" ] || problem "$ref: $digest is not linked in repository $repo"
      check_blob "$ref" "$digest"
    done
  done < "$LOCK"
fi

if [ "$problems" -eq 0 ]; then
  printf 'verify.sh: OK: %s file(s), %s image(s), %s blob(s) checked\\n' "$files" "$images" "$blobs"
  exit 0
fi
printf 'verify.sh: %s problem(s) found (%s file(s), %s image(s), %s blob(s) checked)\\n' "$problems" "$files" "$images" "$blobs"
exit 1
`;
}

// EXTERNAL MODULE: ./shared/bundle/delta-base.ts
var delta_base = __webpack_require__(58191);
;// CONCATENATED MODULE: ./shared/bundle/verification-files.ts
// The files that let a site check a bundle offline: images.lock (from pack-registry), verify.sh (the
// shell verifier, configured for this bundle) and, for a delta, BASE (the release it goes on top of and
// its lock's sha256). Written into the staging folder, they join the bundle as ordinary files, so they
// are hashed into SHA256SUMS like the rest.








function actionLine(text, destination, file) {
    return { line: 0, text, defaulted: false, source: { kind: 'local', path: file }, destination, intoFolder: false };
}
/** The added files, or none when there is no lock to check against. `paths`: what the `files` lines put in the bundle. */
async function verificationEntries(request, paths, staging, checksums) {
    const { lock, base } = request;
    let present = false;
    if (lock) {
        try {
            await (0,images_lock/* readLockFile */.cx)(lock.file, "Input 'images-lock'", lock.shown);
            present = true;
        }
        catch (err) {
            const absent = err instanceof errors/* ConfigurationError */.j1 && err.message.endsWith('not found.');
            if (lock.explicit || !absent)
                throw err;
        }
    }
    if (!present) {
        if (base)
            throw new errors/* ConfigurationError */.j1(`Input 'base-release': a delta bundle needs its own images.lock (input 'images-lock'), and ${lock?.shown ?? 'none'} was not found.`);
        return [];
    }
    if (!paths.has(request.registryArchive)) {
        throw new errors/* ConfigurationError */.j1(`Input 'registry-archive': '${request.registryArchive}' is not in the bundle (no files line puts it there), so verify.sh could not check the images of ${lock.shown}.`);
    }
    const entries = [];
    const add = async (path, from, file, mode) => {
        const claimed = paths.get(path);
        if (claimed)
            throw new errors/* ConfigurationError */.j1(`${(0,bundle_lines/* describeLine */.ES)(claimed)}: '${path}' is written by the action (${from}); choose another path-in-bundle.`);
        const { size } = await (0,promises_.stat)(file);
        entries.push({ kind: 'local', path, line: actionLine(from, path, file), file, size, mode });
    };
    await add(images_lock/* LOCK_FILE */.FI, `input 'images-lock' (${lock.shown})`, lock.file, 0o644);
    const script = (0,external_node_path_.join)(staging, VERIFY_SCRIPT);
    await (0,promises_.writeFile)(script, verifyScript({ registryArchive: request.registryArchive, checksums }), { mode: 0o755 });
    await add(VERIFY_SCRIPT, 'verify.sh, the offline check', script, 0o755);
    if (base) {
        await (0,images_lock/* readLockFile */.cx)(base.lockFile, "Input 'base-lock'", base.lockShown);
        const file = (0,external_node_path_.join)(staging, delta_base/* BASE_FILE */.Xe);
        await (0,promises_.writeFile)(file, (0,delta_base/* baseText */.b6)({ release: base.release, lockSha256: await (0,bundle_checksums/* sha256File */.Q3)(base.lockFile) }));
        await add(delta_base/* BASE_FILE */.Xe, `input 'base-release' (${base.release})`, file, 0o644);
    }
    return entries;
}

;// CONCATENATED MODULE: ./shared/bundle/assemble-bundle.ts
// Assembles the offline bundle: lays out `<bundle>/` from the `files` lines, downloads what is remote,
// hashes every file for SHA256SUMS, and writes one deterministic tar (sorted, fixed mtime and owner)
// with `<archive>.sha256` beside it. Files are streamed, never held in memory. Nothing is written to
// the output folder until every source is there and checked.













/** Runs every task, lets all of them finish, then throws the first failure in task order (so none outlives the staging folder). */
async function allOrFirstError(tasks) {
    const failed = (await Promise.allSettled(tasks)).find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason;
}
function bundleArchiveName(bundleName, compression) {
    return `${bundleName}.tar${compression === 'gzip' ? '.gz' : ''}`;
}
/** The input naming the folder the bundle is written to, for write failures. */
const OUTPUT_DIR_OWNER = { input: 'output-dir' };
/** What a run writes in output-dir: the archive and its .sha256 (the only files a new run may remove there). */
function bundleOutputs(outputDir, bundleName, compression) {
    const archive = (0,external_node_path_.join)(outputDir, bundleArchiveName(bundleName, compression));
    return { archive, checksum: `${archive}.sha256` };
}
/** Before any work: output-dir can take the bundle, and no bundle from an earlier run survives a failure of this one. */
async function prepareBundleOutput(outputDir, bundleName, compression) {
    await (0,fs_errors/* assertWritableFolder */.lt)(outputDir, OUTPUT_DIR_OWNER);
    const { archive, checksum } = bundleOutputs(outputDir, bundleName, compression);
    await (0,atomic_write/* removeStaleOutputs */.ET)([archive], OUTPUT_DIR_OWNER, { archives: true });
    await (0,atomic_write/* removeStaleOutputs */.ET)([checksum], OUTPUT_DIR_OWNER);
}
async function assembleBundle(request) {
    const { logger } = request;
    const limit = (0,p_limit/* default */.A)(request.concurrency ?? 4);
    // Downloads land here (RUNNER_TEMP on a runner), never in the workspace; removed at the end.
    const staging = await (0,fs_errors/* makeScratchDir */.K3)('prel-bundle-');
    try {
        const layout = await logger.group('Lay out the bundle', async () => {
            const planned = await (0,bundle_layout/* planLayout */.u)(request.lines, { checksums: request.checksums });
            for (const line of request.lines) {
                const mine = planned.entries.filter((e) => e.line === line);
                const what = line.source.kind === 'local' ? `${mine.length} file(s)` : 'download';
                logger.info(`line ${line.line}: ${line.text} (${what})`);
            }
            const paths = new Map(planned.entries.map((e) => [e.path, e.line]));
            const added = request.verification ? await verificationEntries(request.verification, paths, staging, request.checksums) : [];
            for (const entry of added)
                logger.info(`${entry.path}: ${entry.line.text}`);
            planned.entries.push(...added);
            return planned;
        });
        const remote = layout.entries.filter((e) => e.kind === 'remote');
        const downloaded = new Map();
        if (remote.length > 0) {
            const sources = new RemoteSources({ stagingDir: staging, token: request.githubToken, logger });
            await logger.group('Download', () => (0,fs_errors/* inScratch */.QZ)(() => allOrFirstError(remote.map((entry) => limit(async () => {
                const file = await sources.fetch(entry.line);
                const { size } = await (0,promises_.stat)(file);
                const mode = (0,bundle_layout/* bundleMode */.aj)(await looksExecutable(file));
                downloaded.set(entry, { kind: 'local', path: entry.path, line: entry.line, file, size, mode });
                logger.info(`${entry.path}: ${(0,progress/* formatBytes */.z3)(size)}, mode ${mode.toString(8).padStart(4, '0')}`);
            }))), staging));
        }
        const files = layout.entries.map((e) => (e.kind === 'local' ? e : downloaded.get(e)));
        const sums = new Map();
        if (request.checksums) {
            await logger.group(`Checksums of ${files.length} file(s)`, () => allOrFirstError(files.map((f) => limit(async () => void sums.set(f, await (0,bundle_checksums/* sha256File */.Q3)(f.file))))));
        }
        const top = request.bundleName;
        const archiveFiles = files.map((f) => ({
            path: `${top}/${f.path}`,
            size: f.size,
            mode: f.mode,
            data: () => {
                const sum = sums.get(f);
                if (sum === undefined)
                    return (0,external_node_fs_.createReadStream)(f.file);
                return (0,bundle_checksums/* verifiedReadStream */.jz)(f.file, sum, () => new Error(`${(0,bundle_lines/* describeLine */.ES)(f.line)}: ${f.file} changed while the bundle was being written; run again.`));
            },
        }));
        const contents = files.map((f) => ({ path: f.path, size: f.size, mode: f.mode }));
        if (request.checksums) {
            const text = Buffer.from((0,bundle_checksums/* checksumsText */.cV)(files.map((f) => ({ path: f.path, sha256: sums.get(f) }))));
            archiveFiles.push({ path: `${top}/${bundle_layout/* CHECKSUM_FILE */.b3}`, size: text.length, mode: 0o644, data: () => text });
            contents.push({ path: bundle_layout/* CHECKSUM_FILE */.b3, size: text.length, mode: 0o644 });
        }
        contents.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
        const outputs = bundleOutputs(request.outputDir, request.bundleName, request.compression);
        const archivePath = outputs.archive;
        const checksumFile = request.checksums ? outputs.checksum : undefined;
        const archive = await logger.group(`Write ${(0,external_node_path_.basename)(archivePath)}`, async () => {
            // A .sha256 from an earlier run must never sit beside an archive it does not describe.
            await (0,atomic_write/* removeStaleOutputs */.ET)([outputs.checksum], OUTPUT_DIR_OWNER);
            try {
                const written = await (0,archive_file/* writeArchive */._d)(archivePath, archiveFiles, {
                    compression: request.compression,
                    mtime: (0,archive_file/* archiveMtime */.bl)(),
                    directories: [`${top}/`, ...layout.directories.map((d) => `${top}/${d}/`)],
                    owner: OUTPUT_DIR_OWNER,
                });
                if (checksumFile)
                    await (0,atomic_write/* writeFileAtomic */.Zf)(checksumFile, (0,bundle_checksums/* checksumLine */.Ut)(written.sha256, (0,external_node_path_.basename)(archivePath)), { owner: OUTPUT_DIR_OWNER });
                return written;
            }
            catch (err) {
                // A failed run leaves no bundle: neither the archive (an earlier one included) nor its .sha256.
                await (0,atomic_write/* removeStaleOutputs */.ET)([archivePath, outputs.checksum], OUTPUT_DIR_OWNER);
                throw err;
            }
        });
        return { archive, checksumFile, contents };
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./shared/action/inputs.ts
var action_inputs = __webpack_require__(21736);
// EXTERNAL MODULE: ./shared/action/logger.ts
var logger = __webpack_require__(49889);
// EXTERNAL MODULE: ./shared/bundle/bundle-name.ts
var bundle_name = __webpack_require__(78047);
;// CONCATENATED MODULE: ./actions/assemble-bundle/src/inputs.ts
// assemble-bundle's inputs, read and checked once.







function getInputs() {
    const product = (0,bundle_name/* bundleNamePart */.H)('product', (0,action_inputs/* getOptionalInput */.lI)('product') ?? 'compass');
    const version = (0,bundle_name/* bundleNamePart */.H)('version', (0,action_inputs/* getRequiredInput */.K1)('version'));
    const baseRelease = (0,action_inputs/* getOptionalInput */.lI)('base-release');
    const baseLock = (0,action_inputs/* getOptionalInput */.lI)('base-lock');
    if ((baseRelease === undefined) !== (baseLock === undefined)) {
        throw new errors/* ConfigurationError */.j1(`Inputs 'base-release' and 'base-lock' make a delta bundle together: set both or neither.`);
    }
    const base = baseRelease === undefined ? undefined : { release: (0,bundle_name/* bundleNamePart */.H)('base-release', baseRelease), lockFile: (0,action_inputs/* workspacePath */.X5)(baseLock), lockShown: baseLock };
    const full = (0,bundle_name/* bundleName */.u)(product, version);
    const bundleName = base ? (0,delta_base/* deltaBundleName */.MW)(full, base.release) : full;
    const lock = (0,action_inputs/* getOptionalInput */.lI)('images-lock');
    return {
        product,
        version,
        bundleName,
        files: (0,bundle_lines/* parseBundleLines */.dJ)((0,action_inputs/* getOptionalInput */.lI)('files')),
        outputDir: (0,action_inputs/* workspacePath */.X5)((0,action_inputs/* getOptionalInput */.lI)('output-dir') ?? '.'),
        compression: (0,action_inputs/* getEnumInput */.iv)('compression', ['gzip', 'none'], 'gzip'),
        checksums: (0,action_inputs/* getBooleanInput */.Vt)('checksums', true),
        uploadArtifact: (0,action_inputs/* getBooleanInput */.Vt)('upload-artifact', false),
        artifactName: (0,action_inputs/* getOptionalInput */.lI)('artifact-name') ?? bundleName,
        githubToken: (0,action_inputs/* getSecretInput */.zn)('github-token'),
        jobSummary: (0,action_inputs/* getBooleanInput */.Vt)('job-summary', true),
        sourceDateEpoch: (0,archive_file/* archiveMtime */.bl)(),
        verification: {
            lock: { file: (0,action_inputs/* workspacePath */.X5)(lock ?? images_lock/* LOCK_FILE */.FI), shown: lock ?? images_lock/* LOCK_FILE */.FI, explicit: lock !== undefined },
            registryArchive: (0,action_inputs/* getOptionalInput */.lI)('registry-archive') ?? 'pangolin-deploy-images.tar.gz',
            base,
        },
    };
}

;// CONCATENATED MODULE: ./actions/assemble-bundle/src/main.ts
// assemble-bundle: lay out `<product>-component-<version>/` from local files, URLs and release assets,
// tar it deterministically with checksums, and optionally upload it as a workflow artifact.









/** The summary lists at most this many files; a copied folder can hold thousands. */
const SUMMARY_FILE_ROWS = 200;
async function run() {
    await (0,action_io/* runAction */.Cs)(async () => {
        const inputs = getInputs();
        // Before any work: a local run asking for an upload fails at once, with nothing written.
        if (inputs.uploadArtifact)
            checkArtifactRuntime();
        await prepareBundleOutput(inputs.outputDir, inputs.bundleName, inputs.compression);
        const { archive, checksumFile, contents } = await assembleBundle({
            bundleName: inputs.bundleName,
            lines: inputs.files,
            outputDir: inputs.outputDir,
            compression: inputs.compression,
            checksums: inputs.checksums,
            githubToken: inputs.githubToken,
            logger: logger/* actionsLogger */.M,
            verification: inputs.verification,
        });
        const path = (0,action_inputs/* displayPath */.Gt)(archive.path);
        (0,action_io/* setOutputs */.n0)({ path, sha256: archive.sha256, size: archive.size });
        let artifactId = '';
        if (inputs.uploadArtifact) {
            const files = checksumFile ? [archive.path, checksumFile] : [archive.path];
            const id = await logger/* actionsLogger */.M.group(`Upload artifact ${inputs.artifactName}`, () => 
            // A .tar.gz does not shrink again: storing it saves the CPU time.
            uploadArtifact(inputs.artifactName, files, (0,external_node_path_.dirname)(archive.path), { compressionLevel: inputs.compression === 'gzip' ? 0 : 6 }));
            artifactId = id === undefined ? '' : String(id);
        }
        (0,action_io/* setOutputs */.n0)({ 'artifact-id': artifactId });
        const mode = (m) => m.toString(8).padStart(4, '0');
        await (0,action_io/* writeSummary */.Sy)(inputs.jobSummary, 'assemble-bundle', ['bundle', 'archive', 'size', 'sha256', ...(inputs.uploadArtifact ? ['artifact'] : [])], [[`${inputs.bundleName}/`, path, (0,progress/* formatBytes */.z3)(archive.size), archive.sha256, ...(inputs.uploadArtifact ? [`${inputs.artifactName} (${artifactId})`] : [])]]);
        const shown = contents.slice(0, SUMMARY_FILE_ROWS);
        await (0,action_io/* writeSummary */.Sy)(inputs.jobSummary, `${inputs.bundleName}/`, ['file', 'size', 'mode'], shown.map((f) => [f.path, (0,progress/* formatBytes */.z3)(f.size), mode(f.mode)]), contents.length > shown.length ? [`… and ${contents.length - shown.length} more files.`] : []);
        core/* info */.pq(`${path}: ${contents.length} files, ${(0,progress/* formatBytes */.z3)(archive.size)}, sha256 ${archive.sha256}${checksumFile ? ` (${(0,external_node_path_.basename)(checksumFile)})` : ''}`);
    });
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


/***/ })

};
