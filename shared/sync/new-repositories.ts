// Which of a run's target repositories the target registry does not have yet, from one page of its
// catalog. An image bound for one has no tag to check and no blob to look for: a first sync into a fresh
// registry sends one listing instead of a HEAD per tag and per blob. A registry that will not list (most
// public ones), or has more repositories than a page holds, is asked per image as before.
import type { Logger } from '../action/logger.js';
import { errorMessage } from '../errors/errors.js';
import type { RegistryClient } from '../registry/registry-client.js';
import { isRunStopped } from '../run/run-control.js';

/** Repositories per catalog page: a registry this large is asked per image (one page, never a walk). */
const CATALOG_PAGE = 1000;
/** Fewer images than this: the listing would save no request. */
const WORTH_LISTING = 3;
/**
 * How long the listing may take, retries included. A healthy registry answers in milliseconds; one that
 * walks its storage for it (distribution on S3 with many repositories) can take minutes, and the copy
 * does not wait for that.
 */
const CATALOG_WAIT_MS = 3000;

export async function newRepositories(client: RegistryClient, repositories: readonly string[], logger: Logger): Promise<ReadonlySet<string>> {
  if (repositories.length < WORTH_LISTING) return new Set();
  const wanted = new Set(repositories);
  let listed: Set<string> | undefined;
  try {
    listed = await client.listRepositories(CATALOG_PAGE, AbortSignal.timeout(CATALOG_WAIT_MS));
  } catch (err) {
    if (isRunStopped(err)) throw err;
    logger.debug(`${client.host}: no repository catalog (${errorMessage(err)}); each image's tag is checked`);
    return new Set();
  }
  if (!listed) {
    logger.debug(`${client.host}: more than ${CATALOG_PAGE} repositories; each image's tag is checked`);
    return new Set();
  }
  const fresh = new Set([...wanted].filter((repository) => !listed.has(repository)));
  if (fresh.size > 0) {
    logger.info(`${client.host}: ${fresh.size} of ${wanted.size} target repositories are new (the registry's catalog): their tags and blobs are not looked up`);
  }
  return fresh;
}
