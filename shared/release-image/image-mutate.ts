// Appending one layer to an image: a new config (diff_id, history, created, labels, working folder) and
// manifest per platform, in the media type family of the base, and an index of that family when there
// are several. JSON is built with a fixed key order, so the same inputs always give the same digests.
import { sha256Digest } from '../image/digest.js';
import { ConfigurationError } from '../errors/errors.js';
import { DOCKER_LAYER_GZIP, DOCKER_MANIFEST, OCI_LAYER_GZIP, isImageManifestMediaType } from '../image/media-types.js';
import { imageBlobs, parseManifestJson, type Descriptor, type ManifestNode, type Platform } from '../transfer/image-graph.js';

export interface AppendedLayer {
  /** sha256 of the gzip'd blob. */
  digest: string;
  size: number;
  /** sha256 of the uncompressed tar. */
  diffId: string;
}

export interface ImageAdditions {
  layer: AppendedLayer;
  /** RFC 3339, for the config's `created` and the new history entry. */
  created: string;
  /** The history entry's `created_by`, e.g. `prel build-release-image: COPY . /pangolin/`. */
  createdBy: string;
  labels: ReadonlyMap<string, string>;
  /** The config's WorkingDir, as a Dockerfile WORKDIR would set it; unchanged when undefined. */
  workingDir?: string;
  /** The base image as the user named it: OCI manifests record it (org.opencontainers.image.base.name). */
  baseName: string;
}

export interface ExtendedImage {
  manifest: ManifestNode;
  config: { descriptor: Descriptor; bytes: Buffer };
  platform: Platform;
}

interface ImageConfig {
  architecture?: string;
  os?: string;
  variant?: string;
  created?: string;
  config?: Record<string, unknown> | null;
  rootfs?: { type?: string; diff_ids?: string[] };
  history?: unknown[];
  [key: string]: unknown;
}

/** Seconds since the epoch as RFC 3339 in UTC, whole seconds: `1970-01-01T00:00:00Z`. */
export function rfc3339(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function parseConfig(bytes: Buffer, what: string): ImageConfig {
  let config: ImageConfig;
  try {
    config = JSON.parse(bytes.toString('utf8')) as ImageConfig;
  } catch {
    throw new ConfigurationError(`${what}: the image config is not JSON.`);
  }
  if (typeof config !== 'object' || config === null || !Array.isArray(config.rootfs?.diff_ids)) {
    throw new ConfigurationError(`${what}: the image config has no rootfs.diff_ids; it is not a container image.`);
  }
  return config;
}

/** The platform an image config declares. */
export function configPlatform(bytes: Buffer, what: string): Platform {
  const config = parseConfig(bytes, what);
  return { os: config.os ?? 'unknown', architecture: config.architecture ?? 'unknown', ...(config.variant ? { variant: config.variant } : {}) };
}

function layerMediaType(manifestMediaType: string): string {
  return manifestMediaType === DOCKER_MANIFEST ? DOCKER_LAYER_GZIP : OCI_LAYER_GZIP;
}

/** The base config with the layer, history entry, time, labels and working folder added. */
function extendConfig(base: ImageConfig, additions: ImageAdditions): Buffer {
  const config: ImageConfig = { ...base };
  config.created = additions.created;
  const runConfig: Record<string, unknown> = { ...(base.config ?? {}) };
  if (additions.workingDir !== undefined) runConfig.WorkingDir = additions.workingDir;
  if (additions.labels.size > 0) {
    runConfig.Labels = { ...((runConfig.Labels as Record<string, string> | null | undefined) ?? {}), ...Object.fromEntries(additions.labels) };
  }
  config.config = runConfig;
  config.rootfs = { ...base.rootfs, diff_ids: [...(base.rootfs?.diff_ids ?? []), additions.layer.diffId] };
  config.history = [...(base.history ?? []), { created: additions.created, created_by: additions.createdBy }];
  return Buffer.from(JSON.stringify(config));
}

/** One platform's image with the layer appended: same manifest media type, base layers kept verbatim. */
export function extendImage(base: ManifestNode, baseConfig: Buffer, additions: ImageAdditions, what: string): ExtendedImage {
  if (!isImageManifestMediaType(base.mediaType)) {
    throw new ConfigurationError(`${what}: cannot add a layer to a manifest of type '${base.mediaType}'.`);
  }
  const parsed = parseManifestJson(base.bytes, what) as { config: Descriptor; layers?: Descriptor[] };
  const config = parseConfig(baseConfig, what);
  const configBytes = extendConfig(config, additions);
  const configDescriptor: Descriptor = { mediaType: parsed.config.mediaType, digest: sha256Digest(configBytes), size: configBytes.length };
  const layer: Descriptor = { mediaType: layerMediaType(base.mediaType), digest: additions.layer.digest, size: additions.layer.size };
  const manifest = {
    schemaVersion: 2,
    mediaType: base.mediaType,
    config: configDescriptor,
    layers: [...(parsed.layers ?? []), layer],
    // Docker v2 manifests have no annotations; OCI ones say what they were built on (image-spec annotations.md).
    ...(base.mediaType === DOCKER_MANIFEST
      ? {}
      : { annotations: { 'org.opencontainers.image.base.digest': base.digest, 'org.opencontainers.image.base.name': additions.baseName } }),
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  const platform = base.platform ?? configPlatform(baseConfig, what);
  const node: ManifestNode = {
    digest: sha256Digest(bytes),
    mediaType: base.mediaType,
    bytes,
    children: [],
    blobs: imageBlobs(base.mediaType, manifest, what),
    platform,
  };
  return { manifest: node, config: { descriptor: configDescriptor, bytes: configBytes }, platform };
}

/** An index (`mediaType`: Docker list or OCI index) listing the images with their platforms. */
export function buildIndex(mediaType: string, images: readonly ExtendedImage[]): ManifestNode {
  const index = {
    schemaVersion: 2,
    mediaType,
    manifests: images.map((image) => ({
      mediaType: image.manifest.mediaType,
      digest: image.manifest.digest,
      size: image.manifest.bytes.length,
      platform: image.platform,
    })),
  };
  const bytes = Buffer.from(JSON.stringify(index));
  return { digest: sha256Digest(bytes), mediaType, bytes, children: images.map((i) => i.manifest), blobs: [] };
}
