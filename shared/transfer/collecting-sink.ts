// Sinks that gather images for an archive: blobs go to a spool, manifests and tags are remembered, and
// an archive format (registry storage tree, OCI layout, docker-archive) is written from them, at the end
// or while the blobs arrive (blobFile waits for each).
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
  private ended = false;
  private endCopies!: () => void;
  private readonly copiesEnded = new Promise<void>((resolve) => (this.endCopies = resolve));

  constructor(readonly spool: BlobSpool) {}

  /** Images planned for the archive, in the order their sinks were made (the list's order), whatever order they were planned in. */
  get images(): CollectedImage[] {
    return [...this.collected].sort((a, b) => a.order - b.order);
  }

  /** No blob will arrive any more (the transfer is over): a writer still waiting for one fails. */
  copiesDone(): void {
    this.ended = true;
    this.endCopies();
  }

  /**
   * Where a blob's bytes are once it is in the spool, for an archive that holds each blob once (the file
   * is deleted once copied); fails when the transfer ended without it (an image failed).
   */
  async blobFile(digest: string): Promise<{ file: string; once: true }> {
    if (!this.spool.has(digest) && !this.ended) await Promise.race([this.spool.stored(digest), this.copiesEnded]);
    return { ...this.spool.file(digest), once: true };
  }

  sinkFor(repository: string, tag: string | undefined, name: string): ImageSink {
    const order = this.sinks++;
    return new CollectingSink(name, (image) => this.collected.push({ ...image, order }), this.spool, repository, tag);
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

  /** The image is the archive's from when it is planned: an archive written as blobs arrive needs all its entries first. */
  planned(root: ManifestNode): void {
    this.collect({ repository: this.repository, tag: this.tag, root });
  }

  /** Manifests are written from the planned image's own bytes, in memory: nothing to store. */
  async putManifest(): Promise<void> {}
}
