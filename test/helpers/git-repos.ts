// Real git repositories for tests: create, commit with fixed dates, tag, bare-clone. Identity and signing
// are passed with `-c` on each call, so the user's global git config is neither read for them nor changed.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

const IDENTITY = ['-c', 'user.name=prel', '-c', 'user.email=prel@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false'];
/** Commits without a date get this one, so the same test builds the same commit ids. */
export const DEFAULT_DATE = '2024-01-02T03:04:05Z';
const GIT_TIMEOUT_MS = 60_000;

function dateEnv(date: string | Date | undefined): Record<string, string> {
  const when = date instanceof Date ? date.toISOString() : (date ?? DEFAULT_DATE);
  return { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when };
}

/** Runs git in `cwd` and returns its stdout, trimmed of the final newline. */
export async function git(cwd: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  try {
    const { stdout } = await run('git', [...IDENTITY, ...args], {
      cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...env },
      maxBuffer: 64 << 20,
      timeout: GIT_TIMEOUT_MS,
    });
    return stdout.replace(/\n$/, '');
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`git ${args.join(' ')} (in ${cwd}) failed: ${e.stderr?.trim() || e.message}`);
  }
}

async function writeFiles(repo: string, files: Record<string, string | Buffer | null>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(repo, name);
    if (content === null) {
      await fs.rm(file, { recursive: true, force: true });
      continue;
    }
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);
  }
}

/** A new repository on branch `main` at `dir`, with a first commit of `files` when there are any. Returns `dir`. */
export async function makeRepo(dir: string, files: Record<string, string | Buffer> = {}, options: { date?: string | Date; message?: string } = {}): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  await git(dir, ['init', '-q', '-b', 'main']);
  if (Object.keys(files).length) await commit(dir, files, options.message ?? 'initial', options.date);
  return dir;
}

/** Writes `files` (null deletes a path), commits everything and returns the new commit id. */
export async function commit(repo: string, files: Record<string, string | Buffer | null>, message: string, date?: string | Date): Promise<string> {
  await writeFiles(repo, files);
  await git(repo, ['add', '-A']);
  await git(repo, ['commit', '-q', '--allow-empty', '-m', message], dateEnv(date));
  return git(repo, ['rev-parse', 'HEAD']);
}

/** Tags `ref` (default HEAD): lightweight, or annotated with a message. Returns the commit tagged. */
export async function tag(
  repo: string,
  name: string,
  options: { annotated?: boolean; message?: string; ref?: string; date?: string | Date } = {},
): Promise<string> {
  const ref = options.ref ?? 'HEAD';
  const annotated = options.annotated ?? options.message !== undefined;
  const args = annotated ? ['tag', '-a', name, '-m', options.message ?? name, ref] : ['tag', name, ref];
  await git(repo, args, dateEnv(options.date));
  return git(repo, ['rev-parse', `${name}^{commit}`]);
}

/** A bare clone of `repo` (every branch and tag) beside it, or at `dest`. Returns its path. */
export async function bareClone(repo: string, dest = `${repo.replace(/\/+$/, '')}.git`): Promise<string> {
  await git(path.dirname(dest), ['clone', '-q', '--bare', '--no-local', repo, dest]);
  return dest;
}

export function fileUrl(file: string): string {
  return pathToFileURL(path.resolve(file)).href;
}
