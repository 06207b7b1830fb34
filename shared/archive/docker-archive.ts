// The tarball `docker load` and skopeo's `docker-archive:` read (docs formats.md §4.1): manifest.json
// naming each image's config and layers, the blobs under blobs/<algorithm>/<hex> as the registry serves
// them (gzip'd layers stay gzip'd: both loaders decompress), and the legacy `repositories` file.
// One platform per image: the format has no indexes.
import { digestHex } from '../image/digest.js';
import { ConfigurationError } from '../errors/errors.js';
import { isForeignLayer } from '../image/media-types.js';
import type { BlobSpool } from '../transfer/blob-spool.js';
import { parseManifestJson, type Descriptor, type ManifestNode } from '../transfer/image-graph.js';
import { writeArchive, type ArchiveFile, type ArchiveOptions, type ArchiveResult } from './archive-file.js';

export interface DockerArchiveImage {
  /** An image manifest (not an index) whose config and layers are in the spool. */
  manifest: ManifestNode;
  /** `name:tag` references `docker load` tags the image with. */
  repoTags: string[];
}

export type DockerArchiveOptions = Pick<ArchiveOptions, 'compression' | 'mtime' | 'owner' | 'signal'>;

function blobPath(digest: string): string {
  return `blobs/${digest.slice(0, digest.indexOf(':'))}/${digestHex(digest)}`;
}

/** Docker's short form of a repository: `docker.io/library/x` → `x`, `docker.io/a/b` → `a/b`. */
export function familiarName(name: string): string {
  const hub = /^(?:docker\.io|index\.docker\.io)\/(.+)$/.exec(name);
  if (!hub) return name;
  return hub[1].startsWith('library/') && hub[1].split('/').length === 2 ? hub[1].slice('library/'.length) : hub[1];
}

/** `host/repo:tag` → name and tag (the tag is after the last ':' that follows the last '/'). */
function splitRepoTag(repoTag: string): { name: string; tag: string } {
  const colon = repoTag.lastIndexOf(':');
  if (colon < 0 || colon < repoTag.lastIndexOf('/')) throw new Error(`docker-archive: '${repoTag}' is not name:tag`);
  return { name: repoTag.slice(0, colon), tag: repoTag.slice(colon + 1) };
}

export async function writeDockerArchive(
  output: string,
  images: readonly DockerArchiveImage[],
  spool: BlobSpool,
  options: DockerArchiveOptions,
): Promise<ArchiveResult> {
  const files = new Map<string, ArchiveFile>();
  const addBlob = (digest: string) => {
    const path = blobPath(digest);
    if (!files.has(path)) files.set(path, { path, size: spool.size(digest), mode: 0o644, data: () => spool.file(digest) });
    return path;
  };
  const items: { Config: string; RepoTags: string[]; Layers: string[] }[] = [];
  const repositories: Record<string, Record<string, string>> = {};
  for (const image of images) {
    const what = image.repoTags[0] ?? image.manifest.digest;
    const parsed = parseManifestJson(image.manifest.bytes, what) as { config?: Descriptor; layers?: Descriptor[] };
    if (!parsed.config) throw new Error(`docker-archive: ${what} is not an image manifest`);
    const layers = parsed.layers ?? [];
    const foreign = layers.find((l) => isForeignLayer(l.mediaType));
    if (foreign) {
      throw new ConfigurationError(`${what}: layer ${foreign.digest} is a foreign (non-distributable) layer, which a docker-archive cannot hold.`);
    }
    // Layers[i] pairs with rootfs.diff_ids[i]: a layer listed twice is listed twice, its file written once.
    items.push({ Config: addBlob(parsed.config.digest), RepoTags: image.repoTags, Layers: layers.map((l) => addBlob(l.digest)) });
    const top = layers.at(-1);
    for (const repoTag of image.repoTags) {
      const { name, tag } = splitRepoTag(repoTag);
      const familiar = familiarName(name);
      // Only Docker's legacy loader (archives without manifest.json) reads this; it names the top layer.
      if (top) repositories[familiar] = { ...repositories[familiar], [tag]: digestHex(top.digest) };
    }
  }
  const json = (path: string, value: unknown): ArchiveFile => {
    const bytes = Buffer.from(JSON.stringify(value));
    return { path, size: bytes.length, mode: 0o644, data: () => bytes };
  };
  return writeArchive(output, [...files.values(), json('manifest.json', items), json('repositories', repositories)], {
    compression: options.compression,
    mtime: options.mtime,
    owner: options.owner,
    signal: options.signal,
  });
}
