// pack-registry: the archive a stock registry serves after unpacking, the OCI layout skopeo and umoci
// read, determinism, outputs, and failures that leave nothing behind.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../actions/pack-registry/src/main.js';
import { sha256Digest } from '../shared/image/digest.js';
import { startRegistry, type TestRegistry } from './helpers/registry.js';
import { runWithInputs } from './helpers/run-action.js';
import { makeLayer, seedImage, testClient, type SeededImage } from './helpers/seed-images.js';
import { skopeo, skopeoPull, skopeoRawManifest } from './helpers/skopeo.js';

const exec = promisify(execFile);
let source: TestRegistry;
let work: string;
let list: string;
const images: { ref: string; repository: string; image: SeededImage }[] = [];

function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

async function unpack(archive: string): Promise<string> {
  const dir = mkdtempSync(join(work, 'unpacked-'));
  await exec('tar', ['-xf', archive, '-C', dir]);
  return dir;
}

beforeAll(async () => {
  source = await startRegistry();
  work = mkdtempSync(join(tmpdir(), 'prel-pack-'));
  const client = testClient(source.host);
  const base = [makeLayer('pack-base', 400_000), makeLayer('pack-runtime', 1_500_000)];
  const add = async (ref: string, spec: Parameters<typeof seedImage>[1]) => images.push({ ref, repository: spec.repository, image: await seedImage(client, spec) });
  await add('release/app-admin:v0.4.0', { repository: 'release/app-admin', tag: 'v0.4.0', format: 'docker', baseLayers: base });
  await add('release/templates:v1.3.1', { repository: 'release/templates', tag: 'v1.3.1', format: 'oci', baseLayers: base });
  await add('library/nginx:1.25', { repository: 'library/nginx', tag: '1.25', format: 'docker-list', platforms: ['linux/amd64', 'linux/arm64', 'linux/arm/v7'], baseLayers: base.slice(0, 1) });
  await add('release/cyclone-server:v0.9.3', { repository: 'release/cyclone-server', tag: 'v0.9.3', format: 'oci-index', baseLayers: base });
  // An absolute reference: packed under its repository path, without the host.
  const absolute = await seedImage(client, { repository: 'library/alpine', tag: '3.7', format: 'docker' });
  images.push({ ref: `${source.host}/library/alpine:3.7`, repository: 'library/alpine', image: absolute });
  list = join(work, 'images_platform.list');
  writeFileSync(list, `# platform images\n${images.map((i) => i.ref).join('\n')}\n`);
});
afterAll(async () => {
  await source?.stop();
});

function configAndLayerDigests(): Set<string> {
  return new Set(images.flatMap(({ image }) => image.blobs.map((b) => b.digest)));
}

