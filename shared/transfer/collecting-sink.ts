// Sinks that gather images for an archive: blobs go to a spool, manifests and tags are remembered, and
// an archive format (registry storage tree, OCI layout, docker-archive) is written from them at the end.
import type { Readable } from 'node:stream';
import type { BlobSpool } from './blob-spool.js';
import type { Descriptor, ManifestNode } from './image-graph.js';
import type { ImageSink } from './image-source.js';

export interface CollectedImage {
  /** Repository path inside the archive, e.g. `release/app-admin`. */
  repository: string;
  tag?: string;
  root: ManifestNode;
}

export class ImageCollector {
  readonly images: CollectedImage[] = [];

  constructor(readonly spool: BlobSpool) {}

  sinkFor(repository: string, tag: string | undefined, name: string): ImageSink {
    return new CollectingSink(this, repository, tag, name);
  }

  /** Every blob and manifest digest the archive will hold, each once. */
  digests(): string[] {
    const all = new Set<string>();
    const walk = (node: ManifestNode) => {
      all.add(node.digest);
      node.blobs.forEach((b) => all.add(b.digest));
      node.children.forEach(walk);
    };
    this.images.forEach((image) => walk(image.root));
    return [...all];
  }
}

class CollectingSink implements ImageSink {
  constructor(
    private readonly collector: ImageCollector,
    private readonly repository: string,
    private readonly tag: string | undefined,
    readonly name: string,
  ) {}

  /** An archive starts empty: nothing to skip. */
  async currentDigest(): Promise<string | undefined> {
    return undefined;
  }

  putBlob(desc: Descriptor, open: () => Promise<Readable>): Promise<number> {
    return this.collector.spool.put(desc.digest, open);
  }

  async putManifest(node: ManifestNode, root: boolean): Promise<void> {
    await this.collector.spool.putBytes(node.digest, node.bytes);
    if (root) this.collector.images.push({ repository: this.repository, tag: this.tag, root: node });
  }
}
