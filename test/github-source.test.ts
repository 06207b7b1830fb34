// The GitHub REST source and client against a local GitHub API backed by real git repositories.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../shared/errors/errors.js';
import { GitHubApi } from '../shared/github/github-api.js';
import { splitReviewers } from '../shared/github/github-names.js';
import { GitHubComponentSource } from '../shared/github/github-source.js';
import { defaultRetryPolicy } from '../shared/run/retry.js';
import { freePort } from './helpers/free-port.js';
import { startGitHubServer, type GitHubServer, type InjectedResponse } from './helpers/github-server.js';
import { bareClone, commit, git, makeRepo, tag } from './helpers/git-repos.js';

const TOKEN = 'ghs_test0123456789abcdefSECRET';
const TAG_COUNT = 250;

let work: string;
let server: GitHubServer;
let client: GitHubApi;
let bare: string;
const commits: Record<string, string> = {};
const bigFile = Buffer.alloc(1_300_000, 'x');

function source(name = 'acme/app', options = {}): GitHubComponentSource {
  return new GitHubComponentSource(name, client, options);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'prel-github-'));
  const repo = await makeRepo(
    join(work, 'app'),
    {
      'release/app.yaml': 'image: release/app:[[ imageTagFromGitTag ]]\n',
      'charts/app/Chart.yaml': 'name: app\nversion: 0.1.0\n',
      'charts/app/values.yaml': 'image: {repository: release/app, tag: ""}\n',
      'charts/app/templates/deployment.yaml': 'kind: Deployment\n',
      'charts/app/templates/nested/config.yaml': 'kind: ConfigMap\n',
      'big/blob.bin': bigFile,
    },
    { date: '2024-03-01T10:00:00Z' },
  );
  commits.first = await git(repo, ['rev-parse', 'HEAD']);
  await tag(repo, 'v0.1.0');
  commits.second = await commit(repo, { 'release/app.yaml': 'image: release/app:v2\n' }, 'second', '2024-04-05T06:07:08Z');
  await tag(repo, 'v0.2.0', { annotated: true, message: 'release 0.2.0' });
  // A tag of a tag: peeled twice to reach the commit.
  await git(repo, ['tag', '-a', 'v0.2.0-signed', '-m', 'wraps v0.2.0', 'v0.2.0'], { GIT_COMMITTER_DATE: '2024-04-05T06:07:08Z' });
  // Bulk tags through update-ref: 250 refs in one git call.
  const lines = Array.from({ length: TAG_COUNT - 3 }, (_, i) => `create refs/tags/bulk-${String(i).padStart(3, '0')} ${commits.first}\n`).join('');
  await updateRefs(repo, lines);
  await git(repo, ['branch', 'prel/update-tags']);
  await git(repo, ['checkout', '-q', 'prel/update-tags']);
  await commit(repo, { 'release_charts.yaml': 'spec: []\n' }, 'update tags', '2024-05-01T00:00:00Z');
  await git(repo, ['checkout', '-q', 'main']);
  bare = await bareClone(repo);
  server = await startGitHubServer({ repos: { 'acme/app': bare }, token: TOKEN });
  client = new GitHubApi({ baseUrl: server.url, token: TOKEN, retry: defaultRetryPolicy() });
});

