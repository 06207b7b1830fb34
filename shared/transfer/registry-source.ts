// An image read from a registry: the root manifest, then every child of an index.
import type { Readable } from 'node:stream';
import type { RegistryClient } from '../registry/registry-client.js';
import { imageBlobs, indexChildren, parseManifestJson, type Descriptor, type ManifestNode, type Platform } from './image-graph.js';
import type { ImageSource } from './image-source.js';

export class RegistryImageSource implements ImageSource {
  constructor(
    private readonly client: RegistryClient,
    private readonly repository: string,
    /** Tag or digest; the digest when the reference has both. */
    private readonly reference: string,
    readonly name: string,
  ) {}

  resolve(held?: (rootDigest: string) => Promise<boolean>): Promise<ManifestNode> {
    return this.fetchNode(this.reference, undefined, 0, held);
  }

  openBlob(desc: Descriptor): Promise<Readable> {
    return this.client.openBlob(this.repository, desc.digest);
  }

  /** A small blob (a config) whole and digest-checked; a body cut short is fetched again. */
  readBlob(desc: Descriptor, maxBytes: number): Promise<Buffer> {
    return this.client.getBlob(this.repository, desc.digest, maxBytes);
  }

  private async fetchNode(reference: string, platform?: Platform, depth = 0, held?: (digest: string) => Promise<boolean>): Promise<ManifestNode> {
    const manifest = await this.client.getManifest(this.repository, reference);
    const what = `${this.name}${depth > 0 ? ` (${manifest.digest})` : ''}`;
    const parsed = parseManifestJson(manifest.bytes, what);
    const childDescriptors = indexChildren(manifest.mediaType, parsed);
    const node: ManifestNode = { ...manifest, children: [], blobs: [], platform };
    // An index the target already holds is skipped: its children need not be read.
    if (childDescriptors && held && (await held(manifest.digest))) return node;
    if (childDescriptors) {
      if (depth > 2) throw new Error(`${what}: indexes nested too deep`);
      node.children = await Promise.all(childDescriptors.map((d) => this.fetchNode(d.digest, d.platform, depth + 1)));
    } else {
      node.blobs = imageBlobs(manifest.mediaType, parsed, what);
    }
    return node;
  }
}
