// assemble-bundle: the exact layout and modes, checksums that `sha256sum -c` accepts, the same bytes from
// the same inputs, downloads (https-style and GitHub release assets), and bad inputs that leave no bundle.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../actions/assemble-bundle/src/main.js';
import { listenLoopback } from './helpers/http-listen.js';
import { runWithInputs } from './helpers/run-action.js';

const exec = promisify(execFile);
const BUNDLE = 'compass-component-v2.7.4';
const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]);
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'prel-bundle-test-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function put(path: string, content: string | Buffer, mode = 0o644): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  chmodSync(path, mode);
}

/** A workspace as the release job leaves it: the five files of the seed's bundle. */
function seedWorkspace(): string {
  const ws = mkdtempSync(join(root, 'ws-'));
  put(join(ws, 'cadm'), Buffer.concat([ELF, Buffer.alloc(3000, 7)]), 0o755);
  put(join(ws, 'config.sample'), 'CARGO_CFG_DOMAIN=cargo.example.com\n');
  put(join(ws, 'install.sh'), '#!/bin/bash\nset -e\nsource ./config\n', 0o755);
  put(join(ws, 'image/release.tar.gz'), Buffer.alloc(20_000, 1));
  put(join(ws, 'pangolin-deploy-images.tar.gz'), Buffer.alloc(50_000, 2));
  return ws;
}

function bundle(ws: string, inputs: Record<string, string | undefined> = {}, env: Record<string, string | undefined> = {}) {
  return runWithInputs(run, { version: 'v2.7.4', 'output-dir': 'out', ...inputs }, { GITHUB_WORKSPACE: ws, ...env });
}

function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** `tar -tv` as `mode owner path` lines, in archive order. */
async function listing(archive: string): Promise<string[]> {
  const { stdout } = await exec('tar', ['-tvf', archive]);
  return stdout
    .trim()
    .split('\n')
    .map((line) => {
      const [mode, owner, , , , ...path] = line.split(/\s+/);
      return `${mode} ${owner} ${path.join(' ')}`;
    });
}

async function unpack(archive: string): Promise<string> {
  const dir = mkdtempSync(join(root, 'unpacked-'));
  await exec('tar', ['-xf', archive, '-C', dir]);
  return dir;
}

const SEED_LISTING = [
  `drwxr-xr-x 0/0 ${BUNDLE}/`,
  `-rw-r--r-- 0/0 ${BUNDLE}/SHA256SUMS`,
  `-rwxr-xr-x 0/0 ${BUNDLE}/cadm`,
  `-rw-r--r-- 0/0 ${BUNDLE}/config.sample`,
  `drwxr-xr-x 0/0 ${BUNDLE}/image/`,
  `-rw-r--r-- 0/0 ${BUNDLE}/image/release.tar.gz`,
  `-rwxr-xr-x 0/0 ${BUNDLE}/install.sh`,
  `-rw-r--r-- 0/0 ${BUNDLE}/pangolin-deploy-images.tar.gz`,
];

