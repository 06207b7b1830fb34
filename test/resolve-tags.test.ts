// resolve-tags against real git repositories (url: entries) and the GitHub API (a local server
// answering the documented endpoints from real repositories), including the pull request.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../actions/resolve-tags/src/main.js';
import { parseChartsList } from '../shared/release/charts-list.js';
import { componentRepo } from './helpers/component-repos.js';
import { freePort } from './helpers/free-port.js';
import { bareClone, git, makeRepo, tag as tagRepo, commit } from './helpers/git-repos.js';
import { startGitHubServer, type GitHubServer } from './helpers/github-server.js';
import { runWithInputs } from './helpers/run-action.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'prel-resolve-'));
});

const chart = (name: string, image: string) => `_config:\n  _metadata:\n    name: ${name}\n    version: "[[ imageTagFromGitTag ]]"\n  controllers:\n  - containers:\n    - image: '${image}'\n`;

function tagsOf(file: string): Record<string, string | undefined> {
  const list = parseChartsList(readFileSync(file, 'utf8'), file);
  return Object.fromEntries(list.entries.map((e) => [e.repositoryFullName, e.tag]));
}

describe('tag selection against real git repositories', () => {
  let chartsList: string;
  let output: string;
  const repos: Record<string, Awaited<ReturnType<typeof componentRepo>>> = {};

  beforeAll(async () => {
    const own = (name: string) => chart(name, `[[ registry_release ]]/${name}:[[ imageTagFromGitTag ]]`);
    repos.cyclone = await componentRepo('cyclone', [
      { files: { 'release/cyclone.yaml': own('cyclone') }, tags: ['v0.9.1'] },
      { tags: ['v0.9.2'], annotated: true },
      // Pushed later, but lower by semver precedence; and a junk tag on the newest commit.
      { tags: ['v0.9.2-beta', 'release-cyclone-f7hq6'] },
    ]);
    repos.cluster = await componentRepo('cluster-admin', [
      { files: { 'release/cluster-admin.yaml': own('cluster-admin') }, tags: ['v1.4.2'] },
      { tags: ['v1.5.0-alpha.5'] },
    ]);
    repos.glob = await componentRepo('logging', [{ tags: ['v1.2.0'] }, { tags: ['v1.2.7'] }, { tags: ['v1.3.0'] }]);
    repos.range = await componentRepo('loadbalancer', [{ tags: ['v0.5.3'] }, { tags: ['v0.5.10'] }, { tags: ['v0.6.0'] }]);
    repos.pinned = await componentRepo('charts', [{ tags: ['v1.3.1'] }, { tags: ['v1.4.0'] }]);
    repos.mismatch = await componentRepo('web', [{ files: { 'release/web.yaml': chart('web', '[[ registry_release ]]/web:v0.0.1') }, tags: ['v0.0.2'] }]);
    chartsList = join(work, 'charts_list.yaml');
    writeFileSync(
      chartsList,
      [
        '# the platform components',
        'metadata: {name: collect set}',
        'spec:',
        `  - repositoryFullName: caicloud/cyclone`,
        `    url: ${repos.cyclone.url}`,
        '    resourcePaths: [release/cyclone.yaml]',
        '    targetPath: devops',
        `  - repositoryFullName: caicloud/cluster-admin # stable only`,
        `    url: ${repos.cluster.url}`,
        '    prerelease: false',
        '    resourcePaths: [release/cluster-admin.yaml]',
        '    targetPath: cluster',
        `  - repositoryFullName: caicloud/logging`,
        `    url: ${repos.glob.url}`,
        '    tagPattern: "v1.2.*"',
        `  - repositoryFullName: caicloud/loadbalancer`,
        `    url: ${repos.range.url}`,
        '    tagPattern: ">=0.5.0 <0.6.0"',
        `  - repositoryFullName: caicloud/charts`,
        `    url: ${repos.pinned.url}`,
        '    tag: v1.3.1',
        `  - repositoryFullName: caicloud/web`,
        `    url: ${repos.mismatch.url}`,
        '    resourcePaths: [release/web.yaml, release/missing.yaml]',
        '    targetPath: web',
        '',
      ].join('\n'),
    );
    output = join(work, 'release_charts.yaml');
  });

  test('picks each tag by the rules, writes tags and commits in order, keeps comments', async () => {
    const result = await runWithInputs(run, { 'charts-list': chartsList, output });
    expect(result.errors).toEqual([]);
    expect(tagsOf(output)).toEqual({
      'caicloud/cyclone': 'v0.9.2', // not the later v0.9.2-beta, not the junk tag
      'caicloud/cluster-admin': 'v1.4.2', // prerelease: false
      'caicloud/logging': 'v1.2.7', // glob
      'caicloud/loadbalancer': 'v0.5.10', // semver range
      'caicloud/charts': 'v1.3.1', // pinned, although v1.4.0 exists
      'caicloud/web': 'v0.0.2',
    });
    const text = readFileSync(output, 'utf8');
    expect(text).toContain('# the platform components');
    expect(text).toContain('caicloud/cluster-admin # stable only');
    expect(text).toContain(`    tag: v0.9.2\n    commit: ${repos.cyclone.commits['v0.9.2']}\n`);
    expect(result.outputs.changed).toBe('true');
    const changes = JSON.parse(result.outputs['changes-json']) as { repository: string; newTag: string }[];
    expect(changes.map((c) => c.newTag)).toEqual(['v0.9.2', 'v1.4.2', 'v1.2.7', 'v0.5.10', 'v1.3.1', 'v0.0.2']);
  });

  test('checks at the chosen tag are warnings naming the file: a missing resource, an image not carrying the tag', async () => {
    const result = await runWithInputs(run, { 'charts-list': chartsList, output: join(work, 'checked.yaml') });
    expect(result.exitCode).toBe(0);
    const warnings = result.log.split('\n').filter((l) => l.startsWith('::warning'));
    expect(warnings.some((w) => /web\.git@v0\.0\.2:release\/missing\.yaml: does not exist at this tag/.test(w))).toBe(true);
    expect(warnings.some((w) => /web\.git@v0\.0\.2:release\/web\.yaml:7: release\/web:v0\.0\.1 is not tagged v0\.0\.2/.test(w))).toBe(true);
    expect(warnings.some((w) => /cyclone/.test(w))).toBe(false);
  });

  test('a second run with nothing new reports changed=false', async () => {
    await runWithInputs(run, { 'charts-list': chartsList, output });
    const again = await runWithInputs(run, { 'charts-list': chartsList, output });
    expect(again.outputs.changed).toBe('false');
    expect(again.outputs['changes-json']).toBe('[]');
  });
});

