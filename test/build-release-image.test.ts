// build-release-image against a real registry: the pushed image is the base plus one layer, the saved
// tarball is read by skopeo, rebuilds are digest-identical, multi-platform bases give an index, and
// bad input fails with one clear line and nothing left behind.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../actions/build-release-image/src/main.js';
import { digestHex, sha256Digest } from '../shared/image/digest.js';
import { DOCKER_LAYER_GZIP, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, OCI_INDEX, OCI_LAYER_GZIP, OCI_MANIFEST } from '../shared/image/media-types.js';
import type { RegistryClient } from '../shared/registry/registry-client.js';
import { startFaultProxy } from './helpers/fault-proxy.js';
import { startRegistry, type TestRegistry } from './helpers/registry.js';
import { runActionProcess, runWithInputs, type ActionRun } from './helpers/run-action.js';
import { makeLayer, seedImage, testClient } from './helpers/seed-images.js';
import { skopeo, skopeoPull, skopeoRawManifest } from './helpers/skopeo.js';
import { readTar, type TarEntryRead } from '../shared/tar/tar-reader.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = 'devops_release/release';
const LABELS = { 'org.opencontainers.image.version': 'v2.7.4', team: 'release' };

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { os: string; architecture: string; variant?: string };
  annotations?: Record<string, string>;
}
interface ManifestJson {
  mediaType: string;
  config: Descriptor;
  layers: Descriptor[];
  manifests: Descriptor[];
  annotations?: Record<string, string>;
}
interface ConfigJson {
  architecture: string;
  created: string;
  config: { Labels?: Record<string, string>; Env?: string[]; WorkingDir?: string };
  rootfs: { diff_ids: string[] };
  history: { created: string; created_by: string }[];
}

let registry: TestRegistry;
let client: RegistryClient;
let work: string;
let context: string;

async function manifest(repository: string, reference: string): Promise<ManifestJson & { digest: string; mediaTypeServed: string }> {
  const got = await client.getManifest(repository, reference);
  return { ...(JSON.parse(got.bytes.toString('utf8')) as ManifestJson), digest: got.digest, mediaTypeServed: got.mediaType };
}

async function blob(repository: string, digest: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await client.openBlob(repository, digest)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function config(repository: string, image: ManifestJson): Promise<ConfigJson> {
  return JSON.parse((await blob(repository, image.config.digest)).toString('utf8')) as ConfigJson;
}

/** The release repository's context: charts, scripts, and things .dockerignore and `exclude` leave out. */
function makeContext(dir: string): string {
  const file = (path: string, text: string, mode?: number) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    if (mode !== undefined) chmodSync(join(dir, path), mode);
  };
  file('.dockerignore', '# what the release image does not need\nimages-lists\n*.tmp\ndocs\n!docs/keep.md\n');
  file('addons/cluster/cluster-admin.yaml', 'image: release/cluster-admin:v1.2.3\n');
  file('install.sh', '#!/bin/sh\necho install\n', 0o755);
  file('config.sample', 'PASSWORD=\n', 0o640);
  file('docs/keep.md', 'kept by an exception\n');
  file('docs/readme.md', 'left out\n');
  file('images-lists/images_platform.list', 'release/app:v1\n');
  file('scratch.tmp', 'left out\n');
  file('.git/HEAD', 'ref: refs/heads/main\n');
  file('release-hotfixes/x.patch', 'left out by the exclude input\n');
  mkdirSync(join(dir, 'addons/empty'), { mode: 0o750 });
  chmodSync(join(dir, 'addons/empty'), 0o750);
  symlinkSync('install.sh', join(dir, 'install-link'));
  symlinkSync('addons/cluster', join(dir, 'current'));
  return dir;
}

interface Build {
  result: ActionRun;
  savePath: string;
  /** RUNNER_TEMP of that run: must be empty afterwards. */
  runnerTemp: string;
  /** The folder the save-path is in. */
  outDir: string;
}

