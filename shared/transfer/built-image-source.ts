// An image built on a base: the new manifests and configs are served from memory, the new layer from
// its file, and every other blob from the base image's source, so the engine copies it like any other.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { Descriptor, ManifestNode } from './image-graph.js';
import type { ImageSource } from './image-source.js';

/** A blob this build made: bytes in memory (configs) or a file (the layer). */
export type BuiltBlob = { bytes: Buffer } | { file: string };

export class BuiltImageSource implements ImageSource {
  constructor(
    readonly name: string,
    private readonly root: ManifestNode,
    private readonly built: ReadonlyMap<string, BuiltBlob>,
    /** Where the base image's blobs are read from. */
    private readonly base: ImageSource,
  ) {}

  async resolve(): Promise<ManifestNode> {
    return this.root;
  }

  /** The same image rooted at one of its manifests (one platform of an index). */
  rootedAt(node: ManifestNode): BuiltImageSource {
    return new BuiltImageSource(this.name, node, this.built, this.base);
  }

  async openBlob(desc: Descriptor): Promise<Readable> {
    const blob = this.built.get(desc.digest);
    if (!blob) return this.base.openBlob(desc);
    return 'bytes' in blob ? Readable.from([blob.bytes]) : createReadStream(blob.file, { highWaterMark: 1 << 20 });
  }
}
