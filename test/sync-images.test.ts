// sync-images between two real registries, checked with skopeo.
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../actions/sync-images/src/main.js';
import { sha256Digest } from '../shared/image/digest.js';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.js';
import { startRegistry, type TestRegistry } from './helpers/registry.js';
import { runWithInputs } from './helpers/run-action.js';
import { makeLayer, seedImage, testClient, type SeededImage } from './helpers/seed-images.js';
import { skopeoPull, skopeoRawManifest } from './helpers/skopeo.js';

let source: TestRegistry;
let work: string;
const images: Record<string, SeededImage> = {};

function listFile(name: string, lines: string[]): string {
  const path = join(work, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

beforeAll(async () => {
  source = await startRegistry();
  work = mkdtempSync(join(tmpdir(), 'prel-sync-'));
  const client = testClient(source.host);
  const base = [makeLayer('base-os', 300_000), makeLayer('base-runtime', 20_000_000)];
  images.single = await seedImage(client, { repository: 'release/app-admin', tag: 'v0.4.0', format: 'docker', baseLayers: base });
  images.oci = await seedImage(client, { repository: 'release/app-web', tag: 'v1.2.0', format: 'oci', baseLayers: base });
  images.list = await seedImage(client, {
    repository: 'library/nginx',
    tag: '1.25',
    format: 'docker-list',
    platforms: ['linux/amd64', 'linux/arm64', 'linux/arm/v7'],
    baseLayers: base.slice(0, 1),
  });
  images.index = await seedImage(client, { repository: 'release/cyclone-server', tag: 'v0.9.3', format: 'oci-index', baseLayers: base });
});

afterAll(async () => {
  await source?.stop();
});

describe('copies images digest-exact', () => {
  let target: TestRegistry;
  let result: Awaited<ReturnType<typeof runWithInputs>>;
  beforeAll(async () => {
    target = await startRegistry();
    const list = listFile('platform.list', [
      '# images of the platform',
      'release/app-admin:v0.4.0',
      '',
      'release/app-web:v1.2.0',
      'library/nginx:1.25',
      `release/cyclone-server:v0.9.3@${images.index.digest}`,
    ]);
    result = await runWithInputs(run, { 'images-file': list, 'source-registry': source.host, 'target-registry': target.host });
  });
  afterAll(() => target.stop());

  test('reports every image copied and succeeds', () => {
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ total: '4', copied: '4', skipped: '0', missing: '0', failed: '0' });
    expect(Number(result.outputs.bytes)).toBeGreaterThan(20_000_000);
    const report = JSON.parse(result.outputs['report-json']) as { status: string; digest: string }[];
    expect(report.map((r) => r.digest)).toEqual([images.single.digest, images.oci.digest, images.list.digest, images.index.digest]);
  });

  test('a shared base layer is sent once, then mounted or found', () => {
    // 20 MB base in 3 images: moving it more than once would push bytes past 40 MB.
    expect(Number(result.outputs.bytes)).toBeLessThan(40_000_000);
  });

  test('manifests are byte-identical (skopeo reads the same digest)', async () => {
    for (const [ref, image] of [
      ['release/app-admin:v0.4.0', images.single],
      ['release/app-web:v1.2.0', images.oci],
      ['library/nginx:1.25', images.list],
      ['release/cyclone-server:v0.9.3', images.index],
    ] as const) {
      const raw = await skopeoRawManifest(`${target.host}/${ref}`);
      expect(sha256Digest(raw), ref).toBe(image.digest);
    }
  });

  test('every platform of a multi-arch image is pullable from the target', async () => {
    for (const child of images.list.children) {
      const dest = mkdtempSync(join(work, 'pull-'));
      await skopeoPull(`${target.host}/library/nginx:1.25`, dest, child.platform);
      expect(existsSync(join(dest, 'manifest.json'))).toBe(true);
      expect(sha256Digest(readFileSync(join(dest, 'manifest.json')))).toBe(child.digest);
    }
    for (const child of images.index.children) {
      const dest = mkdtempSync(join(work, 'pull-'));
      await skopeoPull(`${target.host}/release/cyclone-server@${child.digest}`, dest);
      expect(sha256Digest(readFileSync(join(dest, 'manifest.json')))).toBe(child.digest);
    }
  });

  test('writes a job summary table', () => {
    expect(result.summary).toContain('<table>');
    expect(result.summary).toContain('copied');
  });
});