describe('the default layout (the seed bundle)', () => {
  let ws: string;
  let archive: string;
  let result: Awaited<ReturnType<typeof bundle>>;

  beforeAll(async () => {
    ws = seedWorkspace();
    result = await bundle(ws);
    archive = join(ws, 'out', `${BUNDLE}.tar.gz`);
  });

  test('outputs describe the archive', () => {
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.path).toBe(`out/${BUNDLE}.tar.gz`);
    expect(result.outputs.sha256).toBe(fileSha256(archive));
    expect(Number(result.outputs.size)).toBe(statSync(archive).size);
    expect(result.outputs['artifact-id']).toBe('');
  });

  test('the folder is the top entry and holds exactly the five files and SHA256SUMS, executables 0755', async () => {
    expect(readFileSync(archive).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(await listing(archive)).toEqual(SEED_LISTING);
  });

  test('unpacked, every file has its source bytes', async () => {
    const dir = join(await unpack(archive), BUNDLE);
    for (const path of ['cadm', 'config.sample', 'install.sh', 'image/release.tar.gz', 'pangolin-deploy-images.tar.gz']) {
      expect(readFileSync(join(dir, path)).equals(readFileSync(join(ws, path))), path).toBe(true);
    }
  });

  test('sha256sum -c accepts SHA256SUMS inside the folder and the .sha256 beside the archive', async () => {
    const dir = join(await unpack(archive), BUNDLE);
    const inside = await exec('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir });
    expect(inside.stdout.trim().split('\n')).toEqual(['cadm: OK', 'config.sample: OK', 'image/release.tar.gz: OK', 'install.sh: OK', 'pangolin-deploy-images.tar.gz: OK']);
    expect(readFileSync(join(ws, 'out', `${BUNDLE}.tar.gz.sha256`), 'utf8')).toBe(`${result.outputs.sha256}  ${BUNDLE}.tar.gz\n`);
    const beside = await exec('sha256sum', ['-c', `${BUNDLE}.tar.gz.sha256`], { cwd: join(ws, 'out') });
    expect(beside.stdout.trim()).toBe(`${BUNDLE}.tar.gz: OK`);
  });

  test('no temp files are left in output-dir', () => {
    expect(readdirSync(join(ws, 'out')).sort()).toEqual([`${BUNDLE}.tar.gz`, `${BUNDLE}.tar.gz.sha256`]);
  });

  test('the summary names the bundle, its sha256, and each file with size and mode', () => {
    expect(result.summary).toContain(`${BUNDLE}/`);
    expect(result.summary).toContain(result.outputs.sha256);
    expect(result.summary).toMatch(/<td>cadm<\/td><td>3\.0 KB<\/td><td>0755<\/td>/);
    expect(result.summary).toMatch(/<td>config\.sample<\/td><td>[^<]+<\/td><td>0644<\/td>/);
  });
});

describe('the same inputs give the same bytes', () => {
  test('a second run after touching every input writes an identical archive', async () => {
    const ws = seedWorkspace();
    const first = await bundle(ws, { 'output-dir': 'first' });
    const later = new Date('2031-05-06T07:08:09Z');
    const touch = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) touch(join(dir, entry.name));
        utimesSync(join(dir, entry.name), later, later);
      }
    };
    touch(ws);
    const second = await bundle(ws, { 'output-dir': 'second' });
    expect(first.exitCode).toBe(0);
    expect(second.exitCode).toBe(0);
    expect(second.outputs.sha256).toBe(first.outputs.sha256);
    expect(readFileSync(join(ws, 'second', `${BUNDLE}.tar.gz`)).equals(readFileSync(join(ws, 'first', `${BUNDLE}.tar.gz`)))).toBe(true);
  });
});