describe('bad input is one clear message, and the output is left as it was', () => {
  test.each([
    ['an unknown field', 'spec:\n  - repositoryFullName: a/b\n    tagpattern: v1.*\n', /charts_list\.yaml:3: unknown field 'tagpattern'/],
    ['a wrong type', 'spec:\n  - repositoryFullName: a/b\n    owners: alice\n', /charts_list\.yaml:3: 'owners' must be a list of strings/],
    ['a bad tagPattern', 'spec:\n  - repositoryFullName: a/b\n    url: file:///nowhere\n    tagPattern: "not a range!"\n', /charts_list\.yaml:2: tagPattern 'not a range!' is neither a glob/],
  ])('%s', async (_name, text, message) => {
    const dir = mkdtempSync(join(work, 'bad-'));
    writeFileSync(join(dir, 'charts_list.yaml'), text);
    writeFileSync(join(dir, 'release_charts.yaml'), 'untouched\n');
    const result = await runWithInputs(run, { 'charts-list': join(dir, 'charts_list.yaml'), output: join(dir, 'release_charts.yaml') });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(readFileSync(join(dir, 'release_charts.yaml'), 'utf8')).toBe('untouched\n');
  });

  test('a missing charts list names the input', async () => {
    const result = await runWithInputs(run, { 'charts-list': join(work, 'nope.yaml'), output: join(work, 'x.yaml') });
    expect(result.errors).toEqual([expect.stringMatching(/^Input 'charts-list': cannot read .*nope\.yaml: no such file\.$/)]);
  });

  test('a git URL that is not a repository is named', async () => {
    const dir = mkdtempSync(join(work, 'badurl-'));
    writeFileSync(join(dir, 'charts_list.yaml'), `spec:\n  - repositoryFullName: a/b\n    url: file://${dir}/not-a-repo\n`);
    const result = await runWithInputs(run, { 'charts-list': join(dir, 'charts_list.yaml'), output: join(dir, 'out.yaml') });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toContain(`${dir}/not-a-repo`);
    expect(existsSync(join(dir, 'out.yaml'))).toBe(false);
  });
});