async function build(inputs: Record<string, string | undefined> = {}, env: Record<string, string | undefined> = {}): Promise<Build> {
  const outDir = mkdtempSync(join(work, 'out-'));
  const runnerTemp = mkdtempSync(join(work, 'runner-temp-'));
  const savePath = inputs['save-path'] ?? join(outDir, 'image', 'release.tar.gz');
  const result = await runWithInputs(
    run,
    {
      'base-image': `${registry.host}/caicloud/pangolin:v0.0.4`,
      image: `${registry.host}/${TARGET}`,
      'release-version': 'v2.7.4',
      context,
      exclude: '.git\nrelease-hotfixes',
      labels: Object.entries(LABELS)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n'),
      'save-path': savePath,
      ...inputs,
    },
    { RUNNER_TEMP: runnerTemp, ...env },
  );
  return { result, savePath, runnerTemp, outDir };
}

function entry(entries: TarEntryRead[], path: string): TarEntryRead {
  const found = entries.find((e) => e.path === path);
  if (!found) throw new Error(`no ${path} in the archive (it has ${entries.map((e) => e.path).join(', ')})`);
  return found;
}

let skopeoReadsGzip: boolean | undefined;
/**
 * The file to hand to `skopeo … docker-archive:`. Debian bookworm's skopeo 1.9.3 cannot read any gzip'd
 * docker-archive (GNU gzip's output fails the same way: a decompression bug of that release; newer skopeo,
 * as on GitHub's runners, reads them). Probed once: where it has the bug, skopeo reads the gunzip'd tar.
 */
function skopeoArchive(path: string): string {
  const bytes = readFileSync(path);
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return path;
  const plain = `${path}.plain.tar`;
  writeFileSync(plain, gunzipSync(bytes));
  if (skopeoReadsGzip === undefined) {
    const probe = `${plain}.gz`;
    execFileSync('sh', ['-c', `gzip -c '${plain}' > '${probe}'`]);
    try {
      execFileSync('skopeo', ['inspect', `docker-archive:${probe}`], { stdio: 'pipe' });
      skopeoReadsGzip = true;
    } catch {
      execFileSync('skopeo', ['inspect', `docker-archive:${plain}`], { stdio: 'pipe' });
      skopeoReadsGzip = false;
    }
  }
  return skopeoReadsGzip ? path : plain;
}

function allFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((p) => statSync(join(dir, p)).isFile());
}

beforeAll(async () => {
  registry = await startRegistry();
  client = testClient(registry.host);
  work = mkdtempSync(join(tmpdir(), 'prel-build-release-'));
  context = makeContext(join(work, 'context'));
  const os = makeLayer('pangolin-os', 200_000);
  await seedImage(client, { repository: 'caicloud/pangolin', tag: 'v0.0.4', format: 'docker', baseLayers: [os] });
  await seedImage(client, { repository: 'caicloud/pangolin', tag: 'v0.0.4-multi', format: 'docker-list', platforms: ['linux/amd64', 'linux/arm64'], baseLayers: [os] });
  // arm64 first: the tarball still takes linux/amd64.
  await seedImage(client, { repository: 'caicloud/pangolin-oci', tag: 'v1', format: 'oci-index', platforms: ['linux/arm64', 'linux/amd64'], baseLayers: [os] });
});

