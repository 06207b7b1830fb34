// Runs the git command line: no shell, a time limit, never a prompt, and errors that carry git's own
// reason with credentials in URLs hidden.
import { execFile } from 'node:child_process';

export interface GitRunOptions {
  /** Working directory (a checkout, or anywhere for commands that name their repository). */
  cwd?: string;
  /** Extra environment, on top of the process's (minus variables that would point git at another repository). */
  env?: Record<string, string | undefined>;
  /** Written to git's stdin (stdin is closed either way, so git never waits on it). */
  input?: string | Buffer;
  /** Kill git after this long. Default: GIT_TIMEOUT_MS. */
  timeoutMs?: number;
}

/** Runs git with these arguments and returns its raw stdout. */
export type GitRunner = (args: string[], options?: GitRunOptions) => Promise<Buffer>;

/** Default time limit of one git command. Network commands pass their own. */
export const GIT_TIMEOUT_MS = 120_000;

/** Biggest stdout accepted (file contents are read through stdout). */
const MAX_OUTPUT_BYTES = 1024 * 1024 * 1024;

// Variables a parent git (a hook, a rebase exec) sets that would make our git act on another repository.
const REPOSITORY_ENV = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_PREFIX',
  'GIT_SHALLOW_FILE',
  'GIT_GRAFT_FILE',
  'GIT_REPLACE_REF_BASE',
  'GIT_QUARANTINE_PATH',
];

/** A git command that failed: the (redacted) command, git's stderr and its exit code. */
export class GitError extends Error {
  readonly args: string[];
  readonly stderr: string;
  readonly exitCode?: number;
  readonly timedOut: boolean;
  constructor(args: string[], stderr: string, detail: { exitCode?: number; timedOut?: boolean; reason?: string }) {
    const command = redactUrlCredentials(['git', ...args].join(' '));
    super(`${command}: ${detail.reason ?? (stderr || `exit code ${detail.exitCode ?? 'unknown'}`)}`);
    this.name = 'GitError';
    this.args = args.map(redactUrlCredentials);
    this.stderr = stderr;
    this.exitCode = detail.exitCode;
    this.timedOut = detail.timedOut ?? false;
  }

  /** Git's reason on one line (for a one-line ConfigurationError). */
  get reason(): string {
    const lines = this.stderr.split('\n').map((line) => line.trim()).filter(Boolean);
    if (lines.length > 0) return lines.join(' ');
    return this.timedOut ? 'timed out' : `exit code ${this.exitCode ?? 'unknown'}`;
  }
}

/** Replaces the user-info part of every `scheme://user:secret@host` in a text with `***`. */
export function redactUrlCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@');
}

function gitEnv(extra: Record<string, string | undefined> | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of REPOSITORY_ENV) delete env[name];
  // Never ask for a password or a host key: a CI job has nobody to answer.
  env.GIT_TERMINAL_PROMPT = '0';
  env.GCM_INTERACTIVE = 'never';
  if (!env.GIT_SSH_COMMAND && !env.GIT_SSH) env.GIT_SSH_COMMAND = 'ssh -o BatchMode=yes';
  // English messages, so callers can recognise them.
  env.LC_ALL = 'C';
  env.LANGUAGE = 'C';
  for (const [name, value] of Object.entries(extra ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/** Runs git and returns its stdout as bytes. A failure is a GitError with git's stderr (trimmed, redacted). */
export const runGit: GitRunner = (args, options = {}) => {
  const timeoutMs = options.timeoutMs ?? GIT_TIMEOUT_MS;
  return new Promise<Buffer>((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      {
        cwd: options.cwd,
        env: gitEnv(options.env),
        encoding: 'buffer',
        maxBuffer: MAX_OUTPUT_BYTES,
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        if (!error) {
          resolve(stdout);
          return;
        }
        const stderrText = redactUrlCredentials(stderr.toString('utf8').trim());
        const failure = error as NodeJS.ErrnoException & { code?: number | string; killed?: boolean; signal?: string };
        if (failure.code === 'ENOENT') {
          reject(new GitError(args, stderrText, { reason: 'git is not installed (not found on PATH)' }));
        } else if (failure.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
          reject(new GitError(args, stderrText, { reason: `output larger than ${MAX_OUTPUT_BYTES} bytes` }));
        } else if (failure.killed) {
          const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)}s` : `${timeoutMs}ms`;
          reject(new GitError(args, stderrText, { timedOut: true, reason: `timed out after ${limit}${stderrText ? ` (${stderrText})` : ''}` }));
        } else if (failure.signal) {
          reject(new GitError(args, stderrText, { reason: `killed by ${failure.signal}${stderrText ? ` (${stderrText})` : ''}` }));
        } else {
          reject(new GitError(args, stderrText, { exitCode: typeof failure.code === 'number' ? failure.code : undefined }));
        }
      },
    );
    // An EPIPE when git exits before reading its input is reported through the exit callback instead.
    child.stdin?.on('error', () => {});
    child.stdin?.end(options.input);
  });
};

/** Runs git and returns its stdout as text. */
export async function git(args: string[], options?: GitRunOptions): Promise<string> {
  return (await runGit(args, options)).toString('utf8');
}
