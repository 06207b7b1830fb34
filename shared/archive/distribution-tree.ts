// The storage tree a stock `registry:2` serves (docs formats.md §2), as archive files:
// blobs/sha256/<xx>/<hex>/data for every blob and manifest, and per repository the _layers links
// (configs and layers), _manifests/revisions links (the index and every child), and tag links.
// Links are exactly the 71-byte digest string, no newline: the registry rejects anything else.
import { digestHex } from '../image/digest.js';
import { isCompressedLayer } from '../image/media-types.js';
import type { ImageCollector } from '../transfer/collecting-sink.js';
import { allBlobs, manifestNodes, type ManifestNode } from '../transfer/image-graph.js';
import type { ArchiveFile } from './archive-file.js';

/** Where the storage driver roots its tree, below the registry's storage folder. */
export const REGISTRY_ROOT = 'docker/registry/v2';
const ROOT = REGISTRY_ROOT;

/** A blob's data file, relative to the storage folder. */
export function blobStoragePath(hex: string): string {
  return `${ROOT}/blobs/sha256/${hex.slice(0, 2)}/${hex}/data`;
}

function blobPath(digest: string): string {
  return blobStoragePath(digestHex(digest));
}

function link(path: string, digest: string): ArchiveFile {
  const bytes = Buffer.from(digest, 'ascii');
  return { path, size: bytes.length, data: () => bytes };
}

function linkDir(digest: string): string {
  return `sha256/${digestHex(digest)}`;
}

/**
 * `leaveOut`: config and layer blobs the site already holds (a delta over the previous release); their
 * data is not written, while manifests and every link still are, so the delta unpacked over the previous
 * storage gives the full tree.
 */
export function distributionTreeFiles(collector: ImageCollector, leaveOut: ReadonlySet<string> = new Set()): ArchiveFile[] {
  const files = new Map<string, ArchiveFile>();
  const add = (file: ArchiveFile) => files.set(file.path, file);
  // Manifests from their own bytes; blobs from the spool, by their descriptors' sizes (the engine checks each
  // blob against its own), each as it arrives. A left-out blob is never in the spool.
  const manifests = new Map(collector.images.flatMap((image) => manifestNodes(image.root)).map((node) => [node.digest, node.bytes] as const));
  const blobs = new Map(collector.images.flatMap((image) => allBlobs(image.root).map((b) => [b.digest, b] as const)));
  for (const [digest, bytes] of manifests) add({ path: blobPath(digest), size: bytes.length, data: () => bytes });
  for (const [digest, blob] of blobs) {
    if (leaveOut.has(digest) || manifests.has(digest)) continue;
    add({ path: blobPath(digest), size: blob.size, data: () => collector.blobFile(digest), incompressible: isCompressedLayer(blob.mediaType) });
  }
  for (const image of collector.images) {
    const repo = `${ROOT}/repositories/${image.repository}`;
    const walk = (node: ManifestNode) => {
      add(link(`${repo}/_manifests/revisions/${linkDir(node.digest)}/link`, node.digest));
      for (const blob of node.blobs) add(link(`${repo}/_layers/${linkDir(blob.digest)}/link`, blob.digest));
      node.children.forEach(walk);
    };
    walk(image.root);
    if (image.tag) {
      add(link(`${repo}/_manifests/tags/${image.tag}/current/link`, image.root.digest));
      add(link(`${repo}/_manifests/tags/${image.tag}/index/${linkDir(image.root.digest)}/link`, image.root.digest));
    }
  }
  return [...files.values()];
}

/** Folders every repository needs even when empty: v2 lists repositories by `_layers`, v3 by `_manifests`. */
export function distributionTreeDirectories(collector: ImageCollector): string[] {
  return collector.images.flatMap((image) => [
    `${ROOT}/repositories/${image.repository}/_layers/`,
    `${ROOT}/repositories/${image.repository}/_manifests/`,
  ]);
}
