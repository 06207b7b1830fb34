// sync-images through a fault-injecting proxy on both sides, and against a source that serves corrupt bytes.
import { mkdtempSync, openSync, readFileSync, readSync, writeSync, closeSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../actions/sync-images/src/main.js';
import { digestHex, sha256Digest } from '../shared/image/digest.js';
import { startFaultProxy, type FaultProxy, type FaultRule } from './helpers/fault-proxy.js';
import { startRegistry, type TestRegistry } from './helpers/registry.js';
import { runWithInputs } from './helpers/run-action.js';
import { makeLayer, seedImage, testClient, type SeededImage } from './helpers/seed-images.js';
import { skopeoRawManifest } from './helpers/skopeo.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'prel-faults-'));
});

describe('through 500s, 429s with Retry-After, resets and bodies cut mid-way on both sides', () => {
  let source: TestRegistry;
  let target: TestRegistry;
  let sourceProxy: FaultProxy;
  let targetProxy: FaultProxy;
  const seeded: SeededImage[] = [];

  beforeAll(async () => {
    source = await startRegistry();
    target = await startRegistry();
    const client = testClient(source.host);
    const base = [makeLayer('faults-base', 2_000_000)];
    seeded.push(await seedImage(client, { repository: 'release/a', tag: 'v1', format: 'docker', baseLayers: base, layerSize: 300_000 }));
    seeded.push(await seedImage(client, { repository: 'release/b', tag: 'v2', format: 'oci-index', baseLayers: base }));
    seeded.push(await seedImage(client, { repository: 'library/c', tag: '3', format: 'docker-list', layerSize: 20_000_000 }));
    const blobGet = (req: { method: string; url: string }) => req.method === 'GET' && req.url.includes('/blobs/sha256:');
    const manifestGet = (req: { method: string; url: string }) => req.method === 'GET' && req.url.includes('/manifests/');
    sourceProxy = await startFaultProxy(source.url, [
      { name: 'manifest-500', kind: 'status500', times: 2, match: manifestGet },
      { name: 'manifest-429', kind: 'status429', retryAfter: '1', times: 1, match: manifestGet },
      { name: 'blob-cut', kind: 'cutBody', times: 3, every: 2, match: blobGet },
      { name: 'blob-reset', kind: 'reset', times: 1, match: blobGet },
      { name: 'blob-503', kind: 'status503', times: 1, match: blobGet },
    ]);
    const upload = (req: { method: string; url: string }) => (req.method === 'PUT' || req.method === 'PATCH') && req.url.includes('/blobs/uploads/');
    targetProxy = await startFaultProxy(target.url, [
      { name: 'upload-503', kind: 'status503', times: 2, match: upload },
      { name: 'start-429', kind: 'status429', retryAfter: new Date(Date.now() + 1000).toUTCString(), times: 1, match: (r) => r.method === 'POST' },
      { name: 'manifest-put-500', kind: 'status500', times: 1, match: (r) => r.method === 'PUT' && r.url.includes('/manifests/') },
      // The target is empty: its catalog (retried after the reset) spares the tag and blob HEADs.
      { name: 'catalog-reset', kind: 'reset', times: 1, match: (r) => r.url.startsWith('/v2/_catalog') },
    ]);
  });
  afterAll(async () => {
    await sourceProxy?.stop();
    await targetProxy?.stop();
    await source?.stop();
    await target?.stop();
  });

  test('every image still arrives digest-exact', async () => {
    const list = join(mkdtempSync(join(work, 'list-')), 'images.list');
    writeFileSync(list, 'release/a:v1\nrelease/b:v2\nlibrary/c:3\n');
    const result = await runWithInputs(run, {
      'images-file': list,
      'source-registry': sourceProxy.host,
      'target-registry': targetProxy.host,
      concurrency: '4',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ total: '3', copied: '3', missing: '0', failed: '0' });
    for (const [ref, image] of [['release/a:v1', seeded[0]], ['release/b:v2', seeded[1]], ['library/c:3', seeded[2]]] as const) {
      expect(sha256Digest(await skopeoRawManifest(`${target.host}/${ref}`)), ref).toBe(image.digest);
    }
    // Every fault really happened, so the retries above were exercised.
    expect(sourceProxy.fired).toMatchObject({ 'manifest-500': 2, 'manifest-429': 1, 'blob-cut': 3, 'blob-reset': 1, 'blob-503': 1 });
    expect(targetProxy.fired).toMatchObject({ 'upload-503': 2, 'start-429': 1, 'manifest-put-500': 1, 'catalog-reset': 1 });
    expect(result.log).toContain('3 of 3 target repositories are new');
    expect(result.log).toMatch(/retry 1 in/);
  });
});

