// sync-images reads the target's catalog once: repositories the target does not have yet get no tag
// check and no blob HEAD; a target that will not list (or lists more than a page) is asked per image.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../actions/sync-images/src/main.js';
import { sha256Digest } from '../shared/image/digest.js';
import { startFaultProxy, type FaultProxy, type FaultRule } from './helpers/fault-proxy.js';
import { startRegistry, type TestRegistry } from './helpers/registry.js';
import { runWithInputs } from './helpers/run-action.js';
import { makeLayer, seedImage, testClient, type SeededImage } from './helpers/seed-images.js';
import { skopeoRawManifest } from './helpers/skopeo.js';

let source: TestRegistry;
let work: string;
const images: Record<string, SeededImage> = {};
const REFS = ['release/app-admin:v0.4.0', 'release/app-web:v1.2.0', 'library/nginx:1.25', 'release/app-admin:v0.5.0'];

beforeAll(async () => {
  source = await startRegistry();
  work = mkdtempSync(join(tmpdir(), 'prel-newrepos-'));
  const client = testClient(source.host);
  const base = [makeLayer('nr-base', 400_000), makeLayer('nr-runtime', 2_000_000)];
  images['release/app-admin:v0.4.0'] = await seedImage(client, { repository: 'release/app-admin', tag: 'v0.4.0', format: 'docker', baseLayers: base });
  images['release/app-web:v1.2.0'] = await seedImage(client, { repository: 'release/app-web', tag: 'v1.2.0', format: 'oci', baseLayers: base });
  images['library/nginx:1.25'] = await seedImage(client, { repository: 'library/nginx', tag: '1.25', format: 'docker-list', platforms: ['linux/amd64', 'linux/arm64'], baseLayers: base.slice(0, 1) });
  images['release/app-admin:v0.5.0'] = await seedImage(client, { repository: 'release/app-admin', tag: 'v0.5.0', format: 'docker', baseLayers: base });
});

afterAll(async () => {
  await source?.stop();
});

function listFile(name: string, refs: string[]): string {
  const path = join(work, name);
  writeFileSync(path, `${refs.join('\n')}\n`);
  return path;
}

/** The target's requests of one kind, as `METHOD path` without the query. */
function targetRequests(proxy: FaultProxy, pattern: RegExp): string[] {
  return proxy.log.filter((r) => pattern.test(`${r.method} ${r.url}`)).map((r) => `${r.method} ${r.url.split('?')[0]}`);
}

async function expectDigestExact(target: TestRegistry, refs: string[]): Promise<void> {
  for (const ref of refs) expect(sha256Digest(await skopeoRawManifest(`${target.host}/${ref}`)), ref).toBe(images[ref].digest);
}

describe('into a registry that lists its repositories', () => {
  let target: TestRegistry;
  let proxy: FaultProxy;
  beforeAll(async () => {
    target = await startRegistry();
    proxy = await startFaultProxy(target.url, []);
  });
  afterAll(async () => {
    await proxy.stop();
    await target.stop();
  });

  test('a first sync asks the catalog once, checks no tag and HEADs no blob, and copies every image digest-exact', async () => {
    const result = await runWithInputs(run, { 'images-file': listFile('first.list', REFS.slice(0, 3)), 'source-registry': source.host, 'target-registry': proxy.host });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ total: '3', copied: '3', skipped: '0', failed: '0' });
    expect(targetRequests(proxy, /_catalog/)).toEqual(['GET /v2/_catalog']);
    expect(targetRequests(proxy, /^HEAD /)).toEqual([]);
    expect(result.log).toContain('3 of 3 target repositories are new');
    await expectDigestExact(target, REFS.slice(0, 3));
  });

  test('the next sync checks the tags of repositories the target has, and only those', async () => {
    proxy.log.length = 0;
    const result = await runWithInputs(run, { 'images-file': listFile('next.list', REFS), 'source-registry': source.host, 'target-registry': proxy.host });
    expect(result.errors).toEqual([]);
    // v0.5.0 is a new tag of a repository the target has: its tag is asked for, and it is copied.
    expect(result.outputs).toMatchObject({ total: '4', copied: '1', skipped: '3', failed: '0' });
    expect(targetRequests(proxy, /^HEAD \/v2\/[^?]*\/manifests\//).sort()).toEqual(
      ['HEAD /v2/library/nginx/manifests/1.25', 'HEAD /v2/release/app-admin/manifests/v0.4.0', 'HEAD /v2/release/app-admin/manifests/v0.5.0', 'HEAD /v2/release/app-web/manifests/v1.2.0'],
    );
    await expectDigestExact(target, REFS);
  });
});

