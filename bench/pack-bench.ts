// Benchmark: prel's pack-registry against the path it replaces: `skopeo sync --all` into a fresh, empty registry,
// then `tar -czf` of that registry's storage folder (and, the fair variant, `tar -cf`: the layers are gzip'd already),
// and against the limit: the source's serving time (each blob GET once, bench/reference-copy.mjs serve). Seeds the sync bench's image set into a source registry, then
// per round times both paths, unpacks both archives, serves each with a stock registry and checks every listed
// image's digests against the source, and checks prel's archives are byte-identical across runs. Prints the times,
// the prel/old ratio, both archive sizes and prel's peak RSS. Run it through bench/pack.sh.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseBenchOptions } from './cli-options.js';
import {
  checkImages,
  registryPids,
  seedImageSet,
  startRegistryOn,
  stopRegistries,
  uniqueBlobCount,
  writeImageList,
  writeSkopeoYaml,
  type SeededImage,
  type SeededSet,
  type TestRegistry,
} from './image-set.js';
import { MB, ROOT, RSS_PROBE, cleanEnv, loadLine, closeWorkDir, cpuSecondsOf, fmtCpu, fmtMb, fmtS, killRunning, median, parseOutputs, reportProblems, runBench, runMeasured, settle, table, tail, type RunResult } from './measure.js';

const TARGETS = { ratio: 0.5, ratioAim: 0.25 };
const OUTPUT_NAMES = ['path', 'sha256', 'size', 'images', 'blobs'];

// ---------- options ----------

const HELP = `Usage: bench/pack.sh [options]

  --images N        images to seed and pack (default 60: ~220 MB, 10 of them multi-arch)
  --scale F         multiply every layer size by F, e.g. 0.1 for a quick run (default 1)
  --rounds N        rounds of (old path, prel, serve); medians are reported (default 5)
  --storage WHERE   registries, archives and unpacked trees: tmpfs (default, /dev/shm) or disk (the temp folder)
  --concurrency N   prel's concurrency input (default 8, the action's default)
  --compression C   prel's compression input: gzip (default, the action's default) or none; the old path is always
                    tar -czf, so 'none' is a what-if, not the comparison the target is about
  --order WHICH     which path runs first in each round: alternate (default: old first in odd rounds), old, prel
  --dist DIR        the built actions to run: DIR/pack-registry/index.js and its bundle DIR/prel/index.js
                    (default: the repository's dist/); the bundle's sha256 is printed and checked before every prel run
  --timeout S       limit per measured process, in seconds (default 1200)
  --json FILE       also write the measurements as JSON to FILE
  --keep-logs       keep the work folder (image list, skopeo YAML, logs; not the archives) and print its path
  -h, --help        this text
`;

interface Options {
  images: number;
  scale: number;
  rounds: number;
  concurrency: number;
  compression: 'gzip' | 'none';
  order: 'alternate' | 'old' | 'prel';
  storage: 'tmpfs' | 'disk';
  timeoutMs: number;
  dist: string;
  json?: string;
  keepLogs: boolean;
}

function readOptions(): Options {
  const { values, usageError, int, oneOf } = parseBenchOptions('pack-bench', HELP, {
    images: { type: 'string', default: '60' },
    scale: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '5' },
    storage: { type: 'string', default: 'tmpfs' },
    concurrency: { type: 'string', default: '8' },
    compression: { type: 'string', default: 'gzip' },
    order: { type: 'string', default: 'alternate' },
    timeout: { type: 'string', default: '1200' },
    dist: { type: 'string', default: path.join(ROOT, 'dist') },
    json: { type: 'string' },
    'keep-logs': { type: 'boolean', default: false },
  });
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) usageError(`--scale must be a number in (0, 10], got '${values.scale}'`);
  const compression = oneOf('compression', values.compression, ['gzip', 'none']);
  const order = oneOf('order', values.order, ['alternate', 'old', 'prel']);
  return {
    images: int('images', values.images, 1, 500),
    scale,
    rounds: int('rounds', values.rounds, 1, 15),
    concurrency: int('concurrency', values.concurrency, 1, 64),
    compression,
    order,
    storage: oneOf('storage', values.storage, ['tmpfs', 'disk']),
    timeoutMs: int('timeout', values.timeout, 10, 7200) * 1000,
    dist: path.resolve(values.dist),
    json: values.json,
    keepLogs: values['keep-logs'],
  };
}