describe('a re-run with nothing to do', () => {
  test('skips every image and reads no blob, nor the child manifests of an index', async () => {
    const target = await startRegistry();
    const proxy: FaultProxy = await startFaultProxy(source.url, []);
    const blobReads = () => proxy.log.filter((r) => r.url.includes('/blobs/'));
    try {
      const list = listFile('rerun.list', ['release/app-admin:v0.4.0', 'library/nginx:1.25', 'release/cyclone-server:v0.9.3']);
      const inputs = { 'images-file': list, 'source-registry': proxy.host, 'target-registry': target.host };
      const first = await runWithInputs(run, inputs);
      expect(first.outputs.copied).toBe('3');
      expect(blobReads().length).toBeGreaterThan(0); // the first run did read blobs through the proxy
      proxy.log.length = 0;
      const second = await runWithInputs(run, inputs);
      expect(second.exitCode).toBe(0);
      expect(second.outputs).toMatchObject({ total: '3', copied: '0', skipped: '3', bytes: '0' });
      expect(blobReads()).toEqual([]);
      // One manifest read per image: the root, whose digest the target already holds.
      expect(proxy.log.filter((r) => r.url.includes('/manifests/')).map((r) => `${r.method} ${r.url}`)).toEqual(
        expect.arrayContaining(['GET /v2/release/app-admin/manifests/v0.4.0', 'GET /v2/library/nginx/manifests/1.25', 'GET /v2/release/cyclone-server/manifests/v0.9.3']),
      );
      expect(proxy.log.filter((r) => r.url.includes('/manifests/'))).toHaveLength(3);
      const report = JSON.parse(second.outputs['report-json']) as { platforms: string[] }[];
      expect(report[1].platforms).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
    } finally {
      await proxy.stop();
      await target.stop();
    }
  });
});

describe('an image missing from the source', () => {
  test('lands in miss_image.txt, the others are copied, and the step fails', async () => {
    const target = await startRegistry();
    try {
      const dir = mkdtempSync(join(work, 'missing-'));
      const list = join(dir, 'images.list');
      writeFileSync(list, 'release/app-admin:v0.4.0\nrelease/not-there:v1\nlibrary/nginx:9.9\n');
      const result = await runWithInputs(run, { 'images-file': list, 'source-registry': source.host, 'target-registry': target.host });
      expect(result.exitCode).toBe(1);
      expect(result.outputs).toMatchObject({ total: '3', copied: '1', missing: '2', failed: '0' });
      expect(readFileSync(join(dir, 'miss_image.txt'), 'utf8')).toBe(
        `${source.host}/release/not-there:v1\n${source.host}/library/nginx:9.9\n`,
      );
      expect(existsSync(join(dir, 'miss_push_image.txt'))).toBe(false);
      expect(result.errors.join('\n')).toMatch(/2 image\(s\) could not be read from the source \(see .*miss_image\.txt\)/);
      expect(sha256Digest(await skopeoRawManifest(`${target.host}/release/app-admin:v0.4.0`))).toBe(images.single.digest);

      // fail-on-missing: false still reports, but succeeds; a clean run removes stale reports.
      const tolerant = await runWithInputs(run, {
        'images-file': list,
        'source-registry': source.host,
        'target-registry': target.host,
        'fail-on-missing': 'false',
      });
      expect(tolerant.exitCode).toBe(0);
      expect(tolerant.outputs.missing).toBe('2');
      writeFileSync(list, 'release/app-admin:v0.4.0\n');
      const clean = await runWithInputs(run, { 'images-file': list, 'source-registry': source.host, 'target-registry': target.host });
      expect(clean.exitCode).toBe(0);
      expect(existsSync(join(dir, 'miss_image.txt'))).toBe(false);
    } finally {
      await target.stop();
    }
  });
});

