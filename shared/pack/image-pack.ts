// pack-registry's work: read the listed images from the source registry with the transfer engine into a
// spool, then write them as a registry storage tree or an OCI layout in one deterministic archive.
import { ConfigurationError } from '../errors/errors.js';
import { displayPath } from '../action/inputs.js';
import { locationString, planRoutes } from '../image-list/image-routes.js';
import { checkRegistry } from '../registry/registry-check.js';
import type { Logger } from '../action/logger.js';
import type { RetryPolicy } from '../run/retry.js';
import type { RunControl } from '../run/run-control.js';
import { RegistryClientPool } from '../registry/client-pool.js';
import type { RegistryLocation } from '../registry/endpoint.js';
import { archiveMtime, tarSize, writeArchive, type ArchiveFile, type ArchiveResult } from '../archive/archive-file.js';
import type { PathOwner } from '../errors/fs-errors.js';
import { distributionTreeDirectories, distributionTreeFiles } from '../archive/distribution-tree.js';
import { ociLayoutFiles } from '../archive/oci-layout.js';
import { skipKnownBlobs } from '../lock/delta-sink.js';
import { writeLock } from '../lock/images-lock.js';
import { BlobSpool } from '../transfer/blob-spool.js';
import { ImageCollector } from '../transfer/collecting-sink.js';
import { allBlobs } from '../transfer/image-graph.js';
import { RegistryImageSource } from '../transfer/registry-source.js';
import { transferImages, type TransferJob, type TransferResult } from '../transfer/transfer-engine.js';

/** The input naming the archive, for write failures. */
export const PACK_OUTPUT_OWNER: PathOwner = { input: 'output' };

export type PackFormat = 'distribution' | 'oci';

export interface PackRequest {
  listFiles: string[];
  source?: RegistryLocation;
  projectMap: ReadonlyMap<string, string>;
  platforms: string[];
  concurrency: number;
  format: PackFormat;
  compression: 'gzip' | 'none';
  /** Absolute path of the archive. */
  output: string;
  sourceCredentials: { username?: string; password?: string };
  insecureRegistries: string[];
  retry: RetryPolicy;
  logger: Logger;
  control?: RunControl;
  /** Where images.lock is written (beside the archive). */
  lockPath: string;
  /** Digests of the previous release's images.lock: their config and layer blobs are left out (a delta). */
  previousLock?: ReadonlySet<string>;
}

export interface PackOutcome {
  results: TransferResult[];
  /** Written only when every image was read. */
  archive?: ArchiveResult;
  images: number;
  /** Distinct config and layer blobs in the archive. */
  blobs: number;
  durationMs: number;
  /** Uncompressed tar bytes of the archive written and of the full archive (equal unless a delta). */
  deltaBytes?: number;
  fullBytes?: number;
}

export async function packImages(request: PackRequest): Promise<PackOutcome> {
  const started = Date.now();
  const { logger } = request;
  const { routes } = await planRoutes(request.listFiles, request);
  // Two list lines naming the same repository and tag would fight over one tag link.
  const names = new Map<string, string>();
  for (const { entry } of routes) {
    const name = `${entry.ref.repository}:${entry.ref.tag ?? entry.ref.digest}`;
    const where = `${displayPath(entry.file)}:${entry.line}`;
    const earlier = names.get(name);
    if (earlier) throw new ConfigurationError(`${where}: '${entry.text}' lands on ${name}, as ${earlier} already does.`, { file: displayPath(entry.file), line: entry.line });
    names.set(name, `${where} ('${entry.text}')`);
  }

  const pool = new RegistryClientPool({
    retry: request.retry,
    logger,
    insecureRegistries: request.insecureRegistries,
    credentials: request.source ? [{ host: request.source.host, ...request.sourceCredentials, inputName: 'source' }] : [],
    signal: request.control?.signal,
  });
  if (request.source) await checkRegistry(pool, request.source.host, 'source-registry');

  const spool = await BlobSpool.create();
  let writing: Promise<ArchiveResult> | undefined;
  try {
    const collector = new ImageCollector(spool);
    const previous = request.previousLock ?? new Set<string>();
    const jobs: TransferJob[] = [];
    for (const { entry, source } of routes) {
      const client = await pool.get(source.host);
      const name = `${entry.ref.repository}${entry.ref.tag ? `:${entry.ref.tag}` : `@${entry.ref.digest}`}`;
      jobs.push({
        source: new RegistryImageSource(client, source.repository, source.digest ?? source.tag!, locationString(source)),
        sink: skipKnownBlobs(collector.sinkFor(entry.ref.repository, entry.ref.tag, name), previous),
      });
    }
    // The archive is written while the blobs arrive: once every image is planned (every entry is known), the
    // writer takes the blobs in digest order, the order the archive holds them in (and the order waiting
    // streams start in), each as soon as it has landed.
    let files: ArchiveFile[] = [];
    let tree: { directories?: string[] } = {};
    const writeAll = () => {
      files = request.format === 'oci' ? ociLayoutFiles(collector) : distributionTreeFiles(collector, previous);
      tree = request.format === 'oci' ? {} : { directories: distributionTreeDirectories(collector) };
      logger.info(`Writing ${request.output} as the blobs arrive`);
      return writeArchive(request.output, files, {
        compression: request.compression,
        mtime: archiveMtime(),
        signal: request.control?.signal,
        owner: PACK_OUTPUT_OWNER,
        ...tree,
      });
    };
    let results: TransferResult[];
    try {
      results = await transferImages(jobs, {
        concurrency: request.concurrency,
        retry: request.retry,
        logger,
        platforms: request.platforms,
        progressLabel: 'pack',
        control: request.control,
        writeOrder: {
          key: (desc) => desc.digest,
          planned: (allPlanned) => {
            // An image that could not be read means no archive: nothing is written for it.
            if (allPlanned) writing = writeAll();
            // Until the end, a failed write is the run's to report (below), not an unhandled rejection.
            writing?.catch(() => undefined);
          },
        },
      });
    } finally {
      collector.copiesDone();
    }
    const blobs = new Set(collector.images.flatMap((image) => allBlobs(image.root).map((b) => b.digest)));
    if (!writing || results.some((r) => r.status !== 'copied')) {
      // The write stops at the first blob that never came; its partial file is removed.
      await writing?.catch(() => undefined);
      return { results, images: collector.images.length, blobs: blobs.size, durationMs: Date.now() - started };
    }
    const archive = await writing;
    logger.info(`Wrote ${request.output}`);
    await writeLock(request.lockPath, collector.images, PACK_OUTPUT_OWNER);
    const deltaBytes = tarSize(files, tree);
    const fullBytes = previous.size === 0 ? deltaBytes : tarSize(distributionTreeFiles(collector), tree);
    return { results, archive, images: collector.images.length, blobs: blobs.size, durationMs: Date.now() - started, deltaBytes, fullBytes };
  } finally {
    // The writer reads from the spool until it ends (a failed run's partial file is removed by then).
    await writing?.catch(() => undefined);
    await spool.remove();
  }
}
