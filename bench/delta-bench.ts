// Benchmark: a delta pack (pack-registry `previous-lock`) against the full pack of the same release. Seeds the bench's
// image set as release 1 and packs it once (not measured); release 2 is the same list with a share of the images
// replaced by a new tag of the same repository (a new top layer and config on the same base layers). Each round packs
// release 2 in full and as a delta on release 1's images.lock, and reports time, tar bytes (the action's delta-bytes /
// full-bytes outputs) and archive size. Once (not measured) release 1's archive is unpacked, the delta unpacked over it,
// and a stock registry serving the result must give every release-2 image digest-exact. Run it through bench/delta.sh.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { IMAGE_SET_OPTIONS, parseBenchOptions, readImageSetOptions, type ImageSetOptions } from './cli-options.js';
import { checkImages, planImage, seedImageSet, seedPlannedImages, startRegistries, startRegistryOn, stopRegistries, writeImageList, type SeededImage, type TestRegistry } from './image-set.js';
import { MB, ROOT, cleanEnv, closeWorkDir, fmtCpu, fmtS, killRunning, median, parseOutputs, reportProblems, runBench, runMeasured, settle, table, tail } from './measure.js';

const OUTPUT_NAMES = ['path', 'size', 'images', 'blobs', 'lock-path', 'delta-bytes', 'full-bytes'];

const HELP = `Usage: bench/delta.sh [options]

  --images N        images of each release (default 60: ~220 MB, 10 of them multi-arch)
  --changed P       percent of the images that get a new top layer in release 2 (default 10)
  --scale F         multiply every layer size by F, e.g. 0.1 for a quick run (default 1)
  --rounds N        rounds of (full pack, delta pack) of release 2; medians are reported (default 3)
  --concurrency N   pack-registry's concurrency input (default 8, the action's default)
  --dist DIR        the built actions to run: DIR/pack-registry/index.js (default: the repository's dist/)
  --timeout S       limit per measured process, in seconds (default 1200)
  --json FILE       also write the measurements as JSON to FILE
  --keep-logs       keep the work folder (lists, logs; not the archives) and print its path
  -h, --help        this text
`;

interface Options extends ImageSetOptions {
  changed: number;
}

function readOptions(): Options {
  const options = parseBenchOptions('delta-bench', HELP, { ...IMAGE_SET_OPTIONS, changed: { type: 'string', default: '10' } });
  return { ...readImageSetOptions(options.values, options), changed: options.int('changed', options.values.changed, 1, 100) };
}

/** Indices of the images release 2 changes: `percent` of `count` (at least one), spread evenly over the set. */
function changedIndices(count: number, percent: number): number[] {
  const changed = Math.max(1, Math.round((count * percent) / 100));
  return Array.from({ length: changed }, (_, k) => Math.floor(((k + 0.5) * count) / changed));
}

interface Pack {
  seconds: number;
  cpuSeconds?: number;
  /** Bytes of the archive on disk (gzip). */
  size: number;
  deltaBytes: number;
  fullBytes: number;
  archive: string;
  lock: string;
}

interface Context {
  opts: Options;
  workDir: string;
  log: (text: string) => void;
  source: TestRegistry;
}

/** One pack-registry run of `list` into `dir`, as a delta on `previousLock` when given. */
async function pack(ctx: Context, label: string, list: string, dir: string, previousLock?: string): Promise<Pack> {
  const { opts, workDir, log } = ctx;
  await fsp.mkdir(dir, { recursive: true });
  const archive = path.join(dir, 'pangolin-deploy-images.tar.gz');
  const env = Object.assign(cleanEnv(), {
    'INPUT_IMAGES-FILE': list,
    'INPUT_SOURCE-REGISTRY': ctx.source.host,
    INPUT_OUTPUT: archive,
    INPUT_CONCURRENCY: String(opts.concurrency),
    PREL_PROGRESS_INTERVAL_MS: '0',
    ...(previousLock ? { 'INPUT_PREVIOUS-LOCK': previousLock } : {}),
  });
  await settle(log);
  log(`${label}: pack-registry${previousLock ? ' with previous-lock' : ''}`);
  const entry = path.join(opts.dist, 'pack-registry', 'index.js');
  const r = await runMeasured(process.execPath, [entry], env, opts.timeoutMs, workDir, label);
  await fsp.writeFile(path.join(workDir, `${label}.log`), `${r.stdout}\n--- stderr ---\n${r.stderr}`);
  const outputs = parseOutputs(r.stdout, OUTPUT_NAMES);
  if (r.code !== 0) throw new Error(`${label}: pack-registry exited with ${r.code ?? r.signal}\nstderr tail:\n${tail(r.stderr)}`);
  const missing = OUTPUT_NAMES.filter((name) => outputs[name] === undefined);
  if (missing.length > 0) throw new Error(`${label}: outputs missing from stdout: ${missing.join(', ')}`);
  const size = (await fsp.stat(archive)).size;
  log(`  ${fmtS(r.seconds)} s, delta-bytes ${outputs['delta-bytes']}, full-bytes ${outputs['full-bytes']}, archive ${(size / MB).toFixed(1)} MiB`);
  return {
    seconds: r.seconds,
    cpuSeconds: r.cpuSeconds,
    size,
    deltaBytes: Number(outputs['delta-bytes']),
    fullBytes: Number(outputs['full-bytes']),
    archive,
    lock: path.resolve(ROOT, outputs['lock-path']),
  };
}