describe('custom files lines', () => {
  test('a folder source copies its tree; destinations rename; modes are normalised to 0755/0644', async () => {
    const ws = seedWorkspace();
    put(join(ws, 'hack/scripts/deploy.sh'), '#!/bin/sh\n', 0o700);
    put(join(ws, 'hack/scripts/notes.txt'), 'notes\n', 0o600);
    put(join(ws, 'hack/scripts/lib/common.sh'), 'x=1\n', 0o664);
    mkdirSync(join(ws, 'hack/scripts/empty'));
    const files = [
      '# the admin tool, renamed',
      'cadm => bin/cadm-linux-amd64',
      '',
      'hack/scripts => scripts',
      'config.sample => conf/',
      `${join(ws, 'install.sh')} => install.sh`,
    ].join('\n');
    const result = await bundle(ws, { product: 'clever', files });
    expect(result.errors).toEqual([]);
    const top = 'clever-component-v2.7.4';
    expect(await listing(join(ws, 'out', `${top}.tar.gz`))).toEqual([
      `drwxr-xr-x 0/0 ${top}/`,
      `-rw-r--r-- 0/0 ${top}/SHA256SUMS`,
      `drwxr-xr-x 0/0 ${top}/bin/`,
      `-rwxr-xr-x 0/0 ${top}/bin/cadm-linux-amd64`,
      `drwxr-xr-x 0/0 ${top}/conf/`,
      `-rw-r--r-- 0/0 ${top}/conf/config.sample`,
      `-rwxr-xr-x 0/0 ${top}/install.sh`,
      `drwxr-xr-x 0/0 ${top}/scripts/`,
      `-rwxr-xr-x 0/0 ${top}/scripts/deploy.sh`,
      `drwxr-xr-x 0/0 ${top}/scripts/empty/`,
      `drwxr-xr-x 0/0 ${top}/scripts/lib/`,
      `-rw-r--r-- 0/0 ${top}/scripts/lib/common.sh`,
      `-rw-r--r-- 0/0 ${top}/scripts/notes.txt`,
    ]);
    const dir = join(await unpack(join(ws, 'out', `${top}.tar.gz`)), top);
    await exec('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: dir });
    expect(readFileSync(join(dir, 'SHA256SUMS'), 'utf8').split('\n').filter(Boolean).map((l) => l.slice(66))).toEqual([
      'bin/cadm-linux-amd64',
      'conf/config.sample',
      'install.sh',
      'scripts/deploy.sh',
      'scripts/lib/common.sh',
      'scripts/notes.txt',
    ]);
  });

  test('checksums: false writes neither SHA256SUMS nor the .sha256', async () => {
    const ws = seedWorkspace();
    const result = await bundle(ws, { checksums: 'false' });
    expect(result.exitCode).toBe(0);
    expect(await listing(join(ws, 'out', `${BUNDLE}.tar.gz`))).toEqual(SEED_LISTING.filter((l) => !l.endsWith('SHA256SUMS')));
    expect(readdirSync(join(ws, 'out'))).toEqual([`${BUNDLE}.tar.gz`]);
  });

  test('a .sha256 left by an earlier run does not stay beside an archive it does not describe', async () => {
    const ws = seedWorkspace();
    expect((await bundle(ws)).exitCode).toBe(0);
    put(join(ws, 'config.sample'), 'CARGO_CFG_DOMAIN=other.example.com\n');
    expect((await bundle(ws, { checksums: 'false' })).exitCode).toBe(0);
    expect(readdirSync(join(ws, 'out'))).toEqual([`${BUNDLE}.tar.gz`]);
  });
});

describe('compression: none', () => {
  test('writes a plain <bundle>.tar with the same entries, and its .sha256', async () => {
    const ws = seedWorkspace();
    const result = await bundle(ws, { compression: 'none' });
    expect(result.errors).toEqual([]);
    const archive = join(ws, 'out', `${BUNDLE}.tar`);
    expect(result.outputs.path).toBe(`out/${BUNDLE}.tar`);
    expect(readFileSync(archive).subarray(257, 262).toString()).toBe('ustar');
    expect(await listing(archive)).toEqual(SEED_LISTING);
    const beside = await exec('sha256sum', ['-c', `${BUNDLE}.tar.sha256`], { cwd: join(ws, 'out') });
    expect(beside.stdout.trim()).toBe(`${BUNDLE}.tar: OK`);
  });
});

/** A file server on 127.0.0.1 that answers from a table and counts requests per path. */
async function fileServer(routes: Record<string, (count: number) => { status: number; body?: Buffer | string; headers?: Record<string, string> }>) {
  const counts = new Map<string, number>();
  const headers: { path: string; authorization?: string; accept?: string }[] = [];
  const listening = await listenLoopback(
    http.createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const count = (counts.get(path) ?? 0) + 1;
      counts.set(path, count);
      headers.push({ path, authorization: req.headers.authorization, accept: req.headers.accept });
      const route = routes[path];
      const answer = route ? route(count) : { status: 404, body: 'not found' };
      const body = Buffer.from(answer.body ?? '');
      res.writeHead(answer.status, { 'content-length': body.length, ...answer.headers });
      res.end(body);
    }),
  );
  return { url: `http://127.0.0.1:${listening.port}`, counts, headers, listening };
}