afterAll(async () => {
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function updateRefs(repo: string, stdin: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn('git', ['update-ref', '--stdin'], { cwd: repo, stdio: ['pipe', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git update-ref exited ${code}`))));
    child.stdin.end(stdin);
  });
}

describe('listing tags', () => {
  it('returns every tag across pages, with the commit each points to', async () => {
    const before = server.requests.length;
    const tags = await source().listTags();
    expect(tags).toHaveLength(TAG_COUNT);
    const byName = new Map(tags.map((t) => [t.name, t.commit]));
    expect(byName.get('v0.1.0')).toBe(commits.first);
    expect(byName.get('v0.2.0')).toBe(commits.second);
    expect(byName.get('v0.2.0-signed')).toBe(commits.second);
    expect(byName.get('bulk-246')).toBe(commits.first);
    const pages = server.requests.slice(before).filter((r) => r.path === '/repos/acme/app/tags');
    expect(pages).toHaveLength(3);
    expect(pages.every((r) => new URLSearchParams(r.query).get('per_page') === '100' && r.authorized)).toBe(true);
  });

  it('follows the server page size when it is smaller than asked', async () => {
    const small = await startGitHubServer({ repos: { 'acme/app': bare }, tagsPerPage: 30 });
    try {
      const tags = await new GitHubComponentSource('acme/app', new GitHubApi({ baseUrl: small.url })).listTags();
      expect(tags).toHaveLength(TAG_COUNT);
      expect(small.requests.filter((r) => r.path === '/repos/acme/app/tags')).toHaveLength(Math.ceil(TAG_COUNT / 30));
    } finally {
      await small.stop();
    }
  });

  it('stops with an error instead of paging forever', async () => {
    const bounded = new GitHubApi({ baseUrl: server.url, token: TOKEN, maxPages: 2 });
    await expect(bounded.listTags('acme', 'app')).rejects.toThrow(/more than 2 pages/);
  });
});

describe('resolving a tag to its commit', () => {
  it('gives the commit of a lightweight tag', async () => {
    expect(await source().resolveTag('v0.1.0')).toBe(commits.first);
  });

  it('peels annotated tags, even a tag of a tag', async () => {
    expect(await source().resolveTag('v0.2.0')).toBe(commits.second);
    expect(await source().resolveTag('v0.2.0-signed')).toBe(commits.second);
  });

  it('gives undefined for a tag that does not exist', async () => {
    expect(await source().resolveTag('v9.9.9')).toBeUndefined();
  });
});

describe('commit dates', () => {
  it('gives the committer date, and undefined for an unknown commit', async () => {
    const s = source();
    expect((await s.commitDate(commits.second!))?.toISOString()).toBe('2024-04-05T06:07:08.000Z');
    expect((await s.commitDate(commits.first!))?.toISOString()).toBe('2024-03-01T10:00:00.000Z');
    expect(await s.commitDate('0'.repeat(40))).toBeUndefined();
  });
});

describe('reading files at a tag', () => {
  it('reads a file as it was at that tag', async () => {
    const s = source();
    expect((await s.readFile('v0.1.0', 'release/app.yaml'))?.toString()).toBe('image: release/app:[[ imageTagFromGitTag ]]\n');
    expect((await s.readFile('v0.2.0', 'release/app.yaml'))?.toString()).toBe('image: release/app:v2\n');
  });

  it('gives undefined for a missing path, a folder, or a missing tag', async () => {
    const s = source();
    expect(await s.readFile('v0.1.0', 'release/missing.yaml')).toBeUndefined();
    expect(await s.readFile('v0.1.0', 'charts/app')).toBeUndefined();
    expect(await s.readFile('v9.9.9', 'release/app.yaml')).toBeUndefined();
  });

  it('reads files over 1 MB through the raw media type', async () => {
    const data = await source().readFile('v0.1.0', 'big/blob.bin');
    expect(data?.equals(bigFile)).toBe(true);
  });
});

describe('reading folders at a tag', () => {
  const expected = ['Chart.yaml', 'templates/deployment.yaml', 'templates/nested/config.yaml', 'values.yaml'];

  it('reads every file under the folder, paths relative to it', async () => {
    const files = await source().readFolder('v0.1.0', 'charts/app/');
    expect([...files!.keys()]).toEqual(expected);
    expect(files!.get('Chart.yaml')!.toString()).toBe('name: app\nversion: 0.1.0\n');
  });

  it('gives the same files from the tarball when the folder is big', async () => {
    const before = server.requests.length;
    const files = await source('acme/app', { tarballAbove: 1 }).readFolder('v0.1.0', 'charts/app');
    expect([...files!.keys()]).toEqual(expected);
    expect(files!.get('templates/nested/config.yaml')!.toString()).toBe('kind: ConfigMap\n');
    const used = server.requests.slice(before);
    expect(used.some((r) => r.path === '/repos/acme/app/tarball/v0.1.0')).toBe(true);
    // The token stays with the API; the download host gets none.
    const downloads = used.filter((r) => r.path.startsWith('/_codeload/'));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.authorized).toBe(false);
  });

  it('gives undefined for a file or a missing folder', async () => {
    expect(await source().readFolder('v0.1.0', 'release/app.yaml')).toBeUndefined();
    expect(await source().readFolder('v0.1.0', 'charts/missing')).toBeUndefined();
    expect(await source('acme/app', { tarballAbove: 0 }).readFolder('v0.1.0', 'charts/missing')).toBeUndefined();
  });
});

describe('a repository that does not exist', () => {
  it('is one clear configuration error naming it', async () => {
    const err = await source('acme/missing').listTags().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toBe('GitHub repository acme/missing not found (or the token cannot see it)');
  });

  it('is named too when a tag or a file is asked for', async () => {
    await expect(source('acme/missing').resolveTag('v1')).rejects.toThrow(/acme\/missing not found/);
    await expect(source('acme/missing').readFile('v1', 'a.yaml')).rejects.toThrow(/acme\/missing not found/);
  });

  it('refuses a name that is not owner/repo', () => {
    expect(() => source('not a repo')).toThrow(ConfigurationError);
  });
});

describe('a wrong token', () => {
  it('is a clear error that does not print the token', async () => {
    const wrong = 'ghp_wrongtoken0000SECRET';
    const bad = new GitHubComponentSource('acme/app', new GitHubApi({ baseUrl: server.url, token: wrong }));
    const err = await bad.listTags().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(/rejected the token.*Bad credentials/);
    expect((err as Error).message).not.toContain(wrong);
    expect((err as Error).message).not.toContain(TOKEN);
  });

  it('says a token is needed when there is none', async () => {
    const anonymous = new GitHubComponentSource('acme/app', new GitHubApi({ baseUrl: server.url }));
    await expect(anonymous.listTags()).rejects.toThrow(/requires a token/);
  });
});

describe('retries', () => {
  const refPath = '/repos/acme/app/git/ref/tags/v0.1.0';
  const refTries = (before: number) => server.requests.slice(before).filter((r) => r.path === refPath).length;
  const inject = (...faults: Omit<InjectedResponse, 'path'>[]) => server.inject.push(...faults.map((f) => ({ ...f, path: '/repos/acme/app/git/ref/' })));

  it('waits for the reset of a primary rate limit (403, nothing remaining), then succeeds', async () => {
    const reset = Math.floor(Date.now() / 1000) + 1;
    inject({ status: 403, headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded for installation ID 1.' } });
    const before = server.requests.length;
    expect(await source().resolveTag('v0.1.0')).toBe(commits.first);
    expect(refTries(before)).toBe(2);
    // Octokit retries a second after the reset.
    expect(Date.now()).toBeGreaterThanOrEqual(reset * 1000);
  });

  it('waits as long as a 429 asks with retry-after, then succeeds', async () => {
    inject({ status: 429, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } });
    const before = server.requests.length;
    const started = Date.now();
    expect(await source().resolveTag('v0.1.0')).toBe(commits.first);
    expect(refTries(before)).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('retries 5xx answers, then succeeds', async () => {
    inject({ status: 502 }, { status: 503, headers: { 'retry-after': '0' } }, { status: 500 });
    const before = server.requests.length;
    expect(await source().resolveTag('v0.1.0')).toBe(commits.first);
    expect(refTries(before)).toBe(4);
  });

  it('gives up on a 5xx after the policy tries, saying so', async () => {
    inject(...Array.from({ length: 5 }, () => ({ status: 502 })));
    const before = server.requests.length;
    await expect(source().resolveTag('v0.1.0')).rejects.toThrow('tags/v0.1.0 in acme/app: GitHub answered 502: injected 502 (gave up retrying)');
    expect(refTries(before)).toBe(5);
  });

  it('does not wait an hour for a rate limit: one error with the reset time', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    inject({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded' } });
    const before = server.requests.length;
    await expect(source().resolveTag('v0.1.0')).rejects.toThrow(`GitHub API rate limit exceeded (403: API rate limit exceeded); it resets at ${new Date(reset * 1000).toISOString()}`);
    expect(refTries(before)).toBe(1);
  });

  it('names the API URL when nothing answers there', async () => {
    const port = await freePort();
    const offline = new GitHubApi({ baseUrl: `http://127.0.0.1:${port}/api/v3`, token: TOKEN });
    const err = await new GitHubComponentSource('acme/app', offline).listTags().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toBe(`the tags of acme/app: cannot reach the GitHub API at http://127.0.0.1:${port}/api/v3 (GITHUB_API_URL): connect ECONNREFUSED 127.0.0.1:${port}`);
  });

  it('does not retry a 403 that is not a rate limit', async () => {
    server.inject.push({ status: 403, path: '/repos/acme/app/tags', body: { message: 'Resource not accessible by integration' } });
    const err = await source().listTags().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(/refused the tags of acme\/app.*Resource not accessible/);
  });
});

describe('pull requests', () => {
  it('creates one, finds it, updates it and asks the owners to review', async () => {
    expect(await client.findOpenPull('acme', 'app', 'acme:prel/update-tags', 'main')).toBeUndefined();
    const created = await client.createPull('acme', 'app', { title: 'Update tags', head: 'prel/update-tags', base: 'main', body: 'first' });
    expect(created.number).toBe(1);
    expect(created.head.ref).toBe('prel/update-tags');
    expect(created.base.ref).toBe('main');
    expect(created.html_url).toBe(`${server.url}/acme/app/pull/1`);

    // A second create for the same branch is GitHub's 422, reported with its reason.
    await expect(client.createPull('acme', 'app', { title: 'again', head: 'prel/update-tags', base: 'main' })).rejects.toThrow(/A pull request already exists/);

    const found = await client.findOpenPull('acme', 'app', 'acme:prel/update-tags', 'main');
    expect(found?.number).toBe(1);
    expect(await client.findOpenPull('acme', 'app', 'acme:other', 'main')).toBeUndefined();

    const updated = await client.updatePull('acme', 'app', 1, { title: 'Update tags (2)', body: 'second' });
    expect(updated.title).toBe('Update tags (2)');

    const asked = await client.requestReviewers('acme', 'app', 1, splitReviewers(['alice', '@bob', 'acme/platform-team']));
    expect(asked.requested_reviewers?.map((u) => u.login)).toEqual(['alice', 'bob']);
    expect(asked.requested_teams?.map((t) => t.slug)).toEqual(['platform-team']);

    expect(server.pulls).toEqual([
      expect.objectContaining({ repo: 'acme/app', number: 1, title: 'Update tags (2)', body: 'second', head: 'prel/update-tags', base: 'main', state: 'open', reviewers: ['alice', 'bob'], teams: ['platform-team'], updates: 1 }),
    ]);
  });

  it('does not send a create twice after a 502 (it may have gone through)', async () => {
    server.inject.push({ status: 502, path: '/repos/acme/app/pulls' });
    const before = server.requests.length;
    await expect(client.createPull('acme', 'app', { title: 't', head: 'prel/update-tags', base: 'main' })).rejects.toThrow(/answered 502/);
    expect(server.requests.slice(before).filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('names the pull request GitHub does not know', async () => {
    await expect(client.updatePull('acme', 'app', 99, { title: 'x' })).rejects.toThrow(/pull request #99 in acme\/app not found/);
  });
});