// ---------- the old path ----------

/**
 * One skopeo YAML per first path segment. skopeo 1.9's `sync` (without --scoped) names each destination repository
 * <destination>/<last path component of the source repository>, so syncing the release/ images to <host>/release
 * and the library/ ones to <host>/library gives the fresh registry exactly the list's repository paths. That needs
 * every repository to be <segment>/<name>, which the set's are; anything else is refused here.
 */
async function writeSegmentYamls(set: SeededSet, sourceHost: string, workDir: string): Promise<{ segment: string; yaml: string }[]> {
  const bySegment = new Map<string, SeededImage[]>();
  for (const img of set.images) {
    const parts = img.repository.split('/');
    if (parts.length !== 2) throw new Error(`repository ${img.repository} is not <segment>/<name>: skopeo sync could not keep its path`);
    bySegment.set(parts[0], [...(bySegment.get(parts[0]) ?? []), img]);
  }
  const out: { segment: string; yaml: string }[] = [];
  for (const [segment, images] of bySegment) {
    const yaml = path.join(workDir, `skopeo-sync-${segment}.yaml`);
    await writeSkopeoYaml(yaml, sourceHost, images);
    out.push({ segment, yaml });
  }
  return out;
}

interface OldRun {
  syncSeconds: number;
  tarSeconds: number;
  /** `tar -cf` of the same storage folder: no second gzip of gzip'd layers. */
  plainTarSeconds: number;
  /** Per skopeo call (one per segment). */
  syncCalls: { segment: string; seconds: number }[];
  skopeoCpuSeconds?: number;
  skopeoMaxRssKb?: number;
  tarCpuSeconds?: number;
  /** CPU of the source and the fresh registry during the skopeo calls. */
  registriesCpuSeconds?: number;
  archive: string;
  size: number;
  sha256: string;
}

function sumOrUndefined(xs: (number | undefined)[]): number | undefined {
  return xs.every((x) => x !== undefined) ? (xs as number[]).reduce((a, b) => a + b, 0) : undefined;
}

async function logRun(workDir: string, label: string, argv: string[], r: RunResult): Promise<void> {
  await fsp.writeFile(path.join(workDir, `${label}.log`), `$ ${argv.join(' ')}\n${r.stdout}\n--- stderr ---\n${r.stderr}`);
}

