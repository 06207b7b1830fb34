// The benches' image set and registries: a deterministic, realistic set (shared base layers, own top layers, some
// multi-arch) seeded into a real local registry with prel's client, the image list and skopeo YAML for it, registry
// start/stop (empty, or serving an unpacked storage root), and the digest checks of a registry against the set.
import crypto, { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import YAML from 'yaml';
import { MANIFEST_ACCEPT } from '../shared/image/media-types.js';
import { startRegistry, type RegistryOptions, type TestRegistry } from '../test/helpers/registry.js';
import { makeLayer, seedImage, testClient, type Blob, type ImageSpec } from '../test/helpers/seed-images.js';
import { MB, fmtBytes, fmtS } from './measure.js';

export type { TestRegistry } from '../test/helpers/registry.js';

const CHECK_TIMEOUT_MS = 15_000;
const CHECK_CONCURRENCY = 8;

// ---------- the image set ----------

export interface PlannedImage extends ImageSpec {
  bases: string[];
}

/** Fraction in [0, 1) from a name: deterministic sizes without a random generator. */
function fraction(name: string): number {
  return createHash('sha256').update(name).digest().readUInt32BE(0) / 2 ** 32;
}

const BASE_LAYER_MB: Record<string, number> = { debian: 30, runtime: 15, libs: 8, alpine: 5 };

/**
 * Image i of the set. Every 4th image sits on the small alpine-like base only; the others on the debian-like
 * base, plus a runtime layer and sometimes a libs layer on top. Images i % 6 === 4 are multi-arch (alternately a
 * Docker manifest list and an OCI index, amd64 + arm64); of the rest every 3rd is OCI, the others Docker v2.
 * Every image has its own top layer of 0.5 to 4 MB (per platform). Two thirds live under release/, one third
 * under library/; base names are unique across both so skopeo's non-scoped naming cannot collide.
 */
export function planImage(i: number, scale: number): PlannedImage {
  const library = i % 3 === 2;
  const nth = library ? Math.floor(i / 3) + 1 : i - Math.floor(i / 3) + 1;
  const repository = library ? `library/lib-${String(nth).padStart(2, '0')}` : `release/app-${String(nth).padStart(2, '0')}`;
  const tag = library ? `1.${i % 7}.${i % 4}` : `v1.${i % 5}.0`;
  const group = i % 4;
  const bases = group === 0 ? ['alpine'] : group === 1 ? ['debian'] : group === 2 ? ['debian', 'runtime'] : ['debian', 'runtime', 'libs'];
  const multi = i % 6 === 4;
  const format: ImageSpec['format'] = multi ? (Math.floor(i / 6) % 2 === 0 ? 'docker-list' : 'oci-index') : i % 3 === 0 ? 'oci' : 'docker';
  const layerSize = Math.max(1024, Math.round((0.5 + 3.5 * fraction(`${repository}:${tag}`)) * MB * scale));
  return {
    repository,
    tag,
    format,
    platforms: multi ? ['linux/amd64', 'linux/arm64'] : ['linux/amd64'],
    layerSize,
    bases,
    seed: 'prel-bench:',
  };
}

function baseLayerSize(name: string, scale: number): number {
  return Math.max(1024, Math.round(BASE_LAYER_MB[name] * MB * scale));
}

export interface SeededImage {
  repository: string;
  tag: string;
  digest: string;
  mediaType: string;
  /** Digests of the index's child manifests (none for a single manifest). */
  children: string[];
  /** Distinct config and layer digests of the image, over all its platforms. */
  blobs: string[];
}

export interface SeededSet {
  images: SeededImage[];
  uniqueBytes: number;
  manifests: number;
}

/** Distinct config and layer blobs of the whole set. */
export function uniqueBlobCount(set: SeededSet): number {
  return new Set(set.images.flatMap((i) => i.blobs)).size;
}

/** Pushes the set into the source registry with prel's client. Base layers are uploaded once, then mounted. */
async function seedSource(source: TestRegistry, plan: PlannedImage[], scale: number): Promise<SeededSet> {
  const client = testClient(source.host);
  const baseRepo = 'bench-seed/bases';
  const bases = new Map<string, Blob>();
  for (const name of new Set(plan.flatMap((p) => p.bases))) {
    const layer = makeLayer(`prel-bench-base-${name}`, baseLayerSize(name, scale));
    if (!(await client.hasBlob(baseRepo, layer.digest))) {
      await client.uploadBlob(baseRepo, layer.digest, layer.size, Readable.from([layer.bytes]));
    }
    bases.set(name, layer);
  }
  const sizes = new Map<string, number>();
  const images: SeededSet['images'] = [];
  let manifests = 0;
  let next = 0;
  const worker = async () => {
    while (next < plan.length) {
      const spec = plan[next++];
      const baseLayers = spec.bases.map((b) => bases.get(b)!);
      for (const layer of baseLayers) {
        if (!(await client.mountBlob(spec.repository, layer.digest, baseRepo))) {
          throw new Error(`could not mount base layer ${layer.digest} into ${spec.repository}`);
        }
      }
      const seeded = await seedImage(client, { ...spec, baseLayers });
      for (const blob of seeded.blobs) sizes.set(blob.digest, blob.size);
      manifests += 1 + seeded.children.length;
      images.push({
        repository: seeded.repository,
        tag: seeded.tag,
        digest: seeded.digest,
        mediaType: seeded.mediaType,
        children: seeded.children.map((c) => c.digest),
        blobs: [...new Set(seeded.blobs.map((b) => b.digest))],
      });
    }
  };
  await Promise.all([worker(), worker()]); // two cores: layer generation is CPU-bound
  const order = new Map(plan.map((p, i) => [`${p.repository}:${p.tag}`, i]));
  images.sort((a, b) => order.get(`${a.repository}:${a.tag}`)! - order.get(`${b.repository}:${b.tag}`)!);
  return { images, manifests, uniqueBytes: [...sizes.values()].reduce((a, b) => a + b, 0) };
}

/** Plans the first `count` images of the set at `scale` and seeds them into `source` (not measured; logged). */
export async function seedImageSet(source: TestRegistry, count: number, scale: number, log: (text: string) => void): Promise<SeededSet> {
  return seedPlannedImages(source, Array.from({ length: count }, (_, i) => planImage(i, scale)), scale, log);
}

/** Seeds these planned images (e.g. planImage's with a new tag, hence a new top layer) into `source` (not measured; logged). */
export async function seedPlannedImages(source: TestRegistry, plan: PlannedImage[], scale: number, log: (text: string) => void): Promise<SeededSet> {
  log(`seeding ${plan.length} images into ${source.host} (not measured)`);
  const seedStart = performance.now();
  const set = await seedSource(source, plan, scale);
  log(`seeded ${set.images.length} images, ${set.manifests} manifests, ${fmtBytes(set.uniqueBytes)} of unique blobs in ${fmtS((performance.now() - seedStart) / 1000)} s`);
  return set;
}

/** prel's image list for the set: one relative reference (`release/app-01:v1.0.0`) a line, under a comment. */
export async function writeImageList(file: string, images: SeededImage[], title: string): Promise<void> {
  await fsp.writeFile(file, `# ${title}: ${images.length} images\n${images.map((i) => `${i.repository}:${i.tag}`).join('\n')}\n`);
}

/** skopeo sync's YAML source for these images: every repository and tag under the source host, tls-verify off. */
export async function writeSkopeoYaml(file: string, sourceHost: string, images: SeededImage[]): Promise<void> {
  const byRepo: Record<string, string[]> = {};
  for (const img of images) (byRepo[img.repository] ??= []).push(img.tag);
  await fsp.writeFile(file, YAML.stringify({ [sourceHost]: { 'tls-verify': false, images: byRepo } }));
}

// ---------- registries ----------

/** Starts `count` empty registries at once; if one fails, stops the others and throws. */
export async function startRegistries(count: number, opts: RegistryOptions = {}): Promise<TestRegistry[]> {
  const settled = await Promise.allSettled(Array.from({ length: count }, () => startRegistry(opts)));
  const started = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) {
    await stopRegistries(started);
    throw failure.reason;
  }
  return started;
}

