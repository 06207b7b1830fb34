// A repository in a target registry. Blobs already there are found with one HEAD (none in a repository
// the registry did not have at the start); blobs another repository of the same registry holds (or is
// receiving in this run) are mounted, not sent again.
import type { Readable } from 'node:stream';
import type { RegistryClient } from '../registry/registry-client.js';
import { RegistryError } from '../registry/registry-error.js';
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
  /**
   * Whether this registry mounts, as learned in this run: a cross-repository mount answered 201 (yes)
   * or 202 for a blob the other repository holds (no). Unknown until then.
   */
  mounts?: boolean;
  /** Repositories the registry did not have when the run started (its catalog said so): empty until then. */
  private fresh: ReadonlySet<string> = new Set();

  /** Records repositories the registry does not have yet: they have no tags to check and no blobs to look for. */
  markNew(repositories: ReadonlySet<string>): void {
    this.fresh = repositories;
  }

  /** True when `repository` did not exist at the start: whatever it holds, this run put there. */
  isNew(repository: string): boolean {
    return this.fresh.has(repository);
  }

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
    if (!reference || this.locations.isNew(this.repository)) return undefined;
    return (await this.client.headManifest(this.repository, reference))?.digest;
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
      // A repository known to hold the blob: mount straight away, one request (a mount the registry
      // declines opens the upload session instead). Else, into a repository new in this run, a plain
      // upload: nothing can be there but what this run sent, and that is a transfer it shares. Else, on a
      // registry seen to mount, a mount from this repository itself asks "is it here?" and opens the
      // session in one request. Else HEAD first: a registry that does not mount answers any mount with a
      // session, even for a blob it has.
      const holder = await firstHolder(earlier, this.repository);
      let location: string | undefined;
      if (holder) {
        location = await this.startUpload(desc.digest, holder);
        this.locations.mounts ??= location === undefined;
      } else if (this.locations.isNew(this.repository)) {
        location = await this.client.startUpload(this.repository, desc.digest);
      } else {
        location = this.locations.mounts ? await this.startUpload(desc.digest, this.repository) : await this.uploadIfAbsent(desc.digest);
      }
      if (location === undefined) {
        resolveReady(true);
        return 0;
      }
      let body: Readable;
      try {
        body = await open();
      } catch (err) {
        await this.client.cancelUpload(this.repository, location);
        throw err;
      }
      try {
        await this.client.uploadBlob(this.repository, desc.digest, desc.size, body, location);
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

  /**
   * startUpload with a mount; a registry that refuses the mount parameters outright (rather than
   * opening a session, as the distribution spec asks) is asked the plain way: HEAD, then POST.
   */
  private async startUpload(digest: string, from: string): Promise<string | undefined> {
    try {
      return await this.client.startUpload(this.repository, digest, from);
    } catch (err) {
      if (!(err instanceof RegistryError) || !MOUNT_REFUSED.includes(err.status)) throw err;
    }
    return this.uploadIfAbsent(digest);
  }

  /** The upload session for a blob this repository does not have yet; undefined when it has it. */
  private async uploadIfAbsent(digest: string): Promise<string | undefined> {
    if (await this.client.hasBlob(this.repository, digest)) return undefined;
    return this.client.startUpload(this.repository, digest);
  }
}

/** Statuses a registry without mount support might answer a mount request with. */
const MOUNT_REFUSED = [400, 403, 404, 405, 501];
