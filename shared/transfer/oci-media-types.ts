// Converts Docker v2 manifests and lists to their OCI equivalents (as `skopeo copy … oci:` does), for
// OCI layouts: several readers of layouts (skopeo, umoci) skip Docker-typed entries. Config and layer
// bytes are unchanged; the manifests get new bytes and so new digests. OCI manifests pass through as is.
import { sha256Digest } from '../image/digest.js';
import {
  DOCKER_CONFIG,
  DOCKER_FOREIGN_LAYER,
  DOCKER_LAYER_GZIP,
  DOCKER_MANIFEST,
  DOCKER_MANIFEST_LIST,
  OCI_CONFIG,
  OCI_INDEX,
  OCI_LAYER_GZIP,
  OCI_MANIFEST,
} from '../image/media-types.js';
import type { Descriptor, ManifestNode } from './image-graph.js';

const OCI_EQUIVALENT: Record<string, string> = {
  [DOCKER_MANIFEST]: OCI_MANIFEST,
  [DOCKER_MANIFEST_LIST]: OCI_INDEX,
  [DOCKER_CONFIG]: OCI_CONFIG,
  [DOCKER_LAYER_GZIP]: OCI_LAYER_GZIP,
  [DOCKER_FOREIGN_LAYER]: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
};

function ociType(mediaType: string): string {
  return OCI_EQUIVALENT[mediaType] ?? mediaType;
}

function convertDescriptor(desc: Descriptor): Descriptor {
  return { ...desc, mediaType: ociType(desc.mediaType) };
}

export function toOciMediaTypes(node: ManifestNode): ManifestNode {
  const children = node.children.map(toOciMediaTypes);
  if (node.mediaType !== DOCKER_MANIFEST && node.mediaType !== DOCKER_MANIFEST_LIST && children.every((c, i) => c === node.children[i])) {
    return node;
  }
  const parsed = JSON.parse(node.bytes.toString('utf8')) as {
    mediaType?: string;
    config?: Descriptor;
    layers?: Descriptor[];
    manifests?: Descriptor[];
  };
  parsed.mediaType = ociType(parsed.mediaType ?? node.mediaType);
  if (parsed.config) parsed.config = convertDescriptor(parsed.config);
  if (parsed.layers) parsed.layers = parsed.layers.map(convertDescriptor);
  if (parsed.manifests) {
    const converted = new Map(node.children.map((original, i) => [original.digest, children[i]]));
    parsed.manifests = parsed.manifests.map((desc) => {
      const child = converted.get(desc.digest);
      return child ? { ...desc, mediaType: child.mediaType, digest: child.digest, size: child.bytes.length } : convertDescriptor(desc);
    });
  }
  const bytes = Buffer.from(JSON.stringify(parsed));
  return {
    ...node,
    mediaType: parsed.mediaType,
    bytes,
    digest: sha256Digest(bytes),
    children,
    blobs: node.blobs.map(convertDescriptor),
  };
}
