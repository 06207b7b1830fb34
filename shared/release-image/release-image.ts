// build-release-image's work: read the base image, build one layer from the context, append it to each
// selected platform, then push the result and collect it for the docker-archive with the one transfer
// engine, and write the tarball last, so a failed run leaves no file behind.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { archiveMtime, type ArchiveResult } from '../archive/archive-file.js';
import { writeDockerArchive } from '../archive/docker-archive.js';
import { buildContextLayer, type ContextLayer } from './context-layer.js';
import { ConfigurationError } from '../errors/errors.js';
import { inScratch, makeScratchDir, type PathOwner } from '../errors/fs-errors.js';
import { checkRegistry } from '../registry/registry-check.js';
import { buildIndex, configPlatform, extendImage, rfc3339, type ExtendedImage } from './image-mutate.js';
import type { Logger } from '../action/logger.js';
import { formatBytes } from '../run/progress.js';
import { InvalidReferenceError, formatReference, manifestKey, parseReference, validateTag, type ImageReference } from '../image/reference.js';
import { RegistryClientPool } from '../registry/client-pool.js';
import { RegistryError } from '../registry/registry-error.js';
import type { RetryPolicy } from '../run/retry.js';
import { RunStoppedError, type RunControl } from '../run/run-control.js';
import { BlobSpool } from '../transfer/blob-spool.js';
import { BuiltImageSource, type BuiltBlob } from '../transfer/built-image-source.js';
import { ImageCollector } from '../transfer/collecting-sink.js';
import { parseManifestJson, platformMatches, platformString, type Descriptor, type ManifestNode, type Platform } from '../transfer/image-graph.js';
import { RegistryImageSource } from '../transfer/registry-source.js';
import { BlobLocations, RegistrySink } from '../transfer/registry-sink.js';
import { transferImages, type TransferJob, type TransferResult } from '../transfer/transfer-engine.js';

/** The input naming the tarball, for write failures. */
export const SAVE_PATH_OWNER: PathOwner = { input: 'save-path' };

/** An image reference that names its registry. */
export type RegistryImage = ImageReference & { registry: string };

export interface ReleaseImageRequest {
  base: RegistryImage;
  /** The built image: repository of `image` with tag `release-version`. */
  target: RegistryImage & { tag: string };
  /** Absolute context folder, and as the user wrote it (it appears in the image history). */
  context: string;
  contextInput: string;
  /** Absolute, normalized folder in the image. */
  destination: string;
  exclude: string[];
  push: boolean;
  /** Absolute path of the docker-archive, and how the whole file is compressed. */
  savePath: string;
  compression: 'gzip' | 'none';
  platforms: string[];
  labels: ReadonlyMap<string, string>;
  credentials: { username?: string; password?: string };
  baseCredentials: { username?: string; password?: string };
  insecureRegistries: string[];
  retry: RetryPolicy;
  logger: Logger;
  control?: RunControl;
}

export interface ReleaseImageOutcome {
  /** The built manifest, or index when several platforms were built. */
  digest: string;
  /** `name:tag@digest`. */
  imageRef: string;
  platforms: string[];
  /** The platform the docker-archive holds. */
  savedPlatform: string;
  layer: ContextLayer;
  archive: ArchiveResult;
  /** The push, when asked for: copied, or skipped when the tag already had this digest. */
  push?: TransferResult;
}

const MAX_CONFIG_BYTES = 8 << 20;
/** Blob transfers at once: a build moves one image, so this only bounds parallel layer uploads. */
const CONCURRENCY = 8;

/** `base-image`: a reference with a registry host and a tag or digest. */
export function parseBaseImageInput(inputName: string, value: string): RegistryImage {
  let ref: ImageReference;
  try {
    ref = parseReference(value);
  } catch (err) {
    if (err instanceof InvalidReferenceError) throw new ConfigurationError(`Input '${inputName}': ${err.message}.`);
    throw err;
  }
  if (!ref.registry) throw new ConfigurationError(`Input '${inputName}' must name its registry, like registry.example.com/${ref.repository}, got '${value}'.`);
  return ref as RegistryImage;
}

/** `image` (a repository with its registry, no tag) plus `release-version` (the tag). */
export function parseTargetImageInput(imageInput: string, image: string, versionInput: string, version: string): RegistryImage & { tag: string } {
  if (image.includes('@') || (image.split('/').pop() ?? '').includes(':')) {
    throw new ConfigurationError(`Input '${imageInput}' is a repository without tag or digest (the tag is '${versionInput}'), got '${image}'.`);
  }
  try {
    validateTag(version, version);
  } catch (err) {
    if (err instanceof InvalidReferenceError) throw new ConfigurationError(`Input '${versionInput}': ${err.reason}.`);
    throw err;
  }
  const ref = parseBaseImageInput(imageInput, `${image}:${version}`);
  return { ...ref, tag: version };
}

