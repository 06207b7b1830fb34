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
  private readonly collected: (CollectedImage & { order: number })[] = [];
  private sinks = 0;

  constructor(readonly spool: BlobSpool) {}

  /** Images in the order their sinks were made (the list's order), whatever order they finished in. */
  get images(): CollectedImage[] {
    return [...this.collected].sort((a, b) => a.order - b.order);
  }

  sinkFor(repository: string, tag: string | undefined, name: string): ImageSink {
    const order = this.sinks++;
    return new CollectingSink(name, (image) => this.collected.push({ ...image, order }), this.spool, repository, tag);
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
    readonly name: string,
    private readonly collect: (image: CollectedImage) => void,
    private readonly spool: BlobSpool,
    private readonly repository: string,
    private readonly tag: string | undefined,
  ) {}

  /** An archive starts empty: nothing to skip. */
  async currentDigest(): Promise<string | undefined> {
    return undefined;
  }

  putBlob(desc: Descriptor, open: () => Promise<Readable>): Promise<number> {
    return this.spool.put(desc.digest, open);
  }

  async putManifest(node: ManifestNode, root: boolean): Promise<void> {
    await this.spool.putBytes(node.digest, node.bytes);
    if (root) this.collect({ repository: this.repository, tag: this.tag, root: node });
  }
}
