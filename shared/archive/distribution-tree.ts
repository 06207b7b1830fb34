// The storage tree a stock `registry:2` serves (docs formats.md §2), as archive files:
// blobs/sha256/<xx>/<hex>/data for every blob and manifest, and per repository the _layers links
// (configs and layers), _manifests/revisions links (the index and every child), and tag links.
// Links are exactly the 71-byte digest string, no newline: the registry rejects anything else.
import { digestHex } from '../digest.js';
import type { ImageCollector } from '../transfer/collecting-sink.js';
import type { ManifestNode } from '../transfer/image-graph.js';
import type { ArchiveFile } from './archive-file.js';

const ROOT = 'docker/registry/v2';

function blobPath(digest: string): string {
  const hex = digestHex(digest);
  return `${ROOT}/blobs/sha256/${hex.slice(0, 2)}/${hex}/data`;
}

function link(path: string, digest: string): ArchiveFile {
  const bytes = Buffer.from(digest, 'ascii');
  return { path, size: bytes.length, data: () => bytes };
}

function linkDir(digest: string): string {
  return `sha256/${digestHex(digest)}`;
}

export function distributionTreeFiles(collector: ImageCollector): ArchiveFile[] {
  const files = new Map<string, ArchiveFile>();
  const add = (file: ArchiveFile) => files.set(file.path, file);
  for (const digest of collector.digests()) {
    add({ path: blobPath(digest), size: collector.spool.size(digest), data: () => collector.spool.open(digest) });
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