describe('https-style downloads (http to loopback in tests)', () => {
  let server: Awaited<ReturnType<typeof fileServer>>;
  const tool = '#!/bin/sh\necho tool\n';
  const flaky = Buffer.alloc(10_000, 9);
  const retryGlobals = globalThis as { TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS?: number; TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS?: number };

  beforeAll(async () => {
    // @actions/tool-cache waits 10-20 s between tries; its own test hooks make that 0 s here.
    retryGlobals.TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS = 0;
    retryGlobals.TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS = 0;
    server = await fileServer({
      '/tools/prel-tool.sh': () => ({ status: 200, body: tool }),
      '/data/flaky.tar.gz': (count) => (count === 1 ? { status: 500, body: 'boom' } : { status: 200, body: flaky }),
    });
  });
  afterAll(async () => {
    delete retryGlobals.TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS;
    delete retryGlobals.TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS;
    await server?.listening.close();
  });

  test('downloads land at their path; a script is 0755; a 500 is retried', async () => {
    const ws = seedWorkspace();
    const files = [`${server.url}/tools/prel-tool.sh => bin/`, `${server.url}/data/flaky.tar.gz => data.tar.gz`, 'config.sample => config.sample'].join('\n');
    const result = await bundle(ws, { files }, { RUNNER_TEMP: undefined });
    expect(result.errors).toEqual([]);
    expect(server.counts.get('/data/flaky.tar.gz')).toBe(2);
    const archive = join(ws, 'out', `${BUNDLE}.tar.gz`);
    expect(await listing(archive)).toEqual([
      `drwxr-xr-x 0/0 ${BUNDLE}/`,
      `-rw-r--r-- 0/0 ${BUNDLE}/SHA256SUMS`,
      `drwxr-xr-x 0/0 ${BUNDLE}/bin/`,
      `-rwxr-xr-x 0/0 ${BUNDLE}/bin/prel-tool.sh`,
      `-rw-r--r-- 0/0 ${BUNDLE}/config.sample`,
      `-rw-r--r-- 0/0 ${BUNDLE}/data.tar.gz`,
    ]);
    const dir = join(await unpack(archive), BUNDLE);
    expect(readFileSync(join(dir, 'bin/prel-tool.sh'), 'utf8')).toBe(tool);
    expect(readFileSync(join(dir, 'data.tar.gz')).equals(flaky)).toBe(true);
    await exec('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir });
  });

  test('a 404 is one error naming the URL and the line, and no bundle', async () => {
    const ws = seedWorkspace();
    const result = await bundle(ws, { files: `cadm => cadm\n${server.url}/nowhere/cadm.tar.gz => extra.tar.gz` });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(`files line 2`);
    expect(result.errors[0]).toContain(`downloading ${server.url}/nowhere/cadm.tar.gz failed: the server answered 404`);
    expect(existsSync(join(ws, 'out'))).toBe(false);
  });
});

describe('github-release:// assets', () => {
  const token = 'ghs_bundleTestToken0123456789';
  const cadm = Buffer.concat([ELF, Buffer.alloc(40_000, 5)]);
  let api: Awaited<ReturnType<typeof fileServer>>;
  let download: Awaited<ReturnType<typeof fileServer>>;

  beforeAll(async () => {
    // The asset itself comes from another origin, like objects.githubusercontent.com; the first try fails.
    download = await fileServer({
      '/signed/cadm': (count) => (count === 1 ? { status: 503, body: 'slow down' } : { status: 200, body: cadm }),
    });
    const release = {
      id: 1,
      tag_name: 'v1.4.0',
      assets: [
        { id: 71, name: 'cadm', size: cadm.length, content_type: 'application/octet-stream' },
        { id: 72, name: 'cadm-darwin', size: 3, content_type: 'application/octet-stream' },
      ],
    };
    api = await fileServer({
      '/repos/acme/compass-admin/releases/tags/v1.4.0': () => ({ status: 200, body: JSON.stringify(release), headers: { 'content-type': 'application/json' } }),
      '/repos/acme/compass-admin/releases/assets/71': () => ({ status: 302, headers: { location: `${download.url}/signed/cadm?sig=abc` } }),
    });
  });
  afterAll(async () => {
    await api?.listening.close();
    await download?.listening.close();
  });

  const githubEnv = () => ({ GITHUB_API_URL: api.url });

  test('the asset is downloaded with the token, the download host never sees it, and an ELF asset is 0755', async () => {
    const ws = seedWorkspace();
    const files = 'github-release://acme/compass-admin@v1.4.0/cadm => cadm\nconfig.sample => config.sample';
    const result = await bundle(ws, { files, 'github-token': token }, githubEnv());
    expect(result.errors).toEqual([]);
    const archive = join(ws, 'out', `${BUNDLE}.tar.gz`);
    expect(await listing(archive)).toEqual([
      `drwxr-xr-x 0/0 ${BUNDLE}/`,
      `-rw-r--r-- 0/0 ${BUNDLE}/SHA256SUMS`,
      `-rwxr-xr-x 0/0 ${BUNDLE}/cadm`,
      `-rw-r--r-- 0/0 ${BUNDLE}/config.sample`,
    ]);
    expect(readFileSync(join(await unpack(archive), BUNDLE, 'cadm')).equals(cadm)).toBe(true);
    const assetCall = api.headers.find((h) => h.path.endsWith('/assets/71'));
    // @actions/github sends `token <token>`; GitHub takes it like `Bearer <token>`.
    expect(assetCall?.authorization).toBe(`token ${token}`);
    expect(assetCall?.accept).toBe('application/octet-stream');
    expect(download.headers.length).toBe(2);
    expect(download.headers.every((h) => h.authorization === undefined)).toBe(true);
    expect(result.log.split('\n').filter((l) => l.includes(token) && !l.startsWith('::add-mask::'))).toEqual([]);
  });

  test('a tag without a release is one error naming the tag', async () => {
    const ws = seedWorkspace();
    const result = await bundle(ws, { files: 'github-release://acme/compass-admin@v9.9.9/cadm => cadm', 'github-token': token }, githubEnv());
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      "files line 1 ('github-release://acme/compass-admin@v9.9.9/cadm => cadm'): acme/compass-admin has no release tagged 'v9.9.9' (or the repository does not exist, or the github-token cannot see it).",
    ]);
    expect(existsSync(join(ws, 'out'))).toBe(false);
  });

  test('a release without the asset is one error naming the asset and listing the ones it has', async () => {
    const ws = seedWorkspace();
    const result = await bundle(ws, { files: 'github-release://acme/compass-admin@v1.4.0/cadm-arm64 => cadm' }, githubEnv());
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain("release 'v1.4.0' of acme/compass-admin has no asset named 'cadm-arm64' (it has cadm, cadm-darwin)");
    expect(existsSync(join(ws, 'out'))).toBe(false);
  });
});

