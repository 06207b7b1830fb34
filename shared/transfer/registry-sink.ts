// A repository in a target registry. Blobs already there are found with HEAD; blobs another repository
// of the same registry holds (or is receiving in this run) are mounted, not sent again.
import type { Readable } from 'node:stream';
import type { RegistryClient } from '../registry/registry-client.js';
import type { Descriptor, ManifestNode } from './image-graph.js';
import type { ImageSink } from './image-source.js';
import { SharedTransfers } from './shared-transfers.js';

interface Holder {
  repository: string;
  ready: Promise<boolean>;
}

/** Which repositories of one registry hold which blobs, as learned in this run; shared by its sinks. */
export class BlobLocations {
  private readonly holders = new Map<string, Holder[]>();
  readonly transfers = new SharedTransfers();

  /** Records that `repository` is getting (or has) the blob once `ready` resolves true. */
  add(digest: string, repository: string, ready: Promise<boolean>): void {
    const list = this.holders.get(digest) ?? [];
    list.push({ repository, ready });
    this.holders.set(digest, list);
  }

  /** Records a blob known to be in `repository` already (a base image's layers), so others mount it. */
  addKnown(digest: string, repository: string): void {
    this.add(digest, repository, Promise.resolve(true));
  }

  /**
   * The holders registered so far, fixed now. A transfer waits only on holders that came before it, so
   * waits form a chain, never a cycle, whichever of them fail.
   */
  holdersSoFar(digest: string): readonly Holder[] {
    return [...(this.holders.get(digest) ?? [])];
  }
}

/** The first of `holders` (in order) outside `repository` that ends up holding the blob. */
async function firstHolder(holders: readonly Holder[], repository: string): Promise<string | undefined> {
  for (const holder of holders) {
    if (holder.repository === repository) continue;
    if (await holder.ready.catch(() => false)) return holder.repository;
  }
  return undefined;
}

export class RegistrySink implements ImageSink {
  constructor(
    private readonly client: RegistryClient,
    private readonly repository: string,
    /** The tag the image lands at; undefined for an image pushed by digest only. */
    private readonly tag: string | undefined,
    /** For a digest-only image: the digest it is expected at (to skip it when already there). */
    private readonly digest: string | undefined,
    private readonly locations: BlobLocations,
    readonly name: string,
  ) {}

  async currentDigest(): Promise<string | undefined> {
    const reference = this.tag ?? this.digest;
    return reference ? (await this.client.headManifest(this.repository, reference))?.digest : undefined;
  }

  putBlob(desc: Descriptor, open: () => Promise<Readable>): Promise<number> {
    return this.locations.transfers.run(`${this.repository}@${desc.digest}`, () => this.transfer(desc, open));
  }

  async putManifest(node: ManifestNode, root: boolean): Promise<void> {
    await this.client.putManifest(this.repository, root && this.tag ? this.tag : node.digest, node);
  }

  private async transfer(desc: Descriptor, open: () => Promise<Readable>): Promise<number> {
    const earlier = this.locations.holdersSoFar(desc.digest);
    let resolveReady!: (ok: boolean) => void;
    this.locations.add(desc.digest, this.repository, new Promise<boolean>((r) => (resolveReady = r)));
    try {
      if (await this.client.hasBlob(this.repository, desc.digest)) {
        resolveReady(true);
        return 0;
      }
      const from = await firstHolder(earlier, this.repository);
      if (from && (await this.client.mountBlob(this.repository, desc.digest, from))) {
        resolveReady(true);
        return 0;
      }
      const body = await open();
      try {
        await this.client.uploadBlob(this.repository, desc.digest, desc.size, body);
      } catch (err) {
        body.destroy(); // the opener ties the source to this stream: both are released
        throw err;
      }
      resolveReady(true);
      return desc.size;
    } catch (err) {
      resolveReady(false);
      throw err;
    }
  }
}