describe('the distribution archive', () => {
  let archive: string;
  let result: Awaited<ReturnType<typeof runWithInputs>>;
  let served: TestRegistry;

  beforeAll(async () => {
    archive = join(work, 'out', 'pangolin-deploy-images.tar.gz');
    result = await runWithInputs(run, { 'images-file': list, 'source-registry': source.host, output: archive });
    const root = await unpack(archive);
    served = await startRegistry({ storageDir: root, readOnly: true });
  });
  afterAll(() => served?.stop());

  test('outputs describe the archive', () => {
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.sha256).toBe(fileSha256(archive));
    expect(Number(result.outputs.size)).toBe(statSync(archive).size);
    expect(result.outputs.images).toBe(String(images.length));
    expect(result.outputs.blobs).toBe(String(configAndLayerDigests().size));
    expect(result.summary).toContain(result.outputs.sha256);
  });

  test('a stock registry serving the unpacked folder answers every image digest-exact', async () => {
    for (const { repository, image } of images) {
      const raw = await skopeoRawManifest(`${served.host}/${repository}:${image.tag}`);
      expect(sha256Digest(raw), repository).toBe(image.digest);
    }
  });

  test('every platform of each multi-arch image can be pulled', async () => {
    for (const { repository, image } of images) {
      const platforms = image.children.length ? image.children.map((c) => c.platform) : [undefined];
      for (const platform of platforms) {
        const dest = mkdtempSync(join(work, 'pull-'));
        await skopeoPull(`${served.host}/${repository}:${image.tag}`, dest, platform);
        const expected = image.children.find((c) => c.platform === platform)?.digest ?? image.digest;
        expect(sha256Digest(readFileSync(join(dest, 'manifest.json'))), `${repository} ${platform}`).toBe(expected);
      }
    }
  });

  test('every config and layer blob is served with its digest', async () => {
    for (const { repository, image } of images) {
      for (const blob of image.blobs) {
        const res = await fetch(`${served.url}/v2/${repository}/blobs/${blob.digest}`);
        expect(res.status, `${repository}@${blob.digest}`).toBe(200);
        expect(sha256Digest(Buffer.from(await res.arrayBuffer()))).toBe(blob.digest);
      }
    }
  });

  test('the catalog lists every repository', async () => {
    const catalog = (await (await fetch(`${served.url}/v2/_catalog`)).json()) as { repositories: string[] };
    expect(catalog.repositories.sort()).toEqual(images.map((i) => i.repository).sort());
  });

  test('links are 71 bytes without a newline, and each blob is stored once', async () => {
    const root = await unpack(archive);
    const link = join(root, 'docker/registry/v2/repositories/release/app-admin/_manifests/tags/v0.4.0/current/link');
    expect(readFileSync(link, 'utf8')).toBe(images[0].image.digest);
    expect(statSync(link).size).toBe(71);
    const blobDirs = readdirSync(join(root, 'docker/registry/v2/blobs/sha256')).flatMap((xx) => readdirSync(join(root, 'docker/registry/v2/blobs/sha256', xx)));
    expect(new Set(blobDirs).size).toBe(blobDirs.length);
    const manifests = images.flatMap(({ image }) => [image.digest, ...image.children.map((c) => c.digest)]);
    expect(blobDirs.length).toBe(new Set([...configAndLayerDigests(), ...manifests]).size);
  });

  test('entries are sorted with fixed owner and mtime', async () => {
    const { stdout } = await exec('tar', ['--numeric-owner', '-tvzf', archive], { maxBuffer: 64 << 20 });
    const lines = stdout.trim().split('\n');
    const names = lines.map((l) => l.split(/\s+/).slice(5).join(' '));
    expect(names).toEqual([...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    expect(names[0]).toBe('docker/');
    for (const line of lines) expect(line).toMatch(/^[d-]rw[-x]r-[-x]r-[-x] 0\/0 .* 1970-01-01 00:00 /);
  });
});

describe('determinism', () => {
  test('packing the same images twice gives byte-identical archives', async () => {
    const first = join(work, 'twice', 'a.tar.gz');
    const second = join(work, 'twice', 'b.tar.gz');
    const one = await runWithInputs(run, { 'images-file': list, 'source-registry': source.host, output: first });
    const two = await runWithInputs(run, { 'images-file': list, 'source-registry': source.host, output: second, concurrency: '2' });
    expect(one.outputs.sha256).toBe(two.outputs.sha256);
    expect(fileSha256(first)).toBe(fileSha256(second));
  });

  test('compression none writes a plain tar with the same content', async () => {
    const plain = join(work, 'plain', 'images.tar');
    const result = await runWithInputs(run, { 'images-file': list, 'source-registry': source.host, output: plain, compression: 'none' });
    expect(result.exitCode).toBe(0);
    expect(readFileSync(plain).subarray(257, 262).toString()).toBe('ustar');
  });
});

describe('the OCI layout archive', () => {
  let layout: string;
  beforeAll(async () => {
    const archive = join(work, 'oci', 'images-oci.tar');
    const result = await runWithInputs(run, { 'images-file': list, 'source-registry': source.host, output: archive, format: 'oci', compression: 'none' });
    expect(result.errors).toEqual([]);
    layout = await unpack(archive);
  });

  function layoutIndex(): { mediaType: string; digest: string; annotations: Record<string, string> }[] {
    return (JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8')) as { manifests: ReturnType<typeof layoutIndex> }).manifests;
  }

  test('index.json names every image, and each multi-arch platform', () => {
    const names = layoutIndex().map((m) => m.annotations['org.opencontainers.image.ref.name']);
    const expected = images.flatMap(({ repository, image }) => [
      `${repository}:${image.tag}`,
      ...image.children.map((c) => `${repository}:${image.tag}@${c.platform}`),
    ]);
    expect(names).toEqual(expected);
    expect(layoutIndex().every((m) => m.mediaType.startsWith('application/vnd.oci.'))).toBe(true);
  });

  test('skopeo copies every image out; OCI images keep their digest, Docker ones keep their layers', async () => {
    for (const { repository, image } of images) {
      const ref = `oci:${layout}:${repository}:${image.tag}`;
      const raw = await skopeo(['inspect', '--raw', ref]);
      const listed = layoutIndex().find((m) => m.annotations['org.opencontainers.image.ref.name'] === `${repository}:${image.tag}`);
      expect(sha256Digest(raw)).toBe(listed?.digest);
      if (image.mediaType.includes('.oci.')) expect(listed?.digest).toBe(image.digest);
      const dest = mkdtempSync(join(work, 'oci-copy-'));
      await skopeo(['copy', ref, `dir:${dest}`]);
      const copied = readdirSync(dest).filter((f) => /^[0-9a-f]{64}$/.test(f)).map((f) => `sha256:${f}`);
      const sourceBlobs = new Set(image.blobs.map((b) => b.digest));
      for (const digest of copied) expect(sourceBlobs.has(digest), digest).toBe(true);
    }
  });

  test('umoci reads every image (each platform of a multi-arch one)', async () => {
    for (const { repository, image } of images) {
      const names = image.children.length ? image.children.map((c) => `${repository}:${image.tag}@${c.platform}`) : [`${repository}:${image.tag}`];
      for (const name of names) {
        const { stdout } = await exec('umoci', ['stat', '--image', `${layout}:${name}`]);
        expect(stdout, name).toContain('LAYER');
      }
    }
  });
});

describe('failures leave nothing that looks complete', () => {
  test('a missing image is reported in miss_image.txt, the step fails and no archive is written', async () => {
    const dir = mkdtempSync(join(work, 'missing-'));
    const bad = join(dir, 'images.list');
    writeFileSync(bad, 'release/app-admin:v0.4.0\nrelease/not-there:v1\n');
    const output = join(dir, 'out.tar.gz');
    const result = await runWithInputs(run, { 'images-file': bad, 'source-registry': source.host, output });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/1 image\(s\) could not be read from the source: \S+\/release\/not-there:v1 \(see .*miss_image\.txt\); no archive was written/);
    expect(readFileSync(join(dir, 'miss_image.txt'), 'utf8')).toBe(`${source.host}/release/not-there:v1\n`);
    expect(readdirSync(dir).sort()).toEqual(['images.list', 'miss_image.txt']);
  });

  test('an unreachable registry, a bad format and two lines on one tag are named', async () => {
    const dir = mkdtempSync(join(work, 'bad-'));
    const output = join(dir, 'out.tar.gz');
    const unreachable = await runWithInputs(run, { 'images-file': list, 'source-registry': '127.0.0.1:9', output, retries: '1' });
    expect(unreachable.errors[0]).toMatch(/Cannot reach registry 127\.0\.0\.1:9 \(input 'source-registry'\)/);
    const format = await runWithInputs(run, { 'images-file': list, 'source-registry': source.host, output, format: 'zip' });
    expect(format.errors[0]).toBe("Input 'format' must be one of distribution, oci; got 'zip'.");
    const twice = join(dir, 'twice.list');
    writeFileSync(twice, `library/alpine:3.7\n${source.host}/library/alpine:3.7\n`);
    const clash = await runWithInputs(run, { 'images-file': twice, 'source-registry': source.host, output });
    expect(clash.errors[0]).toMatch(/twice\.list:2: .* lands on library\/alpine:3\.7, as .*twice\.list:1/);
    expect(existsSync(output)).toBe(false);
  });
});
