// The one copy loop: plan every image (resolve manifests, check the target), then move each blob once,
// then manifests (children before the index). Sources and sinks decide where bytes come from and go.
import type { Readable } from 'node:stream';
import pLimit from 'p-limit';
import { DigestVerifier } from '../digest.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { Progress, formatBytes } from '../progress.js';
import { withRetries, type RetryPolicy } from '../retry.js';
import { allBlobs, manifestsInPushOrder, platformString, selectPlatforms, type Descriptor, type ManifestNode } from './image-graph.js';
import type { ImageSink, ImageSource } from './image-source.js';

export interface TransferJob {
  source: ImageSource;
  sink: ImageSink;
}

export type TransferStatus = 'copied' | 'skipped' | 'missing' | 'failed';

export interface TransferResult {
  source: string;
  target: string;
  status: TransferStatus;
  digest?: string;
  /** Bytes this image moved (blobs shared with an earlier image count once, there). */
  bytes: number;
  blobs: number;
  platforms: string[];
  /** Why it was missing or failed. */
  error?: string;
}

export interface TransferOptions {
  concurrency: number;
  retry: RetryPolicy;
  logger: Logger;
  /** `os/arch[/variant]` to keep; empty keeps the whole index verbatim. */
  platforms?: readonly string[];
  progressLabel?: string;
}

/** Where a failure happened: reading the source (the image is missing) or writing the target. */
class SideError extends Error {
  constructor(
    readonly side: 'source' | 'target',
    readonly inner: unknown,
  ) {
    super(errorMessage(inner));
  }
}

interface PlannedImage {
  job: TransferJob;
  root: ManifestNode;
  blobs: Descriptor[];
}

export async function transferImages(jobs: TransferJob[], options: TransferOptions): Promise<TransferResult[]> {
  const { logger } = options;
  const results = new Map<TransferJob, TransferResult>();
  const progress = new Progress(logger, options.progressLabel ?? 'transfer', jobs.length);
  progress.start();
  try {
    const plans = await logger.group(`Plan ${jobs.length} images`, () => planAll(jobs, options, results, progress));
    progress.setTotals(jobs.length, plans.reduce((sum, p) => sum + p.blobs.reduce((s, b) => s + b.size, 0), 0));
    await logger.group(`Copy ${plans.length} images`, () => copyAll(plans, options, results, progress));
    logger.info(progress.line());
  } finally {
    progress.stop();
  }
  return jobs.map((job) => results.get(job) as TransferResult);
}

async function planAll(
  jobs: TransferJob[],
  options: TransferOptions,
  results: Map<TransferJob, TransferResult>,
  progress: Progress,
): Promise<PlannedImage[]> {
  const limit = pLimit(options.concurrency);
  const planned = await Promise.all(
    jobs.map((job) =>
      limit(async (): Promise<PlannedImage | undefined> => {
        const base = { source: job.source.name, target: job.sink.name, bytes: 0, blobs: 0, platforms: [] as string[] };
        let root: ManifestNode;
        try {
          root = selectPlatforms(await job.source.resolve(), options.platforms ?? [], job.source.name);
        } catch (err) {
          results.set(job, { ...base, status: 'missing', error: errorMessage(err) });
          options.logger.warning(`missing: ${job.source.name}: ${errorMessage(err)}`);
          progress.imageDone();
          return undefined;
        }
        const platforms = root.children.map((c) => platformString(c.platform));
        const blobs = allBlobs(root);
        try {
          const current = await job.sink.currentDigest();
          if (current === root.digest) {
            results.set(job, { ...base, platforms, digest: root.digest, status: 'skipped' });
            options.logger.info(`skipped: ${job.sink.name} already is ${root.digest}`);
            progress.imageDone();
            return undefined;
          }
        } catch (err) {
          results.set(job, { ...base, platforms, digest: root.digest, status: 'failed', error: errorMessage(err) });
          options.logger.warning(`failed: ${job.sink.name}: ${errorMessage(err)}`);
          progress.imageDone();
          return undefined;
        }
        return { job, root, blobs };
      }),
    ),
  );
  return planned.filter((p): p is PlannedImage => p !== undefined);
}