describe('through the GitHub API, with a pull request', () => {
  let server: GitHubServer;
  let product: string;
  let productBare: string;
  let app: string;
  let appBare: string;
  const token = 'ghs_test_token_123456';

  beforeAll(async () => {
    const root = mkdtempSync(join(work, 'gh-'));
    app = join(root, 'app');
    await makeRepo(app, { 'release/app.yaml': chart('app', '[[ registry_release ]]/app:[[ imageTagFromGitTag ]]') });
    // 120 tags: more than one page of the tags endpoint.
    for (let i = 0; i < 120; i++) await tagRepo(app, `v1.0.${i}`);
    appBare = await bareClone(app);
    productBare = join(root, 'product.git');
    const productSeed = join(root, 'product-seed');
    await makeRepo(productSeed, {
      'charts_list.yaml': 'spec:\n  - repositoryFullName: acme/app\n    resourcePaths: [release/app.yaml]\n    targetPath: app\n    owners: [alice, acme/release-team]\n',
    });
    await bareClone(productSeed, productBare);
    product = join(root, 'product');
    await git(root, ['clone', '-q', productBare, product]);
    server = await startGitHubServer({ repos: { 'acme/app': appBare, 'acme/product': productBare }, token, tagsPerPage: 50 });
  });
  afterAll(() => server?.stop());

  const env = () => ({ GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'acme/product', GITHUB_WORKSPACE: product, GITHUB_SERVER_URL: 'https://github.example' });

  test('opens one PR with the table and asks the owners; a second run updates it', async () => {
    const first = await runWithInputs(run, { 'github-token': token, 'create-pull-request': 'true' }, env());
    expect(first.errors).toEqual([]);
    expect(tagsOf(join(product, 'release_charts.yaml'))).toEqual({ 'acme/app': 'v1.0.119' });
    expect(server.requests.filter((r) => r.path === '/repos/acme/app/tags').length).toBeGreaterThanOrEqual(3);
    expect(server.pulls).toHaveLength(1);
    const [pull] = server.pulls;
    expect(first.outputs['pull-request-url']).toBe(pull.html_url);
    expect(pull).toMatchObject({ head: 'prel/update-tags', base: 'main', reviewers: ['alice'], teams: ['release-team'] });
    expect(pull.body).toContain('| acme/app | (new) → **v1.0.119** | [compare](https://github.example/acme/app/tree/v1.0.119) | ✅ |');
    expect(await git(productBare, ['show', 'prel/update-tags:release_charts.yaml'])).toContain('tag: v1.0.119');
    const logLines = first.log.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(first.log).toContain(`::add-mask::${token}`);
    expect(logLines.join('\n')).not.toContain(token);

    // A new tag upstream; the release file of the first run is the "old" one now.
    await commit(app, { 'CHANGELOG.md': 'next\n' }, 'next');
    await tagRepo(app, 'v1.1.0');
    await git(app, ['push', '-q', `${app}.git`, 'main', 'refs/tags/v1.1.0']);
    const second = await runWithInputs(run, { 'github-token': token, 'create-pull-request': 'true' }, env());
    expect(second.errors).toEqual([]);
    expect(server.pulls).toHaveLength(1);
    expect(server.pulls[0].updates).toBe(1);
    expect(server.pulls[0].body).toContain('v1.0.119 → **v1.1.0**');
    expect(server.pulls[0].body).toContain('[compare](https://github.example/acme/app/compare/v1.0.119...v1.1.0)');
    expect(await git(productBare, ['show', 'prel/update-tags:release_charts.yaml'])).toContain('tag: v1.1.0');
  });

  test('an owner GitHub cannot ask to review is a warning naming them; the PR and the outputs stand', async () => {
    const strict = await startGitHubServer({ repos: { 'acme/app': appBare, 'acme/product': productBare }, token, collaborators: ['alice'] });
    // No release file yet: every tag is new, so there is a PR to open.
    rmSync(join(product, 'release_charts.yaml'), { force: true });
    try {
      const result = await runWithInputs(run, { 'github-token': token, 'create-pull-request': 'true' }, { ...env(), GITHUB_API_URL: strict.url });
      expect(result.exitCode).toBe(0);
      expect(result.errors).toEqual([]);
      expect(strict.pulls).toHaveLength(1);
      expect(result.outputs['pull-request-url']).toBe(strict.pulls[0].html_url);
      expect(result.outputs.changed).toBeDefined();
      expect(strict.pulls[0]).toMatchObject({ reviewers: ['alice'], teams: [] });
      const warnings = result.log.split('\n').filter((l) => l.startsWith('::warning'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('pull request #1: could not ask acme/release-team to review (GitHub answered 422: Reviews may only be requested from collaborators.');
    } finally {
      await strict.stop();
    }
  });

  test('an unreachable GitHub API names the list line, the component and the API URL', async () => {
    const port = await freePort();
    const result = await runWithInputs(run, { 'github-token': token }, { ...env(), GITHUB_API_URL: `http://127.0.0.1:${port}` });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      `charts_list.yaml:2: the tags of acme/app: cannot reach the GitHub API at http://127.0.0.1:${port} (GITHUB_API_URL): connect ECONNREFUSED 127.0.0.1:${port}`,
    ]);
  });

  test('a repository the API does not know is one clear error naming it', async () => {
    const dir = mkdtempSync(join(work, 'missing-'));
    writeFileSync(join(dir, 'charts_list.yaml'), 'spec:\n  - repositoryFullName: acme/missing\n');
    const result = await runWithInputs(run, { 'github-token': token, 'charts-list': join(dir, 'charts_list.yaml'), output: join(dir, 'out.yaml') }, env());
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/acme\/missing/);
  });
});
