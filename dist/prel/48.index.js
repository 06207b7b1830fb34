export const id = 48;
export const ids = [48];
export const modules = {

/***/ 92048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/action/action-io.ts
var action_io = __webpack_require__(75260);
// EXTERNAL MODULE: ./shared/files/atomic-write.ts
var atomic_write = __webpack_require__(16911);
// EXTERNAL MODULE: ./shared/errors/fs-errors.ts
var fs_errors = __webpack_require__(71373);
// EXTERNAL MODULE: ./shared/action/inputs.ts
var action_inputs = __webpack_require__(21736);
// EXTERNAL MODULE: ./shared/action/logger.ts
var logger = __webpack_require__(49889);
// EXTERNAL MODULE: ./shared/release/charts-list.ts
var charts_list = __webpack_require__(94148);
// EXTERNAL MODULE: ./shared/release/component-sources.ts + 1 modules
var component_sources = __webpack_require__(82225);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./shared/release/release-charts.ts
// Writes release_charts.yaml (SPEC 3.2): the charts_list.yaml document with `tag` (right after
// repositoryFullName) and `commit` per entry, in the input's order, its comments kept.

function setAfter(doc, map, key, value, after) {
    const node = new dist/* Scalar */.X5(value);
    const existing = map.items.find((p) => p.key?.value === key);
    if (existing) {
        existing.value = node;
        return;
    }
    const index = map.items.findIndex((p) => p.key?.value === after);
    map.items.splice(index + 1, 0, doc.createPair(key, node));
}
/** The document with every entry pinned; entries missing from `pins` are left as they are. */
function renderReleaseCharts(list, pins) {
    for (const entry of list.entries) {
        const pin = pins.get(entry);
        if (!pin)
            continue;
        setAfter(list.doc, entry.node, 'tag', pin.tag, 'repositoryFullName');
        setAfter(list.doc, entry.node, 'commit', pin.commit, 'tag');
    }
    return list.doc.toString({ lineWidth: 0 });
}

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./shared/charts/caicloud-scanner.ts
var caicloud_scanner = __webpack_require__(50423);
// EXTERNAL MODULE: ./shared/errors/errors.ts
var errors = __webpack_require__(81821);
// EXTERNAL MODULE: ./shared/image/reference.ts
var reference = __webpack_require__(97329);
// EXTERNAL MODULE: ./shared/release/placeholders.ts
var placeholders = __webpack_require__(41124);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./shared/release/tag-selection.ts
// Picks a component's release tag (SPEC resolve-tags): tags matching tagPattern (a glob like `v2.7.*`
// or a semver range like `>=0.5.0 <0.6.0`), the highest by semver precedence (a leading `v` allowed;
// `v0.9.2` beats `v0.9.2-beta`, whatever was pushed last), prereleases only when allowed. Tags that are
// not semver (`release-x-f7hq6`) count only when no tag is semver; then the newest commit wins.

function isGlob(pattern) {
    return /[*?[\]]/.test(pattern);
}
function globToRegExp(glob) {
    let source = '';
    for (const c of glob) {
        if (c === '*')
            source += '.*';
        else if (c === '?')
            source += '.';
        else
            source += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
/** Whether the pattern is one prel understands: a glob, or a valid semver range. */
function validTagPattern(pattern) {
    if (isGlob(pattern))
        return true;
    return semver_default().validRange(pattern) !== null;
}
function semverOf(tag) {
    return semver_default().parse(tag);
}
function matches(tag, policy) {
    if (!policy.pattern)
        return true;
    if (isGlob(policy.pattern))
        return globToRegExp(policy.pattern).test(tag);
    const version = semverOf(tag);
    return version !== null && semver_default().satisfies(version, policy.pattern, { includePrerelease: policy.prerelease });
}
/**
 * The tag to release, or undefined when none fits. `dateOf` is only asked for when no tag is semver
 * (it can be slow: one API call or fetch per tag).
 */
async function selectTag(tags, policy, dateOf) {
    const candidates = tags.filter((t) => matches(t.name, policy));
    const versioned = candidates
        .map((tag) => ({ tag, version: semverOf(tag.name) }))
        .filter((c) => c.version !== null);
    if (versioned.length > 0) {
        const allowed = versioned.filter((c) => policy.prerelease || c.version.prerelease.length === 0);
        // Equal precedence (v1.0.0 and 1.0.0, or differing only in build metadata): the name decides, so the pick is stable.
        allowed.sort((a, b) => semver_default().compare(b.version, a.version) || (a.tag.name < b.tag.name ? -1 : a.tag.name > b.tag.name ? 1 : 0));
        return allowed[0]?.tag;
    }
    let newest;
    for (const tag of candidates) {
        const date = (await dateOf(tag))?.getTime() ?? 0;
        if (!newest || date > newest.date || (date === newest.date && tag.name > newest.tag.name))
            newest = { tag, date };
    }
    return newest?.tag;
}

;// CONCATENATED MODULE: ./shared/release/resolve.ts
// resolve-tags' work: pick each component's tag (or verify its pin), then check the component at that
// tag — every resourcePath exists, and its own images carry its tag once placeholders are filled.







/** Old tags by repository and occurrence, so a repository listed twice maps entry to entry. */
function oldTags(previous) {
    const map = new Map();
    const seen = new Map();
    for (const entry of previous?.entries ?? []) {
        const n = seen.get(entry.repositoryFullName) ?? 0;
        seen.set(entry.repositoryFullName, n + 1);
        if (entry.tag)
            map.set(`${entry.repositoryFullName}#${n}`, entry.tag);
    }
    return map;
}
async function pick(entry, source, prerelease, file) {
    const where = { file, line: entry.line };
    if (entry.tag) {
        const commit = await source.resolveTag(entry.tag);
        if (!commit)
            throw new errors/* ConfigurationError */.j1(`${file}:${entry.line}: ${source.label} has no tag ${(0,errors/* quoteText */.ol)(entry.tag)} (pinned with tag:).`, where);
        return { tag: entry.tag, commit };
    }
    if (entry.tagPattern && !validTagPattern(entry.tagPattern)) {
        throw new errors/* ConfigurationError */.j1(`${file}:${entry.line}: tagPattern '${entry.tagPattern}' is neither a glob (v2.7.*) nor a semver range (>=0.5.0 <0.6.0).`, where);
    }
    const tags = await source.listTags();
    const policy = { pattern: entry.tagPattern, prerelease: entry.prerelease ?? prerelease };
    const chosen = await selectTag(tags, policy, (t) => source.commitDate(t.commit));
    if (!chosen) {
        const why = tags.length === 0 ? 'it has no tags' : `none of its ${tags.length} tags matches${entry.tagPattern ? ` '${entry.tagPattern}'` : ''}${policy.prerelease ? '' : ' without a prerelease'}`;
        throw new errors/* ConfigurationError */.j1(`${file}:${entry.line}: no tag to release for ${source.label}: ${why}.`, where);
    }
    return { tag: chosen.name, commit: chosen.commit };
}
/** The component's own images: those named in `images:`, else those whose last path part is the repository's name. */
function isOwnImage(entry, repository) {
    if (entry.images)
        return entry.images.includes(repository);
    return repository.split('/').pop() === entry.name;
}
async function check(entry, source, tag, tagOfRepo) {
    const failures = [];
    for (const resource of entry.resourcePaths) {
        const where = `${source.label}@${tag}:${resource}`;
        const file = await source.readFile(tag, resource);
        if (!file) {
            if (!(await source.readFolder(tag, resource)))
                failures.push({ where, message: 'does not exist at this tag' });
            continue;
        }
        if (!/\.ya?ml$/.test(resource))
            continue;
        let text;
        try {
            text = (0,placeholders/* fillPlaceholders */.C)(file.toString('utf8'), tag, tagOfRepo, where);
        }
        catch (err) {
            failures.push({ where, message: (0,errors/* errorMessage */.gJ)(err).replace(`${where}:`, 'line ') });
            continue;
        }
        for (const image of (0,caicloud_scanner/* scanCaicloudText */.$)(text)) {
            let ref;
            try {
                ref = (0,reference/* parseReference */.F2)(image.reference);
            }
            catch (err) {
                failures.push({ where: `${where}:${image.line}`, message: (0,errors/* errorMessage */.gJ)(err) });
                continue;
            }
            if (isOwnImage(entry, ref.repository) && ref.tag !== tag) {
                failures.push({ where: `${where}:${image.line}`, message: `${image.reference} is not tagged ${tag}` });
            }
        }
    }
    return failures;
}
async function resolveTags(request) {
    const { list, logger } = request;
    const limit = (0,p_limit/* default */.A)(request.concurrency);
    const picked = await Promise.all(list.entries.map((entry) => limit(async () => {
        const source = request.sourceFor(entry);
        const { tag, commit } = await pick(entry, source, request.prerelease, list.file).catch((err) => {
            throw (0,charts_list/* atEntry */.Mv)(err, list.file, entry);
        });
        logger.info(`${source.label}: ${tag}${entry.tag ? ' (pinned)' : ''} → ${commit.slice(0, 12)}`);
        return { entry, source, tag, commit };
    })));
    const tagOfRepo = new Map();
    for (const p of picked)
        if (!tagOfRepo.has(p.entry.name))
            tagOfRepo.set(p.entry.name, p.tag);
    const old = oldTags(request.previous);
    const seen = new Map();
    const withOld = picked.map((p) => {
        const n = seen.get(p.entry.repositoryFullName) ?? 0;
        seen.set(p.entry.repositoryFullName, n + 1);
        return { ...p, oldTag: old.get(`${p.entry.repositoryFullName}#${n}`) };
    });
    return Promise.all(withOld.map((p) => limit(async () => {
        const checks = await check(p.entry, p.source, p.tag, tagOfRepo).catch((err) => {
            throw (0,charts_list/* atEntry */.Mv)(err, list.file, p.entry);
        });
        for (const c of checks)
            logger.warning(`${c.where}: ${c.message}`);
        return { ...p, checks };
    })));
}

;// CONCATENATED MODULE: ./shared/release/tag-changes.ts
/** Compare links exist for GitHub entries only (url: entries live elsewhere). */
function compareUrl(resolved) {
    if (resolved.entry.url)
        return undefined;
    const server = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
    const base = `${server}/${resolved.entry.repositoryFullName}`;
    return resolved.oldTag ? `${base}/compare/${resolved.oldTag}...${resolved.tag}` : `${base}/tree/${resolved.tag}`;
}
/** Entries whose tag changed (or that are new), each repository once. */
function tagChanges(resolved) {
    const seen = new Set();
    const changes = [];
    for (const r of resolved) {
        if (r.oldTag === r.tag || seen.has(r.entry.repositoryFullName))
            continue;
        seen.add(r.entry.repositoryFullName);
        changes.push({
            repository: r.source.label,
            oldTag: r.oldTag,
            newTag: r.tag,
            commit: r.commit,
            compareUrl: compareUrl(r),
            checks: r.checks.map((c) => `${c.where}: ${c.message}`),
        });
    }
    return changes;
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
/** The PR body: one row per changed component, with the checks each owner should look at. */
function pullRequestBody(changes, file) {
    const rows = changes.map((c) => {
        const link = c.compareUrl ? `[compare](${c.compareUrl})` : '';
        const checks = c.checks.length ? `⚠️ ${c.checks.map(cell).join('<br>')}` : '✅';
        return `| ${cell(c.repository)} | ${c.oldTag ?? '(new)'} → **${c.newTag}** | ${link} | ${checks} |`;
    });
    return [
        `prel resolve-tags updated \`${file}\`: ${changes.length} component(s) move to a new tag.`,
        '',
        'Owners: please check your component\'s tag, its chart at that tag, and that its images carry the tag. Edit the tag in this PR if it is wrong.',
        '',
        '| component | tag | diff | checks |',
        '|---|---|---|---|',
        ...rows,
    ].join('\n');
}

// EXTERNAL MODULE: ./shared/github/github-api.ts
var github_api = __webpack_require__(49460);
// EXTERNAL MODULE: ./shared/github/github-names.ts
var github_names = __webpack_require__(18332);
// EXTERNAL MODULE: ./shared/git/git-cli.ts
var git_cli = __webpack_require__(29170);
;// CONCATENATED MODULE: ./shared/git/push-branch.ts
// Commits one file on a branch and force-pushes it, from the workflow's checkout, without touching its
// working tree, index or HEAD: the commit is built with plumbing and a temporary index.





const GITHUB_ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
const REGULAR_FILE = '100644';
const EXECUTABLE_FILE = '100755';
/** A path inside the repository in git's form; `..`, absolute and empty paths are refused. */
function indexPath(path) {
    const parts = path.replace(/\\/g, '/').split('/').filter((part) => part !== '' && part !== '.');
    if (parts.length === 0 || parts.includes('..') || path.startsWith('/')) {
        throw new errors/* ConfigurationError */.j1(`'${path}' is not a path inside the repository`);
    }
    return parts.join('/');
}
/**
 * Points `branch` on `remote` at a new commit: `base` plus `path` with `content`, and force-pushes it.
 * Returns the new commit, or undefined when there is nothing to push: the file is already so in `base`,
 * or the remote branch already is exactly this change on this base.
 */
async function commitFileToBranch(options) {
    const { repoDir, branch, message } = options;
    const remote = options.remote ?? 'origin';
    const author = options.author ?? GITHUB_ACTIONS_BOT;
    const path = indexPath(options.path);
    const inRepo = (args, more = {}) => (0,git_cli/* git */.$Y)(args, { cwd: repoDir, ...more }).then((out) => out.trim());
    try {
        await inRepo(['check-ref-format', `refs/heads/${branch}`]);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`'${branch}' is not a valid branch name`);
    }
    const base = await resolveBase(inRepo, options.base ?? 'HEAD', remote);
    const baseTree = await inRepo(['rev-parse', '--verify', `${base}^{tree}`]);
    const blob = (await (0,git_cli/* runGit */.EO)(['hash-object', '-w', '--no-filters', '--stdin'], { cwd: repoDir, input: options.content })).toString('utf8').trim();
    const existing = (await inRepo(['ls-tree', '-z', base, '--', path], { env: { GIT_LITERAL_PATHSPECS: '1' } })).split('\0')[0] ?? '';
    const mode = existing.startsWith(`${EXECUTABLE_FILE} `) ? EXECUTABLE_FILE : REGULAR_FILE;
    // A private index, so the user's staged changes and working tree are never involved.
    const scratch = await (0,fs_errors/* makeScratchDir */.K3)('prel-index-');
    let tree;
    try {
        const index = { env: { GIT_INDEX_FILE: (0,external_node_path_.join)(scratch, 'index') } };
        await inRepo(['read-tree', base], index);
        await inRepo(['update-index', '--add', '--cacheinfo', `${mode},${blob},${path}`], index);
        tree = await inRepo(['write-tree'], index);
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
    if (tree === baseTree)
        return undefined;
    const pushTimeoutMs = options.pushTimeoutMs ?? 300_000;
    const remoteTip = await remoteBranchTip(inRepo, remote, branch, pushTimeoutMs);
    if (remoteTip && (await isSameChange(inRepo, remote, branch, remoteTip, base, tree, pushTimeoutMs)))
        return undefined;
    const identity = ['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`];
    const env = options.author
        ? { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email }
        : {};
    const commit = await inRepo([...identity, 'commit-tree', tree, '-p', base, '-F', '-'], { input: message, env });
    // Forced, but only over the tip seen above: an owner's push in between is not lost silently.
    const lease = `--force-with-lease=refs/heads/${branch}:${remoteTip ?? ''}`;
    try {
        await inRepo(['push', '--quiet', lease, '--', remote, `${commit}:refs/heads/${branch}`], { timeoutMs: pushTimeoutMs });
    }
    catch (err) {
        throw pushError(err, remote, branch);
    }
    return commit;
}
async function resolveBase(inRepo, base, remote) {
    for (const candidate of [base, `refs/remotes/${remote}/${base}`]) {
        try {
            return await inRepo(['rev-parse', '--verify', '--quiet', '--end-of-options', `${candidate}^{commit}`]);
        }
        catch {
            // try the next spelling
        }
    }
    throw new errors/* ConfigurationError */.j1(`base '${base}' is neither a commit nor a branch of ${remote} in this checkout`);
}
async function remoteBranchTip(inRepo, remote, branch, timeoutMs) {
    try {
        const listing = await inRepo(['ls-remote', '--heads', '--', remote, `refs/heads/${branch}`], { timeoutMs });
        return listing.split('\n').find((line) => line.endsWith(`\trefs/heads/${branch}`))?.split('\t')[0];
    }
    catch (err) {
        throw pushError(err, remote, branch);
    }
}
/** Whether the remote branch already holds this tree as one commit on this base. */
async function isSameChange(inRepo, remote, branch, tip, base, tree, timeoutMs) {
    try {
        await inRepo(['cat-file', '-e', `${tip}^{commit}`]);
    }
    catch {
        try {
            // Objects only: no ref, no FETCH_HEAD. A shallow checkout (actions/checkout's default) stays shallow.
            const shallow = (await inRepo(['rev-parse', '--is-shallow-repository'])) === 'true';
            const depth = shallow ? ['--depth', '1'] : [];
            await inRepo(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', ...depth, '--', remote, `refs/heads/${branch}`], { timeoutMs });
        }
        catch {
            return false;
        }
    }
    try {
        // The raw commit object: its parents as written, whatever shallow grafts say.
        const headers = (await inRepo(['cat-file', 'commit', tip])).split('\n\n')[0].split('\n');
        const parents = headers.filter((line) => line.startsWith('parent ')).map((line) => line.slice('parent '.length));
        return headers.includes(`tree ${tree}`) && parents.length === 1 && parents[0] === base;
    }
    catch {
        return false;
    }
}
function pushError(err, remote, branch) {
    if (!(err instanceof git_cli/* GitError */.XS))
        return err instanceof Error ? err : new Error(String(err));
    if (/stale info|fetch first|non-fast-forward/i.test(err.stderr)) {
        return new Error(`branch '${branch}' on ${remote} changed while prel was updating it; run again: ${err.reason}`);
    }
    if (/authentication|could not read username|permission|denied|403|401|not found/i.test(err.stderr)) {
        return new errors/* ConfigurationError */.j1(`cannot push branch '${branch}' to ${remote} (the token needs contents: write): ${err.reason}`);
    }
    return err;
}

;// CONCATENATED MODULE: ./shared/release/tags-pull-request.ts
// The PR that asks the owners to confirm the new tags: release_charts.yaml committed on a branch of
// the product repository (force-updated each run, so there is one PR), opened or updated through the
// GitHub API, with review requested from the owners of the changed components.





async function openTagsPullRequest(request) {
    const repository = process.env.GITHUB_REPOSITORY;
    if (!repository || !repository.includes('/')) {
        throw new errors/* ConfigurationError */.j1('create-pull-request needs GITHUB_REPOSITORY (owner/repo of the product repository), set on every GitHub runner.');
    }
    const [owner, repo] = repository.split('/');
    const client = new github_api/* GitHubApi */.y({ baseUrl: (0,component_sources/* githubApiUrl */.B)(), token: request.token, logger: request.logger });
    const base = request.base ?? (await client.getRepo(owner, repo)).default_branch;
    const commit = await commitFileToBranch({
        repoDir: request.workspace,
        branch: request.branch,
        path: request.path,
        content: request.content,
        message: request.title,
        base,
    });
    request.logger.info(commit ? `${request.branch} → ${commit.slice(0, 12)}` : `${request.branch} already holds this ${request.path}`);
    const existing = await client.findOpenPull(owner, repo, `${owner}:${request.branch}`, base);
    const pull = existing
        ? await client.updatePull(owner, repo, existing.number, { title: request.title, body: request.body })
        : await client.createPull(owner, repo, { title: request.title, head: request.branch, base, body: request.body });
    request.logger.info(`${existing ? 'updated' : 'opened'} ${pull.html_url}`);
    if (request.reviewers.length > 0)
        await askReviewers(client, owner, repo, pull.number, request.reviewers, request.logger);
    return pull.html_url;
}
/**
 * Asks the owners to review, best effort: the PR stands either way. GitHub refuses the whole request
 * (422) when one name is not a collaborator or is the PR's author, so then each is asked alone and
 * the ones GitHub refused are named in one warning.
 */
async function askReviewers(client, owner, repo, number, owners, logger) {
    const ask = (names) => client.requestReviewers(owner, repo, number, (0,github_names/* splitReviewers */.B)(names));
    try {
        await ask(owners);
        return;
    }
    catch (err) {
        if (!(err instanceof github_api/* GitHubApiError */.O && err.status === 422)) {
            logger.warning(`pull request #${number}: could not ask ${owners.join(', ')} to review: ${(0,errors/* errorMessage */.gJ)(err)}`);
            return;
        }
    }
    const refused = [];
    const reasons = new Set();
    for (const name of owners) {
        try {
            await ask([name]);
        }
        catch (err) {
            refused.push(name);
            reasons.add((0,errors/* errorMessage */.gJ)(err).replace(/^reviewers for pull request #\d+ in [^:]+: /, ''));
        }
    }
    if (refused.length > 0) {
        logger.warning(`pull request #${number}: could not ask ${refused.join(', ')} to review (${[...reasons].join('; ')}); the pull request stands`);
    }
}

;// CONCATENATED MODULE: ./actions/resolve-tags/src/inputs.ts
// resolve-tags' inputs, read and checked once.

function getInputs() {
    return {
        chartsList: (0,action_inputs/* workspacePath */.X5)((0,action_inputs/* getOptionalInput */.lI)('charts-list') ?? 'charts_list.yaml'),
        output: (0,action_inputs/* workspacePath */.X5)((0,action_inputs/* getOptionalInput */.lI)('output') ?? 'release_charts.yaml'),
        githubToken: (0,action_inputs/* getSecretInput */.zn)('github-token'),
        prerelease: (0,action_inputs/* getBooleanInput */.Vt)('prerelease', true),
        createPullRequest: (0,action_inputs/* getBooleanInput */.Vt)('create-pull-request', false),
        baseBranch: (0,action_inputs/* getOptionalInput */.lI)('base-branch'),
        pullRequestBranch: (0,action_inputs/* getOptionalInput */.lI)('pull-request-branch') ?? 'prel/update-tags',
        concurrency: (0,action_inputs/* getIntInput */.ML)('concurrency', 4, { min: 1, max: 32 }),
        jobSummary: (0,action_inputs/* getBooleanInput */.Vt)('job-summary', true),
    };
}

;// CONCATENATED MODULE: ./actions/resolve-tags/src/main.ts
// resolve-tags: pin every component to its release tag, write release_charts.yaml, and open or update
// the PR that asks the owners to confirm.















const OUTPUT_OWNER = { input: 'output' };
async function previousRelease(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        return {};
    }
    try {
        return { text, list: (0,charts_list/* parseChartsList */.XR)(text, (0,action_inputs/* displayPath */.Gt)(path)) };
    }
    catch (err) {
        logger/* actionsLogger */.M.warning(`${(0,action_inputs/* displayPath */.Gt)(path)} could not be read as a release file (${err.message}); every tag counts as new`);
        return { text };
    }
}
async function run() {
    await (0,action_io/* runAction */.Cs)(async () => {
        const inputs = getInputs();
        const list = await (0,charts_list/* readChartsListFile */.Sb)(inputs.chartsList, 'charts-list');
        await (0,fs_errors/* assertWritable */.Bz)(inputs.output, OUTPUT_OWNER);
        const previous = await previousRelease(inputs.output);
        const sources = new component_sources/* ComponentSources */.g({ token: inputs.githubToken, logger: logger/* actionsLogger */.M });
        try {
            const resolved = await logger/* actionsLogger */.M.group('Resolve tags', () => resolveTags({ list, previous: previous.list, prerelease: inputs.prerelease, concurrency: inputs.concurrency, sourceFor: (e) => sources.for(e), logger: logger/* actionsLogger */.M }));
            const content = renderReleaseCharts(list, new Map(resolved.map((r) => [r.entry, { tag: r.tag, commit: r.commit }])));
            await (0,atomic_write/* writeFileAtomic */.Zf)(inputs.output, content, { owner: OUTPUT_OWNER });
            const changes = tagChanges(resolved);
            const changed = previous.list === undefined || changes.length > 0;
            const output = (0,action_inputs/* displayPath */.Gt)(inputs.output);
            let pullRequestUrl = '';
            if (inputs.createPullRequest && changed) {
                pullRequestUrl = await logger/* actionsLogger */.M.group('Pull request', () => openTagsPullRequest({
                    workspace: (0,action_inputs/* workspacePath */.X5)('.'),
                    path: (0,external_node_path_.relative)((0,action_inputs/* workspacePath */.X5)('.'), inputs.output).split('\\').join('/'),
                    content,
                    branch: inputs.pullRequestBranch,
                    base: inputs.baseBranch,
                    title: `Update component tags (${changes.length} changed)`,
                    body: pullRequestBody(changes, output),
                    reviewers: [...new Set(resolved.filter((r) => changes.some((c) => c.repository === r.source.label)).flatMap((r) => r.entry.owners))],
                    token: inputs.githubToken,
                    logger: logger/* actionsLogger */.M,
                }));
            }
            (0,action_io/* setOutputs */.n0)({ changed, 'release-charts': output, 'changes-json': JSON.stringify(changes), 'pull-request-url': pullRequestUrl });
            const failing = resolved.filter((r) => r.checks.length > 0).length;
            await (0,action_io/* writeSummary */.Sy)(inputs.jobSummary, `resolve-tags: ${changes.length} of ${resolved.length} components change tag`, ['component', 'old', 'new', 'checks'], resolved.map((r) => [r.source.label, r.oldTag ?? '', r.tag, r.checks.length ? `⚠️ ${r.checks.length}` : '✅']), pullRequestUrl ? [`Pull request: <a href="${pullRequestUrl}">${pullRequestUrl}</a>`] : []);
            core/* info */.pq(`${output}: ${changes.length} of ${resolved.length} components change tag${failing ? `; checks failed for ${failing}` : ''}`);
        }
        finally {
            await sources.close();
        }
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


/***/ })

};