async function copyAll(
  plans: PlannedImage[],
  options: TransferOptions,
  results: Map<TransferJob, TransferResult>,
  progress: Progress,
): Promise<void> {
  const images = pLimit(options.concurrency);
  // Bytes in flight are bounded separately from images: an image waiting for a blob another image is
  // sending holds no stream slot, so waiting can never starve the transfer it waits for.
  const streams = pLimit(options.concurrency);
  await Promise.all(
    plans.map((plan) =>
      images(async () => {
        const { job, root, blobs } = plan;
        const base = {
          source: job.source.name,
          target: job.sink.name,
          digest: root.digest,
          blobs: blobs.length,
          platforms: root.children.map((c) => platformString(c.platform)),
        };
        let bytes = 0;
        try {
          const moved = await Promise.all(blobs.map((desc) => copyBlob(job, desc, streams, options, progress)));
          bytes = moved.reduce((a, b) => a + b, 0);
          for (const node of manifestsInPushOrder(root)) {
            await job.sink.putManifest(node, node === root).catch((err) => {
              throw new SideError('target', err);
            });
          }
          results.set(job, { ...base, bytes, status: 'copied' });
          // A built image is pushed under its own name: say it once.
          const route = job.source.name === job.sink.name ? job.sink.name : `${job.source.name} → ${job.sink.name}`;
          options.logger.info(`copied: ${route} (${blobs.length} blobs, ${formatBytes(bytes)})`);
        } catch (err) {
          const side = err instanceof SideError ? err.side : 'target';
          const status = side === 'source' ? 'missing' : 'failed';
          results.set(job, { ...base, bytes, status, error: errorMessage(err) });
          options.logger.warning(`${status}: ${side === 'source' ? job.source.name : job.sink.name}: ${errorMessage(err)}`);
        } finally {
          progress.imageDone();
        }
      }),
    ),
  );
}

/**
 * Moves one blob, retrying the whole read-and-write when the transport fails while the bytes flow.
 * Requests before that (HEAD, mount, opening the upload or the source) are retried by the client
 * itself; retrying them here too would multiply the attempts.
 */
async function copyBlob(
  job: TransferJob,
  desc: Descriptor,
  streams: ReturnType<typeof pLimit>,
  options: TransferOptions,
  progress: Progress,
): Promise<number> {
  return withRetries(
    options.retry,
    async () => {
      let sourceFailure: unknown;
      let streaming = false;
      const open = async (): Promise<Readable> => {
        const release = await acquire(streams);
        let body: Readable;
        try {
          body = await job.source.openBlob(desc);
        } catch (err) {
          release();
          sourceFailure = err;
          throw err;
        }
        streaming = true;
        const verifier = new DigestVerifier(desc.digest, desc.size, (n) => progress.addBytes(n));
        body.on('error', (err) => {
          sourceFailure = err;
          verifier.destroy(err);
        });
        verifier.on('error', (err) => (sourceFailure ??= err));
        verifier.once('close', release);
        return body.pipe(verifier);
      };
      try {
        return await job.sink.putBlob(desc, open);
      } catch (err) {
        // A bad source stream surfaces through the upload; blame the side that failed.
        const side = sourceFailure !== undefined ? 'source' : 'target';
        const failure = sourceFailure ?? err;
        // SideError is never retryable: the client already spent its retries on this request.
        if (!streaming) throw new SideError(side, failure);
        throw markSide(side, failure);
      }
    },
    (err, attempt, delay) =>
      options.logger.info(`${job.source.name}: blob ${desc.digest.slice(0, 19)}: ${errorMessage(err)}; retry ${attempt} in ${(delay / 1000).toFixed(1)}s`),
  ).catch((err) => {
    throw err instanceof SideError ? err : new SideError((err as { side?: 'source' | 'target' }).side ?? 'target', err);
  });
}

/** Keeps retryable errors retryable (the retry policy looks at the error itself) while noting the side. */
function markSide(side: 'source' | 'target', err: unknown): unknown {
  if (err instanceof Error) {
    (err as Error & { side?: string }).side = side;
    return err;
  }
  return new SideError(side, err);
}

/** Takes a slot of the limiter and gives back the function that frees it. */
function acquire(limit: ReturnType<typeof pLimit>): Promise<() => void> {
  return new Promise((resolveAcquired) => {
    void limit(
      () =>
        new Promise<void>((release) => {
          let released = false;
          resolveAcquired(() => {
            if (!released) {
              released = true;
              release();
            }
          });
        }),
    );
  });
}