/** A registry with its storage root in `storageDir` (created if missing), which is kept when it stops. */
export async function startRegistryOn(storageDir: string, readOnly = false): Promise<TestRegistry> {
  await fsp.mkdir(storageDir, { recursive: true });
  return startRegistry({ storageDir, readOnly });
}

/**
 * Where the benches keep registry storage: tmpfs (/dev/shm, the default: no fsync noise from a shared disk) or
 * the system temp folder on disk. Returns a fresh folder the caller removes.
 */
export async function storageBase(kind: 'tmpfs' | 'disk'): Promise<string> {
  const parent = kind === 'tmpfs' ? '/dev/shm' : os.tmpdir();
  if (kind === 'tmpfs' && !fs.existsSync(parent)) throw new Error('--storage tmpfs needs /dev/shm; use --storage disk');
  return fsp.mkdtemp(path.join(parent, 'prel-bench-'));
}

/** `count` empty registries with their storage in fresh folders under `base`, removed when each stops. */
export async function startFreshRegistries(base: string, count: number): Promise<TestRegistry[]> {
  const registries: TestRegistry[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const dir = await fsp.mkdtemp(path.join(base, 'registry-'));
      const r = await startRegistry({ storageDir: dir });
      registries.push({ ...r, stop: () => r.stop().finally(() => fsp.rm(dir, { recursive: true, force: true })) });
    }
  } catch (err) {
    await stopRegistries(registries);
    throw err;
  }
  return registries;
}