describe('bad inputs: one clear error line, exit 1, no bundle', () => {
  const cases: { name: string; inputs: Record<string, string>; error: RegExp; env?: Record<string, string | undefined>; prepare?: (ws: string) => void }[] = [
    { name: 'a missing source', inputs: { files: 'cadm => cadm\nbuild/cadm-2 => cadm2' }, error: /^files line 2 \('build\/cadm-2 => cadm2'\): source 'build\/cadm-2' not found \(.*build\/cadm-2\)\.$/ },
    {
      name: 'a default file missing from the workspace',
      inputs: {},
      prepare: (ws) => rmSync(join(ws, 'config.sample')),
      error: /^files \(default layout\) line 2 \('config\.sample => config\.sample'\): source 'config\.sample' not found/,
    },
    {
      name: 'a duplicate destination',
      inputs: { files: 'cadm => bin/cadm\nconfig.sample => config.sample\ninstall.sh => ./bin//cadm' },
      error: /^files line 1 \('cadm => bin\/cadm'\) and files line 3 \('install\.sh => \.\/bin\/\/cadm'\) both put 'bin\/cadm' in the bundle\.$/,
    },
    {
      name: 'a file inside another file',
      inputs: { files: 'cadm => tools\ninstall.sh => tools/install.sh' },
      error: /^files line 1 \('cadm => tools'\) puts a file at 'tools', but files line 2 \('install\.sh => tools\/install\.sh'\) makes 'tools' a folder/,
    },
    { name: 'a ../ destination', inputs: { files: 'cadm => ../cadm' }, error: /^files line 1 \('cadm => \.\.\/cadm'\): the path-in-bundle '\.\.\/cadm' contains '\.\.'/ },
    { name: 'an absolute destination', inputs: { files: 'cadm => /usr/local/bin/cadm' }, error: /^files line 1 \('cadm => \/usr\/local\/bin\/cadm'\): the path-in-bundle '\/usr\/local\/bin\/cadm' is absolute/ },
    { name: 'an empty destination', inputs: { files: 'cadm => ./' }, error: /^files line 1 \('cadm => \.\/'\): the path-in-bundle '\.\/' names no path inside the bundle folder\.$/ },
    { name: 'a line without =>', inputs: { files: '# tools\ncadm => cadm\n\nconfig.sample config.sample' }, error: /^files line 4 \('config\.sample config\.sample'\): expected 'source => path-in-bundle'\.$/ },
    { name: 'an unknown scheme', inputs: { files: 'ftp://example.com/cadm => cadm' }, error: /^files line 1 .*: unknown source scheme 'ftp:\/\/'; a source is a workspace path, an https:\/\/ URL or github-release:\/\/owner\/repo@tag\/asset\.$/ },
    { name: 'an http:// URL off this machine', inputs: { files: 'http://example.com/cadm => cadm' }, error: /^files line 1 .*: 'http:\/\/example\.com\/cadm' uses http:\/\/; only https:\/\/ URLs are downloaded/ },
    { name: 'a malformed github-release source', inputs: { files: 'github-release://acme@v1/cadm => cadm' }, error: /is not github-release:\/\/owner\/repo@tag\/asset\.$/ },
    { name: 'SHA256SUMS given as a destination', inputs: { files: 'config.sample => SHA256SUMS' }, error: /'SHA256SUMS' is written by the action \(checksums: true\)/ },
    { name: 'a version with a slash', inputs: { version: 'v2/7' }, error: /^Input 'version' must be a plain name/ },
    { name: 'no version', inputs: { version: '' }, error: /^Input 'version' is required and was not supplied\.$/ },
    {
      name: 'upload-artifact without a runner',
      inputs: { 'upload-artifact': 'true' },
      env: { ACTIONS_RUNTIME_TOKEN: undefined, ACTIONS_RESULTS_URL: undefined },
      error: /^upload-artifact: true needs a GitHub Actions runner \(ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set\)/,
    },
  ];

  test.each(cases)('$name', async ({ inputs, error, env, prepare }) => {
    const ws = seedWorkspace();
    prepare?.(ws);
    const result = await bundle(ws, inputs, env);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(error);
    expect(result.outputs).toEqual({});
    expect(existsSync(join(ws, 'out'))).toBe(false);
  });
});
