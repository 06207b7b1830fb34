// The names a user writes for GitHub things: `owner/repo`, and review owners (`user`, `org/team`).
import { ConfigurationError } from '../errors/errors.js';

export interface ReviewRequest {
  reviewers: string[];
  team_reviewers: string[];
}

/** `owner/repo` → its parts; anything else is the user's mistake. */
export function parseRepositoryFullName(fullName: string): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(fullName.trim());
  if (!m || m[2] === '.' || m[2] === '..') {
    throw new ConfigurationError(`"${fullName}" is not a GitHub repository name: expected owner/repo`);
  }
  return { owner: m[1]!, repo: m[2]!.replace(/\.git$/, '') };
}

/** Splits review owners: `user` asks a user, `org/team` asks the team by its slug. */
export function splitReviewers(owners: readonly string[]): ReviewRequest {
  const reviewers = new Set<string>();
  const teams = new Set<string>();
  for (const raw of owners) {
    const owner = raw.trim().replace(/^@/, '');
    if (!owner) continue;
    const slash = owner.indexOf('/');
    if (slash >= 0) teams.add(owner.slice(slash + 1));
    else reviewers.add(owner);
  }
  return { reviewers: [...reviewers], team_reviewers: [...teams] };
}
