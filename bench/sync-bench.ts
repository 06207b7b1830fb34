// Benchmark: prel's sync-images against `skopeo sync --all`, on three local registries (source, one target each).
// Seeds a deterministic, realistic image set (shared base layers, own top layers, some multi-arch), then times a
// cold copy and warm re-runs (nothing to copy) of each tool, checks both targets are digest-equal to the source,
// and prints the times, the prel/skopeo ratios and prel's peak RSS. Run it through bench/sync.sh.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { MANIFEST_ACCEPT } from '../shared/media-types.js';
import { startRegistry, type TestRegistry } from '../test/helpers/registry.js';
import { makeLayer, seedImage, testClient, type Blob, type ImageSpec } from '../test/helpers/seed-images.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PREL_ENTRY = path.join(ROOT, 'dist', 'sync-images', 'index.js');
const RSS_PROBE = path.join(ROOT, 'bench', 'rss-probe.mjs');
const GNU_TIME = '/usr/bin/time';
const MB = 1024 * 1024;
const OUTPUT_CAP = 4 * MB; // kept per stream of a measured process (prel's report-json is on one stdout line)
const CHECK_TIMEOUT_MS = 15_000;
const CHECK_CONCURRENCY = 8;
const TARGETS = { cold: 0.7, coldAim: 0.3, warm: 1.0, rssMb: 150 };

// ---------- options ----------

const HELP = `Usage: bench/sync.sh [options]

  --images N        images to seed and sync (default 60: ~220 MB, 10 of them multi-arch)
  --scale F         multiply every layer size by F, e.g. 0.1 for a quick run (default 1)
  --concurrency N   prel's concurrency input (default 8)
  --warm-runs N     warm runs per tool; the median is reported (default 3)
  --timeout S       limit per measured run, in seconds (default 1200)
  --order WHICH     which tool runs first, cold and in each warm round: skopeo (default) or prel
  --json FILE       also write the measurements as JSON to FILE
  --keep-logs       keep the work folder (image list, skopeo YAML, logs) and print its path
  -h, --help        this text
`;

interface Options {
  images: number;
  scale: number;
  concurrency: number;
  warmRuns: number;
  timeoutMs: number;
  json?: string;
  keepLogs: boolean;
  prelFirst: boolean;
}

function usageError(message: string): never {
  process.stderr.write(`sync-bench: ${message}\n\n${HELP}`);
  process.exit(2);
}

function readOptions(): Options {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        images: { type: 'string', default: '60' },
        scale: { type: 'string', default: '1' },
        concurrency: { type: 'string', default: '8' },
        'warm-runs': { type: 'string', default: '3' },
        timeout: { type: 'string', default: '1200' },
        json: { type: 'string' },
        order: { type: 'string', default: 'skopeo' },
        'keep-logs': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    usageError((err as Error).message);
  }
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const int = (name: string, text: string, min: number, max: number) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max) usageError(`--${name} must be an integer from ${min} to ${max}, got '${text}'`);
    return n;
  };
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) usageError(`--scale must be a number in (0, 10], got '${values.scale}'`);
  if (values.order !== 'skopeo' && values.order !== 'prel') usageError(`--order must be skopeo or prel, got '${values.order}'`);
  return {
    prelFirst: values.order === 'prel',
    images: int('images', values.images, 1, 500),
    scale,
    concurrency: int('concurrency', values.concurrency, 1, 64),
    warmRuns: int('warm-runs', values['warm-runs'], 1, 15),
    timeoutMs: int('timeout', values.timeout, 10, 7200) * 1000,
    json: values.json,
    keepLogs: values['keep-logs'],
  };
}

// ---------- the image set ----------

interface PlannedImage extends ImageSpec {
  bases: string[];
}

/** Fraction in [0, 1) from a name: deterministic sizes without a random generator. */
function fraction(name: string): number {
  return createHash('sha256').update(name).digest().readUInt32BE(0) / 2 ** 32;
}

const BASE_LAYER_MB: Record<string, number> = { debian: 30, runtime: 15, libs: 8, alpine: 5 };

