// Runs an action's run() the way a runner would: INPUT_* variables, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files; captures what it printed, its outputs and its exit code.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ActionRun {
  outputs: Record<string, string>;
  exitCode: number;
  /** Everything the action printed (workflow commands included). */
  log: string;
  summary: string;
  /** The ::error:: lines, without the prefix. */
  errors: string[];
}

/** Parses the `name<<delimiter … delimiter` blocks @actions/core appends to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
    outputs[name] = value.join('\n');
  }
  return outputs;
}

export async function runWithInputs(
  run: () => Promise<void>,
  inputs: Record<string, string | undefined>,
  env: Record<string, string | undefined> = {},
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'prel-run-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [id, value] of Object.entries(inputs)) {
    if (value !== undefined) process.env[`INPUT_${id.toUpperCase()}`] = value;
  }
  Object.assign(process.env, { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, PREL_PROGRESS_INTERVAL_MS: '0' });
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  const chunks: string[] = [];
  const originalWrite = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    if (process.env.PREL_TEST_ECHO) return originalWrite(chunk, ...(rest as []));
    return true;
  }) as typeof process.stdout.write;
  const previousExitCode = process.exitCode;
  process.exitCode = 0;
  try {
    await run();
  } finally {
    process.stdout.write = originalWrite;
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = previousExitCode;
  process.env = saved;
  const log = chunks.join('');
  const result: ActionRun = {
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    exitCode,
    log,
    summary: readFileSync(summaryFile, 'utf8'),
    errors: log
      .split('\n')
      .filter((l) => l.startsWith('::error'))
      .map((l) => l.replace(/^::error[^:]*::/, '')),
  };
  rmSync(dir, { recursive: true, force: true });
  return result;
}

/**
 * Runs an action in a child process (through tsx, from its src/index.ts). As root, the process runs under
 * setpriv without the capabilities that let root read any file, so tests of unreadable files mean it.
 */
export async function runActionProcess(
  action: string,
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
): Promise<ActionRun> {
  const { execFile } = await import('node:child_process');
  const root = join(import.meta.dirname ?? '.', '..', '..');
  const childEnv: Record<string, string | undefined> = { ...process.env, GITHUB_OUTPUT: undefined, GITHUB_STEP_SUMMARY: undefined, ...env };
  for (const key of Object.keys(childEnv)) if (key.startsWith('INPUT_')) delete childEnv[key];
  for (const [id, value] of Object.entries(inputs)) childEnv[`INPUT_${id.toUpperCase()}`] = value;
  const node = [process.execPath, '--import', 'tsx', join(root, 'actions', action, 'src', 'index.ts')];
  const [file, ...args] = process.getuid?.() === 0 ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--', ...node] : node;
  const { stdout, code } = await new Promise<{ stdout: string; code: number }>((done) => {
    execFile(file, args, { cwd: root, env: childEnv as NodeJS.ProcessEnv }, (err, out) =>
      done({ stdout: String(out), code: err ? Number((err as { code?: number }).code ?? 1) : 0 }),
    );
  });
  const outputs: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const match = /^([a-z][a-z0-9-]*)=(.*)$/.exec(line);
    if (match) outputs[match[1]] = match[2];
  }
  return {
    outputs,
    exitCode: code,
    log: stdout,
    summary: '',
    errors: stdout
      .split('\n')
      .filter((l) => l.startsWith('::error'))
      .map((l) => l.replace(/^::error[^:]*::/, '')),
  };
}
