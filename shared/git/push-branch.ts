// Commits one file on a branch and force-pushes it, from the workflow's checkout, without touching its
// working tree, index or HEAD: the commit is built with plumbing and a temporary index.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors/errors.js';
import { makeScratchDir } from '../errors/fs-errors.js';
import { GitError, git, runGit, type GitRunOptions } from './git-cli.js';

export interface GitAuthor {
  name: string;
  email: string;
}

export interface CommitFileOptions {
  /** The checkout (actions/checkout leaves its credentials in its config). */
  repoDir: string;
  /** Branch to point at the new commit, e.g. `prel/update-tags`. */
  branch: string;
  /** The file's path in the repository. */
  path: string;
  content: string | Buffer;
  message: string;
  remote?: string;
  /** Branch or commit the new commit goes on. Default: HEAD. A branch only the remote has is found as `<remote>/<branch>`. */
  base?: string;
  /** Author and committer. Default: github-actions[bot]. */
  author?: GitAuthor;
  /** Time limit of the push. Default: 5 minutes. */
  pushTimeoutMs?: number;
}

export const GITHUB_ACTIONS_BOT: GitAuthor = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

const REGULAR_FILE = '100644';
const EXECUTABLE_FILE = '100755';

/** A path inside the repository in git's form; `..`, absolute and empty paths are refused. */
function indexPath(path: string): string {
  const parts = path.replace(/\\/g, '/').split('/').filter((part) => part !== '' && part !== '.');
  if (parts.length === 0 || parts.includes('..') || path.startsWith('/')) {
    throw new ConfigurationError(`'${path}' is not a path inside the repository`);
  }
  return parts.join('/');
}

/**
 * Points `branch` on `remote` at a new commit: `base` plus `path` with `content`, and force-pushes it.
 * Returns the new commit, or undefined when there is nothing to push: the file is already so in `base`,
 * or the remote branch already is exactly this change on this base.
 */
export async function commitFileToBranch(options: CommitFileOptions): Promise<string | undefined> {
  const { repoDir, branch, message } = options;
  const remote = options.remote ?? 'origin';
  const author = options.author ?? GITHUB_ACTIONS_BOT;
  const path = indexPath(options.path);
  const inRepo = (args: string[], more: GitRunOptions = {}) => git(args, { cwd: repoDir, ...more }).then((out) => out.trim());

  try {
    await inRepo(['check-ref-format', `refs/heads/${branch}`]);
  } catch {
    throw new ConfigurationError(`'${branch}' is not a valid branch name`);
  }
  const base = await resolveBase(inRepo, options.base ?? 'HEAD', remote);
  const baseTree = await inRepo(['rev-parse', '--verify', `${base}^{tree}`]);

  const blob = (await runGit(['hash-object', '-w', '--no-filters', '--stdin'], { cwd: repoDir, input: options.content })).toString('utf8').trim();
  const existing = (await inRepo(['ls-tree', '-z', base, '--', path], { env: { GIT_LITERAL_PATHSPECS: '1' } })).split('\0')[0] ?? '';
  const mode = existing.startsWith(`${EXECUTABLE_FILE} `) ? EXECUTABLE_FILE : REGULAR_FILE;

  // A private index, so the user's staged changes and working tree are never involved.
  const scratch = await makeScratchDir('prel-index-');
  let tree: string;
  try {
    const index = { env: { GIT_INDEX_FILE: join(scratch, 'index') } };
    await inRepo(['read-tree', base], index);
    await inRepo(['update-index', '--add', '--cacheinfo', `${mode},${blob},${path}`], index);
    tree = await inRepo(['write-tree'], index);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  if (tree === baseTree) return undefined;

  const pushTimeoutMs = options.pushTimeoutMs ?? 300_000;
  const remoteTip = await remoteBranchTip(inRepo, remote, branch, pushTimeoutMs);
  if (remoteTip && (await isSameChange(inRepo, remote, branch, remoteTip, base, tree, pushTimeoutMs))) return undefined;

  const identity = ['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`];
  const env = options.author
    ? { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email }
    : {};
  const commit = await inRepo([...identity, 'commit-tree', tree, '-p', base, '-F', '-'], { input: message, env });

  // Forced, but only over the tip seen above: an owner's push in between is not lost silently.
  const lease = `--force-with-lease=refs/heads/${branch}:${remoteTip ?? ''}`;
  try {
    await inRepo(['push', '--quiet', lease, '--', remote, `${commit}:refs/heads/${branch}`], { timeoutMs: pushTimeoutMs });
  } catch (err) {
    throw pushError(err, remote, branch);
  }
  return commit;
}

type InRepo = (args: string[], more?: GitRunOptions) => Promise<string>;

async function resolveBase(inRepo: InRepo, base: string, remote: string): Promise<string> {
  for (const candidate of [base, `refs/remotes/${remote}/${base}`]) {
    try {
      return await inRepo(['rev-parse', '--verify', '--quiet', '--end-of-options', `${candidate}^{commit}`]);
    } catch {
      // try the next spelling
    }
  }
  throw new ConfigurationError(`base '${base}' is neither a commit nor a branch of ${remote} in this checkout`);
}

async function remoteBranchTip(inRepo: InRepo, remote: string, branch: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const listing = await inRepo(['ls-remote', '--heads', '--', remote, `refs/heads/${branch}`], { timeoutMs });
    return listing.split('\n').find((line) => line.endsWith(`\trefs/heads/${branch}`))?.split('\t')[0];
  } catch (err) {
    throw pushError(err, remote, branch);
  }
}

/** Whether the remote branch already holds this tree as one commit on this base. */
async function isSameChange(inRepo: InRepo, remote: string, branch: string, tip: string, base: string, tree: string, timeoutMs: number): Promise<boolean> {
  try {
    await inRepo(['cat-file', '-e', `${tip}^{commit}`]);
  } catch {
    try {
      // Objects only: no ref, no FETCH_HEAD. A shallow checkout (actions/checkout's default) stays shallow.
      const shallow = (await inRepo(['rev-parse', '--is-shallow-repository'])) === 'true';
      const depth = shallow ? ['--depth', '1'] : [];
      await inRepo(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', ...depth, '--', remote, `refs/heads/${branch}`], { timeoutMs });
    } catch {
      return false;
    }
  }
  try {
    // The raw commit object: its parents as written, whatever shallow grafts say.
    const headers = (await inRepo(['cat-file', 'commit', tip])).split('\n\n')[0]!.split('\n');
    const parents = headers.filter((line) => line.startsWith('parent ')).map((line) => line.slice('parent '.length));
    return headers.includes(`tree ${tree}`) && parents.length === 1 && parents[0] === base;
  } catch {
    return false;
  }
}

function pushError(err: unknown, remote: string, branch: string): Error {
  if (!(err instanceof GitError)) return err instanceof Error ? err : new Error(String(err));
  if (/stale info|fetch first|non-fast-forward/i.test(err.stderr)) {
    return new Error(`branch '${branch}' on ${remote} changed while prel was updating it; run again: ${err.reason}`);
  }
  if (/authentication|could not read username|permission|denied|403|401|not found/i.test(err.stderr)) {
    return new ConfigurationError(`cannot push branch '${branch}' to ${remote} (the token needs contents: write): ${err.reason}`);
  }
  return err;
}