/**
 * Image i of the set. Every 4th image sits on the small alpine-like base only; the others on the debian-like
 * base, plus a runtime layer and sometimes a libs layer on top. Images i % 6 === 4 are multi-arch (alternately a
 * Docker manifest list and an OCI index, amd64 + arm64); of the rest every 3rd is OCI, the others Docker v2.
 * Every image has its own top layer of 0.5 to 4 MB (per platform). Two thirds live under release/, one third
 * under library/; base names are unique across both so skopeo's non-scoped naming cannot collide.
 */
function planImage(i: number, scale: number): PlannedImage {
  const library = i % 3 === 2;
  const nth = library ? Math.floor(i / 3) + 1 : i - Math.floor(i / 3) + 1;
  const repository = library ? `library/lib-${String(nth).padStart(2, '0')}` : `release/app-${String(nth).padStart(2, '0')}`;
  const tag = library ? `1.${i % 7}.${i % 4}` : `v1.${i % 5}.0`;
  const group = i % 4;
  const bases = group === 0 ? ['alpine'] : group === 1 ? ['debian'] : group === 2 ? ['debian', 'runtime'] : ['debian', 'runtime', 'libs'];
  const multi = i % 6 === 4;
  const format: ImageSpec['format'] = multi ? (Math.floor(i / 6) % 2 === 0 ? 'docker-list' : 'oci-index') : i % 3 === 0 ? 'oci' : 'docker';
  const layerSize = Math.max(1024, Math.round((0.5 + 3.5 * fraction(`${repository}:${tag}`)) * MB * scale));
  return {
    repository,
    tag,
    format,
    platforms: multi ? ['linux/amd64', 'linux/arm64'] : ['linux/amd64'],
    layerSize,
    bases,
    seed: 'prel-bench:',
  };
}

function baseLayerSize(name: string, scale: number): number {
  return Math.max(1024, Math.round(BASE_LAYER_MB[name] * MB * scale));
}

interface SeededSet {
  images: { repository: string; tag: string; digest: string; mediaType: string; children: string[]; blobs: string[] }[];
  uniqueBytes: number;
  manifests: number;
}

/** Pushes the set into the source registry with prel's client. Base layers are uploaded once, then mounted. */
async function seedSource(source: TestRegistry, plan: PlannedImage[], scale: number): Promise<SeededSet> {
  const client = testClient(source.host);
  const baseRepo = 'bench-seed/bases';
  const bases = new Map<string, Blob>();
  for (const name of new Set(plan.flatMap((p) => p.bases))) {
    const layer = makeLayer(`prel-bench-base-${name}`, baseLayerSize(name, scale));
    if (!(await client.hasBlob(baseRepo, layer.digest))) {
      await client.uploadBlob(baseRepo, layer.digest, layer.size, Readable.from([layer.bytes]));
    }
    bases.set(name, layer);
  }
  const sizes = new Map<string, number>();
  const images: SeededSet['images'] = [];
  let manifests = 0;
  let next = 0;
  const worker = async () => {
    while (next < plan.length) {
      const spec = plan[next++];
      const baseLayers = spec.bases.map((b) => bases.get(b)!);
      for (const layer of baseLayers) {
        if (!(await client.mountBlob(spec.repository, layer.digest, baseRepo))) {
          throw new Error(`could not mount base layer ${layer.digest} into ${spec.repository}`);
        }
      }
      const seeded = await seedImage(client, { ...spec, baseLayers });
      for (const blob of seeded.blobs) sizes.set(blob.digest, blob.size);
      manifests += 1 + seeded.children.length;
      images.push({
        repository: seeded.repository,
        tag: seeded.tag,
        digest: seeded.digest,
        mediaType: seeded.mediaType,
        children: seeded.children.map((c) => c.digest),
        blobs: [...new Set(seeded.blobs.map((b) => b.digest))],
      });
    }
  };
  await Promise.all([worker(), worker()]); // two cores: layer generation is CPU-bound
  const order = new Map(plan.map((p, i) => [`${p.repository}:${p.tag}`, i]));
  images.sort((a, b) => order.get(`${a.repository}:${a.tag}`)! - order.get(`${b.repository}:${b.tag}`)!);
  return { images, manifests, uniqueBytes: [...sizes.values()].reduce((a, b) => a + b, 0) };
}

