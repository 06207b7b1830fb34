// An OCI image layout (image-spec image-layout.md) as archive files: oci-layout, index.json, and
// blobs/sha256/<hex>. Docker-typed manifests are converted to OCI ones (readers of layouts skip Docker
// types). index.json names each image twice, as skopeo and containerd expect:
// org.opencontainers.image.ref.name and io.containerd.image.name = `<repository>:<tag>`. A multi-arch
// image also gets one entry per platform, `<repository>:<tag>@<os>/<arch>[/<variant>]`, for tools that
// read one manifest per name (umoci).
import { digestHex } from '../image/digest.js';
import { OCI_INDEX, isCompressedLayer } from '../image/media-types.js';
import type { CollectedImage, ImageCollector } from '../transfer/collecting-sink.js';
import { platformString, type ManifestNode } from '../transfer/image-graph.js';
import { toOciMediaTypes } from '../transfer/oci-media-types.js';
import type { ArchiveFile } from './archive-file.js';

export const REF_NAME = 'org.opencontainers.image.ref.name';
export const CONTAINERD_NAME = 'io.containerd.image.name';

function imageName(image: CollectedImage): string {
  return `${image.repository}${image.tag ? `:${image.tag}` : `@${image.root.digest}`}`;
}

function entry(node: ManifestNode, annotations: Record<string, string>) {
  return { mediaType: node.mediaType, digest: node.digest, size: node.bytes.length, ...(node.platform ? { platform: node.platform } : {}), annotations };
}

export function ociLayoutFiles(collector: ImageCollector): ArchiveFile[] {
  const files = new Map<string, ArchiveFile>();
  const addBytes = (path: string, bytes: Buffer) => files.set(path, { path, size: bytes.length, data: () => bytes });
  const manifests: ReturnType<typeof entry>[] = [];
  for (const image of collector.images) {
    const root = toOciMediaTypes(image.root);
    const name = imageName(image);
    manifests.push(entry({ ...root, platform: undefined }, { [CONTAINERD_NAME]: name, [REF_NAME]: name }));
    const walk = (node: ManifestNode) => {
      addBytes(`blobs/sha256/${digestHex(node.digest)}`, node.bytes);
      for (const blob of node.blobs) {
        const path = `blobs/sha256/${digestHex(blob.digest)}`;
        const incompressible = isCompressedLayer(blob.mediaType);
        files.set(path, { path, size: blob.size, data: () => collector.blobFile(blob.digest), incompressible });
      }
      node.children.forEach(walk);
    };
    walk(root);
    // Attestations and other platform-less children get no name of their own.
    const named = new Set<string>();
    for (const child of root.children) {
      const platform = platformString(child.platform);
      if (!child.platform || platform.startsWith('unknown') || named.has(platform)) continue;
      named.add(platform);
      manifests.push(entry(child, { [REF_NAME]: `${name}@${platform}` }));
    }
  }
  addBytes('index.json', Buffer.from(`${JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests }, null, 2)}\n`));
  addBytes('oci-layout', Buffer.from('{"imageLayoutVersion":"1.0.0"}\n'));
  return [...files.values()];
}
