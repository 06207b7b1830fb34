// The one copy loop: plan every image (resolve manifests, check the target), then move each blob once,
// then manifests (children before the index). Sources and sinks decide where bytes come from and go.
// Every transfer it starts settles before it returns, whatever fails: a failed blob waits for its
// siblings, a stopped run aborts what is in flight, a local failure (a full disk) stops new work and is
// raised once at the end.
import type { Readable } from 'node:stream';
import pLimit from 'p-limit';
import { DigestMismatchError, DigestVerifier, StalledBodyError, TruncatedBodyError } from '../image/digest.js';
import { errorMessage, withoutName } from '../errors/errors.js';
import { retryLine } from '../http/http-body.js';
import { LocalIoError } from '../errors/fs-errors.js';
import { noteBytesMoved } from '../http/heap-trim.js';
import type { Logger } from '../action/logger.js';
import { Progress, formatBytes } from '../run/progress.js';
import { requestLimits } from '../http/request-limits.js';
import { withRetries, type RetryPolicy } from '../run/retry.js';
import { RunControl, isRunStopped } from '../run/run-control.js';
import { allBlobs, listedPlatforms, platformString, selectPlatforms, type Descriptor, type ManifestNode } from './image-graph.js';
import type { ImageSink, ImageSource } from './image-source.js';
import { isJoinedFailure } from './shared-transfers.js';
import { StreamSlots } from './stream-slots.js';

export interface TransferJob {
  source: ImageSource;
  sink: ImageSink;
}

/** `cancelled`: the run was stopped (a cancelled job, the time limit) before the image was done. */
export type TransferStatus = 'copied' | 'skipped' | 'missing' | 'failed' | 'cancelled';

export interface TransferResult {
  source: string;
  target: string;
  status: TransferStatus;
  digest?: string;
  /** Bytes this image moved (blobs shared with an earlier image count once, there). */
  bytes: number;
  blobs: number;
  platforms: string[];
  /** Why it was missing, failed or cancelled. */
  error?: string;
}

export interface TransferOptions {
  concurrency: number;
  retry: RetryPolicy;
  logger: Logger;
  /** `os/arch[/variant]` to keep; empty keeps the whole index verbatim. */
  platforms?: readonly string[];
  progressLabel?: string;
  /** The run's stop switch and in-flight list; a private one when the caller has none. */
  control?: RunControl;
  /**
   * For sinks that write blobs in an order of their own (a sorted archive): `planned` hears once every
   * image is planned (and whether all of them were), and blob streams waiting for a slot start in the
   * order of `key`, so the writer can take each blob about as it arrives.
   */
  writeOrder?: {
    key(desc: Descriptor): string;
    planned(allPlanned: boolean): void;
  };
}

type Side = 'source' | 'target';

