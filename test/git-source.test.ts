// Components read with plain git (`url:` entries) and the branch resolve-tags pushes, against real
// repositories made here and served through file:// URLs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ConfigurationError } from '../shared/errors/errors.js';
import { redactUrlCredentials, runGit, type GitRunner } from '../shared/git/git-cli.js';
import { GitComponentSource } from '../shared/git/git-source.js';
import { commitFileToBranch } from '../shared/git/push-branch.js';

// ---- a small fixture: a work repository with history and tags, pushed to a bare one ----

const IDENTITY = ['-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', '-c', 'init.defaultBranch=main'];

function gitIn(cwd: string, args: string[], date = '2024-01-01T00:00:00Z'): string {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_TERMINAL_PROMPT: '0' };
  delete env.GIT_DIR;
  delete env.GIT_INDEX_FILE;
  return execFileSync('git', [...IDENTITY, ...args], { cwd, env, timeout: 30_000, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

function commit(work: string, files: Record<string, string | Buffer>, message: string, date: string): string {
  writeFiles(work, files);
  gitIn(work, ['add', '-A'], date);
  gitIn(work, ['commit', '--quiet', '-m', message], date);
  return gitIn(work, ['rev-parse', 'HEAD']);
}

const BINARY = Buffer.from([...Array(256).keys()].flatMap((byte) => [byte, 10, byte]));

interface Fixture {
  root: string;
  bare: string;
  url: string;
  commits: { c1: string; c2: string; c3: string; untagged: string };
}

function makeFixture(): Fixture {
  const root = mkdtempSync(join(tmpdir(), 'prel-git-fixture-'));
  const work = join(root, 'work');
  const bare = join(root, 'component.git');
  gitIn(root, ['init', '--quiet', '--bare', bare]);
  gitIn(root, ['init', '--quiet', work]);
  const c1 = commit(
    work,
    {
      'README.md': '# component\n',
      'release/app.yaml': 'image: release/app:[[ imageTagFromGitTag ]]\nversion: 0.9.2\n',
      'charts/app/Chart.yaml': 'name: app\nversion: 0.9.2\n',
      'charts/app/templates/deploy.yaml': 'kind: Deployment\n',
    },
    'first',
    '2024-01-01T00:00:00Z',
  );
  gitIn(work, ['tag', 'v0.9.2']);
  gitIn(work, ['push', '--quiet', bare, 'main', 'v0.9.2']);

  const c2 = commit(work, { 'release/app.yaml': 'version: 1.2.0\n', 'charts/app/logo.bin': BINARY }, 'second', '2024-02-01T00:00:00Z');
  gitIn(work, ['tag', '-a', '-m', 'beta, tagged late', 'v0.9.2-beta', c1], '2024-02-02T00:00:00Z');
  gitIn(work, ['tag', 'release-x-f7hq6']);
  gitIn(work, ['tag', '-a', '-m', 'v1.2.0', 'v1.2.0'], '2024-02-02T00:00:00Z');
  const c3 = commit(work, { 'release/app.yaml': 'version: 1.2.3\n', 'charts/app/values.yaml': 'replicas: 2\n' }, 'third', '2024-03-01T00:00:00Z');
  gitIn(work, ['tag', '-a', '-m', 'v1.2.3', 'v1.2.3'], '2024-03-01T00:00:00Z');
  const untagged = commit(work, { 'NOTES.md': 'later\n' }, 'fourth', '2024-04-01T00:00:00Z');
  gitIn(work, ['push', '--quiet', bare, 'main', 'v0.9.2-beta', 'release-x-f7hq6', 'v1.2.0', 'v1.2.3']);
  return { root, bare, url: pathToFileURL(bare).href, commits: { c1, c2, c3, untagged } };
}

/** runGit that counts the fetches it runs. */
function countingGit(): { runGit: GitRunner; fetches: string[][] } {
  const fetches: string[][] = [];
  return {
    fetches,
    runGit: (args, options) => {
      if (args.includes('fetch')) fetches.push(args);
      return runGit(args, options);
    },
  };
}

async function configurationError(promise: Promise<unknown>): Promise<ConfigurationError> {
  const error = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

let fixture: Fixture;
const sources: GitComponentSource[] = [];
function source(options: ConstructorParameters<typeof GitComponentSource>[1] = {}, url = fixture.url): GitComponentSource {
  const made = new GitComponentSource(url, { cacheRoot: join(fixture.root, 'cache'), ...options });
  sources.push(made);
  return made;
}

beforeAll(() => {
  fixture = makeFixture();
});

afterAll(async () => {
  await Promise.all(sources.map((s) => s.close()));
  rmSync(fixture.root, { recursive: true, force: true });
});

describe('listing the tags of a git URL', () => {
  test('every tag, with the commit it points to (annotated tags peeled)', async () => {
    const { c1, c2, c3 } = fixture.commits;
    const tags = await source().listTags();
    expect(tags).toHaveLength(5);
    expect(new Map(tags.map((t) => [t.name, t.commit]))).toEqual(
      new Map([
        ['v0.9.2', c1],
        ['v0.9.2-beta', c1],
        ['release-x-f7hq6', c2],
        ['v1.2.0', c2],
        ['v1.2.3', c3],
      ]),
    );
    // The annotated tag's own object is not what is reported.
    expect(gitIn(fixture.root, ['--git-dir', fixture.bare, 'rev-parse', 'refs/tags/v1.2.3'])).not.toBe(c3);
  });

  test('lines that are not tags are ignored', async () => {
    const noisy: GitRunner = async (args, options) => {
      const out = await runGit(args, options);
      if (!args.includes('ls-remote')) return out;
      return Buffer.concat([Buffer.from('warning: something\nnot-a-sha\trefs/tags/bad\n\n'), out, Buffer.from(`${'a'.repeat(40)}\trefs/heads/main\n`)]);
    };
    const names = (await source({ runGit: noisy }).listTags()).map((t) => t.name).sort();
    expect(names).toEqual(['release-x-f7hq6', 'v0.9.2', 'v0.9.2-beta', 'v1.2.0', 'v1.2.3']);
  });

  test('a URL that is not a repository is one clear configuration error naming it', async () => {
    const missing = pathToFileURL(join(fixture.root, 'no-such-repo.git')).href;
    const error = await configurationError(source({}, missing).listTags());
    expect(error.message).toContain(missing);
    expect(error.message).toMatch(/does not appear to be a git repository/);
    expect(error.message).not.toContain('\n');

    const plainFolder = join(fixture.root, 'plain-folder');
    mkdirSync(plainFolder, { recursive: true });
    const folderError = await configurationError(source({}, pathToFileURL(plainFolder).href).listTags());
    expect(folderError.message).toContain(pathToFileURL(plainFolder).href);
  });

  test('credentials in a URL never show in messages', async () => {
    const url = 'http://x-access-token:s3cr3t@127.0.0.1:1/org/repo.git';
    const s = source({}, url);
    expect(s.label).toBe('http://***@127.0.0.1:1/org/repo.git');
    const error = await configurationError(s.listTags());
    expect(error.message).not.toContain('s3cr3t');
    expect(error.message).toContain('http://***@127.0.0.1:1/org/repo.git');
    expect(redactUrlCredentials("fatal: unable to access 'https://user:tok@github.com/o/r/': 403")).toBe("fatal: unable to access 'https://***@github.com/o/r/': 403");
  });
});

describe('resolving one tag', () => {
  test('gives the commit a tag points to now, peeled for annotated tags', async () => {
    const s = source();
    expect(await s.resolveTag('v1.2.3')).toBe(fixture.commits.c3);
    expect(await s.resolveTag('v0.9.2-beta')).toBe(fixture.commits.c1);
    expect(await s.resolveTag('release-x-f7hq6')).toBe(fixture.commits.c2);
  });

  test('a tag that does not exist, or could not, is undefined', async () => {
    const s = source();
    expect(await s.resolveTag('v9.9.9')).toBeUndefined();
    expect(await s.resolveTag('v1.2')).toBeUndefined();
    expect(await s.resolveTag('v1.2.*')).toBeUndefined();
    expect(await s.resolveTag('--upload-pack=evil')).toBeUndefined();
  });
});

describe('reading files at a tag', () => {
  test('the same file at two tags gives each version', async () => {
    const s = source();
    expect((await s.readFile('v0.9.2', 'release/app.yaml'))?.toString()).toBe('image: release/app:[[ imageTagFromGitTag ]]\nversion: 0.9.2\n');
    expect((await s.readFile('v1.2.3', 'release/app.yaml'))?.toString()).toBe('version: 1.2.3\n');
    expect((await s.readFile('v1.2.0', './release/app.yaml'))?.toString()).toBe('version: 1.2.0\n');
    expect(await s.readFile('v1.2.0', 'charts/app/logo.bin')).toEqual(BINARY);
  });

  test('a path that is not a file there is undefined', async () => {
    const s = source();
    expect(await s.readFile('v0.9.2', 'charts/app/values.yaml')).toBeUndefined();
    expect(await s.readFile('v1.2.3', 'no/such/file.yaml')).toBeUndefined();
    expect(await s.readFile('v1.2.3', 'charts/app')).toBeUndefined();
    expect(await s.readFile('v1.2.3', 'release/app.yaml*')).toBeUndefined();
  });

  test('a folder gives every file under it, relative to it', async () => {
    const s = source();
    const atNew = await s.readFolder('v1.2.3', 'charts/app');
    expect([...(atNew?.keys() ?? [])].sort()).toEqual(['Chart.yaml', 'logo.bin', 'templates/deploy.yaml', 'values.yaml']);
    expect(atNew?.get('values.yaml')?.toString()).toBe('replicas: 2\n');
    expect(atNew?.get('logo.bin')).toEqual(BINARY);
    const atOld = await s.readFolder('v0.9.2', 'charts/app/');
    expect([...(atOld?.keys() ?? [])].sort()).toEqual(['Chart.yaml', 'templates/deploy.yaml']);
    expect(await s.readFolder('v1.2.3', 'release/app.yaml')).toBeUndefined();
    expect(await s.readFolder('v1.2.3', 'charts/none')).toBeUndefined();
  });

  test('a tag that does not exist is a configuration error naming tag and URL', async () => {
    const error = await configurationError(source().readFile('v9.9.9', 'release/app.yaml'));
    expect(error.message).toContain("'v9.9.9'");
    expect(error.message).toContain(fixture.url);
  });

  test('a path leaving the repository is refused', async () => {
    await configurationError(source().readFile('v1.2.3', '../etc/passwd'));
  });
});

describe('one local clone per source', () => {
  test('each tag is fetched once, concurrent readers share the fetch, close removes the clone', async () => {
    const cacheRoot = join(fixture.root, 'cache-reuse');
    const counting = countingGit();
    const s = new GitComponentSource(fixture.url, { cacheRoot, runGit: counting.runGit });
    try {
      await s.readFile('v1.2.3', 'release/app.yaml');
      await s.readFile('v1.2.3', 'charts/app/Chart.yaml');
      await s.readFolder('v1.2.3', 'charts/app');
      await s.readFile('v0.9.2', 'release/app.yaml');
      expect(counting.fetches).toHaveLength(2);

      await Promise.all([s.readFile('v1.2.0', 'release/app.yaml'), s.readFolder('v1.2.0', 'charts'), s.readFile('v1.2.0', 'README.md')]);
      expect(counting.fetches).toHaveLength(3);
      expect(counting.fetches.every((args) => args.includes('--depth') && args.includes('--no-tags'))).toBe(true);

      // Tags asked for at once, while a fetch runs, share the next fetch.
      await Promise.all(['v0.9.2-beta', 'release-x-f7hq6'].map((tag) => s.readFile(tag, 'release/app.yaml')));
      expect(counting.fetches.length).toBeLessThanOrEqual(5);
      expect(readdirSync(cacheRoot)).toHaveLength(1);
    } finally {
      await s.close();
    }
    expect(readdirSync(cacheRoot)).toHaveLength(0);
    await expect(s.readFile('v1.2.3', 'release/app.yaml')).rejects.toThrow(/closed/);
  });
});

describe('commit dates', () => {
  test('the committer date of a tagged commit, of an untagged one, and undefined for an unknown commit', async () => {
    const s = source();
    await s.listTags();
    expect((await s.commitDate(fixture.commits.c2))?.toISOString()).toBe('2024-02-01T00:00:00.000Z');
    expect((await s.commitDate(fixture.commits.untagged))?.toISOString()).toBe('2024-04-01T00:00:00.000Z');
    expect(await s.commitDate('0123456789abcdef0123456789abcdef01234567')).toBeUndefined();
    expect(await s.commitDate('not-a-commit')).toBeUndefined();
  });
});

describe('committing a file on a branch', () => {
  const branch = 'prel/update-tags';
  let checkout: string;
  let head: string;

  function state(dir: string) {
    return {
      head: gitIn(dir, ['rev-parse', 'HEAD']),
      symbolic: gitIn(dir, ['symbolic-ref', 'HEAD']),
      status: gitIn(dir, ['status', '--porcelain']),
      staged: gitIn(dir, ['diff', '--cached']),
      readme: readFileSync(join(dir, 'README.md'), 'utf8'),
      branches: gitIn(dir, ['for-each-ref', '--format=%(refname)', 'refs/heads']),
    };
  }
  const inBare = (args: string[]) => gitIn(fixture.root, ['--git-dir', fixture.bare, ...args]);

  beforeAll(() => {
    checkout = join(fixture.root, 'checkout');
    gitIn(fixture.root, ['clone', '--quiet', fixture.url, checkout]);
    head = gitIn(checkout, ['rev-parse', 'HEAD']);
    // The user's own unfinished work must survive.
    writeFileSync(join(checkout, 'README.md'), '# edited, not staged\n');
    writeFileSync(join(checkout, 'staged.txt'), 'staged\n');
    gitIn(checkout, ['add', 'staged.txt']);
  });

  test('pushes a new commit on the branch, leaving the working tree, index and HEAD alone', async () => {
    const before = state(checkout);
    const commit = await commitFileToBranch({ repoDir: checkout, branch, path: 'release_charts.yaml', content: 'tag: v1\n', message: 'Update tags\n\nbody' });
    expect(commit).toMatch(/^[0-9a-f]{40}$/);
    expect(inBare(['rev-parse', `refs/heads/${branch}`])).toBe(commit);
    expect(inBare(['show', `${branch}:release_charts.yaml`])).toBe('tag: v1');
    expect(inBare(['rev-parse', `${branch}^`])).toBe(head);
    expect(inBare(['log', '-1', '--format=%an <%ae>|%s', branch])).toBe('github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|Update tags');
    // Only the one file changed.
    expect(inBare(['diff', '--name-only', head, branch])).toBe('release_charts.yaml');
    expect(state(checkout)).toEqual(before);
    expect(existsSync(join(checkout, 'release_charts.yaml'))).toBe(false);
  });

  test('a second call with other content replaces the branch (force)', async () => {
    const first = inBare(['rev-parse', `refs/heads/${branch}`]);
    const before = state(checkout);
    const commit = await commitFileToBranch({
      repoDir: checkout,
      branch,
      path: 'release_charts.yaml',
      content: 'tag: v2\n',
      message: 'Update tags again',
      author: { name: 'Release Bot', email: 'release@example.com' },
    });
    expect(commit).toBeDefined();
    expect(commit).not.toBe(first);
    expect(inBare(['rev-parse', `refs/heads/${branch}`])).toBe(commit);
    expect(inBare(['rev-parse', `${branch}^`])).toBe(head);
    expect(inBare(['show', `${branch}:release_charts.yaml`])).toBe('tag: v2');
    expect(inBare(['log', '-1', '--format=%an <%ae> %cn', branch])).toBe('Release Bot <release@example.com> Release Bot');
    expect(state(checkout)).toEqual(before);
  });

  test('the same content again pushes nothing', async () => {
    const tip = inBare(['rev-parse', `refs/heads/${branch}`]);
    expect(await commitFileToBranch({ repoDir: checkout, branch, path: 'release_charts.yaml', content: 'tag: v2\n', message: 'x' })).toBeUndefined();
    expect(inBare(['rev-parse', `refs/heads/${branch}`])).toBe(tip);

    // Also from a fresh shallow checkout that has never seen the branch (as on the next workflow run).
    const fresh = join(fixture.root, 'fresh-checkout');
    gitIn(fixture.root, ['clone', '--quiet', '--depth', '1', fixture.url, fresh]);
    expect(await commitFileToBranch({ repoDir: fresh, branch, path: 'release_charts.yaml', content: 'tag: v2\n', message: 'x' })).toBeUndefined();
    expect(inBare(['rev-parse', `refs/heads/${branch}`])).toBe(tip);
    expect(gitIn(fresh, ['status', '--porcelain'])).toBe('');
    expect(gitIn(fresh, ['rev-parse', '--is-shallow-repository'])).toBe('true');
    expect(existsSync(join(fresh, '.git', 'FETCH_HEAD'))).toBe(false);
    expect(gitIn(fresh, ['for-each-ref', '--format=%(refname)'])).not.toContain(branch);
  });

  test('a file already so in the base is nothing to commit', async () => {
    expect(await commitFileToBranch({ repoDir: checkout, branch: 'prel/noop', path: 'README.md', content: '# component\n', message: 'x' })).toBeUndefined();
    expect(inBare(['for-each-ref', 'refs/heads/prel/noop'])).toBe('');
  });

  test('the base can be another commit or a branch only the remote has', async () => {
    const onTag = await commitFileToBranch({ repoDir: checkout, branch: 'prel/on-tag', path: 'release_charts.yaml', content: 'x\n', message: 'm', base: 'v0.9.2' });
    expect(inBare(['rev-parse', 'prel/on-tag^'])).toBe(fixture.commits.c1);
    expect(onTag).toBe(inBare(['rev-parse', 'prel/on-tag']));

    gitIn(checkout, ['fetch', '--quiet', 'origin']);
    const onRemote = await commitFileToBranch({ repoDir: checkout, branch: 'prel/on-remote', path: 'a/b.yaml', content: 'y\n', message: 'm', base: branch });
    expect(inBare(['rev-parse', 'prel/on-remote^'])).toBe(inBare(['rev-parse', branch]));
    expect(onRemote).toBeDefined();
    await expect(commitFileToBranch({ repoDir: checkout, branch: 'x', path: 'f', content: '', message: 'm', base: 'no-such-base' })).rejects.toThrow(ConfigurationError);
  });

  test('bad branch names and paths are configuration errors', async () => {
    await configurationError(commitFileToBranch({ repoDir: checkout, branch: 'bad..name', path: 'f', content: '', message: 'm' }));
    await configurationError(commitFileToBranch({ repoDir: checkout, branch: 'ok', path: '../f', content: '', message: 'm' }));
  });
});