describe('into a registry whose catalog cannot tell', () => {
  const cases: [string, FaultRule][] = [
    ['refuses it (403 DENIED)', { kind: 'status403', times: 100 }],
    ['does not offer it (404)', { kind: 'answer', times: 100, answer: { status: 404, body: '{"errors":[{"code":"UNSUPPORTED","message":"catalog disabled"}]}' } }],
    ['lists one page of more', { kind: 'answer', times: 100, answer: { status: 200, headers: { link: '</v2/_catalog?last=a&n=1000>; rel="next"' }, body: '{"repositories":[]}' } }],
    ['answers garbage', { kind: 'answer', times: 100, answer: { status: 200, body: '<html>a login page</html>' } }],
    // A registry that walks its storage for the listing: the copy does not wait 20 s for it.
    ['takes too long', { kind: 'stall', times: 100, stallMs: 20_000 }],
  ];
  for (const [what, rule] of cases) {
    test(`${what}: every tag is checked, the images already there are skipped`, async () => {
      const target = await startRegistry();
      const proxy = await startFaultProxy(target.url, [{ ...rule, match: (r) => r.url.startsWith('/v2/_catalog') }]);
      try {
        const list = listFile('fallback.list', REFS.slice(0, 3));
        const first = await runWithInputs(run, { 'images-file': list, 'source-registry': source.host, 'target-registry': proxy.host });
        expect(first.errors).toEqual([]);
        expect(first.outputs).toMatchObject({ total: '3', copied: '3', failed: '0' });
        await expectDigestExact(target, REFS.slice(0, 3));
        proxy.log.length = 0;
        // Had prel taken the empty or failed listing for "no repositories", it would copy all three again.
        const started = Date.now();
        const second = await runWithInputs(run, { 'images-file': list, 'source-registry': source.host, 'target-registry': proxy.host });
        expect(Date.now() - started).toBeLessThan(10_000);
        expect(second.errors).toEqual([]);
        expect(second.outputs).toMatchObject({ total: '3', copied: '0', skipped: '3' });
        expect(targetRequests(proxy, /^HEAD \/v2\/[^?]*\/manifests\//)).toHaveLength(3);
        expect(second.log).not.toContain('target repositories are new');
      } finally {
        await proxy.stop();
        await target.stop();
      }
    });
  }
});

describe('a repository that holds blobs but no manifest yet (a run that failed before its manifests)', () => {
  test('is listed, so its blobs are found and not sent again', async () => {
    const target = await startRegistry();
    const proxy = await startFaultProxy(target.url, []);
    try {
      const image = images['release/app-web:v1.2.0'];
      // Every blob of the image, uploaded into the target's repository, and no manifest.
      const targetClient = testClient(target.host);
      for (const blob of image.blobs) await targetClient.uploadBlob('release/app-web', blob.digest, blob.size, Readable.from([blob.bytes]));
      const list = listFile('blobs-only.list', REFS.slice(0, 3));
      const result = await runWithInputs(run, { 'images-file': list, 'source-registry': source.host, 'target-registry': proxy.host });
      expect(result.errors).toEqual([]);
      expect(result.log).toContain('2 of 3 target repositories are new');
      expect(targetRequests(proxy, /^PUT \/v2\/release\/app-web\/blobs\/uploads\//)).toEqual([]);
      await expectDigestExact(target, REFS.slice(0, 3));
    } finally {
      await proxy.stop();
      await target.stop();
    }
  });
});
