// Registries and the GitHub API through a real forward proxy (tinyproxy), as on runners behind a
// corporate proxy. Every test server here is on loopback, which prel reaches directly unless
// NO_PROXY is set to the empty string; the tests set it so to send loopback through the proxy.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run as resolveTags } from '../actions/resolve-tags/src/main.js';
import { run as syncImages } from '../actions/sync-images/src/main.js';
import { loopbackBypassesProxy } from '../shared/http/http-dispatcher.js';
import { bareClone, makeRepo, tag } from './helpers/git-repos.js';
import { startGitHubServer, type GitHubServer } from './helpers/github-server.js';
import { startProxy, type TestProxy } from './helpers/http-proxy.js';
import { startRegistry, type TestRegistry } from './helpers/registry.js';
import { runWithInputs } from './helpers/run-action.js';
import { makeLayer, seedImage, testClient } from './helpers/seed-images.js';

let proxy: TestProxy;
let work: string;

/** Both spellings, as runners set them; `''` for NO_PROXY means no host is exempt, loopback included. */
const throughProxy = () => ({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, http_proxy: undefined, https_proxy: undefined, NO_PROXY: '', no_proxy: undefined });

beforeAll(async () => {
  proxy = await startProxy();
  work = mkdtempSync(join(tmpdir(), 'prel-proxy-test-'));
});
afterAll(async () => {
  await proxy?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('sync-images', () => {
  let source: TestRegistry;
  let target: TestRegistry;
  beforeAll(async () => {
    [source, target] = await Promise.all([startRegistry(), startRegistry()]);
    await seedImage(testClient(source.host), { repository: 'release/app', tag: 'v1.0.0', format: 'docker', baseLayers: [makeLayer('proxy-base', 50_000)] });
  });
  afterAll(async () => {
    await Promise.all([source?.stop(), target?.stop()]);
  });

  test('copies an image through the proxy, which relays the calls to both registries', async () => {
    const list = join(work, 'images.list');
    writeFileSync(list, 'release/app:v1.0.0\n');
    const result = await runWithInputs(syncImages, { 'images-file': list, 'source-registry': source.host, 'target-registry': target.host }, throughProxy());
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ total: '1', copied: '1', failed: '0' });
    const relayed = (await proxy.requests()).join('\n');
    expect(relayed).toContain(`${source.host}/v2/release/app/manifests/v1.0.0`);
    expect(relayed).toContain(`${target.host}/v2/release/app/`);
  });
});

describe('resolve-tags through the GitHub API', () => {
  let server: GitHubServer;
  let product: string;
  beforeAll(async () => {
    const app = join(work, 'app');
    await makeRepo(app, { 'release/app.yaml': 'image: release/app:[[ imageTagFromGitTag ]]\n' });
    await tag(app, 'v2.3.0');
    server = await startGitHubServer({ repos: { 'acme/app': await bareClone(app) } });
    product = join(work, 'product');
    await makeRepo(product, { 'charts_list.yaml': 'spec:\n  - repositoryFullName: acme/app\n    resourcePaths: [release/app.yaml]\n    targetPath: app\n' });
  });
  afterAll(() => server?.stop());

  const env = () => ({ GITHUB_API_URL: server.url, GITHUB_WORKSPACE: product });

  test('pins the tag with every API call relayed by the proxy', async () => {
    const before = (await proxy.requests()).length;
    const result = await runWithInputs(resolveTags, {}, { ...env(), ...throughProxy() });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const relayed = (await proxy.requests()).slice(before);
    const apiCalls = server.requests.map((r) => r.path);
    expect(apiCalls).toContain('/repos/acme/app/tags');
    expect(relayed.some((line) => line.includes(`${server.url.replace('http://', '')}/repos/acme/app/tags`))).toBe(true);
  });

  test('without NO_PROXY, loopback hosts go direct: the proxy sees nothing', async () => {
    const before = (await proxy.requests()).length;
    const result = await runWithInputs(resolveTags, {}, { ...env(), ...throughProxy(), NO_PROXY: undefined });
    expect(result.errors).toEqual([]);
    expect((await proxy.requests()).slice(before)).toEqual([]);
  });
});

describe('the loopback rule', () => {
  test('loopback bypasses the proxy unless NO_PROXY is the empty string', () => {
    expect(loopbackBypassesProxy({ http: 'http://proxy:3128' })).toBe(true);
    expect(loopbackBypassesProxy({ http: 'http://proxy:3128', noProxy: '.corp.example' })).toBe(true);
    expect(loopbackBypassesProxy({ http: 'http://proxy:3128', noProxy: '' })).toBe(false);
  });
});