afterAll(async () => {
  await registry?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('pushes the base image plus one layer', () => {
  let built: Build;
  let pushed: Awaited<ReturnType<typeof manifest>>;
  let base: Awaited<ReturnType<typeof manifest>>;
  beforeAll(async () => {
    built = await build();
    pushed = await manifest(TARGET, 'v2.7.4');
    base = await manifest('caicloud/pangolin', 'v0.0.4');
  });

  test('succeeds, and its outputs name the pushed digest', async () => {
    expect(built.result.errors).toEqual([]);
    expect(built.result.exitCode).toBe(0);
    const { digest } = built.result.outputs;
    expect(digest).toBe(pushed.digest);
    expect(sha256Digest(await skopeoRawManifest(`${registry.host}/${TARGET}:v2.7.4`))).toBe(digest);
    expect(built.result.outputs['image-ref']).toBe(`${registry.host}/${TARGET}:v2.7.4@${digest}`);
    expect(resolve(root, built.result.outputs['save-path'])).toBe(built.savePath);
    expect(readdirSync(built.runnerTemp)).toEqual([]);
  });

  test('logs the push as "copied: <image>", not "copied: X → X"; the save names its tarball', () => {
    const copied = built.result.log.split('\n').filter((l) => l.startsWith('copied: '));
    const image = `${registry.host}/${TARGET}:v2.7.4`;
    expect(copied.some((l) => l.startsWith(`copied: ${image} (`))).toBe(true);
    expect(copied.some((l) => l.startsWith(`copied: ${image} → ${built.savePath} (`))).toBe(true);
    expect(copied.filter((l) => l.includes(`${image} → ${image}`))).toEqual([]);
  });

  test("the manifest is the base's, with the base layers kept and one layer added", () => {
    expect(pushed.mediaType).toBe(DOCKER_MANIFEST);
    expect(pushed.mediaType).toBe(base.mediaType);
    expect(pushed.layers).toHaveLength(base.layers.length + 1);
    expect(pushed.layers.slice(0, -1)).toEqual(base.layers);
    expect(pushed.layers.at(-1)?.mediaType).toBe(DOCKER_LAYER_GZIP);
    expect(pushed.config.mediaType).toBe(base.config.mediaType);
  });

  test('the config adds the diffID, a history entry, a fixed created time, the labels and the working folder', async () => {
    const cfg = await config(TARGET, pushed);
    const baseCfg = await config('caicloud/pangolin', base);
    const layer = await blob(TARGET, pushed.layers.at(-1)!.digest);
    expect(cfg.rootfs.diff_ids).toEqual([...baseCfg.rootfs.diff_ids, sha256Digest(gunzipSync(layer))]);
    expect(cfg.created).toBe('1970-01-01T00:00:00Z');
    expect(cfg.history).toEqual([...baseCfg.history, { created: '1970-01-01T00:00:00Z', created_by: `prel build-release-image: COPY ${context} /pangolin/` }]);
    expect(cfg.config.Labels).toEqual({ ...baseCfg.config.Labels, ...LABELS });
    expect(cfg.config.WorkingDir).toBe('/pangolin');
    expect(cfg.config.Env).toEqual(baseCfg.config.Env);
    expect(cfg.architecture).toBe(baseCfg.architecture);
  });

  test('skopeo pulls the pushed image, verifying every blob', async () => {
    const dest = mkdtempSync(join(work, 'pull-'));
    await skopeoPull(`${registry.host}/${TARGET}:v2.7.4`, dest);
    expect(sha256Digest(readFileSync(join(dest, 'manifest.json')))).toBe(pushed.digest);
  });

  test('the layer holds the context under the destination: sorted, modes kept, owner 0, mtime 0', async () => {
    const entries = readTar(await blob(TARGET, pushed.layers.at(-1)!.digest));
    expect(entries.map((e) => e.path)).toEqual([
      'pangolin/',
      'pangolin/.dockerignore',
      'pangolin/addons/',
      'pangolin/addons/cluster/',
      'pangolin/addons/cluster/cluster-admin.yaml',
      'pangolin/addons/empty/',
      'pangolin/config.sample',
      'pangolin/current',
      'pangolin/docs/',
      'pangolin/docs/keep.md',
      'pangolin/install-link',
      'pangolin/install.sh',
    ]);
    expect(entries.every((e) => e.uid === 0 && e.gid === 0 && e.mtime === 0)).toBe(true);
    expect(entry(entries, 'pangolin/install.sh').mode).toBe(0o755);
    expect(entry(entries, 'pangolin/config.sample').mode).toBe(0o640);
    expect(entry(entries, 'pangolin/addons/cluster/cluster-admin.yaml').mode).toBe(0o644);
    expect(entry(entries, 'pangolin/addons/empty/')).toMatchObject({ type: 'directory', mode: 0o750 });
    expect(entry(entries, 'pangolin/').mode).toBe(0o755);
    expect(entry(entries, 'pangolin/install-link')).toMatchObject({ type: 'symlink', linkname: 'install.sh' });
    expect(entry(entries, 'pangolin/current')).toMatchObject({ type: 'symlink', linkname: 'addons/cluster' });
    expect(entry(entries, 'pangolin/addons/cluster/cluster-admin.yaml').data.toString()).toBe('image: release/cluster-admin:v1.2.3\n');
    expect(entry(entries, 'pangolin/install.sh').data.toString()).toBe('#!/bin/sh\necho install\n');
  });

  test('writes a job summary table', () => {
    expect(built.result.summary).toContain('<table>');
    expect(built.result.summary).toContain(built.result.outputs.digest);
  });
});

describe('saves a tarball that docker load and skopeo read', () => {
  let built: Build;
  let pushed: Awaited<ReturnType<typeof manifest>>;
  beforeAll(async () => {
    built = await build({ 'release-version': 'v2.7.4-save' });
    pushed = await manifest(TARGET, 'v2.7.4-save');
  });

  test('is gzip-compressed, with manifest.json naming the image as image:release-version', () => {
    const bytes = readFileSync(built.savePath);
    expect([...bytes.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    const entries = readTar(bytes);
    const items = JSON.parse(entry(entries, 'manifest.json').data.toString()) as unknown[];
    expect(items).toEqual([
      {
        Config: `blobs/sha256/${digestHex(pushed.config.digest)}`,
        RepoTags: [`${registry.host}/${TARGET}:v2.7.4-save`],
        Layers: pushed.layers.map((l) => `blobs/sha256/${digestHex(l.digest)}`),
      },
    ]);
    expect(JSON.parse(entry(entries, 'repositories').data.toString())).toEqual({
      [`${registry.host}/${TARGET}`]: { 'v2.7.4-save': digestHex(pushed.layers.at(-1)!.digest) },
    });
  });

  test('holds the config and layers the registry has, byte for byte, at fixed mtime and owner', () => {
    const entries = readTar(readFileSync(built.savePath));
    const blobs = entries.filter((e) => e.type === 'file' && e.path.startsWith('blobs/'));
    expect(blobs.map((e) => e.path).sort()).toEqual([pushed.config, ...pushed.layers].map((d) => `blobs/sha256/${digestHex(d.digest)}`).sort());
    for (const b of blobs) expect(sha256Digest(b.data), b.path).toBe(`sha256:${b.path.split('/').pop()}`);
    expect(entries.every((e) => e.mtime === 0 && e.uid === 0)).toBe(true);
  });

  test('skopeo inspects it and copies the image out of it', async () => {
    const archive = skopeoArchive(built.savePath);
    const cfg = await config(TARGET, pushed);
    const info = JSON.parse(await skopeo(['inspect', `docker-archive:${archive}`])) as { Layers: string[]; Labels: Record<string, string>; Architecture: string };
    expect(info.Layers).toEqual(cfg.rootfs.diff_ids);
    expect(info.Labels).toMatchObject(LABELS);
    expect(info.Architecture).toBe('amd64');
    const dest = mkdtempSync(join(work, 'copy-'));
    await skopeo(['copy', `docker-archive:${archive}`, `dir:${dest}`]);
    const copied = JSON.parse(readFileSync(join(dest, 'manifest.json'), 'utf8')) as ManifestJson;
    expect(copied.layers).toHaveLength(pushed.layers.length);
    expect(sha256Digest(readFileSync(join(dest, digestHex(copied.config.digest))))).toBe(pushed.config.digest);
  });

  test("with compression: none it is a plain tar, which skopeo reads as it is", async () => {
    const plain = await build({ 'release-version': 'v2.7.4-plain', compression: 'none', push: 'false', 'save-path': join(work, 'plain', 'release.tar') });
    expect(plain.result.exitCode).toBe(0);
    expect(plain.result.outputs.digest).toBe(pushed.digest);
    const bytes = readFileSync(plain.savePath);
    expect(bytes.subarray(257, 262).toString()).toBe('ustar');
    const info = JSON.parse(await skopeo(['inspect', `docker-archive:${plain.savePath}`])) as { Layers: string[] };
    expect(info.Layers).toHaveLength(pushed.layers.length);
    const dest = mkdtempSync(join(work, 'copy-'));
    await skopeo(['copy', `docker-archive:${plain.savePath}`, `dir:${dest}`]);
    expect(existsSync(join(dest, 'manifest.json'))).toBe(true);
  });
});

describe('same inputs give the same digest', () => {
  test('a rebuild after touching every file gives the same image and the same tarball', async () => {
    const first = await build({ 'release-version': 'v-repro' });
    const later = new Date(Date.now() + 3_600_000);
    for (const path of ['', ...(readdirSync(context, { recursive: true }) as string[])]) {
      const full = join(context, path);
      if (!statSync(full, { throwIfNoEntry: false })) continue;
      utimesSync(full, later, later);
    }
    const second = await build({ 'release-version': 'v-repro' });
    expect(second.result.exitCode).toBe(0);
    expect(second.result.outputs.digest).toBe(first.result.outputs.digest);
    expect(sha256Digest(readFileSync(second.savePath))).toBe(sha256Digest(readFileSync(first.savePath)));
  });

  test('a save-path inside the context is never packed into the next build', async () => {
    const dir = mkdtempSync(join(work, 'self-'));
    writeFileSync(join(dir, 'a.yaml'), 'a: 1\n');
    const savePath = join(dir, 'image', 'release.tar.gz');
    const first = await build({ context: dir, 'save-path': savePath, push: 'false', exclude: 'image' });
    const second = await build({ context: dir, 'save-path': savePath, push: 'false' });
    expect(second.result.exitCode).toBe(0);
    const entries = readTar(readFileSync(savePath));
    const items = JSON.parse(entry(entries, 'manifest.json').data.toString()) as { Layers: string[] }[];
    const layer = readTar(entry(entries, items[0].Layers.at(-1)!).data);
    expect(layer.map((e) => e.path)).toEqual(['pangolin/', 'pangolin/a.yaml', 'pangolin/image/']);
    const third = await build({ context: dir, 'save-path': savePath, push: 'false', exclude: 'image' });
    expect(third.result.outputs.digest).toBe(first.result.outputs.digest);
  });

  test('SOURCE_DATE_EPOCH sets the created time and every entry mtime', async () => {
    const built = await build({ 'release-version': 'v-epoch', push: 'false' }, { SOURCE_DATE_EPOCH: '1700000000' });
    expect(built.result.exitCode).toBe(0);
    const entries = readTar(readFileSync(built.savePath));
    expect(entries.every((e) => e.mtime === 1_700_000_000)).toBe(true);
    const items = JSON.parse(entry(entries, 'manifest.json').data.toString()) as { Config: string; Layers: string[] }[];
    const cfg = JSON.parse(entry(entries, items[0].Config).data.toString()) as ConfigJson;
    expect(cfg.created).toBe('2023-11-14T22:13:20Z');
    expect(cfg.history.at(-1)?.created).toBe('2023-11-14T22:13:20Z');
    const layer = readTar(entry(entries, items[0].Layers.at(-1)!).data);
    expect(layer.every((e) => e.mtime === 1_700_000_000)).toBe(true);
  });
});

describe('a multi-platform base gives an index with each platform extended', () => {
  async function checkIndex(baseRepository: string, baseTag: string, tag: string, family: { index: string; manifest: string; layer: string }) {
    const built = await build({ 'base-image': `${registry.host}/${baseRepository}:${baseTag}`, 'release-version': tag });
    expect(built.result.errors).toEqual([]);
    const index = await manifest(TARGET, tag);
    const baseIndex = await manifest(baseRepository, baseTag);
    expect(index.digest).toBe(built.result.outputs.digest);
    expect(index.mediaType).toBe(family.index);
    expect(index.manifests.map((m) => m.platform)).toEqual(baseIndex.manifests.map((m) => m.platform));
    const added = new Set<string>();
    const children: { platform: string; manifest: ManifestJson; baseDigest: string }[] = [];
    for (const [i, descriptor] of index.manifests.entries()) {
      const child = await manifest(TARGET, descriptor.digest);
      const baseChild = await manifest(baseRepository, baseIndex.manifests[i].digest);
      expect(child.mediaType).toBe(family.manifest);
      expect(descriptor.mediaType).toBe(family.manifest);
      expect(child.layers.slice(0, -1)).toEqual(baseChild.layers);
      expect(child.layers.at(-1)?.mediaType).toBe(family.layer);
      added.add(child.layers.at(-1)!.digest);
      const cfg = await config(TARGET, child);
      const baseCfg = await config(baseRepository, baseChild);
      expect(cfg.rootfs.diff_ids).toEqual([...baseCfg.rootfs.diff_ids, expect.stringMatching(/^sha256:/)]);
      expect(cfg.architecture).toBe(descriptor.platform?.architecture);
      const platform = `${descriptor.platform?.os}/${descriptor.platform?.architecture}`;
      children.push({ platform, manifest: child, baseDigest: baseChild.digest });
      await skopeoPull(`${registry.host}/${TARGET}:${tag}`, mkdtempSync(join(work, 'pull-')), platform);
    }
    // One layer, shared by every platform.
    expect(added.size).toBe(1);
    // The tarball holds linux/amd64.
    const items = JSON.parse(entry(readTar(readFileSync(built.savePath)), 'manifest.json').data.toString()) as { Config: string }[];
    const amd64 = children.find((c) => c.platform === 'linux/amd64')!;
    expect(items[0].Config).toBe(`blobs/sha256/${digestHex(amd64.manifest.config.digest)}`);
    return children;
  }

  test('a Docker manifest list', async () => {
    await checkIndex('caicloud/pangolin', 'v0.0.4-multi', 'v2.7.4-list', { index: DOCKER_MANIFEST_LIST, manifest: DOCKER_MANIFEST, layer: DOCKER_LAYER_GZIP });
  });

  test('an OCI index, whose manifests name their base', async () => {
    const children = await checkIndex('caicloud/pangolin-oci', 'v1', 'v2.7.4-oci', { index: OCI_INDEX, manifest: OCI_MANIFEST, layer: OCI_LAYER_GZIP });
    for (const child of children) {
      expect(child.manifest.annotations).toEqual({
        'org.opencontainers.image.base.digest': child.baseDigest,
        'org.opencontainers.image.base.name': `${registry.host}/caicloud/pangolin-oci:v1`,
      });
    }
  });

  test('attestation entries (unknown/unknown) are not platforms: they are left out', async () => {
    const base = await seedImage(client, { repository: 'caicloud/pangolin-attested', tag: 'v1', format: 'oci-index', platforms: ['linux/amd64', 'unknown/unknown'] });
    const built = await build({ 'base-image': `${registry.host}/caicloud/pangolin-attested:v1`, 'release-version': 'v2.7.4-attested' });
    expect(built.result.errors).toEqual([]);
    const image = await manifest(TARGET, 'v2.7.4-attested');
    expect(image.digest).toBe(built.result.outputs.digest);
    expect(image.mediaType).toBe(OCI_MANIFEST);
    expect(image.annotations?.['org.opencontainers.image.base.digest']).toBe(base.children[0].digest);
  });

  test('platforms picks one: a single manifest for that platform', async () => {
    const built = await build({ 'base-image': `${registry.host}/caicloud/pangolin:v0.0.4-multi`, 'release-version': 'v2.7.4-arm64', platforms: 'linux/arm64' });
    expect(built.result.errors).toEqual([]);
    const image = await manifest(TARGET, 'v2.7.4-arm64');
    expect(image.digest).toBe(built.result.outputs.digest);
    expect(image.mediaType).toBe(DOCKER_MANIFEST);
    expect((await config(TARGET, image)).architecture).toBe('arm64');
    const items = JSON.parse(entry(readTar(readFileSync(built.savePath)), 'manifest.json').data.toString()) as { Config: string }[];
    expect(items[0].Config).toBe(`blobs/sha256/${digestHex(image.config.digest)}`);
  });
});

describe('push: false builds and saves only', () => {
  test('writes the tarball, sends nothing to the registry, and reports the digest it would push', async () => {
    const proxy = await startFaultProxy(registry.url, []);
    try {
      const reference = await build({ 'release-version': 'v-pushed' });
      const built = await build({
        'base-image': `${proxy.host}/caicloud/pangolin:v0.0.4`,
        image: `${proxy.host}/${TARGET}`,
        'release-version': 'v-not-pushed',
        push: 'false',
      });
      expect(built.result.errors).toEqual([]);
      expect(existsSync(built.savePath)).toBe(true);
      const methods = proxy.log.map((r) => r.method);
      expect(methods).toContain('GET');
      expect(methods.filter((m) => m !== 'GET' && m !== 'HEAD')).toEqual([]);
      expect(await client.headManifest(TARGET, 'v-not-pushed')).toBeUndefined();
      expect(built.result.outputs.digest).toBe(reference.result.outputs.digest);
      expect(built.result.summary).toContain('no (push: false)');
    } finally {
      await proxy.stop();
    }
  });
});

describe('on the registry of the base, base layers are mounted, not uploaded', () => {
  test('only the new config and the new layer are uploaded', async () => {
    const proxy = await startFaultProxy(registry.url, []);
    try {
      const built = await build({ 'base-image': `${proxy.host}/caicloud/pangolin:v0.0.4`, image: `${proxy.host}/devops_release/mounted` });
      const uploads: string[] = [];
      const mounts: string[] = [];
      for (const req of proxy.log) {
        const url = new URL(req.url, 'http://proxy');
        if (req.method === 'PUT' && url.pathname.includes('/blobs/uploads/')) uploads.push(url.searchParams.get('digest') ?? '?');
        if (req.method === 'PATCH') uploads.push('PATCH');
        // A mount from the repository itself is prel asking whether the blob is there (instead of a HEAD).
        const from = url.searchParams.get('from');
        if (req.method === 'POST' && url.searchParams.has('mount') && from !== 'devops_release/mounted') mounts.push(url.searchParams.get('mount')!);
      }
      expect(built.result.errors).toEqual([]);
      const pushed = await manifest('devops_release/mounted', 'v2.7.4');
      const base = await manifest('caicloud/pangolin', 'v0.0.4');
      expect(uploads.sort()).toEqual([pushed.config.digest, pushed.layers.at(-1)!.digest].sort());
      expect(mounts.sort()).toEqual(base.layers.map((l) => l.digest).sort());
    } finally {
      await proxy.stop();
    }
  });
});

describe('a push that fails', () => {
  test('fails the step with one line and writes no tarball', async () => {
    const proxy = await startFaultProxy(registry.url, [
      { kind: 'status503', times: Infinity, match: (req) => req.method === 'PUT' && req.url.includes('/manifests/') },
    ]);
    try {
      const built = await build({ image: `${proxy.host}/devops_release/refused`, retries: '2' });
      expect(built.result.exitCode).toBe(1);
      expect(built.result.errors).toHaveLength(1);
      expect(built.result.errors[0]).toMatch(/^Cannot push 127\.0\.0\.1:\d+\/devops_release\/refused:v2\.7\.4: .*503/);
      expect(allFiles(built.outDir)).toEqual([]);
      expect(readdirSync(built.runnerTemp)).toEqual([]);
    } finally {
      await proxy.stop();
    }
  });
});

describe('bad input: one clear error, nothing left behind', () => {
  async function expectFailure(build: Build, message: RegExp): Promise<void> {
    expect(build.result.exitCode).toBe(1);
    expect(build.result.errors).toHaveLength(1);
    expect(build.result.errors[0]).toMatch(message);
    expect(existsSync(build.savePath)).toBe(false);
    expect(allFiles(build.outDir)).toEqual([]);
    expect(readdirSync(build.runnerTemp)).toEqual([]);
    expect(await client.headManifest(TARGET, 'v-bad')).toBeUndefined();
  }

  function contextWith(files: Record<string, string>): string {
    const dir = mkdtempSync(join(work, 'bad-context-'));
    for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
    return dir;
  }

  test('a missing base image (and a tarball from an earlier run is removed)', async () => {
    const stale = join(mkdtempSync(join(work, 'stale-')), 'release.tar.gz');
    writeFileSync(stale, gzipSync('from an earlier run'));
    const built = await build({ 'base-image': `${registry.host}/caicloud/pangolin:v9.9.9`, 'release-version': 'v-bad', 'save-path': stale });
    await expectFailure(built, /^Base image '127\.0\.0\.1:\d+\/caicloud\/pangolin:v9\.9\.9' \(input 'base-image'\) was not found/);
  });

  test('an empty context', async () => {
    const built = await build({ context: mkdtempSync(join(work, 'empty-')), 'release-version': 'v-bad' });
    await expectFailure(built, /^Input 'context': nothing to put in the layer from '.*': it is empty\.$/);
  });

  test('a .dockerignore that excludes everything', async () => {
    const built = await build({ context: contextWith({ '.dockerignore': '*\n', 'a.yaml': 'a: 1\n' }), 'release-version': 'v-bad' });
    await expectFailure(built, /nothing to put in the layer from '.*': \.dockerignore and exclude leave out everything in it/);
  });

  test('a destination that is not absolute', async () => {
    const built = await build({ destination: 'pangolin/', 'release-version': 'v-bad' });
    await expectFailure(built, /^Input 'destination' must be an absolute folder in the image, like \/pangolin\/, got 'pangolin\/'\.$/);
  });

  test('an image that carries a tag', async () => {
    const built = await build({ image: `${registry.host}/${TARGET}:latest`, 'release-version': 'v-bad' });
    await expectFailure(built, /^Input 'image' is a repository without tag or digest \(the tag is 'release-version'\)/);
  });

  test('a platform the base does not have', async () => {
    const built = await build({ platforms: 'linux/s390x', 'release-version': 'v-bad' });
    await expectFailure(built, /^Input 'platforms': none of linux\/s390x is in base image '.*' \(it has linux\/amd64\)\.$/);
  });

  test('a named pipe in the context', async () => {
    const dir = contextWith({ 'a.yaml': 'a: 1\n' });
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const built = await build({ context: dir, 'release-version': 'v-bad' });
    await expectFailure(built, /^'pipe' in context '.*' \(input 'context'\) is a named pipe: only files, folders and symlinks/);
  });

  test('an unreadable file', async () => {
    const dir = contextWith({ 'a.yaml': 'a: 1\n', 'secret.txt': 'no\n' });
    chmodSync(join(dir, 'secret.txt'), 0o000);
    const built = await buildUnprivileged({ context: dir, 'release-version': 'v-bad' });
    await expectFailure(built, /^Cannot read 'secret\.txt' in context '.*' \(input 'context'\): permission denied\.$/);
  });
});

/**
 * Like build(), but root loses the power to read any file whatever its mode (CAP_DAC_OVERRIDE and
 * CAP_DAC_READ_SEARCH), so a mode-000 file is unreadable as it is for a runner user: the action runs as a
 * child process under setpriv. Not root: it runs in this process, where mode 000 already denies reading.
 */
async function buildUnprivileged(inputs: Record<string, string>): Promise<Build> {
  const outDir = mkdtempSync(join(work, 'out-'));
  const runnerTemp = mkdtempSync(join(work, 'runner-temp-'));
  const savePath = join(outDir, 'image', 'release.tar.gz');
  const all = { 'base-image': `${registry.host}/caicloud/pangolin:v0.0.4`, image: `${registry.host}/${TARGET}`, 'save-path': savePath, ...inputs };
  const result = await runActionProcess('build-release-image', all, { RUNNER_TEMP: runnerTemp });
  return { result, savePath, runnerTemp, outDir };
}
