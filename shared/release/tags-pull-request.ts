// The PR that asks the owners to confirm the new tags: release_charts.yaml committed on a branch of
// the product repository (force-updated each run, so there is one PR), opened or updated through the
// GitHub API, with review requested from the owners of the changed components.
import { ConfigurationError, errorMessage } from '../errors/errors.js';
import { GitHubApi, GitHubApiError } from '../github/github-api.js';
import { splitReviewers } from '../github/github-names.js';
import { commitFileToBranch } from '../git/push-branch.js';
import type { Logger } from '../action/logger.js';
import { githubApiUrl } from './component-sources.js';

export interface TagsPullRequest {
  /** The checkout of the product repository. */
  workspace: string;
  /** The release file's path in the repository. */
  path: string;
  content: string;
  branch: string;
  /** Target branch; default: the repository's default branch. */
  base?: string;
  title: string;
  body: string;
  reviewers: string[];
  token?: string;
  logger: Logger;
}

export async function openTagsPullRequest(request: TagsPullRequest): Promise<string> {
  const repository = process.env.GITHUB_REPOSITORY;
  if (!repository || !repository.includes('/')) {
    throw new ConfigurationError('create-pull-request needs GITHUB_REPOSITORY (owner/repo of the product repository), set on every GitHub runner.');
  }
  const [owner, repo] = repository.split('/');
  const client = new GitHubApi({ baseUrl: githubApiUrl(), token: request.token, logger: request.logger });
  const base = request.base ?? (await client.getRepo(owner, repo)).default_branch;
  const commit = await commitFileToBranch({
    repoDir: request.workspace,
    branch: request.branch,
    path: request.path,
    content: request.content,
    message: request.title,
    base,
  });
  request.logger.info(commit ? `${request.branch} → ${commit.slice(0, 12)}` : `${request.branch} already holds this ${request.path}`);
  const existing = await client.findOpenPull(owner, repo, `${owner}:${request.branch}`, base);
  const pull = existing
    ? await client.updatePull(owner, repo, existing.number, { title: request.title, body: request.body })
    : await client.createPull(owner, repo, { title: request.title, head: request.branch, base, body: request.body });
  request.logger.info(`${existing ? 'updated' : 'opened'} ${pull.html_url}`);
  if (request.reviewers.length > 0) await askReviewers(client, owner, repo, pull.number, request.reviewers, request.logger);
  return pull.html_url;
}

/**
 * Asks the owners to review, best effort: the PR stands either way. GitHub refuses the whole request
 * (422) when one name is not a collaborator or is the PR's author, so then each is asked alone and
 * the ones GitHub refused are named in one warning.
 */
async function askReviewers(client: GitHubApi, owner: string, repo: string, number: number, owners: string[], logger: Logger): Promise<void> {
  const ask = (names: string[]) => client.requestReviewers(owner, repo, number, splitReviewers(names));
  try {
    await ask(owners);
    return;
  } catch (err) {
    if (!(err instanceof GitHubApiError && err.status === 422)) {
      logger.warning(`pull request #${number}: could not ask ${owners.join(', ')} to review: ${errorMessage(err)}`);
      return;
    }
  }
  const refused: string[] = [];
  const reasons = new Set<string>();
  for (const name of owners) {
    try {
      await ask([name]);
    } catch (err) {
      refused.push(name);
      reasons.add(errorMessage(err).replace(/^reviewers for pull request #\d+ in [^:]+: /, ''));
    }
  }
  if (refused.length > 0) {
    logger.warning(`pull request #${number}: could not ask ${refused.join(', ')} to review (${[...reasons].join('; ')}); the pull request stands`);
  }
}