/** Unpacks release 1's archive, then the delta over it, serves the tree and checks every release-2 image in it. */
async function checkRoundTrip(ctx: Context, base: string, delta: string, images: SeededImage[], registries: Set<TestRegistry>): Promise<string[]> {
  const dir = path.join(ctx.workDir, 'site-storage');
  await fsp.mkdir(dir);
  try {
    for (const archive of [base, delta]) {
      const r = await runMeasured('tar', ['-xf', archive, '-C', dir], process.env, ctx.opts.timeoutMs, ctx.workDir, 'site-unpack');
      if (r.code !== 0) return [`tar -xf ${path.basename(path.dirname(archive))}: exited with ${r.code ?? r.signal}: ${tail(r.stderr, 5)}`];
    }
    const registry = await startRegistryOn(dir, true);
    registries.add(registry);
    try {
      return await checkImages({ images, uniqueBytes: 0, manifests: 0 }, [{ name: 'release 1 + delta', url: registry.url, repo: (repo) => repo, deep: true }]);
    } finally {
      await registry.stop();
      registries.delete(registry);
    }
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}

interface Round {
  round: number;
  first: 'full' | 'delta';
  full: Pack;
  delta: Pack;
}

async function main(): Promise<number> {
  const opts = readOptions();
  const entry = path.join(opts.dist, 'pack-registry', 'index.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run npm run build (bench/delta.sh does), or give --dist`);
  const workDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'prel-delta-bench-'));
  const log = (text: string) => process.stderr.write(`[bench] ${text}\n`);
  const registries = new Set<TestRegistry>();
  let failed = true;
  try {
    log('starting the source registry');
    const [source] = await startRegistries(1);
    registries.add(source);
    const ctx: Context = { opts, workDir, log, source };

    // Release 1: the set. Release 2: the same list, a share of it moved to a new tag (new top layer, same bases).
    const release1 = await seedImageSet(source, opts.images, opts.scale, log);
    const indices = changedIndices(opts.images, opts.changed);
    const bumped = indices.map((i) => {
      const planned = planImage(i, opts.scale);
      return { ...planned, tag: `${planned.tag}-next` };
    });
    const changed = await seedPlannedImages(source, bumped, opts.scale, log);
    const images2 = [...release1.images];
    indices.forEach((i, k) => (images2[i] = changed.images[k]));
    const list1 = path.join(workDir, 'release-1.txt');
    const list2 = path.join(workDir, 'release-2.txt');
    await writeImageList(list1, release1.images, 'prel delta bench, release 1');
    await writeImageList(list2, images2, 'prel delta bench, release 2');

    const archives = path.join(workDir, 'archives'); // large: never kept
    const base = await pack(ctx, 'release-1', list1, path.join(archives, 'release-1'));
    const problems: string[] = [];
    const rounds: Round[] = [];
    for (let round = 1; round <= opts.rounds; round++) {
      const first = round % 2 === 1 ? 'full' : 'delta';
      const dir = path.join(archives, `round-${round}`);
      const runFull = () => pack(ctx, `r${round}-full`, list2, path.join(dir, 'full'));
      const runDelta = () => pack(ctx, `r${round}-delta`, list2, path.join(dir, 'delta'), base.lock);
      let full: Pack;
      let delta: Pack;
      if (first === 'full') {
        full = await runFull();
        delta = await runDelta();
      } else {
        delta = await runDelta();
        full = await runFull();
      }
      if (full.deltaBytes !== full.fullBytes) problems.push(`round ${round}: the full pack's delta-bytes ${full.deltaBytes} != its full-bytes ${full.fullBytes}`);
      if (delta.fullBytes !== full.fullBytes) problems.push(`round ${round}: the delta's full-bytes ${delta.fullBytes} != the full pack's ${full.fullBytes}`);
      if (!(delta.deltaBytes < full.fullBytes)) problems.push(`round ${round}: the delta (${delta.deltaBytes} B of tar) is not smaller than the full pack (${full.fullBytes} B)`);
      if (round === 1) {
        log('round 1: release 1 + delta, unpacked and served by a stock registry, against every release-2 image (not measured)');
        problems.push(...(await checkRoundTrip(ctx, base.archive, delta.archive, images2, registries)));
      }
      rounds.push({ round, first, full, delta });
      await fsp.rm(dir, { recursive: true, force: true });
    }

    // ---------- report ----------
    const med = (f: (r: Round) => number) => median(rounds.map(f));
    const mib = (b: number) => (b / MB).toFixed(1);
    const ratio = (a: number, b: number) => `${(a / b).toFixed(3)}x`;
    const tarRatio = med((r) => r.delta.deltaBytes / r.full.fullBytes);
    const sizeRatio = med((r) => r.delta.size / r.full.size);
    const timeRatio = med((r) => r.delta.seconds / r.full.seconds);
    const rows: string[][] = [['round', 'first', 'full s', 'delta s', 'delta / full time', 'full tar MiB', 'delta tar MiB', 'delta / full tar', 'full archive MiB', 'delta archive MiB', 'delta / full archive', 'full CPU s', 'delta CPU s']];
    for (const r of rounds) {
      rows.push([String(r.round), r.first, fmtS(r.full.seconds), fmtS(r.delta.seconds), ratio(r.delta.seconds, r.full.seconds), mib(r.full.fullBytes), mib(r.delta.deltaBytes), ratio(r.delta.deltaBytes, r.full.fullBytes), mib(r.full.size), mib(r.delta.size), ratio(r.delta.size, r.full.size), fmtCpu(r.full.cpuSeconds), fmtCpu(r.delta.cpuSeconds)]);
    }
    rows.push(['median', '', fmtS(med((r) => r.full.seconds)), fmtS(med((r) => r.delta.seconds)), `${timeRatio.toFixed(3)}x`, mib(med((r) => r.full.fullBytes)), mib(med((r) => r.delta.deltaBytes)), `${tarRatio.toFixed(3)}x`, mib(med((r) => r.full.size)), mib(med((r) => r.delta.size)), `${sizeRatio.toFixed(3)}x`, '', '']);
    const out = [
      '',
      `release 1: ${release1.images.length} images, ${mib(release1.uniqueBytes)} MiB of unique blobs; release 2: the same list with ${indices.length} image(s) (${opts.changed} %) at a new tag: a new top layer and config on the same base layers`,
      `prel: node ${path.relative(ROOT, entry)}, concurrency ${opts.concurrency}, gzip; scale ${opts.scale}; order alternate; sync(1) before each timed pack`,
      '',
      table(rows),
      '',
      `median delta / full: tar bytes ${tarRatio.toFixed(3)}x, archive ${sizeRatio.toFixed(3)}x, time ${timeRatio.toFixed(3)}x`,
      `round trip (release 1 unpacked, delta unpacked over it, stock registry, ${images2.length} release-2 tags: digest, media type, children, blobs; outputs consistent): ${problems.length === 0 ? 'OK' : `${problems.length} problem(s)`}`,
    ];
    process.stdout.write(`${out.join('\n')}\n`);
    if (opts.json) {
      const strip = (p: Pack) => ({ ...p, archive: undefined, lock: undefined });
      const json = { images: opts.images, changed: indices.length, scale: opts.scale, concurrency: opts.concurrency, rounds: rounds.map((r) => ({ ...r, full: strip(r.full), delta: strip(r.delta) })), median: { tarRatio, sizeRatio, timeRatio }, problems };
      await fsp.writeFile(opts.json, `${JSON.stringify(json, null, 2)}\n`);
    }
    const code = reportProblems(problems);
    failed = code !== 0;
    return code;
  } finally {
    killRunning();
    await stopRegistries([...registries]);
    await fsp.rm(path.join(workDir, 'archives'), { recursive: true, force: true });
    await closeWorkDir(workDir, opts.keepLogs || failed);
  }
}

runBench(main);
