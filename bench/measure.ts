// Measurement helpers the benches share: timed child processes (own process group, bounded, peak RSS and CPU from
// GNU time), disk-write flushing between measurements, signal handling, and the report formatting.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RSS_PROBE = path.join(ROOT, 'bench', 'rss-probe.mjs');
export const MB = 1024 * 1024;
const GNU_TIME = '/usr/bin/time';
const OUTPUT_CAP = 4 * MB; // kept per stream of a measured process (prel's report-json is on one stdout line)
const SYNC_TIMEOUT_MS = 120_000;

export interface RunResult {
  seconds: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak RSS in KiB and user+system CPU seconds from GNU time (wait4 rusage), when /usr/bin/time exists. */
  timeMaxRssKb?: number;
  cpuSeconds?: number;
}

const running = new Set<number>();
let interrupted = 0;

/** Keeps the last `cap` bytes of a stream. */
function collector(cap: number) {
  let chunks: Buffer[] = [];
  let length = 0;
  return {
    push(chunk: Buffer) {
      chunks.push(chunk);
      length += chunk.length;
      while (length > cap && chunks.length > 1) length -= chunks.shift()!.length;
    },
    text() {
      const all = Buffer.concat(chunks);
      chunks = [all];
      return all.subarray(Math.max(0, all.length - cap)).toString('utf8');
    },
  };
}

/** Runs a command in its own process group, timing its wall clock; killed (the whole group) after timeoutMs. */
export async function runMeasured(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number, workDir: string, label: string): Promise<RunResult> {
  const useTime = fs.existsSync(GNU_TIME);
  const rssFile = path.join(workDir, `${label}.time-rss`);
  const argv = useTime ? [GNU_TIME, '-f', '%M %U %S', '-o', rssFile, cmd, ...args] : [cmd, ...args];
  const out = collector(OUTPUT_CAP);
  const err = collector(OUTPUT_CAP);
  const started = performance.now();
  const child = spawn(argv[0], argv.slice(1), { env, cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  if (child.pid !== undefined) running.add(child.pid);
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  let timedOut = false;
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup('SIGTERM');
    setTimeout(() => killGroup('SIGKILL'), 5000).unref();
  }, timeoutMs);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (c, s) => resolve({ code: c, signal: s }));
  }).finally(() => {
    clearTimeout(timer);
    if (child.pid !== undefined) running.delete(child.pid);
  });
  const seconds = (performance.now() - started) / 1000;
  const stderr = err.text();
  if (interrupted > 0) throw new Error(`${label}: interrupted`);
  if (timedOut) throw new Error(`${label}: killed after ${timeoutMs / 1000} s; stderr tail:\n${tail(stderr)}`);
  let timeMaxRssKb: number | undefined;
  let cpuSeconds: number | undefined;
  if (useTime) {
    const text = await fsp.readFile(rssFile, 'utf8').catch(() => '');
    // GNU time prefixes "Command exited with non-zero status N" on failure; the figures are the last line.
    const m = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(text.trim().split('\n').pop() ?? '');
    if (m) {
      timeMaxRssKb = Number(m[1]);
      cpuSeconds = Number(m[2]) + Number(m[3]);
    }
  }
  return { seconds, code, signal, stdout: out.text(), stderr, timeMaxRssKb, cpuSeconds };
}

export function tail(text: string, lines = 40): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** SIGKILLs the process group of every measured run still going. */
export function killRunning(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  running.clear();
}

/** name=value lines of a prel action's stdout, for the given output names. */
export function parseOutputs(stdout: string, names: readonly string[]): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0 && names.includes(line.slice(0, eq))) outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

/** A process environment for running a prel action as a plain local process: no runner files, no stray inputs, no loader flags from tsx. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('INPUT_') || k.startsWith('GITHUB_') || k === 'NODE_OPTIONS' || k === 'RUNNER_DEBUG') continue;
    env[k] = v;
  }
  return env;
}

/** Flushes dirty pages (`sync`, bounded) and pauses briefly, so a measurement does not pay for earlier writes. */
export async function settle(log: (text: string) => void): Promise<void> {
  const r = spawnSync('sync', [], { timeout: SYNC_TIMEOUT_MS, stdio: 'ignore' });
  if (r.error || r.status !== 0) log(`warning: sync did not finish cleanly (${r.error?.message ?? `exit ${r.status}`})`);
  await sleep(500);
}

/** The machine's load (`uptime`), for the report: the 2-core machine is shared. */
export function loadLine(): string {
  const r = spawnSync('uptime', [], { encoding: 'utf8', timeout: 5000 });
  return r.status === 0 ? r.stdout.trim() : 'uptime: n/a';
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** utime + stime of the given processes, in seconds (Linux /proc/<pid>/stat fields 14 and 15). */
export function cpuSecondsOf(pids: number[]): number | undefined {
  if (pids.length === 0) return undefined;
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return undefined;
    }
  }
  return ticks / CLOCK_TICKS;
}

// ---------- report ----------

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export const fmtS = (s: number) => s.toFixed(2);
export const fmtMb = (kb: number | undefined) => (kb === undefined ? 'n/a' : (kb / 1024).toFixed(1));
export const fmtCpu = (s: number | undefined) => (s === undefined ? 'n/a' : s.toFixed(2));
export const fmtBytes = (b: number) => `${(b / MB).toFixed(1)} MiB (${b} B)`;

export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

// ---------- end of a run ----------

/** Writes the first `shown` problems to stderr under a FAILED line; returns the bench's exit code, 1 if there are any. */
export function reportProblems(problems: readonly string[], shown = 50): number {
  if (problems.length === 0) return 0;
  process.stderr.write(`\nFAILED: ${problems.length} problem(s):\n${problems.slice(0, shown).map((p) => `  - ${p}`).join('\n')}\n`);
  return 1;
}

/** Keeps the work folder and prints its path (asked to, or the run failed), or else removes it. */
export async function closeWorkDir(workDir: string, keep: boolean): Promise<void> {
  if (keep) process.stderr.write(`[bench] work folder kept: ${workDir}\n`);
  else await fsp.rm(workDir, { recursive: true, force: true });
}

// ---------- entry point ----------

/**
 * Runs a bench's main with signal handling: the first SIGINT/SIGTERM kills the measured process group, and main's
 * finally then stops the registries (bounded, ~7 s each); a second signal, or 20 s, exits at once.
 */
export function runBench(main: () => Promise<number>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      killRunning();
      if (++interrupted > 1) process.exit(130);
      void sleep(20_000).then(() => process.exit(130));
    });
  }
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`\nFAILED: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