async function runOld(ctx: Context, round: number, roundDir: string): Promise<OldRun> {
  const { opts, workDir, log } = ctx;
  // Not timed: starting the fresh registry (its storage root in this round's folder, kept when it stops).
  const storage = path.join(roundDir, 'old-storage');
  const fresh = await startRegistryOn(storage);
  ctx.registries.add(fresh);
  const syncCalls: OldRun['syncCalls'] = [];
  const skopeoRuns: RunResult[] = [];
  let registriesCpuSeconds: number | undefined;
  try {
    const pids = registryPids([ctx.source, fresh]);
    const regCpu = () => (pids.length === 2 ? cpuSecondsOf(pids) : undefined);
    await settle(log);
    log(`round ${round}: old path, skopeo sync into ${fresh.host} (${ctx.segments.length} call(s), one per first path segment)`);
    const before = regCpu();
    for (const { segment, yaml } of ctx.segments) {
      const args = ['sync', '--all', '--src', 'yaml', '--dest', 'docker', '--dest-tls-verify=false', yaml, `${fresh.host}/${segment}`];
      const label = `r${round}-skopeo-${segment}`;
      const r = await runMeasured('skopeo', args, process.env, opts.timeoutMs, workDir, label);
      await logRun(workDir, label, ['skopeo', ...args], r);
      if (r.code !== 0) throw new Error(`${label}: skopeo exited with ${r.code ?? r.signal}; stderr tail:\n${tail(r.stderr)}\nstdout tail:\n${tail(r.stdout)}`);
      syncCalls.push({ segment, seconds: r.seconds });
      skopeoRuns.push(r);
    }
    const after = regCpu();
    registriesCpuSeconds = before === undefined || after === undefined ? undefined : after - before;
  } finally {
    await fresh.stop();
    ctx.registries.delete(fresh);
  }
  const syncSeconds = syncCalls.reduce((a, c) => a + c.seconds, 0);
  log(`  skopeo sync ${fmtS(syncSeconds)} s (${syncCalls.map((c) => `${c.segment} ${fmtS(c.seconds)}`).join(', ')})`);

  await settle(log);
  const archive = path.join(roundDir, 'old.tar.gz');
  const tarArgs = ['-czf', archive, '-C', storage, 'docker'];
  const label = `r${round}-tar`;
  log(`round ${round}: old path, tar -czf of the storage folder`);
  const t = await runMeasured('tar', tarArgs, process.env, opts.timeoutMs, workDir, label);
  await logRun(workDir, label, ['tar', ...tarArgs], t);
  if (t.code !== 0) throw new Error(`${label}: tar exited with ${t.code ?? t.signal}; stderr tail:\n${tail(t.stderr)}`);
  const size = (await fsp.stat(archive)).size;
  log(`  tar -czf ${fmtS(t.seconds)} s, ${(size / MB).toFixed(1)} MiB`);
  await settle(log);
  const plainArchive = path.join(roundDir, 'old.tar');
  const plain = await runMeasured('tar', ['-cf', plainArchive, '-C', storage, 'docker'], process.env, opts.timeoutMs, workDir, `${label}-plain`);
  if (plain.code !== 0) throw new Error(`${label}-plain: tar -cf exited with ${plain.code ?? plain.signal}; stderr tail:\n${tail(plain.stderr)}`);
  log(`  tar -cf ${fmtS(plain.seconds)} s`);
  await fsp.rm(plainArchive, { force: true });
  await fsp.rm(storage, { recursive: true, force: true });
  return {
    syncSeconds,
    tarSeconds: t.seconds,
    plainTarSeconds: plain.seconds,
    syncCalls,
    skopeoCpuSeconds: sumOrUndefined(skopeoRuns.map((r) => r.cpuSeconds)),
    skopeoMaxRssKb: skopeoRuns.every((r) => r.timeMaxRssKb !== undefined) ? Math.max(...skopeoRuns.map((r) => r.timeMaxRssKb!)) : undefined,
    tarCpuSeconds: t.cpuSeconds,
    registriesCpuSeconds,
    archive,
    size,
    sha256: await sha256File(archive),
  };
}

// ---------- prel ----------

const entryPath = (opts: Options) => path.join(opts.dist, 'pack-registry', 'index.js');
const bundlePath = (opts: Options) => path.join(opts.dist, 'prel', 'index.js');

interface PrelRun {
  seconds: number;
  /** ru_maxrss from the preloaded probe, KiB. */
  maxRssKb: number;
  timeMaxRssKb?: number;
  cpuSeconds?: number;
  /** CPU of the source registry during the run. */
  registryCpuSeconds?: number;
  outputs: Record<string, string>;
  archive: string;
  size: number;
  sha256: string;
}