describe('a write the target did, whose answer was lost', () => {
  let source: TestRegistry;
  let seededImage: SeededImage;
  beforeAll(async () => {
    source = await startRegistry();
    // A layer above the single-PUT limit goes up as PATCH then an empty PUT that closes the session.
    seededImage = await seedImage(testClient(source.host), { repository: 'release/lost', tag: 'v1', format: 'docker', layerSize: 17_000_000 });
  });
  afterAll(() => source?.stop());

  // The empty PUT after the big layer's PATCH (blobs are pushed as they come: the layer is the largest).
  const bigLayer = () => [...seededImage.blobs].sort((a, b) => b.size - a.size)[0].digest;
  const closingPut = (r: { method: string; url: string }) => r.method === 'PUT' && r.url.includes(`digest=${encodeURIComponent(bigLayer())}`);
  test.each([
    ['the PUT that closes a PATCH upload (the session is gone when it is sent again)', closingPut],
    ['a single-PUT upload', (r: { method: string; url: string }) => r.method === 'PUT' && r.url.includes('/blobs/uploads/') && !closingPut(r)],
    ['a PATCH of an upload', (r: { method: string; url: string }) => r.method === 'PATCH'],
    ['the POST that opens an upload', (r: { method: string; url: string }) => r.method === 'POST'],
    ['a manifest PUT', (r: { method: string; url: string }) => r.method === 'PUT' && r.url.includes('/manifests/')],
  ])('%s: the image still arrives digest-exact', async (_name, match) => {
    await expectArrival({ name: 'lost', kind: 'lostAnswer', times: 1, match });
  });

  test('an upload session that expired before its closing PUT: the blob goes again in a new one', async () => {
    await expectArrival({ name: 'lost', kind: 'uploadUnknown', times: 1, match: closingPut });
  });

  async function expectArrival(rule: FaultRule): Promise<void> {
    const target = await startRegistry();
    const proxy = await startFaultProxy(target.url, [rule]);
    try {
      const list = join(mkdtempSync(join(work, 'list-')), 'images.list');
      writeFileSync(list, 'release/lost:v1\n');
      const result = await runWithInputs(run, { 'images-file': list, 'source-registry': source.host, 'target-registry': proxy.host });
      expect(proxy.fired.lost).toBe(1);
      expect(result.errors).toEqual([]);
      expect(result.outputs).toMatchObject({ copied: '1', failed: '0' });
      expect(sha256Digest(await skopeoRawManifest(`${target.host}/release/lost:v1`))).toBe(seededImage.digest);
    } finally {
      await proxy.stop();
      await target.stop();
    }
  }
});

describe('a corrupted blob', () => {
  test('is detected, reported, and never pushed', async () => {
    const source = await startRegistry();
    const target = await startRegistry();
    try {
      const client = testClient(source.host);
      const image = await seedImage(client, { repository: 'release/broken', tag: 'v1', format: 'docker', layerSize: 50_000 });
      await seedImage(client, { repository: 'release/fine', tag: 'v1', format: 'docker' });
      // Flip bytes inside the layer's stored data: same size, different content. The registry serves it as is.
      const layer = image.blobs[image.blobs.length - 1];
      const hex = digestHex(layer.digest);
      const file = join(source.storageDir, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data');
      const fd = openSync(file, 'r+');
      const byte = Buffer.alloc(1);
      readSync(fd, byte, 0, 1, 1000);
      writeSync(fd, Buffer.from([byte[0] ^ 0xff]), 0, 1, 1000);
      closeSync(fd);

      const dir = mkdtempSync(join(work, 'corrupt-'));
      const list = join(dir, 'images.list');
      writeFileSync(list, 'release/broken:v1\nrelease/fine:v1\n');
      const result = await runWithInputs(run, { 'images-file': list, 'source-registry': source.host, 'target-registry': target.host });
      expect(result.exitCode).toBe(1);
      expect(result.outputs).toMatchObject({ copied: '1', missing: '1' });
      const report = JSON.parse(result.outputs['report-json']) as { status: string; error?: string }[];
      expect(report[0].error).toContain(`does not match its digest ${layer.digest}`);
      expect(readFileSync(join(dir, 'miss_image.txt'), 'utf8')).toBe(`${source.host}/release/broken:v1\n`);
      expect(existsSync(join(dir, 'miss_push_image.txt'))).toBe(false);
      // Neither the bad blob nor the manifest that needs it reached the target.
      const blob = await fetch(`${target.url}/v2/release/broken/blobs/${layer.digest}`, { method: 'HEAD' });
      expect(blob.status).toBe(404);
      const manifest = await fetch(`${target.url}/v2/release/broken/manifests/v1`, { method: 'HEAD' });
      expect(manifest.status).toBe(404);
    } finally {
      await source.stop();
      await target.stop();
    }
  });
});
