// The transfer engine under the failures that used to hang it or blame the wrong image: a shared blob
// whose first uploader fails, manifest bodies cut mid-way, uploads refused after the source opened, a
// blob failing while its siblings still stream, and a full local disk.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run as pack } from '../actions/pack-registry/src/main.js';
import { run as sync } from '../actions/sync-images/src/main.js';
import { digestHex, sha256Digest } from '../shared/image/digest.js';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.js';
import { startRegistry, type TestRegistry } from './helpers/registry.js';
import { runWithInputs } from './helpers/run-action.js';
import { makeLayer, seedImage, testClient, type SeededImage } from './helpers/seed-images.js';
import { skopeoRawManifest } from './helpers/skopeo.js';

let work: string;
let source: TestRegistry;
/** Four images in four repositories sharing one base layer, and 40 small images with a layer each. */
const shared: SeededImage[] = [];
const many: SeededImage[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'prel-engine-'));
  source = await startRegistry();
  const client = testClient(source.host);
  const base = [makeLayer('engine-shared-base', 600_000)];
  for (const name of ['a', 'b', 'c', 'd']) {
    shared.push(await seedImage(client, { repository: `release/shared-${name}`, tag: 'v1', format: 'docker', baseLayers: base, layerSize: 2_000 }));
  }
  for (let i = 0; i < 40; i++) {
    // Layers larger than a socket's buffers: a source body nobody reads keeps its connection busy.
    many.push(await seedImage(client, { repository: `release/many-${i}`, tag: 'v1', format: 'docker', layerSize: 1_500_000 + i }));
  }
});
afterAll(async () => {
  await source?.stop();
});

function listOf(images: SeededImage[]): string {
  const dir = mkdtempSync(join(work, 'list-'));
  const file = join(dir, 'images.list');
  writeFileSync(file, images.map((i) => `${i.repository}:${i.tag}`).join('\n') + '\n');
  return file;
}