async function readBytes(source: RegistryImageSource, desc: Descriptor): Promise<Buffer> {
  if (desc.size > MAX_CONFIG_BYTES) throw new Error(`${source.name}: config ${desc.digest} is larger than ${MAX_CONFIG_BYTES} bytes`);
  return source.readBlob(desc, MAX_CONFIG_BYTES);
}

interface BaseImage {
  /** The base's index, when it is one. */
  index?: ManifestNode;
  /** The platform manifests to extend, each with its config. */
  images: { manifest: ManifestNode; config: Buffer }[];
}

/** Reads the base and picks the platforms to build: all real platforms, or those asked for. */
async function readBase(source: RegistryImageSource, platforms: readonly string[]): Promise<BaseImage> {
  let root: ManifestNode;
  try {
    root = await source.resolve();
  } catch (err) {
    if (err instanceof RegistryError && err.notFound) {
      throw new ConfigurationError(`Base image '${source.name}' (input 'base-image') was not found: ${err.message}`);
    }
    throw err;
  }
  const wanted = (platform: Platform | undefined) => platforms.length === 0 || platforms.some((p) => platformMatches(platform, p));
  const withConfig = async (manifest: ManifestNode) => {
    if (manifest.children.length > 0) throw new ConfigurationError(`Base image '${source.name}': nested indexes are not supported.`);
    const config = parseManifestJson(manifest.bytes, source.name).config;
    if (!config) throw new ConfigurationError(`Base image '${source.name}': manifest ${manifest.digest} has no config.`);
    const bytes = await readBytes(source, config);
    // An index entry says its platform in the index; a single manifest in its config.
    return { manifest: { ...manifest, platform: manifest.platform ?? configPlatform(bytes, source.name) }, config: bytes };
  };
  const isIndex = root.children.length > 0 || root.blobs.length === 0;
  let available: (Platform | undefined)[];
  let chosen: BaseImage['images'] = [];
  if (isIndex) {
    // Attestations and signatures hang in indexes as `unknown/unknown` entries: not platforms to build.
    const entries = root.children.filter((c) => c.platform?.os !== 'unknown');
    available = entries.map((c) => c.platform);
    for (const entry of entries.filter((c) => wanted(c.platform))) chosen.push(await withConfig(entry));
  } else {
    const image = await withConfig(root);
    available = [image.manifest.platform];
    if (wanted(image.manifest.platform)) chosen = [image];
  }
  if (chosen.length === 0) {
    const have = available.map(platformString).join(', ') || 'none';
    throw new ConfigurationError(`Input 'platforms': none of ${platforms.join(', ') || 'the platforms'} is in base image '${source.name}' (it has ${have}).`);
  }
  return { index: isIndex ? root : undefined, images: chosen };
}

/** linux/amd64 when it was built (what `docker load` users most often run), else the first platform. */
function archivePlatform(images: readonly ExtendedImage[]): ExtendedImage {
  return images.find((i) => platformMatches(i.platform, 'linux/amd64')) ?? images[0];
}

/** The one line for a push or a save that did not complete: reading the base, or writing the target. */
function transferFailure(result: TransferResult, baseName: string, push: boolean, savePath: string): Error {
  if (result.status === 'missing') return new Error(`Cannot read base image '${baseName}': ${result.error}`);
  return new Error(push ? `Cannot push ${result.target}: ${result.error}` : `Cannot save ${savePath}: ${result.error}`);
}

export async function buildReleaseImage(request: ReleaseImageRequest): Promise<ReleaseImageOutcome> {
  try {
    return await build(request);
  } catch (err) {
    // The tarball is written last, so one found now is from an earlier run: never leave it looking current.
    await rm(request.savePath, { force: true });
    throw err;
  }
}

