// One source per repository for a run: GitHub API for `repositoryFullName` entries, git for `url:`
// entries; a repository listed twice shares one source (one clone, one tag list).
import { GitHubApi } from '../github/github-api.js';
import { GitHubComponentSource } from '../github/github-source.js';
import { GitComponentSource } from '../git/git-source.js';
import type { Logger } from '../action/logger.js';
import type { ChartEntry } from './charts-list.js';
import type { ComponentSource } from './component-source.js';

export function githubApiUrl(): string {
  return process.env.GITHUB_API_URL || 'https://api.github.com';
}

export class ComponentSources {
  private readonly sources = new Map<string, ComponentSource>();
  private client?: GitHubApi;

  constructor(private readonly options: { token?: string; logger: Logger }) {}

  for(entry: ChartEntry): ComponentSource {
    const key = entry.url ?? entry.repositoryFullName;
    let source = this.sources.get(key);
    if (!source) {
      source = entry.url ? new GitComponentSource(entry.url, { logger: this.options.logger }) : new GitHubComponentSource(entry.repositoryFullName, this.github());
      this.sources.set(key, source);
    }
    return source;
  }

  github(): GitHubApi {
    this.client ??= new GitHubApi({ baseUrl: githubApiUrl(), token: this.options.token, logger: this.options.logger });
    return this.client;
  }

  async close(): Promise<void> {
    await Promise.all([...this.sources.values()].map((s) => s.close()));
  }
}