/** A blob or manifest that failed for good, with the side to blame: reading the source, or writing the target. */
class SideError extends Error {
  constructor(
    readonly side: Side,
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

/** What every image of one run shares: limits, progress, and the first local failure, which stops new work. */
interface RunState {
  options: TransferOptions;
  control: RunControl;
  progress: Progress;
  results: Map<TransferJob, TransferResult>;
  /** Bytes in flight are bounded apart from images, so an image waiting on another's blob holds no stream slot. */
  streams: StreamSlots;
  stallMs: number;
  localFailure?: LocalIoError;
}

export async function transferImages(jobs: TransferJob[], options: TransferOptions): Promise<TransferResult[]> {
  const { logger } = options;
  const state: RunState = {
    options,
    control: options.control ?? new RunControl(),
    progress: new Progress(logger, options.progressLabel ?? 'transfer', jobs.length),
    results: new Map(),
    streams: new StreamSlots(options.concurrency),
    stallMs: requestLimits().stallMs,
  };
  state.progress.start();
  try {
    const plans = pLimit(options.concurrency);
    const { writeOrder } = options;
    await logger.group(`Copy ${jobs.length} images`, async () => {
      if (writeOrder) {
        // Each image copies as soon as it is planned, all at once (the stream slots bound the bytes in
        // flight, served in the writer's order); the writer hears once every image is planned. A slow
        // manifest holds back the writer's start, not the other images' blobs.
        const planning = jobs.map((job) => plans(() => planImage(job, state)));
        const told = Promise.all(planning).then((planned) => writeOrder.planned(planned.every((plan) => plan !== undefined)));
        told.catch(() => undefined); // raised below, once every copy has settled
        await Promise.all(
          planning.map(async (planned) => {
            const plan = await planned;
            if (plan) await copyImage(plan, state);
          }),
        );
        await told;
        return;
      }
      // Each image is copied as soon as it is planned: a slow manifest holds back its own image only.
      const copies = pLimit(options.concurrency);
      await Promise.all(
        jobs.map(async (job) => {
          const plan = await plans(() => planImage(job, state));
          if (plan) await copies(() => copyImage(plan, state));
        }),
      );
    });
    logger.info(state.progress.line());
  } finally {
    state.progress.stop();
  }
  if (state.localFailure) throw state.localFailure;
  return jobs.map((job) => state.results.get(job) as TransferResult);
}

/** Throws when no new work may start: the run was stopped, or this machine failed. */
function checkGoing(state: RunState): void {
  state.control.throwIfStopped();
  if (state.localFailure) throw state.localFailure;
}

/** Records an image that did not make it, with one warning that names it once. */
function settleFailed(state: RunState, job: TransferJob, base: Omit<TransferResult, 'status'>, err: unknown, side: Side): void {
  if (err instanceof LocalIoError) state.localFailure ??= err;
  // Once the run is stopped, whatever broke off is the stop's doing, not the image's.
  if (state.control.stopped !== undefined || err instanceof LocalIoError) {
    state.results.set(job, { ...base, status: 'cancelled', error: errorMessage(err) });
    return;
  }
  const status = side === 'source' ? 'missing' : 'failed';
  const name = side === 'source' ? job.source.name : job.sink.name;
  const message = errorMessage(err);
  state.results.set(job, { ...base, status, error: message });
  state.options.logger.warning(`${status}: ${name}: ${withoutName(message, name)}`);
}

/** Resolves the source's manifests and checks the target; undefined when the image is done (skipped) or failed. */
async function planImage(job: TransferJob, state: RunState): Promise<PlannedImage | undefined> {
  const { options, control, results, progress } = state;
  const base = { source: job.source.name, target: job.sink.name, bytes: 0, blobs: 0, platforms: [] as string[] };
  try {
    checkGoing(state);
    // The source's root manifest and the target's tag are asked for at once: one wait, not two in a row.
    // An index the target already holds (and no platforms to narrow it to) is skipped without reading
    // its children.
    const checking = control.track(`checking ${job.sink.name}`, () => job.sink.currentDigest());
    const held = options.platforms?.length ? undefined : (digest: string) => checking.then((current) => current === digest, () => false);
    const [read, checked] = await Promise.allSettled([control.track(`reading ${job.source.name}`, () => job.source.resolve(held)), checking]);
    if (read.status === 'rejected') throw new SideError('source', read.reason);
    if (checked.status === 'rejected') throw new SideError('target', checked.reason);
    const root = selectPlatforms(read.value, options.platforms ?? [], job.source.name);
    if (checked.value === root.digest) {
      results.set(job, { ...base, platforms: listedPlatforms(root), digest: root.digest, status: 'skipped' });
      options.logger.info(`skipped: ${job.sink.name} already is ${root.digest}`);
      progress.imageDone();
      return undefined;
    }
    const blobs = allBlobs(root);
    job.sink.planned?.(root);
    return { job, root, blobs };
  } catch (err) {
    settleFailed(state, job, base, err instanceof SideError ? err.inner : err, err instanceof SideError ? err.side : 'target');
    progress.imageDone();
    return undefined;
  }
}

async function copyImage(plan: PlannedImage, state: RunState): Promise<void> {
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
    checkGoing(state);
    // Every blob settles before the image does: nothing of a failed image is left running behind it.
    const outcomes = await Promise.allSettled(blobs.map((desc) => copyBlob(job, desc, state)));
    for (const outcome of outcomes) if (outcome.status === 'fulfilled') bytes += outcome.value;
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) throw failed.reason;
    checkGoing(state);
    await state.control.track(`writing the manifests of ${job.sink.name}`, () => putManifests(job.sink, root));
    state.results.set(job, { ...base, bytes, status: 'copied' });
    // A built image is pushed under its own name: say it once.
    const route = job.source.name === job.sink.name ? job.sink.name : `${job.source.name} → ${job.sink.name}`;
    state.options.logger.info(`copied: ${route} (${blobs.length} blobs, ${formatBytes(bytes)})`);
  } catch (err) {
    settleFailed(state, job, { ...base, bytes }, err instanceof SideError ? err.inner : err, err instanceof SideError ? err.side : 'target');
  } finally {
    state.progress.imageDone();
  }
}