async function runPrel(ctx: Context, round: number, roundDir: string, label: string): Promise<PrelRun> {
  const { opts, workDir, log } = ctx;
  const archive = path.join(roundDir, `${label}.tar${opts.compression === 'gzip' ? '.gz' : ''}`);
  const rssFile = path.join(workDir, `r${round}-${label}.probe-rss`);
  await fsp.rm(rssFile, { force: true });
  const env = cleanEnv();
  // prel's spool lives where the registries and archives do (--storage), as the old path's storage does.
  const runnerTemp = path.join(roundDir, `${label}-runner-temp`);
  await fsp.mkdir(runnerTemp, { recursive: true });
  Object.assign(env, {
    RUNNER_TEMP: runnerTemp,
    'INPUT_IMAGES-FILE': ctx.listFile,
    'INPUT_SOURCE-REGISTRY': ctx.source.host,
    INPUT_OUTPUT: archive,
    INPUT_CONCURRENCY: String(opts.concurrency),
    INPUT_COMPRESSION: opts.compression,
    PREL_PROGRESS_INTERVAL_MS: '0',
    PREL_BENCH_RSS_FILE: rssFile,
  });
  const pids = registryPids([ctx.source]);
  const regCpu = () => (pids.length === 1 ? cpuSecondsOf(pids) : undefined);
  await settle(log);
  log(`round ${round}: prel pack-registry (${label})`);
  const bundleNow = await sha256File(bundlePath(opts)).catch((err: Error) => `unreadable (${err.message})`);
  if (bundleNow !== ctx.bundleSha256) {
    throw new Error(`round ${round} ${label}: ${bundlePath(opts)} changed since the bench started (sha256 ${ctx.bundleSha256}, now ${bundleNow}); was dist rebuilt meanwhile? (--dist DIR runs a copy of your own)`);
  }
  const args = ['--import', RSS_PROBE, entryPath(opts)];
  const before = regCpu();
  const r = await runMeasured(process.execPath, args, env, opts.timeoutMs, workDir, `r${round}-${label}`);
  const after = regCpu();
  await logRun(workDir, `r${round}-${label}`, ['node', ...args], r);
  const outputs = parseOutputs(r.stdout, OUTPUT_NAMES);
  if (r.code !== 0) {
    throw new Error(`round ${round} ${label}: prel exited with ${r.code ?? r.signal}; outputs: ${JSON.stringify(outputs)}\nstdout tail:\n${tail(r.stdout)}\nstderr tail:\n${tail(r.stderr)}`);
  }
  const probe = (await fsp.readFile(rssFile, 'utf8').catch(() => '')).trim();
  if (!/^\d+$/.test(probe)) throw new Error(`round ${round} ${label}: the RSS probe wrote nothing to ${rssFile}`);
  const size = (await fsp.stat(archive)).size;
  log(`  ${fmtS(r.seconds)} s, ${JSON.stringify(outputs)}, peak RSS ${fmtMb(Number(probe))} MiB`);
  return {
    seconds: r.seconds,
    maxRssKb: Number(probe),
    timeMaxRssKb: r.timeMaxRssKb,
    cpuSeconds: r.cpuSeconds,
    registryCpuSeconds: before === undefined || after === undefined ? undefined : after - before,
    outputs,
    archive,
    size,
    sha256: await sha256File(archive),
  };
}

/** prel's outputs must match the file it wrote and the set: every image, every distinct blob. */
function checkPrelOutputs(run: PrelRun, set: SeededSet, what: string, problems: string[]): void {
  const o = run.outputs;
  const missing = OUTPUT_NAMES.filter((n) => o[n] === undefined);
  if (missing.length > 0) {
    problems.push(`${what}: outputs missing from stdout: ${missing.join(', ')}`);
    return;
  }
  if (path.resolve(ROOT, o.path) !== run.archive) problems.push(`${what}: path=${o.path}, but the archive was asked for at ${run.archive}`);
  if (o.sha256 !== run.sha256) problems.push(`${what}: sha256=${o.sha256}, the file's is ${run.sha256}`);
  if (Number(o.size) !== run.size) problems.push(`${what}: size=${o.size}, the file's is ${run.size}`);
  if (Number(o.images) !== set.images.length) problems.push(`${what}: images=${o.images}, expected ${set.images.length}`);
  const blobs = uniqueBlobCount(set);
  if (Number(o.blobs) !== blobs) problems.push(`${what}: blobs=${o.blobs}, expected ${blobs} distinct configs and layers`);
}

// ---------- verification ----------

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

/**
 * Unpacks an archive into an empty folder, serves it with a stock registry (storage root = that folder, read-only)
 * and checks every listed image there: tag manifest digest and media type equal to the source's (HEAD with the four
 * manifest Accept types), every index child manifest and every blob present. The folder is removed afterwards.
 */