async function build(request: ReleaseImageRequest): Promise<ReleaseImageOutcome> {
  const { logger, base, target } = request;
  const baseName = formatReference(base);
  const targetName = formatReference({ registry: target.registry, repository: target.repository, tag: target.tag });
  const pool = new RegistryClientPool({
    retry: request.retry,
    logger,
    insecureRegistries: request.insecureRegistries,
    credentials: [
      { host: target.registry, ...request.credentials, inputName: '' },
      { host: base.registry, ...request.baseCredentials, inputName: 'base' },
    ],
    signal: request.control?.signal,
  });
  await checkRegistry(pool, base.registry, 'base-image');
  if (request.push && target.registry !== base.registry) await checkRegistry(pool, target.registry, 'image');

  const baseSource = new RegistryImageSource(await pool.get(base.registry), base.repository, manifestKey(base), baseName);
  const baseImage = await logger.group(`Base image ${baseName}`, async () => {
    const read = await readBase(baseSource, request.platforms);
    const what = read.index ? `index ${read.index.digest}` : `manifest ${read.images[0].manifest.digest}`;
    logger.info(`${baseName}: ${what}; building ${read.images.map((i) => platformString(i.manifest.platform)).join(', ')}`);
    return read;
  });

  const mtime = archiveMtime();
  const workDir = await makeScratchDir('prel-build-');
  let spool: BlobSpool | undefined;
  try {
    const layer = await logger.group(`Layer from ${request.contextInput} into ${request.destination}`, async () => {
      const built = await inScratch(() => buildContextLayer({
        context: request.context,
        contextInput: request.contextInput,
        destination: request.destination,
        exclude: request.exclude,
        // The default save-path is inside the default context: a re-run must not pack the last tarball.
        leaveOut: [request.savePath],
        mtime,
        output: join(workDir, 'layer.tar.gz'),
      }), workDir);
      logger.info(
        `${built.files} files, ${built.directories} folders, ${built.symlinks} symlinks: ${formatBytes(built.size)} gzip'd, ${built.digest} (diffID ${built.diffId})`,
      );
      return built;
    });

    const additions = {
      layer,
      created: rfc3339(mtime),
      createdBy: `prel build-release-image: COPY ${request.contextInput} ${request.destination === '/' ? '/' : `${request.destination}/`}`,
      labels: request.labels,
      workingDir: request.destination,
      baseName,
    };
    const images = baseImage.images.map((b) => extendImage(b.manifest, b.config, additions, baseName));
    const root = images.length > 1 ? buildIndex(baseImage.index!.mediaType, images) : images[0].manifest;
    const built = new Map<string, BuiltBlob>([[layer.digest, { file: layer.path }]]);
    for (const image of images) built.set(image.config.descriptor.digest, { bytes: image.config.bytes });
    const source = new BuiltImageSource(targetName, root, built, baseSource);
    const saved = archivePlatform(images);

    spool = await BlobSpool.create();
    const collector = new ImageCollector(spool);
    const jobs: TransferJob[] = [];
    if (request.push) {
      const locations = new BlobLocations();
      // Same registry: the base's blobs are mounted from its repository instead of sent again.
      if (base.registry === target.registry) {
        for (const b of baseImage.images) for (const blob of b.manifest.blobs) locations.addKnown(blob.digest, base.repository);
      }
      const client = await pool.get(target.registry);
      jobs.push({ source, sink: new RegistrySink(client, target.repository, target.tag, undefined, locations, targetName) });
    }
    // The docker-archive holds one platform, so only that one's blobs are fetched for it.
    jobs.push({ source: source.rootedAt(saved.manifest), sink: collector.sinkFor(target.repository, target.tag, request.savePath) });
    const results = await transferImages(jobs, { concurrency: CONCURRENCY, retry: request.retry, logger, progressLabel: 'build', control: request.control });
    if (request.control?.stopped) {
      const pushed = request.push && results[0].status === 'copied' ? `${targetName} was pushed; ` : '';
      throw new RunStoppedError(request.control.stopped, `${pushed}${request.savePath} was not written`);
    }
    results.forEach((result, i) => {
      if (result.status === 'missing' || result.status === 'failed') throw transferFailure(result, baseName, request.push && i === 0, request.savePath);
    });

    const archive = await logger.group(`Save ${request.savePath}`, async () => {
      try {
        const written = await writeDockerArchive(request.savePath, [{ manifest: saved.manifest, repoTags: [targetName] }], spool!, {
          compression: request.compression,
          mtime,
          owner: SAVE_PATH_OWNER,
          signal: request.control?.signal,
        });
        logger.info(`${platformString(saved.platform)} as ${targetName}: ${formatBytes(written.size)}, sha256:${written.sha256}`);
        return written;
      } catch (err) {
        // The push cannot be taken back: say it happened, so a re-run is not mistaken for a first push.
        if (request.push && err instanceof ConfigurationError) {
          throw new ConfigurationError(`${err.message}; ${targetName}@${root.digest} was pushed already, only the tarball is missing.`);
        }
        throw err;
      }
    });
    return {
      digest: root.digest,
      imageRef: `${targetName}@${root.digest}`,
      platforms: images.map((i) => platformString(i.platform)),
      savedPlatform: platformString(saved.platform),
      layer,
      archive,
      push: request.push ? results[0] : undefined,
    };
  } finally {
    await spool?.remove();
    await rm(workDir, { recursive: true, force: true });
  }
}