/** Fails the test instead of hanging it: a run that never settles is the bug these tests look for. */
async function within<T>(seconds: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still running after ${seconds}s`)), seconds * 1000);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

async function expectDigestExact(host: string, images: SeededImage[]): Promise<void> {
  for (const image of images) {
    expect(sha256Digest(await skopeoRawManifest(`${host}/${image.repository}:${image.tag}`)), image.repository).toBe(image.digest);
  }
}

const isBlobPut = (r: { method: string; url: string }) => (r.method === 'PUT' || r.method === 'PATCH') && r.url.includes('/blobs/uploads/');

describe('a blob shared by several images whose first uploader fails', () => {
  let target: TestRegistry;
  let proxy: FaultProxy;
  beforeAll(async () => {
    target = await startRegistry();
  });
  afterAll(async () => {
    await proxy?.stop();
    await target?.stop();
  });

  test('the others upload it themselves and only the image whose push was refused fails', async () => {
    // The shared base layer's first upload is refused while the three other images wait for it.
    const baseDigest = shared[0].blobs[1].digest;
    const isBasePut = (r: { method: string; url: string }) => isBlobPut(r) && decodeURIComponent(r.url).includes(`digest=${baseDigest}`);
    proxy = await startFaultProxy(target.url, [{ name: 'first-refused', kind: 'status403', times: 1, match: isBasePut }]);
    const result = await within(30, runWithInputs(sync, { 'images-file': listOf(shared), 'source-registry': source.host, 'target-registry': proxy.host }));
    expect(proxy.fired['first-refused']).toBe(1);
    expect(result.outputs).toMatchObject({ total: '4', copied: '3', failed: '1', missing: '0' });
    const report = JSON.parse(result.outputs['report-json']) as { status: string; target: string }[];
    const copied = shared.filter((_, i) => report[i].status === 'copied');
    await expectDigestExact(target.host, copied);
  });
});

describe('a shared blob whose transfers fail twice in a row', () => {
  test.each([['sync-images'], ['pack-registry']])('%s: the images that waited for it still get it with their own tries', async (action) => {
    // The first transfer and the one a waiting image starts itself both stall: the other waiting images
    // joined that second one, and must spend their own tries rather than fail with it.
    const baseDigest = shared[0].blobs[1].digest;
    const proxy = await startFaultProxy(source.url, [{ name: 'base-cut', kind: 'stallBody', stallMs: 30_000, times: 2, match: (r) => r.method === 'GET' && r.url.includes(baseDigest) }]);
    const target = action === 'sync-images' ? await startRegistry() : undefined;
    try {
      const list = listOf(shared);
      const result =
        action === 'sync-images'
          ? await within(30, runWithInputs(sync, { 'images-file': list, 'source-registry': proxy.host, 'target-registry': target!.host }, { PREL_STALL_TIMEOUT: '1' }))
          : await within(30, runWithInputs(pack, { 'images-file': list, 'source-registry': proxy.host, output: join(list, '..', 'out.tar.gz') }, { RUNNER_TEMP: mkdtempSync(join(work, 'rt-')), PREL_STALL_TIMEOUT: '1' }));
      expect(proxy.fired['base-cut']).toBe(2);
      expect(result.errors).toEqual([]);
      expect(result.exitCode).toBe(0);
    } finally {
      await proxy.stop();
      await target?.stop();
    }
  });
});

describe('a target that refuses every push', () => {
  test('fails in seconds, once per image, with one clear line', async () => {
    const target = await startRegistry();
    const proxy = await startFaultProxy(target.url, [{ kind: 'status403', times: Infinity, match: (r) => r.method === 'POST' || r.method === 'PUT' }]);
    try {
      const started = Date.now();
      const result = await within(30, runWithInputs(sync, { 'images-file': listOf(shared), 'source-registry': source.host, 'target-registry': proxy.host }));
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(result.exitCode).toBe(1);
      expect(result.outputs).toMatchObject({ total: '4', copied: '0', failed: '4' });
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(/^4 image\(s\) could not be written to the target \(see .*miss_push_image\.txt\); first: .*: (POST|PUT) answered 403 DENIED/);
    } finally {
      await proxy.stop();
      await target.stop();
    }
  });
});

describe('a manifest body cut mid-way', () => {
  test('is read again; the image is not reported missing', async () => {
    const target = await startRegistry();
    const proxy = await startFaultProxy(source.url, [
      { name: 'manifest-cut', kind: 'cutBody', times: 3, match: (r) => r.method === 'GET' && r.url.includes('/manifests/') },
    ]);
    try {
      const result = await within(30, runWithInputs(sync, { 'images-file': listOf(shared), 'source-registry': proxy.host, 'target-registry': target.host }));
      expect(proxy.fired['manifest-cut']).toBe(3);
      expect(result.errors).toEqual([]);
      expect(result.outputs).toMatchObject({ copied: '4', missing: '0' });
      await expectDigestExact(target.host, shared);
    } finally {
      await proxy.stop();
      await target.stop();
    }
  });
});

describe('uploads refused after the source stream opened, with more images than connections', () => {
  /** Fires `kind` on the first upload of every blob, so each blob's source body is open when it fails. */
  function onFirstUpload(kind: 'refuseEarly' | 'cutRequest' | 'reset' | 'status403', refused: Set<string>) {
    return {
      kind,
      times: Infinity,
      match: (r: { method: string; url: string }) => {
        if (!isBlobPut(r)) return false;
        const digest = /digest=([^&]+)/.exec(r.url)?.[1] ?? r.url;
        if (refused.has(digest)) return false;
        refused.add(digest);
        return true;
      },
    };
  }

  for (const kind of ['cutRequest', 'reset'] as const) {
    test(`${kind} on the first upload of every blob: all 40 images still arrive, in seconds`, async () => {
      // A leaked source connection per failure used to exhaust the pool and stall the run for good.
      const target = await startRegistry();
      const refused = new Set<string>();
      const proxy = await startFaultProxy(target.url, [onFirstUpload(kind, refused)]);
      try {
        const started = Date.now();
        const result = await within(60, runWithInputs(sync, { 'images-file': listOf(many), 'source-registry': source.host, 'target-registry': proxy.host }, { PREL_MAX_CONNECTIONS: '8' }));
        expect(result.errors).toEqual([]);
        expect(result.outputs).toMatchObject({ total: '40', copied: '40' });
        expect(refused.size).toBe(80);
        expect(Date.now() - started).toBeLessThan(30_000);
        await expectDigestExact(target.host, many.slice(0, 5));
      } finally {
        await proxy.stop();
        await target.stop();
      }
    });
  }

  for (const kind of ['refuseEarly', 'status403'] as const) {
    test(`${kind} on every upload: all 40 images fail in seconds, none hangs`, async () => {
      const target = await startRegistry();
      const proxy = await startFaultProxy(target.url, [{ kind, times: Infinity, match: isBlobPut }]);
      try {
        const started = Date.now();
        const result = await within(60, runWithInputs(sync, { 'images-file': listOf(many), 'source-registry': source.host, 'target-registry': proxy.host }, { PREL_MAX_CONNECTIONS: '8' }));
        expect(result.outputs).toMatchObject({ total: '40', copied: '0', failed: '40', missing: '0' });
        expect(result.errors).toHaveLength(1);
        expect(Date.now() - started).toBeLessThan(15_000);
      } finally {
        await proxy.stop();
        await target.stop();
      }
    });
  }
});

describe('pack-registry when one blob fails while its siblings still stream', () => {
  test('waits for every transfer, reports the image, and leaves no spool behind', async () => {
    const client = testClient(source.host);
    const image = await seedImage(client, { repository: 'release/half-gone', tag: 'v1', format: 'docker', baseLayers: [makeLayer('half-gone-big', 12_000_000)], layerSize: 500 });
    const gone = image.blobs[image.blobs.length - 1];
    const hex = digestHex(gone.digest);
    rmSync(join(source.storageDir, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex), { recursive: true, force: true });
    // The big layer stalls half-way for a while, so the missing blob fails while it still streams.
    const big = image.blobs[1];
    const proxy = await startFaultProxy(source.url, [{ kind: 'stallBody', times: 1, stallMs: 1500, match: (r) => r.method === 'GET' && r.url.includes(big.digest) }]);
    const runnerTemp = mkdtempSync(join(work, 'runner-temp-'));
    const list = listOf([image, ...shared]);
    const output = join(work, 'half-gone.tar.gz');
    const result = await within(30, runWithInputs(pack, { 'images-file': list, 'source-registry': proxy.host, output }, { RUNNER_TEMP: runnerTemp }));
    // Nothing of the run goes on after it returned: no request reaches the source any more.
    const requests = proxy.requests;
    await new Promise((r) => setTimeout(r, 2500));
    await proxy.stop();
    expect(proxy.requests).toBe(requests);
    expect(proxy.fired.stallBody).toBe(1);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/1 image\(s\) could not be read from the source/);
    expect(readFileSync(join(list, '..', 'miss_image.txt'), 'utf8')).toBe(`${proxy.host}/release/half-gone:v1\n`);
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(runnerTemp)).toEqual([]);
  });
});

describe('pack-registry on a full disk', () => {
  let mount: string | undefined;
  beforeAll(() => {
    mount = join(work, 'tiny');
    mkdirSync(mount);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', mount]);
    } catch {
      mount = undefined;
    }
  });
  afterAll(() => {
    if (mount) execFileSync('umount', ['-l', mount]);
  });

  test('says the local disk is full, naming the path, and blames no image', async (ctx) => {
    if (!mount) return ctx.skip();
    const list = listOf(shared);
    const result = await within(30, runWithInputs(pack, { 'images-file': list, 'source-registry': source.host, output: join(work, 'full.tar.gz') }, { RUNNER_TEMP: mount }));
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/no space left on device/);
    expect(result.errors[0]).toContain(mount);
    expect(result.errors[0]).not.toMatch(/could not be read from the source/);
    expect(existsSync(join(list, '..', 'miss_image.txt'))).toBe(false);
    expect(readdirSync(mount)).toEqual([]);
  });
});

