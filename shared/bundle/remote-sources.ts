// Downloads the remote sources of a bundle into a staging folder: `https://` URLs with
// @actions/tool-cache (which retries 5xx, 408, 429 and connection errors), GitHub release assets through
// the REST API. A source used by two lines is downloaded once.
import { HTTPError, downloadTool } from '@actions/tool-cache';
import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors/errors.js';
import { GitHubApi } from '../github/github-api.js';
import { describeError } from '../http/http-body.js';
import type { Logger } from '../action/logger.js';
import { githubApiUrl } from '../release/component-sources.js';
import { describeLine, type BundleLine } from './bundle-lines.js';

const ELF_MAGIC = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);

/** A downloaded file is executable when it starts like one: an ELF binary or a `#!` script. */
export async function looksExecutable(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    const start = head.subarray(0, bytesRead);
    return start.equals(ELF_MAGIC) || start.subarray(0, 2).toString('latin1') === '#!';
  } finally {
    await handle.close();
  }
}

export class RemoteSources {
  private readonly downloads = new Map<string, Promise<string>>();
  private client?: GitHubApi;
  private count = 0;

  constructor(private readonly options: { stagingDir: string; token?: string; logger: Logger }) {}

  /** The local path of the line's source, downloading it on first use. */
  fetch(line: BundleLine): Promise<string> {
    const key = JSON.stringify(line.source);
    let download = this.downloads.get(key);
    if (!download) {
      const dest = join(this.options.stagingDir, `download-${++this.count}`);
      download = line.source.kind === 'github-release' ? this.fetchReleaseAsset(line, dest) : this.fetchUrl(line, dest);
      this.downloads.set(key, download);
    }
    return download;
  }

  private async fetchUrl(line: BundleLine, dest: string): Promise<string> {
    if (line.source.kind !== 'url') throw new Error(`not a URL source: ${line.text}`);
    const { url } = line.source;
    const password = new URL(url).password;
    if (password) this.options.logger.secret(decodeURIComponent(password));
    this.options.logger.info(`Downloading ${url}`);
    try {
      // An explicit destination: tool-cache then needs no RUNNER_TEMP, so this runs off a runner too.
      return await downloadTool(url, dest);
    } catch (err) {
      if (err instanceof HTTPError) {
        const status = err.httpStatusCode ?? 0;
        const tries = status >= 500 || status === 408 || status === 429 ? ' (after 3 tries)' : '';
        throw new ConfigurationError(`${describeLine(line)}: downloading ${url} failed: the server answered ${status}${tries}.`);
      }
      throw new Error(`${describeLine(line)}: downloading ${url} failed: ${describeError(err)}`, { cause: err });
    }
  }

  private async fetchReleaseAsset(line: BundleLine, dest: string): Promise<string> {
    if (line.source.kind !== 'github-release') throw new Error(`not a release source: ${line.text}`);
    const { owner, repo, tag, asset: name } = line.source;
    this.client ??= new GitHubApi({ baseUrl: githubApiUrl(), token: this.options.token, logger: this.options.logger });
    const release = await this.client.getReleaseByTag(owner, repo, tag);
    if (!release) {
      throw new ConfigurationError(
        `${describeLine(line)}: ${owner}/${repo} has no release tagged '${tag}' (or the repository does not exist, or the github-token cannot see it).`,
      );
    }
    const asset = (release.assets ?? []).find((a) => a.name === name);
    if (!asset) {
      const names = (release.assets ?? []).map((a) => a.name);
      throw new ConfigurationError(
        `${describeLine(line)}: release '${tag}' of ${owner}/${repo} has no asset named '${name}' (${names.length ? `it has ${names.join(', ')}` : 'it has no assets'}).`,
      );
    }
    this.options.logger.info(`Downloading ${name} from release ${tag} of ${owner}/${repo}`);
    await this.client.downloadReleaseAsset(owner, repo, asset, dest);
    const { size } = await stat(dest);
    if (size !== asset.size) throw new Error(`${describeLine(line)}: GitHub sent ${size} bytes for ${name}, which has ${asset.size}.`);
    return dest;
  }
}
