// The shape every source and sink speaks: a manifest with its child manifests (for an index) or its
// config and layer blobs (for an image), parsed from the verbatim bytes a registry served.
import { sha256Digest } from '../image/digest.js';
import { isForeignLayer, isImageManifestMediaType, isIndexMediaType } from '../image/media-types.js';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
  annotations?: Record<string, string>;
}

export interface ManifestNode {
  digest: string;
  mediaType: string;
  /** Exactly the bytes the source served: the digest is over these, so they are never re-serialized. */
  bytes: Buffer;
  /** Child manifests of an index, in index order. */
  children: ManifestNode[];
  /** Config and layers of an image manifest (foreign layers left out: registries never hold them). */
  blobs: Descriptor[];
  /** The platform the parent index lists this manifest under. */
  platform?: Platform;
}

interface ParsedManifest {
  schemaVersion?: number;
  mediaType?: string;
  manifests?: Descriptor[];
  config?: Descriptor;
  layers?: Descriptor[];
}

export class UnsupportedManifestError extends Error {}

export function parseManifestJson(bytes: Buffer, what: string): ParsedManifest {
  let parsed: ParsedManifest;
  try {
    parsed = JSON.parse(bytes.toString('utf8')) as ParsedManifest;
  } catch {
    throw new UnsupportedManifestError(`${what}: the manifest is not JSON`);
  }
  if (parsed.schemaVersion === 1) {
    throw new UnsupportedManifestError(`${what}: Docker schema 1 manifests are not supported (re-push the image with a current client)`);
  }
  return parsed;
}

/** Descriptors of the child manifests an index lists. */
export function indexChildren(mediaType: string, parsed: ParsedManifest): Descriptor[] | undefined {
  if (isIndexMediaType(mediaType) || (!parsed.config && Array.isArray(parsed.manifests))) return parsed.manifests ?? [];
  return undefined;
}

/** Config plus layers of an image manifest, each once, foreign layers left out. */
export function imageBlobs(mediaType: string, parsed: ParsedManifest, what: string): Descriptor[] {
  if (!parsed.config && !isImageManifestMediaType(mediaType)) {
    throw new UnsupportedManifestError(`${what}: unsupported manifest media type '${mediaType}'`);
  }
  const blobs: Descriptor[] = [];
  const seen = new Set<string>();
  for (const desc of [parsed.config, ...(parsed.layers ?? [])]) {
    if (!desc || seen.has(desc.digest) || isForeignLayer(desc.mediaType) || (desc as { urls?: unknown }).urls) continue;
    seen.add(desc.digest);
    blobs.push(desc);
  }
  return blobs;
}

export function platformString(platform?: Platform): string {
  if (!platform) return 'unknown';
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

/** The platforms an image is for: its children's, or those its index lists when they were not read (a skipped index). */
export function listedPlatforms(node: ManifestNode): string[] {
  if (node.children.length > 0 || !isIndexMediaType(node.mediaType)) return node.children.map((c) => platformString(c.platform));
  const listed = (JSON.parse(node.bytes.toString('utf8')) as ParsedManifest).manifests ?? [];
  return listed.map((d) => platformString(d.platform));
}

/** `linux/arm64` matches `linux/arm64/v8` too; `linux/arm/v7` needs the variant. */
export function platformMatches(platform: Platform | undefined, wanted: string): boolean {
  if (!platform) return false;
  const [os, architecture, variant] = wanted.split('/');
  if (platform.os !== os || platform.architecture !== architecture) return false;
  return variant === undefined || platform.variant === variant;
}

/**
 * Narrows an index to the wanted platforms. This writes a new index (a new digest): only done when the
 * user asked for platforms. Returns the node unchanged when it is not an index.
 */
export function selectPlatforms(node: ManifestNode, platforms: readonly string[], what: string): ManifestNode {
  if (platforms.length === 0 || node.children.length === 0) return node;
  const keep = node.children.filter((child) => platforms.some((p) => platformMatches(child.platform, p)));
  if (keep.length === 0) {
    const have = node.children.map((c) => platformString(c.platform)).join(', ');
    throw new UnsupportedManifestError(`${what}: none of the platforms ${platforms.join(', ')} is in the image (it has ${have})`);
  }
  if (keep.length === node.children.length) return node;
  const parsed = JSON.parse(node.bytes.toString('utf8')) as { manifests: Descriptor[] };
  const digests = new Set(keep.map((c) => c.digest));
  parsed.manifests = parsed.manifests.filter((d) => digests.has(d.digest));
  const bytes = Buffer.from(JSON.stringify(parsed, null, 2));
  return { ...node, bytes, digest: sha256Digest(bytes), children: keep };
}

/** A manifest and every child manifest under it, each once. */
export function manifestNodes(root: ManifestNode): ManifestNode[] {
  const nodes = new Map<string, ManifestNode>();
  const walk = (node: ManifestNode) => {
    nodes.set(node.digest, node);
    node.children.forEach(walk);
  };
  walk(root);
  return [...nodes.values()];
}

/** Every blob under a node (children first), each once. */
export function allBlobs(node: ManifestNode): Descriptor[] {
  const seen = new Map<string, Descriptor>();
  const walk = (n: ManifestNode) => {
    n.children.forEach(walk);
    for (const b of n.blobs) if (!seen.has(b.digest)) seen.set(b.digest, b);
  };
  walk(node);
  return [...seen.values()];
}