export async function stopRegistries(registries: TestRegistry[]): Promise<void> {
  await Promise.allSettled(registries.map((r) => r.stop()));
}

/** The storage root a registry process was configured with, from the config file it serves. */
function configuredRoot(configPath: string): string | undefined {
  try {
    const config = YAML.parse(fs.readFileSync(configPath, 'utf8')) as { storage?: { filesystem?: { rootdirectory?: string } } };
    return config?.storage?.filesystem?.rootdirectory;
  } catch {
    return undefined;
  }
}

/** The registry server processes (not their sh watchdogs) of these registries, found by their storage roots. */
export function registryPids(registries: TestRegistry[]): number[] {
  const roots = new Set(registries.map((r) => path.resolve(r.storageDir)));
  const pids: number[] = [];
  let entries: string[] = [];
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return pids; // not Linux: no CPU figures
  }
  for (const e of entries) {
    try {
      const argv = fs.readFileSync(`/proc/${e}/cmdline`, 'utf8').split('\0').filter(Boolean);
      if (argv[0] === '/bin/sh' || argv.length < 3 || argv[argv.length - 2] !== 'serve') continue;
      const root = configuredRoot(argv[argv.length - 1]);
      if (root !== undefined && roots.has(path.resolve(root))) pids.push(Number(e));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

// ---------- digest checks ----------

export async function head(url: string, accept?: string): Promise<{ status: number; digest?: string; type?: string }> {
  const res = await fetch(url, { method: 'HEAD', headers: accept ? { accept } : {}, signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
  return { status: res.status, digest: res.headers.get('docker-content-digest') ?? undefined, type: res.headers.get('content-type') ?? undefined };
}

export async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}

export interface CheckPlace {
  name: string;
  url: string;
  /** The repository an image of the set has in this registry. */
  repo: (repository: string) => string;
  /** Also check every index child manifest and every blob (not only the tag's manifest). */
  deep: boolean;
}

/**
 * Checks each image of the set in each place: HEAD of the tag's manifest (with the four manifest Accept types)
 * must answer 200 with the seeded digest and media type; in deep places every child manifest and blob must exist.
 * Returns the problems found, one line each.
 */
export async function checkImages(set: SeededSet, places: CheckPlace[]): Promise<string[]> {
  const problems: string[] = [];
  await pool(set.images, CHECK_CONCURRENCY, async (img) => {
    for (const place of places) {
      const repo = place.repo(img.repository);
      const ref = `${repo}:${img.tag}`;
      const m = await head(`${place.url}/v2/${repo}/manifests/${img.tag}`, MANIFEST_ACCEPT);
      if (m.status !== 200) problems.push(`${place.name} ${ref}: HEAD manifest answered ${m.status}`);
      else if (m.digest !== img.digest) problems.push(`${place.name} ${ref}: digest ${m.digest} != seeded ${img.digest}`);
      else if (m.type !== img.mediaType) problems.push(`${place.name} ${ref}: media type ${m.type} != seeded ${img.mediaType}`);
      if (!place.deep) continue;
      for (const child of img.children) {
        const c = await head(`${place.url}/v2/${repo}/manifests/${child}`, MANIFEST_ACCEPT);
        if (c.status !== 200 || c.digest !== child) problems.push(`${place.name} ${ref}: child manifest ${child} answered ${c.status} ${c.digest ?? ''}`);
      }
      for (const blob of img.blobs) {
        const b = await head(`${place.url}/v2/${repo}/blobs/${blob}`);
        if (b.status !== 200) problems.push(`${place.name} ${ref}: blob ${blob} answered ${b.status}`);
      }
    }
  });
  return problems;
}

// ---------- one big layer ----------

/**
 * One Docker v2 image `big/layer:v1` whose only layer is `mb` MiB of random bytes in a gzip stream (a registry neither knows nor
 * cares that they are not a tar), for the scale table: streamed from a temp file, never held in memory.
 */
export async function seedBigLayer(source: TestRegistry, mb: number, workDir: string, log: (text: string) => void): Promise<SeededSet> {
  log(`seeding one image with a ${mb} MiB layer into ${source.host} (not measured)`);
  const file = path.join(workDir, 'big-layer.bin');
  // A real gzip stream (stored blocks, level 0) of random bytes: tools that look at the layer (skopeo) see
  // gzip and copy it as it is, where raw random bytes made skopeo compress them itself (and change the digest).
  const hash = createHash('sha256');
  let size = 0;
  const gzip = zlib.createGzip({ level: 0 });
  gzip.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    size += chunk.length;
  });
  const written = pipeline(gzip, fs.createWriteStream(file));
  for (let i = 0; i < mb; i++) {
    if (!gzip.write(crypto.randomBytes(MB))) await new Promise<void>((r) => gzip.once('drain', () => r()));
  }
  gzip.end();
  await written;
  const layer = { digest: `sha256:${hash.digest('hex')}`, size };
  const client = testClient(source.host);
  const repository = 'big/layer';
  await client.uploadBlob(repository, layer.digest, layer.size, fs.createReadStream(file, { highWaterMark: MB }));
  await fsp.rm(file);
  const configBytes = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [layer.digest] } }));
  const config = { digest: `sha256:${createHash('sha256').update(configBytes).digest('hex')}`, size: configBytes.length };
  await client.uploadBlob(repository, config.digest, config.size, Readable.from([configBytes]));
  const mediaType = 'application/vnd.docker.distribution.manifest.v2+json';
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType,
      config: { mediaType: 'application/vnd.docker.container.image.v1+json', ...config },
      layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', ...layer }],
    }),
  );
  const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`;
  await client.putManifest(repository, 'v1', { bytes: manifest, mediaType, digest });
  return {
    images: [{ repository, tag: 'v1', digest, mediaType, children: [], blobs: [config.digest, layer.digest] }],
    uniqueBytes: layer.size + config.size,
    manifests: 1,
  };
}