/**
 * Stores the manifests, each after all of its children (siblings at once), the root last with its tag.
 * Every PUT settles before a failure is raised: no manifest of a failed image is left in flight.
 */
async function putManifests(sink: ImageSink, root: ManifestNode): Promise<void> {
  const stored = new Map<string, Promise<void>>();
  const put = (node: ManifestNode): Promise<void> => {
    let done = stored.get(node.digest);
    if (!done) {
      done = Promise.allSettled(node.children.map(put)).then(async (children) => {
        const failed = children.find((c): c is PromiseRejectedResult => c.status === 'rejected');
        if (failed) throw failed.reason;
        await sink.putManifest(node, node === root).catch((err: unknown) => {
          throw new SideError('target', err);
        });
      });
      stored.set(node.digest, done);
    }
    return done;
  };
  await put(root);
}

/** Errors the verifier raises about the bytes themselves: the source's fault. */
function isContentError(err: unknown): boolean {
  return err instanceof DigestMismatchError || err instanceof TruncatedBodyError || (err instanceof StalledBodyError && err.side === 'source');
}

/**
 * Moves one blob, retrying the whole read-and-write when the transport fails while the bytes flow.
 * Requests before that (HEAD, mount, opening the upload or the source) are retried by the client
 * itself; retrying them here too would multiply the attempts.
 */
async function copyBlob(job: TransferJob, desc: Descriptor, state: RunState): Promise<number> {
  const { options, control } = state;
  const label = `${job.source.name}: blob ${desc.digest}`;
  return withRetries(
    options.retry,
    async () => {
      checkGoing(state);
      let sourceFailure: unknown;
      let streaming = false;
      const open = async (): Promise<Readable> => {
        const release = await state.streams.acquire(options.writeOrder?.key(desc));
        let body: Readable;
        try {
          checkGoing(state);
          body = await job.source.openBlob(desc);
        } catch (err) {
          release();
          sourceFailure = markSide('source', err);
          throw err;
        }
        streaming = true;
        const verifier = new DigestVerifier(body, desc.digest, desc.size, (n) => moved(state, n), state.stallMs);
        let dropped = false;
        body.on('error', (err) => {
          // An error after we dropped the body ourselves is our abort echoing back, not the source's fault.
          if (dropped) return;
          // Marked where it happens: images that joined this transfer read the blame from the error.
          sourceFailure ??= markSide('source', err);
        });
        verifier.once('error', (err) => {
          if (isContentError(err)) sourceFailure ??= markSide('source', err);
        });
        // However the verifier ends (done, failed, or dropped by a refused upload), the source's
        // connection is freed with it: a paused source body would hold a pool slot for good.
        verifier.once('close', () => {
          release();
          if (!body.readableEnded) {
            dropped = true;
            body.destroy();
          }
        });
        return verifier;
      };
      try {
        return await control.track(label, () => job.sink.putBlob(desc, open));
      } catch (err) {
        if (err instanceof LocalIoError || isRunStopped(err)) throw err;
        // Another image's transfer that this one waited for: its blame stands, and this image still
        // has its own tries to spend on the blob.
        if (isJoinedFailure(err)) return Promise.reject(markSide((err as { side?: Side }).side ?? 'target', err));
        // A bad source stream surfaces through the upload; blame the side that failed.
        const side: Side = sourceFailure !== undefined ? 'source' : 'target';
        const failure = sourceFailure ?? err;
        // SideError is never retryable: before the bytes flowed, the client already spent its retries.
        if (!streaming) throw new SideError(side, failure);
        return Promise.reject(markSide(side, failure));
      }
    },
    (err, attempt, delay) => options.logger.info(retryLine(label, err, attempt, delay)),
    control.signal,
  ).catch((err: unknown) => {
    if (err instanceof SideError || err instanceof LocalIoError || isRunStopped(err)) throw err;
    throw new SideError((err as { side?: Side }).side ?? 'target', err);
  });
}

/** A blob's bytes passed: the progress line counts them, and a running heap trim may look again. */
function moved(state: RunState, n: number): void {
  state.progress.addBytes(n);
  noteBytesMoved(n);
}

/** Keeps retryable errors retryable (the retry policy looks at the error itself) while noting the side. */
function markSide(side: Side, err: unknown): unknown {
  if (err instanceof Error) {
    (err as Error & { side?: string }).side = side;
    return err;
  }
  return new SideError(side, err);
}