async function verifyArchive(ctx: Context, archive: string, name: string, label: string): Promise<string[]> {
  const dir = path.join(path.dirname(archive), `${label}-unpacked`);
  await fsp.rm(dir, { recursive: true, force: true });
  await fsp.mkdir(dir);
  try {
    // -x reads gzip'd and plain tars alike (GNU tar detects the compression of an archive file).
    const r = await runMeasured('tar', ['-xf', archive, '-C', dir], process.env, ctx.opts.timeoutMs, ctx.workDir, `${label}-unpack`);
    if (r.code !== 0) return [`${name}: tar -xf exited with ${r.code ?? r.signal}: ${tail(r.stderr, 5)}`];
    const registry = await startRegistryOn(dir, true);
    ctx.registries.add(registry);
    try {
      return await checkImages(ctx.set, [{ name, url: registry.url, repo: (repo) => repo, deep: true }]);
    } finally {
      await registry.stop();
      ctx.registries.delete(registry);
    }
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}

// ---------- main ----------

interface Context {
  opts: Options;
  workDir: string;
  log: (text: string) => void;
  source: TestRegistry;
  set: SeededSet;
  listFile: string;
  segments: { segment: string; yaml: string }[];
  /** sha256 of the prel bundle at the start: every prel run checks it is still the same file. */
  bundleSha256: string;
  /** Registries running now besides the source, stopped on the way out. */
  registries: Set<TestRegistry>;
}

interface Round {
  round: number;
  first: 'old' | 'prel';
  old: OldRun;
  prel: PrelRun;
  /** Only when a single round is run: prel once more, for the determinism check. */
  prelAgain?: PrelRun;
  /** The source serving each blob once (GET, thrown away): the floor for reading them. */
  serveSeconds: number;
}

/** Times the source serving every distinct blob once at prel's concurrency (bench/reference-copy.mjs serve). */
async function runServe(ctx: Context, round: number): Promise<number> {
  const file = path.join(ctx.workDir, 'serve-digests.txt');
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const img of ctx.set.images) for (const d of img.blobs) if (!seen.has(d)) (seen.add(d), lines.push(`${img.repository} ${d}`));
  await fsp.writeFile(file, `${lines.join('\n')}\n`);
  await settle(ctx.log);
  const args = [path.join(ROOT, 'bench', 'reference-copy.mjs'), 'serve', ctx.source.host, file, String(ctx.opts.concurrency)];
  const r = await runMeasured(process.execPath, args, process.env, ctx.opts.timeoutMs, ctx.workDir, `r${round}-serve`);
  if (r.code !== 0) throw new Error(`round ${round} serve: exited with ${r.code ?? r.signal}; stderr tail:\n${tail(r.stderr)}`);
  ctx.log(`round ${round}: source serves the blobs once in ${fmtS(r.seconds)} s`);
  return r.seconds;
}