// ---------- measured runs ----------

interface RunResult {
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
async function runMeasured(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number, workDir: string, label: string): Promise<RunResult> {
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

function tail(text: string, lines = 40): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

function killRunning(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  running.clear();
}

interface SkopeoRun {
  seconds: number;
  maxRssKb?: number;
  cpuSeconds?: number;
}

async function runSkopeo(yamlPath: string, target: TestRegistry, opts: Options, workDir: string, label: string): Promise<SkopeoRun> {
  const args = ['sync', '--all', '--src', 'yaml', '--dest', 'docker', '--dest-tls-verify=false', yamlPath, target.host];
  const r = await runMeasured('skopeo', args, process.env, opts.timeoutMs, workDir, label);
  await fsp.writeFile(path.join(workDir, `${label}.log`), `$ skopeo ${args.join(' ')}\n${r.stdout}\n--- stderr ---\n${r.stderr}`);
  if (r.code !== 0) {
    throw new Error(`${label}: skopeo exited with ${r.code ?? r.signal}; stderr tail:\n${tail(r.stderr)}\nstdout tail:\n${tail(r.stdout)}`);
  }
  return { seconds: r.seconds, maxRssKb: r.timeMaxRssKb, cpuSeconds: r.cpuSeconds };
}

interface PrelRun {
  seconds: number;
  maxRssKb: number;
  timeMaxRssKb?: number;
  cpuSeconds?: number;
  outputs: Record<string, string>;
}

const OUTPUT_NAMES = ['total', 'copied', 'skipped', 'missing', 'failed', 'bytes', 'report-json'];

function prelEnv(listFile: string, source: TestRegistry, target: TestRegistry, opts: Options, rssFile: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    // Run prel as a plain local process: no runner files, no stray inputs, no loader flags from tsx.
    if (k.startsWith('INPUT_') || k.startsWith('GITHUB_') || k === 'NODE_OPTIONS' || k === 'RUNNER_DEBUG') continue;
    env[k] = v;
  }
  Object.assign(env, {
    'INPUT_IMAGES-FILE': listFile,
    'INPUT_SOURCE-REGISTRY': source.host,
    'INPUT_TARGET-REGISTRY': target.host,
    INPUT_CONCURRENCY: String(opts.concurrency),
    PREL_PROGRESS_INTERVAL_MS: '0',
    PREL_BENCH_RSS_FILE: rssFile,
  });
  return env;
}

async function runPrel(listFile: string, source: TestRegistry, target: TestRegistry, opts: Options, workDir: string, label: string): Promise<PrelRun> {
  const rssFile = path.join(workDir, `${label}.probe-rss`);
  await fsp.rm(rssFile, { force: true });
  const args = ['--import', RSS_PROBE, PREL_ENTRY];
  const r = await runMeasured(process.execPath, args, prelEnv(listFile, source, target, opts, rssFile), opts.timeoutMs, workDir, label);
  await fsp.writeFile(path.join(workDir, `${label}.log`), `$ node ${args.join(' ')}\n${r.stdout}\n--- stderr ---\n${r.stderr}`);
  const outputs: Record<string, string> = {};
  for (const line of r.stdout.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0 && OUTPUT_NAMES.includes(line.slice(0, eq))) outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  if (r.code !== 0) {
    throw new Error(`${label}: prel exited with ${r.code ?? r.signal}; outputs: ${JSON.stringify(brief(outputs))}\nstdout tail:\n${tail(r.stdout)}\nstderr tail:\n${tail(r.stderr)}`);
  }
  const probe = (await fsp.readFile(rssFile, 'utf8').catch(() => '')).trim();
  if (!/^\d+$/.test(probe)) throw new Error(`${label}: the RSS probe wrote nothing to ${rssFile}`);
  return { seconds: r.seconds, maxRssKb: Number(probe), timeMaxRssKb: r.timeMaxRssKb, cpuSeconds: r.cpuSeconds, outputs };
}

function brief(outputs: Record<string, string>): Record<string, string> {
  const { 'report-json': _report, ...rest } = outputs;
  return rest;
}

/** prel's own account of a run must add up: every image copied (cold) or skipped (warm), none missing or failed. */
function checkPrelCounts(run: PrelRun, expected: number, mode: 'cold' | 'warm', problems: string[]): void {
  const n = (name: string) => Number(run.outputs[name] ?? NaN);
  const [total, copied, skipped, missing, failed] = ['total', 'copied', 'skipped', 'missing', 'failed'].map(n);
  const what = `prel ${mode}: total=${total} copied=${copied} skipped=${skipped} missing=${missing} failed=${failed}`;
  if (![total, copied, skipped, missing, failed].every(Number.isFinite)) problems.push(`${what}: outputs missing from stdout`);
  else if (copied + skipped !== total) problems.push(`${what}: copied+skipped != total`);
  else if (total !== expected) problems.push(`${what}: expected total=${expected}`);
  else if (missing !== 0 || failed !== 0) problems.push(`${what}: images missing or failed`);
  else if (mode === 'cold' && copied !== expected) problems.push(`${what}: a cold run into an empty registry should copy every image`);
  else if (mode === 'warm' && skipped !== expected) problems.push(`${what}: a warm run should skip every image`);
}

// ---------- digest checks ----------

async function head(url: string, accept?: string): Promise<{ status: number; digest?: string; type?: string }> {
  const res = await fetch(url, { method: 'HEAD', headers: accept ? { accept } : {}, signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
  return { status: res.status, digest: res.headers.get('docker-content-digest') ?? undefined, type: res.headers.get('content-type') ?? undefined };
}

/**
 * skopeo 1.9's `sync` without --scoped names each destination repository after the LAST path component of the
 * source repository (path.Base of the reference): 127.0.0.1:P/release/app-01:v1 lands as <dest>/app-01:v1.
 * prel keeps the whole repository path. The set's base names are unique, so the mapping is one to one.
 */
function skopeoRepository(repository: string): string {
  return path.posix.basename(repository);
}

async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}

async function checkDigests(set: SeededSet, source: TestRegistry, skopeoTarget: TestRegistry, prelTarget: TestRegistry): Promise<string[]> {
  const problems: string[] = [];
  await pool(set.images, CHECK_CONCURRENCY, async (img) => {
    const places = [
      { name: 'source', url: source.url, repo: img.repository },
      { name: 'skopeo target', url: skopeoTarget.url, repo: skopeoRepository(img.repository) },
      { name: 'prel target', url: prelTarget.url, repo: img.repository },
    ];
    for (const place of places) {
      const ref = `${place.repo}:${img.tag}`;
      const m = await head(`${place.url}/v2/${place.repo}/manifests/${img.tag}`, MANIFEST_ACCEPT);
      if (m.status !== 200) problems.push(`${place.name} ${ref}: HEAD manifest answered ${m.status}`);
      else if (m.digest !== img.digest) problems.push(`${place.name} ${ref}: digest ${m.digest} != seeded ${img.digest}`);
      else if (m.type !== img.mediaType) problems.push(`${place.name} ${ref}: media type ${m.type} != seeded ${img.mediaType}`);
      if (place.name === 'source') continue;
      for (const child of img.children) {
        const c = await head(`${place.url}/v2/${place.repo}/manifests/${child}`, MANIFEST_ACCEPT);
        if (c.status !== 200 || c.digest !== child) problems.push(`${place.name} ${ref}: child manifest ${child} answered ${c.status} ${c.digest ?? ''}`);
      }
      for (const blob of img.blobs) {
        const b = await head(`${place.url}/v2/${place.repo}/blobs/${blob}`);
        if (b.status !== 200) problems.push(`${place.name} ${ref}: blob ${blob} answered ${b.status}`);
      }
    }
  });
  return problems;
}

// ---------- report ----------

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const fmtS = (s: number) => s.toFixed(2);
const fmtMb = (kb: number | undefined) => (kb === undefined ? 'n/a' : (kb / 1024).toFixed(1));
const fmtCpu = (s: number | undefined) => (s === undefined ? 'n/a' : s.toFixed(2));
const fmtBytes = (b: number) => `${(b / MB).toFixed(1)} MiB (${b} B)`;

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

// ---------- main ----------

/** The registry server processes (not their sh watchdogs) of these registries, found by their config path. */
function registryPids(registries: TestRegistry[]): number[] {
  const configs = new Set(registries.map((r) => path.join(path.dirname(r.storageDir), 'config.yml')));
  const pids: number[] = [];
  let entries: string[] = [];
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return pids; // not Linux: no CPU figures
  }
  for (const e of entries) {
    try {
      const argv = fs.readFileSync(`/proc/${e}/cmdline`, 'utf8').split('\0');
      if (argv[0] !== '/bin/sh' && argv.includes('serve') && argv.some((a) => configs.has(a))) pids.push(Number(e));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** utime + stime of the given processes, in seconds (Linux /proc/<pid>/stat fields 14 and 15). */
function cpuSecondsOf(pids: number[]): number | undefined {
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

/** Flushes dirty pages (`sync`, bounded) and pauses briefly, so a measurement does not pay for earlier writes. */
async function settle(log: (text: string) => void): Promise<void> {
  const r = spawnSync('sync', [], { timeout: 120_000, stdio: 'ignore' });
  if (r.error || r.status !== 0) log(`warning: sync did not finish cleanly (${r.error?.message ?? `exit ${r.status}`})`);
  await sleep(500);
}

async function main(): Promise<number> {
  const opts = readOptions();
  if (!fs.existsSync(PREL_ENTRY)) throw new Error(`${PREL_ENTRY} is missing: run npm run build (bench/sync.sh does)`);
  const workDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'prel-sync-bench-'));
  const registries: TestRegistry[] = [];
  const log = (text: string) => process.stderr.write(`[bench] ${text}\n`);
  let failed = true;
  try {
    log(`starting 3 registries (source, target-skopeo, target-prel)`);
    const [source, skopeoTarget, prelTarget] = await Promise.all([startRegistry(), startRegistry(), startRegistry()]);
    registries.push(source, skopeoTarget, prelTarget);

    const regPids = registryPids(registries);
    if (regPids.length !== 3) log(`note: found ${regPids.length} of 3 registry processes; registry CPU figures will be missing`);
    const regCpu = () => (regPids.length === 3 ? cpuSecondsOf(regPids) : undefined);
    const during = async <T>(fn: () => Promise<T>): Promise<[T, number | undefined]> => {
      const before = regCpu();
      const result = await fn();
      const after = regCpu();
      return [result, before === undefined || after === undefined ? undefined : after - before];
    };

    const plan = Array.from({ length: opts.images }, (_, i) => planImage(i, opts.scale));
    log(`seeding ${plan.length} images into ${source.host} (not measured)`);
    const seedStart = performance.now();
    const set = await seedSource(source, plan, opts.scale);
    log(`seeded ${set.images.length} images, ${set.manifests} manifests, ${fmtBytes(set.uniqueBytes)} of unique blobs in ${fmtS((performance.now() - seedStart) / 1000)} s`);

    const listFile = path.join(workDir, 'images.txt');
    await fsp.writeFile(listFile, `# prel sync bench: ${set.images.length} images\n${set.images.map((i) => `${i.repository}:${i.tag}`).join('\n')}\n`);
    const byRepo: Record<string, string[]> = {};
    for (const img of set.images) (byRepo[img.repository] ??= []).push(img.tag);
    const yamlPath = path.join(workDir, 'skopeo-sync.yaml');
    await fsp.writeFile(yamlPath, YAML.stringify({ [source.host]: { 'tls-verify': false, images: byRepo } }));

    // Cold: each tool into its own empty registry. Dirty pages (the seeded blobs, the other tool's copy) are
    // flushed first, so the kernel's delayed writeback does not land inside one tool's measurement.
    const coldSkopeo = async () => {
      await settle(log);
      log('skopeo cold');
      const r = await runSkopeo(yamlPath, skopeoTarget, opts, workDir, 'skopeo-cold');
      log(`  ${fmtS(r.seconds)} s`);
      return r;
    };
    const coldPrel = async () => {
      await settle(log);
      log('prel cold');
      const r = await runPrel(listFile, source, prelTarget, opts, workDir, 'prel-cold');
      log(`  ${fmtS(r.seconds)} s, ${JSON.stringify(brief(r.outputs))}, peak RSS ${fmtMb(r.maxRssKb)} MiB`);
      return r;
    };
    let skopeoCold: SkopeoRun;
    let prelCold: PrelRun;
    let skopeoColdRegCpu: number | undefined;
    let prelColdRegCpu: number | undefined;
    if (opts.prelFirst) {
      [prelCold, prelColdRegCpu] = await during(coldPrel);
      [skopeoCold, skopeoColdRegCpu] = await during(coldSkopeo);
    } else {
      [skopeoCold, skopeoColdRegCpu] = await during(coldSkopeo);
      [prelCold, prelColdRegCpu] = await during(coldPrel);
    }
    const problems: string[] = [];
    checkPrelCounts(prelCold, set.images.length, 'cold', problems);

    // Warm: the same again, nothing left to copy; interleaved so drift hits both tools alike.
    const skopeoWarm: SkopeoRun[] = [];
    const prelWarm: PrelRun[] = [];
    for (let i = 1; i <= opts.warmRuns; i++) {
      log(`warm run ${i}/${opts.warmRuns}`);
      const warmSkopeo = async () => skopeoWarm.push(await runSkopeo(yamlPath, skopeoTarget, opts, workDir, `skopeo-warm-${i}`));
      let p: PrelRun;
      if (opts.prelFirst) {
        p = await runPrel(listFile, source, prelTarget, opts, workDir, `prel-warm-${i}`);
        await warmSkopeo();
      } else {
        await warmSkopeo();
        p = await runPrel(listFile, source, prelTarget, opts, workDir, `prel-warm-${i}`);
      }
      checkPrelCounts(p, set.images.length, 'warm', problems);
      prelWarm.push(p);
      log(`  skopeo ${fmtS(skopeoWarm.at(-1)!.seconds)} s, prel ${fmtS(p.seconds)} s`);
    }

    log('checking digests in both targets against the source');
    problems.push(...(await checkDigests(set, source, skopeoTarget, prelTarget)));

    const sCold = skopeoCold.seconds;
    const pCold = prelCold.seconds;
    const sWarm = median(skopeoWarm.map((r) => r.seconds));
    const pWarm = median(prelWarm.map((r) => r.seconds));
    const prelPeakKb = Math.max(prelCold.maxRssKb, ...prelWarm.map((r) => r.maxRssKb));
    const skopeoPeakKb = [skopeoCold, ...skopeoWarm].every((r) => r.maxRssKb !== undefined)
      ? Math.max(...[skopeoCold, ...skopeoWarm].map((r) => r.maxRssKb!))
      : undefined;
    const coldRatio = pCold / sCold;
    const warmRatio = pWarm / sWarm;
    const warmLabel = opts.warmRuns > 1 ? `warm s (median of ${opts.warmRuns})` : 'warm s';

    const out: string[] = [];
    out.push('');
    out.push(`images: ${set.images.length} (${set.manifests} manifests incl. index children), unique blob bytes in source: ${fmtBytes(set.uniqueBytes)}`);
    out.push(`prel bytes output (cold): ${prelCold.outputs.bytes} B; concurrency ${opts.concurrency}; scale ${opts.scale}; ${opts.prelFirst ? 'prel' : 'skopeo'} ran first`);
    out.push('');
    out.push(
      table([
        ['tool', 'cold s', warmLabel, 'peak RSS MiB', 'cold CPU s', 'registries CPU s (cold)'],
        ['skopeo sync --all', fmtS(sCold), fmtS(sWarm), fmtMb(skopeoPeakKb), fmtCpu(skopeoCold.cpuSeconds), fmtCpu(skopeoColdRegCpu)],
        ['prel sync-images', fmtS(pCold), fmtS(pWarm), fmtMb(prelPeakKb), fmtCpu(prelCold.cpuSeconds), fmtCpu(prelColdRegCpu)],
        ['prel / skopeo', `${coldRatio.toFixed(2)}x`, `${warmRatio.toFixed(2)}x`, '', '', ''],
      ]),
    );
    out.push('');
    out.push(`warm runs, s: skopeo ${skopeoWarm.map((r) => fmtS(r.seconds)).join(', ')}; prel ${prelWarm.map((r) => fmtS(r.seconds)).join(', ')}`);
    out.push(`prel peak RSS (probe, ru_maxrss): cold ${fmtMb(prelCold.maxRssKb)} MiB, warm ${prelWarm.map((r) => fmtMb(r.maxRssKb)).join(', ')} MiB; GNU time cold ${fmtMb(prelCold.timeMaxRssKb)} MiB`);
    const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
    out.push(`target cold <= ${TARGETS.cold}x: ${verdict(coldRatio <= TARGETS.cold)} (aim ${TARGETS.coldAim}x: ${verdict(coldRatio <= TARGETS.coldAim)})`);
    out.push(`target warm <= ${TARGETS.warm}x: ${verdict(warmRatio <= TARGETS.warm)}`);
    out.push(`target prel peak RSS < ${TARGETS.rssMb} MB: ${verdict(prelPeakKb * 1024 < TARGETS.rssMb * 1e6)} (${((prelPeakKb * 1024) / 1e6).toFixed(1)} MB)`);
    out.push(`digest check (source = skopeo target = prel target, ${set.images.length} tags, children and blobs): ${problems.length === 0 ? 'OK' : `${problems.length} problem(s)`}`);
    process.stdout.write(`${out.join('\n')}\n`);

    if (opts.json) {
      await fsp.writeFile(
        opts.json,
        `${JSON.stringify(
          {
            images: set.images.length,
            manifests: set.manifests,
            uniqueBytes: set.uniqueBytes,
            concurrency: opts.concurrency,
            scale: opts.scale,
            order: opts.prelFirst ? 'prel-first' : 'skopeo-first',
            skopeo: { coldS: sCold, warmS: skopeoWarm.map((r) => r.seconds), peakRssKb: skopeoPeakKb, coldCpuS: skopeoCold.cpuSeconds, coldRegistriesCpuS: skopeoColdRegCpu },
            prel: {
              coldS: pCold,
              warmS: prelWarm.map((r) => r.seconds),
              peakRssKb: prelPeakKb,
              coldRssKb: prelCold.maxRssKb,
              coldTimeRssKb: prelCold.timeMaxRssKb,
              coldCpuS: prelCold.cpuSeconds,
              coldRegistriesCpuS: prelColdRegCpu,
              cold: brief(prelCold.outputs),
              warm: prelWarm.map((r) => brief(r.outputs)),
            },
            ratios: { cold: coldRatio, warm: warmRatio },
            problems,
          },
          null,
          2,
        )}\n`,
      );
    }
    if (problems.length > 0) {
      process.stderr.write(`\nFAILED: ${problems.length} problem(s):\n${problems.slice(0, 50).map((p) => `  - ${p}`).join('\n')}\n`);
      return 1;
    }
    failed = false;
    return 0;
  } finally {
    killRunning();
    await Promise.allSettled(registries.map((r) => r.stop()));
    if (opts.keepLogs || failed) process.stderr.write(`[bench] work folder kept: ${workDir}\n`);
    else await fsp.rm(workDir, { recursive: true, force: true });
  }
}

let interrupted = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // First signal: kill the measured process group; main's finally then stops the registries (bounded, ~7 s each).
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
