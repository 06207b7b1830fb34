// What the transfer engine reads from and writes to. Sources: a registry image (sync, pack), a base
// image plus a new layer (build). Sinks: a registry repository, a storage tree or layout in a tar.
import type { Readable } from 'node:stream';
import type { Descriptor, ManifestNode } from './image-graph.js';

export interface ImageSource {
  /** The image as the user named it, for messages and reports. */
  readonly name: string;
  /**
   * The root manifest with every child manifest resolved. When `held(rootDigest)` says the target holds
   * the root already, a source may return the root alone (no children read): the image is skipped.
   */
  resolve(held?: (rootDigest: string) => Promise<boolean>): Promise<ManifestNode>;
  /** A blob's bytes; the engine verifies them against the descriptor while they flow. */
  openBlob(desc: Descriptor): Promise<Readable>;
}

export interface ImageSink {
  readonly name: string;
  /** What the target reference holds now, so an image already there is skipped without reading blobs. */
  currentDigest(): Promise<string | undefined>;
  /** The image this sink is about to receive, once the engine has planned it (before any of its blobs move). */
  planned?(root: ManifestNode): void;
  /**
   * Makes sure the target has the blob. `open` is called only when the bytes must actually move, and
   * gives a stream that fails rather than ends if the bytes do not match the digest. Returns the bytes moved.
   */
  putBlob(desc: Descriptor, open: () => Promise<Readable>): Promise<number>;
  /**
   * Stores a manifest after all of its blobs and children. The root goes last and gets the sink's
   * tag; children are stored by digest.
   */
  putManifest(node: ManifestNode, root: boolean): Promise<void>;
}
