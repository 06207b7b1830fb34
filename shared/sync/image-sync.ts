// sync-images' work: read the lists, route each image, check the registries (and which target
// repositories are new), copy with the engine.
import { locationString, planRoutes } from '../image-list/image-routes.js';
import type { Logger } from '../action/logger.js';
import type { RetryPolicy } from '../run/retry.js';
import type { RunControl } from '../run/run-control.js';
import { newRepositories } from './new-repositories.js';
import { inShard, type Shard } from './shard.js';
import { RegistryClientPool, type InputCredentials } from '../registry/client-pool.js';
import type { RegistryLocation } from '../registry/endpoint.js';
import { checkRegistry } from '../registry/registry-check.js';
import { RegistryImageSource } from '../transfer/registry-source.js';
import { BlobLocations, RegistrySink } from '../transfer/registry-sink.js';
import { transferImages, type TransferJob, type TransferResult } from '../transfer/transfer-engine.js';

export interface SyncRequest {
  listFiles: string[];
  source?: RegistryLocation;
  target: RegistryLocation;
  projectMap: ReadonlyMap<string, string>;
  platforms: string[];
  concurrency: number;
  shard?: Shard;
  sourceCredentials: { username?: string; password?: string };
  targetCredentials: { username?: string; password?: string };
  insecureRegistries: string[];
  retry: RetryPolicy;
  logger: Logger;
  control?: RunControl;
}

export interface SyncOutcome {
  /** Images listed in all files (before sharding). */
  listed: number;
  results: TransferResult[];
  durationMs: number;
}

export async function syncImages(request: SyncRequest): Promise<SyncOutcome> {
  const started = Date.now();
  const { logger } = request;
  const { entries, routes } = await planRoutes(request.listFiles, request);
  const mine = inShard(routes, (r) => r.entry.text, request.shard);
  if (request.shard) logger.info(`shard ${request.shard.index}/${request.shard.count}: ${mine.length} of ${routes.length} images`);

  const credentials: InputCredentials[] = [{ host: request.target.host, ...request.targetCredentials, inputName: 'target' }];
  if (request.source) credentials.push({ host: request.source.host, ...request.sourceCredentials, inputName: 'source' });
  const pool = new RegistryClientPool({
    retry: request.retry,
    logger,
    insecureRegistries: request.insecureRegistries,
    credentials,
    signal: request.control?.signal,
  });
  // Both registries are asked at once (then the target's catalog); a failure is raised in input order.
  const [sourceCheck, targetCheck] = await Promise.allSettled([
    request.source && checkRegistry(pool, request.source.host, 'source-registry'),
    checkRegistry(pool, request.target.host, 'target-registry').then(async () =>
      newRepositories(await pool.get(request.target.host), mine.map((route) => route.target!.repository), logger),
    ),
  ]);
  if (sourceCheck.status === 'rejected') throw sourceCheck.reason;
  if (targetCheck.status === 'rejected') throw targetCheck.reason;

  const locations = new BlobLocations();
  locations.markNew(targetCheck.value);
  const target = await pool.get(request.target.host);
  const jobs: TransferJob[] = [];
  for (const route of mine) {
    const source = route.source;
    const to = route.target!;
    const sourceClient = await pool.get(source.host);
    jobs.push({
      source: new RegistryImageSource(sourceClient, source.repository, source.digest ?? source.tag!, locationString(source)),
      sink: new RegistrySink(target, to.repository, to.tag, to.digest, locations, locationString(to)),
    });
  }
  const results = await transferImages(jobs, {
    concurrency: request.concurrency,
    retry: request.retry,
    logger,
    platforms: request.platforms,
    progressLabel: 'sync',
    control: request.control,
  });
  return { listed: entries.length, results, durationMs: Date.now() - started };
}