async function main(): Promise<number> {
  const opts = readOptions();
  for (const file of [entryPath(opts), bundlePath(opts)]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build (bench/pack.sh does), or give --dist`);
  }
  const bundleSha256 = await sha256File(bundlePath(opts));
  const workDir = await fsp.mkdtemp(path.join(opts.storage === 'tmpfs' ? '/dev/shm' : os.tmpdir(), 'prel-pack-bench-'));
  const log = (text: string) => process.stderr.write(`[bench] ${text}\n`);
  log(`prel bundle: ${bundlePath(opts)}, sha256 ${bundleSha256}`);
  const registries = new Set<TestRegistry>();
  let failed = true;
  try {
    log('starting the source registry');
    const source = await startRegistryOn(path.join(workDir, 'source-storage'));
    registries.add(source);
    const set = await seedImageSet(source, opts.images, opts.scale, log);
    const listFile = path.join(workDir, 'images.txt');
    await writeImageList(listFile, set.images, 'prel pack bench');
    const segments = await writeSegmentYamls(set, source.host, workDir);
    const ctx: Context = { opts, workDir, log, source, set, listFile, segments, bundleSha256, registries };
    if (registryPids([source]).length !== 1) log('note: the source registry process was not found; registry CPU figures will be missing');

    const problems: string[] = [];
    const rounds: Round[] = [];
    for (let round = 1; round <= opts.rounds; round++) {
      const first = opts.order === 'alternate' ? (round % 2 === 1 ? 'old' : 'prel') : opts.order;
      const roundDir = path.join(workDir, `round-${round}`);
      await fsp.mkdir(roundDir);
      let old: OldRun;
      let prel: PrelRun;
      if (first === 'old') {
        old = await runOld(ctx, round, roundDir);
        prel = await runPrel(ctx, round, roundDir, 'prel');
      } else {
        prel = await runPrel(ctx, round, roundDir, 'prel');
        old = await runOld(ctx, round, roundDir);
      }
      checkPrelOutputs(prel, set, `round ${round} prel`, problems);
      const entry: Round = { round, first, old, prel, serveSeconds: await runServe(ctx, round) };
      if (opts.rounds === 1) {
        entry.prelAgain = await runPrel(ctx, round, roundDir, 'prel-again');
        checkPrelOutputs(entry.prelAgain, set, `round ${round} prel-again`, problems);
      }
      rounds.push(entry);

      log(`round ${round}: unpacking both archives and checking them with a stock registry (not measured)`);
      problems.push(...(await verifyArchive(ctx, old.archive, `round ${round} old archive`, `r${round}-old`)));
      problems.push(...(await verifyArchive(ctx, prel.archive, `round ${round} prel archive`, `r${round}-prel`)));
      // The archives are large; only their sizes and hashes are needed from here on.
      await fsp.rm(roundDir, { recursive: true, force: true });
    }

    const prelRuns = rounds.flatMap((r) => (r.prelAgain ? [r.prel, r.prelAgain] : [r.prel]));
    const hashes = new Set(prelRuns.map((r) => r.sha256));
    const deterministic = hashes.size === 1;
    if (!deterministic) problems.push(`prel's archives differ across its ${prelRuns.length} runs: sha256 ${prelRuns.map((r) => r.sha256).join(', ')}`);

    // ---------- report ----------
    const oldTotal = (r: Round) => r.old.syncSeconds + r.old.tarSeconds;
    const ratio = (r: Round) => r.prel.seconds / oldTotal(r);
    const plainTotal = (r: Round) => r.old.syncSeconds + r.old.plainTarSeconds;
    const plainRatio = (r: Round) => r.prel.seconds / plainTotal(r);
    const serveRatio = (r: Round) => r.prel.seconds / r.serveSeconds;
    const med = (f: (r: Round) => number) => median(rounds.map(f));
    const medRatio = med(ratio);
    const prelPeakKb = Math.max(...prelRuns.map((r) => r.maxRssKb));
    const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
    const mib = (b: number) => (b / MB).toFixed(1);
    const skopeoPeak = rounds.every((r) => r.old.skopeoMaxRssKb !== undefined) ? Math.max(...rounds.map((r) => r.old.skopeoMaxRssKb!)) : undefined;

    const out: string[] = [];
    out.push('');
    out.push(`images: ${set.images.length} (${set.manifests} manifests incl. index children, ${uniqueBlobCount(set)} distinct blobs), unique blob bytes in source: ${mib(set.uniqueBytes)} MiB (${set.uniqueBytes} B)`);
    out.push(`old path: skopeo sync --all into a fresh empty registry (${segments.length} call(s): ${segments.map((s) => `<fresh>/${s.segment}`).join(', ')}), then tar -czf of its storage folder (registry start/stop not timed)`);
    const shown = path.relative(ROOT, entryPath(opts));
    out.push(`prel: node ${shown.startsWith('..') ? entryPath(opts) : shown} (bundle sha256 ${bundleSha256.slice(0, 16)}…), concurrency ${opts.concurrency}, compression ${opts.compression}; scale ${opts.scale}; order ${opts.order}; sync(1) before each timed step`);
    out.push('');
    const rows: string[][] = [['round', 'first', 'skopeo sync s', 'tar -czf s', 'tar -cf s', 'source serve s', 'prel s', 'prel / (sync + tar -czf)', 'prel / (sync + tar -cf)', 'prel / serve', 'old archive MiB', 'prel archive MiB', 'prel peak RSS MiB']];
    const x = (v: number) => `${v.toFixed(2)}x`;
    for (const r of rounds) {
      rows.push([String(r.round), r.first, fmtS(r.old.syncSeconds), fmtS(r.old.tarSeconds), fmtS(r.old.plainTarSeconds), fmtS(r.serveSeconds), fmtS(r.prel.seconds), x(ratio(r)), x(plainRatio(r)), x(serveRatio(r)), mib(r.old.size), mib(r.prel.size), fmtMb(r.prel.maxRssKb)]);
    }
    rows.push([
      'median',
      '',
      fmtS(med((r) => r.old.syncSeconds)),
      fmtS(med((r) => r.old.tarSeconds)),
      fmtS(med((r) => r.old.plainTarSeconds)),
      fmtS(med((r) => r.serveSeconds)),
      fmtS(med((r) => r.prel.seconds)),
      x(medRatio),
      x(med(plainRatio)),
      x(med(serveRatio)),
      mib(med((r) => r.old.size)),
      mib(med((r) => r.prel.size)),
      fmtMb(median(rounds.map((r) => r.prel.maxRssKb))),
    ]);
    out.push(table(rows));
    out.push('');
    out.push(
      table([
        ['round', 'skopeo CPU s', 'tar+gzip CPU s', 'registries CPU s (old sync)', 'prel CPU s', 'source registry CPU s (prel)', 'skopeo peak RSS MiB'],
        ...rounds.map((r) => [
          String(r.round),
          fmtCpu(r.old.skopeoCpuSeconds),
          fmtCpu(r.old.tarCpuSeconds),
          fmtCpu(r.old.registriesCpuSeconds),
          fmtCpu(r.prel.cpuSeconds),
          fmtCpu(r.prel.registryCpuSeconds),
          fmtMb(r.old.skopeoMaxRssKb),
        ]),
      ]),
    );
    out.push('');
    const prelSize = rounds[0].prel.size;
    const oldSizes = [...new Set(rounds.map((r) => r.old.size))];
    out.push(`archive sizes: old ${oldSizes.map((s) => `${mib(s)} MiB (${s} B)`).join(', ')}; prel ${mib(prelSize)} MiB (${prelSize} B) = ${pct(prelSize, median(oldSizes))} of old`);
    out.push(`prel sha256: ${[...hashes].join(', ')} (${prelRuns.length} runs: ${deterministic ? 'byte-identical' : 'DIFFERENT'})`);
    out.push(`prel peak RSS (probe, ru_maxrss): ${prelRuns.map((r) => fmtMb(r.maxRssKb)).join(', ')} MiB; GNU time ${prelRuns.map((r) => fmtMb(r.timeMaxRssKb)).join(', ')} MiB; skopeo peak RSS ${fmtMb(skopeoPeak)} MiB`);
    if (rounds.some((r) => r.prelAgain)) out.push(`prel again (determinism run): ${rounds.map((r) => fmtS(r.prelAgain!.seconds)).join(', ')} s`);
    out.push(`ratio of medians (median prel / median old): ${(med((r) => r.prel.seconds) / med(oldTotal)).toFixed(2)}x`);
    const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
    const whatIf = opts.compression === 'gzip' ? '' : ` [what-if: prel with compression ${opts.compression}; the target is about gzip'd archives]`;
    out.push(`target prel / (skopeo sync + tar -cf) <= 0.25x: ${verdict(med(plainRatio) <= 0.25)} (${x(med(plainRatio))}); prel / source serve <= 2x: ${verdict(med(serveRatio) <= 2)} (${x(med(serveRatio))})`);
    out.push(`load: ${loadLine()}`);
    out.push(`target prel / old <= ${TARGETS.ratio}x (median of ${rounds.length}): ${verdict(medRatio <= TARGETS.ratio)} (aim ${TARGETS.ratioAim}x: ${verdict(medRatio <= TARGETS.ratioAim)})${whatIf}`);
    out.push(`archive check (unpacked, stock registry, ${set.images.length} tags: digest, media type, children, blobs = source; prel outputs; determinism): ${problems.length === 0 ? 'OK' : `${problems.length} problem(s)`}`);
    process.stdout.write(`${out.join('\n')}\n`);

    if (opts.json) {
      const json = {
        images: set.images.length,
        manifests: set.manifests,
        blobs: uniqueBlobCount(set),
        uniqueBytes: set.uniqueBytes,
        bundle: bundlePath(opts),
        bundleSha256,
        concurrency: opts.concurrency,
        compression: opts.compression,
        scale: opts.scale,
        order: opts.order,
        rounds: rounds.map((r) => ({
          round: r.round,
          first: r.first,
          old: { ...r.old, archive: undefined, totalS: oldTotal(r) },
          prel: { ...r.prel, archive: undefined },
          prelAgain: r.prelAgain ? { ...r.prelAgain, archive: undefined } : undefined,
          ratio: ratio(r),
        })),
        median: { oldS: med(oldTotal), prelS: med((r) => r.prel.seconds), ratio: medRatio, plainRatio: med(plainRatio), serveRatio: med(serveRatio) },
        prelPeakRssKb: prelPeakKb,
        deterministic,
        problems,
      };
      await fsp.writeFile(opts.json, `${JSON.stringify(json, null, 2)}\n`);
    }
    const code = reportProblems(problems);
    failed = code !== 0;
    return code;
  } finally {
    killRunning();
    await stopRegistries([...registries]);
    // The round folders hold the archives and unpacked trees: large, never kept.
    for (const entry of await fsp.readdir(workDir).catch(() => [] as string[])) {
      if (entry.startsWith('round-')) await fsp.rm(path.join(workDir, entry), { recursive: true, force: true });
    }
    await closeWorkDir(workDir, opts.keepLogs || failed);
  }
}

runBench(main);
