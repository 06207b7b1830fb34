// Builds small real images (gzip'd tar layers, configs, manifests, lists/indexes) and pushes them with
// prel's own registry client, so tests and benchmarks need no downloads.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { sha256Digest } from '../../shared/image/digest.js';
import { silentLogger } from '../../shared/action/logger.js';
import {
  DOCKER_CONFIG,
  DOCKER_LAYER_GZIP,
  DOCKER_MANIFEST,
  DOCKER_MANIFEST_LIST,
  OCI_CONFIG,
  OCI_INDEX,
  OCI_LAYER_GZIP,
  OCI_MANIFEST,
} from '../../shared/image/media-types.js';
import { RegistryClient } from '../../shared/registry/registry-client.js';
import type { Credentials } from '../../shared/registry/credentials.js';
import { defaultRetryPolicy } from '../../shared/run/retry.js';
import { encodeHeader, endOfArchive, padding } from '../../shared/tar/tar-header.js';

export interface Blob {
  digest: string;
  size: number;
  mediaType: string;
  bytes: Buffer;
  /** sha256 of the uncompressed layer tar. */
  diffId?: string;
}

/** Deterministic pseudo-random bytes (incompressible, so layer sizes are real). */
export function pseudoRandomBytes(seed: string, size: number): Buffer {
  const out = Buffer.alloc(size);
  let offset = 0;
  for (let counter = 0; offset < size; counter++) {
    const block = createHash('sha256').update(`${seed}:${counter}`).digest();
    offset += block.copy(out, offset);
  }
  return out;
}

/** A gzip'd tar layer holding one file of `size` pseudo-random bytes. */
export function makeLayer(seed: string, size: number, oci = false): Blob {
  const content = pseudoRandomBytes(seed, size);
  const tar = Buffer.concat([
    encodeHeader({ path: `data/${seed.replace(/[^a-z0-9.-]/gi, '_')}.bin`, type: 'file', size, mode: 0o644 }),
    content,
    padding(size),
    endOfArchive(),
  ]);
  const bytes = gzipSync(tar, { level: 1 });
  return { bytes, digest: sha256Digest(bytes), size: bytes.length, mediaType: oci ? OCI_LAYER_GZIP : DOCKER_LAYER_GZIP, diffId: sha256Digest(tar) };
}

export interface ImageSpec {
  repository: string;
  tag: string;
  /** docker / oci: a single manifest; docker-list / oci-index: one child per platform. */
  format: 'docker' | 'oci' | 'docker-list' | 'oci-index';
  platforms?: string[];
  /** Layers every platform gets first (shared bases). */
  baseLayers?: Blob[];
  /** Size in bytes of the image's own top layer. */
  layerSize?: number;
  seed?: string;
}

export interface SeededImage {
  repository: string;
  tag: string;
  digest: string;
  mediaType: string;
  children: { digest: string; platform: string }[];
  blobs: Blob[];
}

export function testClient(host: string, credentials?: Credentials): RegistryClient {
  return new RegistryClient({ host, credentials, retry: defaultRetryPolicy(3), logger: silentLogger });
}

async function pushBlob(client: RegistryClient, repository: string, blob: Blob): Promise<void> {
  if (await client.hasBlob(repository, blob.digest)) return;
  await client.uploadBlob(repository, blob.digest, blob.size, Readable.from([blob.bytes]));
}

async function pushSingle(
  client: RegistryClient,
  spec: ImageSpec,
  platform: string,
  oci: boolean,
  reference: string,
): Promise<{ digest: string; mediaType: string; size: number; blobs: Blob[] }> {
  const seed = `${spec.seed ?? ''}${spec.repository}:${spec.tag}:${platform}`;
  const top = makeLayer(seed, spec.layerSize ?? 1024, oci);
  const layers = [...(spec.baseLayers ?? []), top].map((l) => ({ ...l, mediaType: oci ? OCI_LAYER_GZIP : DOCKER_LAYER_GZIP }));
  const [os, architecture, variant] = platform.split('/');
  const config = Buffer.from(
    JSON.stringify({
      architecture,
      os,
      ...(variant ? { variant } : {}),
      config: { Env: ['PATH=/usr/bin'], Labels: { seed } },
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId ?? l.digest) },
      history: layers.map(() => ({ created: '2024-01-01T00:00:00Z', created_by: 'prel test' })),
    }),
  );
  const configBlob: Blob = { bytes: config, digest: sha256Digest(config), size: config.length, mediaType: oci ? OCI_CONFIG : DOCKER_CONFIG };
  for (const blob of [configBlob, ...layers]) await pushBlob(client, spec.repository, blob);
  const mediaType = oci ? OCI_MANIFEST : DOCKER_MANIFEST;
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType,
      config: { mediaType: configBlob.mediaType, digest: configBlob.digest, size: configBlob.size },
      layers: layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size })),
    }),
  );
  const digest = sha256Digest(manifest);
  await client.putManifest(spec.repository, reference === '' ? digest : reference, { bytes: manifest, digest, mediaType });
  return { digest, mediaType, size: manifest.length, blobs: [configBlob, ...layers] };
}

export async function seedImage(client: RegistryClient, spec: ImageSpec): Promise<SeededImage> {
  const oci = spec.format === 'oci' || spec.format === 'oci-index';
  if (spec.format === 'docker' || spec.format === 'oci') {
    const one = await pushSingle(client, spec, (spec.platforms ?? ['linux/amd64'])[0], oci, spec.tag);
    return { repository: spec.repository, tag: spec.tag, digest: one.digest, mediaType: one.mediaType, children: [], blobs: one.blobs };
  }
  const platforms = spec.platforms ?? ['linux/amd64', 'linux/arm64'];
  const children = [];
  const blobs: Blob[] = [];
  for (const platform of platforms) {
    const child = await pushSingle(client, spec, platform, oci, '');
    children.push({ ...child, platform });
    blobs.push(...child.blobs);
  }
  const mediaType = oci ? OCI_INDEX : DOCKER_MANIFEST_LIST;
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType,
      manifests: children.map((c) => {
        const [os, architecture, variant] = c.platform.split('/');
        return { mediaType: c.mediaType, digest: c.digest, size: c.size, platform: { architecture, os, ...(variant ? { variant } : {}) } };
      }),
    }),
  );
  const digest = sha256Digest(index);
  await client.putManifest(spec.repository, spec.tag, { bytes: index, digest, mediaType });
  return {
    repository: spec.repository,
    tag: spec.tag,
    digest,
    mediaType,
    children: children.map((c) => ({ digest: c.digest, platform: c.platform })),
    blobs,
  };
}
