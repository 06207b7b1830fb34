// Benchmark: prel's sync-images against `skopeo sync --all`, on three local registries (source, one target each).
// Seeds a deterministic, realistic image set (shared base layers, own top layers, some multi-arch), then times a
// cold copy and warm re-runs (nothing to copy) of each tool, checks both targets are digest-equal to the source,
// and prints the times, the prel/skopeo ratios and prel's peak RSS. Run it through bench/sync.sh.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseBenchOptions } from './cli-options.js';
import {
  checkImages,
  registryPids,
  seedImageSet,
  startRegistries,
  stopRegistries,
  writeImageList,
  writeSkopeoYaml,
  type SeededSet,
  type TestRegistry,
} from './image-set.js';
import { ROOT, RSS_PROBE, cleanEnv, closeWorkDir, cpuSecondsOf, fmtBytes, fmtCpu, fmtMb, fmtS, killRunning, median, parseOutputs, reportProblems, runBench, runMeasured, settle, table, tail } from './measure.js';

const PREL_ENTRY = path.join(ROOT, 'dist', 'sync-images', 'index.js');
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

function readOptions(): Options {
  const { values, usageError, int, oneOf } = parseBenchOptions('sync-bench', HELP, {
    images: { type: 'string', default: '60' },
    scale: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '8' },
    'warm-runs': { type: 'string', default: '3' },
    timeout: { type: 'string', default: '1200' },
    json: { type: 'string' },
    order: { type: 'string', default: 'skopeo' },
    'keep-logs': { type: 'boolean', default: false },
  });
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) usageError(`--scale must be a number in (0, 10], got '${values.scale}'`);
  return {
    prelFirst: oneOf('order', values.order, ['skopeo', 'prel']) === 'prel',
    images: int('images', values.images, 1, 500),
    scale,
    concurrency: int('concurrency', values.concurrency, 1, 64),
    warmRuns: int('warm-runs', values['warm-runs'], 1, 15),
    timeoutMs: int('timeout', values.timeout, 10, 7200) * 1000,
    json: values.json,
    keepLogs: values['keep-logs'],
  };
}

// ---------- measured runs ----------

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
  const env = cleanEnv();
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
  const outputs = parseOutputs(r.stdout, OUTPUT_NAMES);
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

/**
 * skopeo 1.9's `sync` without --scoped names each destination repository after the LAST path component of the
 * source repository (path.Base of the reference): 127.0.0.1:P/release/app-01:v1 lands as <dest>/app-01:v1.
 * prel keeps the whole repository path. The set's base names are unique, so the mapping is one to one.
 */
function skopeoRepository(repository: string): string {
  return path.posix.basename(repository);
}

async function checkDigests(set: SeededSet, source: TestRegistry, skopeoTarget: TestRegistry, prelTarget: TestRegistry): Promise<string[]> {
  return checkImages(set, [
    { name: 'source', url: source.url, repo: (r) => r, deep: false },
    { name: 'skopeo target', url: skopeoTarget.url, repo: skopeoRepository, deep: true },
    { name: 'prel target', url: prelTarget.url, repo: (r) => r, deep: true },
  ]);
}

// ---------- main ----------

async function main(): Promise<number> {
  const opts = readOptions();
  if (!fs.existsSync(PREL_ENTRY)) throw new Error(`${PREL_ENTRY} is missing: run npm run build (bench/sync.sh does)`);
  const workDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'prel-sync-bench-'));
  const registries: TestRegistry[] = [];
  const log = (text: string) => process.stderr.write(`[bench] ${text}\n`);
  let failed = true;
  try {
    log(`starting 3 registries (source, target-skopeo, target-prel)`);
    registries.push(...(await startRegistries(3)));
    const [source, skopeoTarget, prelTarget] = registries;

    const regPids = registryPids(registries);
    if (regPids.length !== 3) log(`note: found ${regPids.length} of 3 registry processes; registry CPU figures will be missing`);
    const regCpu = () => (regPids.length === 3 ? cpuSecondsOf(regPids) : undefined);
    const during = async <T>(fn: () => Promise<T>): Promise<[T, number | undefined]> => {
      const before = regCpu();
      const result = await fn();
      const after = regCpu();
      return [result, before === undefined || after === undefined ? undefined : after - before];
    };

    const set = await seedImageSet(source, opts.images, opts.scale, log);

    const listFile = path.join(workDir, 'images.txt');
    await writeImageList(listFile, set.images, 'prel sync bench');
    const yamlPath = path.join(workDir, 'skopeo-sync.yaml');
    await writeSkopeoYaml(yamlPath, source.host, set.images);

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
    const code = reportProblems(problems);
    failed = code !== 0;
    return code;
  } finally {
    killRunning();
    await stopRegistries(registries);
    await closeWorkDir(workDir, opts.keepLogs || failed);
  }
}

runBench(main);