describe('mapping and selection', () => {
  test('source-project-map renames the first segment on the source side only; a target prefix is kept', async () => {
    const target = await startRegistry();
    try {
      const client = testClient(source.host);
      const renamed = await seedImage(client, { repository: 'devops_release/workflow-controller', tag: 'v0.9.3', format: 'docker' });
      const list = listFile('mapped.list', ['release/workflow-controller:v0.9.3']);
      const result = await runWithInputs(run, {
        'images-file': list,
        'source-registry': source.host,
        'target-registry': `${target.host}/mirror`,
        'source-project-map': 'release=devops_release',
      });
      expect(result.outputs.copied).toBe('1');
      expect(sha256Digest(await skopeoRawManifest(`${target.host}/mirror/release/workflow-controller:v0.9.3`))).toBe(renamed.digest);
    } finally {
      await target.stop();
    }
  });

  test('platforms keeps only the listed platforms in a new index', async () => {
    const target = await startRegistry();
    try {
      const list = listFile('platforms.list', ['library/nginx:1.25']);
      const result = await runWithInputs(run, {
        'images-file': list,
        'source-registry': source.host,
        'target-registry': target.host,
        platforms: 'linux/arm64',
      });
      expect(result.outputs.copied).toBe('1');
      const raw = JSON.parse(await skopeoRawManifest(`${target.host}/library/nginx:1.25`)) as { manifests: { digest: string }[] };
      const arm64 = images.list.children.find((c) => c.platform === 'linux/arm64');
      expect(raw.manifests.map((m) => m.digest)).toEqual([arm64?.digest]);
    } finally {
      await target.stop();
    }
  });

  test('shards split the list between jobs: every image exactly once', async () => {
    const target = await startRegistry();
    try {
      const list = listFile('shards.list', ['release/app-admin:v0.4.0', 'release/app-web:v1.2.0', 'library/nginx:1.25', 'release/cyclone-server:v0.9.3']);
      const seen: string[] = [];
      for (const shard of ['1/3', '2/3', '3/3']) {
        const result = await runWithInputs(run, { 'images-file': list, 'source-registry': source.host, 'target-registry': target.host, shard });
        expect(result.exitCode).toBe(0);
        for (const r of JSON.parse(result.outputs['report-json']) as { source: string }[]) seen.push(r.source);
      }
      expect(seen.sort()).toEqual(
        ['release/app-admin:v0.4.0', 'release/app-web:v1.2.0', 'library/nginx:1.25', 'release/cyclone-server:v0.9.3'].map((r) => `${source.host}/${r}`).sort(),
      );
    } finally {
      await target.stop();
    }
  });
});

describe('bad input gives one clear message and a non-zero exit', () => {
  const target = '127.0.0.1:9';
  test('a malformed list line names the file and line', async () => {
    const list = listFile('bad.list', ['release/app-admin:v0.4.0', '', 'release/App Admin:v1']);
    const result = await runWithInputs(run, { 'images-file': list, 'source-registry': source.host, 'target-registry': target });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/bad\.list:3: invalid image reference 'release\/App Admin:v1'/);
  });

  test('a reference without tag or digest names the file and line', async () => {
    const list = listFile('notag.list', ['release/app-admin']);
    const result = await runWithInputs(run, { 'images-file': list, 'source-registry': source.host, 'target-registry': target });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/notag\.list:1: .*no tag or digest/);
  });

  test('an unknown input value names the input', async () => {
    const list = listFile('ok.list', ['release/app-admin:v0.4.0']);
    for (const [input, value, message] of [
      ['fail-on-missing', 'maybe', /Input 'fail-on-missing' must be 'true' or 'false'/],
      ['concurrency', 'lots', /Input 'concurrency' must be a whole number/],
      ['shard', '4/3', /Input 'shard' must be 'i\/n'/],
      ['platforms', 'amd64', /Input 'platforms': 'amd64' is not a platform/],
      ['target-registry', 'http://Bad Host', /Input 'target-registry' must be a registry host/],
    ] as const) {
      const result = await runWithInputs(run, {
        'images-file': list,
        'source-registry': source.host,
        'target-registry': target,
        [input]: value,
      });
      expect(result.exitCode, input).toBe(1);
      expect(result.errors[0], input).toMatch(message);
    }
  });

  test('a missing list file and a missing required input are named', async () => {
    const missing = await runWithInputs(run, { 'images-file': join(work, 'nope.list'), 'target-registry': target });
    expect(missing.errors[0]).toMatch(/Cannot read image list .*nope\.list: no such file/);
    const noTarget = await runWithInputs(run, { 'images-file': listFile('x.list', ['a/b:1']) });
    expect(noTarget.errors[0]).toBe("Input 'target-registry' is required and was not supplied.");
  });

  test('an unreachable registry is named', async () => {
    const list = listFile('unreachable.list', ['release/app-admin:v0.4.0']);
    const result = await runWithInputs(
      run,
      { 'images-file': list, 'source-registry': source.host, 'target-registry': target, retries: '2' },
      { PREL_RETRY_BASE_MS: '1' },
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/Cannot reach registry 127\.0\.0\.1:9 \(input 'target-registry'\): .*ECONNREFUSED/);
  });
});
