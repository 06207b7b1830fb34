// Benchmark: prel's sync-images against `skopeo sync --all` AND against the limit, in the same run, on local
// registries: the minimal reference copy (bench/reference-copy.mjs: plain HTTP, keep-alive, same concurrency, no
// checks) and the target's raw ingest of the same blobs. Seeds a deterministic image set (or one big layer), then
// runs N interleaved rounds, each into fresh empty targets (tmpfs by default): cold skopeo, prel, reference and
// ingest, then a warm re-run of prel and skopeo. Prints min/median per tool and the ratios prel ÷ skopeo,
// ÷ reference, ÷ ingest; checks every target digest-equal to the source; then one untimed counted run per tool
// through a counting proxy (requests per kind, connections, node start → first request). Run it via bench/sync.sh.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseBenchOptions } from './cli-options.js';
import {
  checkImages,
  seedBigLayer,
  seedImageSet,
  startFreshRegistries,
  stopRegistries,
  storageBase,
  writeImageList,
  writeSkopeoYaml,
  type SeededSet,
  type TestRegistry,
} from './image-set.js';
import { ROOT, RSS_PROBE, cleanEnv, loadLine, closeWorkDir, fmtBytes, fmtCpu, fmtMb, fmtS, killRunning, median, parseOutputs, reportProblems, runBench, runMeasured, settle, table, tail, type RunResult } from './measure.js';
import { startRequestCounter, type RequestCounter } from './request-counter.js';

const REFERENCE = path.join(ROOT, 'bench', 'reference-copy.mjs');
const TARGETS = { reference: 1.05, skopeoCold: 0.5, skopeoWarm: 0.6, rssMb: 80, startS: 0.15, requests: 1.05 };

const HELP = `Usage: bench/sync.sh [options]

  --images N        images to seed and sync (default 60: ~220 MB, 10 of them multi-arch)
  --scale F         multiply every layer size by F, e.g. 0.1 for a quick run (default 1)
  --big-layer MB    instead of the set: one image with one layer of MB MiB (the scale table's 1 GiB case: 1024)
  --rounds N        interleaved rounds; min and median are reported (default 5)
  --storage WHERE   registry storage: tmpfs (default, /dev/shm) or disk (the system temp folder)
  --concurrency N   prel's concurrency input, and the reference copy's (default 8)
  --no-skopeo       leave skopeo out (the scale table's big runs)
  --no-count        skip the counted run (requests per kind through a counting proxy)
  --dist DIR        the built actions to run: DIR/sync-images/index.js (default: the repository's dist/)
  --timeout S       limit per measured run, in seconds (default 1200)
  --json FILE       also write the measurements as JSON to FILE
  --keep-logs       keep the work folder (image list, skopeo YAML, logs) and print its path
  -h, --help        this text
`;

interface Options {
  images: number;
  scale: number;
  bigLayerMb?: number;
  rounds: number;
  storage: 'tmpfs' | 'disk';
  concurrency: number;
  skopeo: boolean;
  count: boolean;
  entry: string;
  timeoutMs: number;
  json?: string;
  keepLogs: boolean;
}

function readOptions(): Options {
  const { values, usageError, int, oneOf } = parseBenchOptions('sync-bench', HELP, {
    images: { type: 'string', default: '60' },
    scale: { type: 'string', default: '1' },
    'big-layer': { type: 'string' },
    rounds: { type: 'string', default: '5' },
    storage: { type: 'string', default: 'tmpfs' },
    concurrency: { type: 'string', default: '8' },
    'no-skopeo': { type: 'boolean', default: false },
    'no-count': { type: 'boolean', default: false },
    dist: { type: 'string', default: path.join(ROOT, 'dist') },
    timeout: { type: 'string', default: '1200' },
    json: { type: 'string' },
    'keep-logs': { type: 'boolean', default: false },
  });
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) usageError(`--scale must be a number in (0, 10], got '${values.scale}'`);
  return {
    images: int('images', values.images, 1, 500),
    scale,
    bigLayerMb: values['big-layer'] === undefined ? undefined : int('big-layer', values['big-layer'], 1, 8192),
    rounds: int('rounds', values.rounds, 1, 15),
    storage: oneOf('storage', values.storage, ['tmpfs', 'disk']),
    concurrency: int('concurrency', values.concurrency, 1, 64),
    skopeo: !values['no-skopeo'],
    count: !values['no-count'],
    entry: path.resolve(values.dist, 'sync-images', 'index.js'),
    timeoutMs: int('timeout', values.timeout, 10, 7200) * 1000,
    json: values.json,
    keepLogs: values['keep-logs'],
  };
}

// ---------- the measured tools ----------

type Tool = 'skopeo' | 'prel' | 'reference' | 'ingest';

interface Measured {
  seconds: number;
  cpuSeconds?: number;
  maxRssKb?: number;
  outputs?: Record<string, string>;
}

interface Context {
  opts: Options;
  workDir: string;
  set: SeededSet;
  source: TestRegistry;
  listFile: string;
  digestsFile: string;
  log: (text: string) => void;
}

const PREL_OUTPUTS = ['total', 'copied', 'skipped', 'missing', 'failed', 'bytes'];

/** Runs one tool from `sourceHost` into `target` and checks it exited 0. */
async function runTool(ctx: Context, tool: Tool, sourceHost: string, target: TestRegistry, label: string): Promise<Measured> {
  const { opts, workDir } = ctx;
  let cmd = process.execPath;
  let args: string[];
  let env = process.env;
  const rssFile = path.join(workDir, `${label}.probe-rss`);
  if (tool === 'skopeo') {
    const yaml = path.join(workDir, `${label}.yaml`);
    await writeSkopeoYaml(yaml, sourceHost, ctx.set.images);
    cmd = 'skopeo';
    args = ['sync', '--all', '--src', 'yaml', '--dest', 'docker', '--dest-tls-verify=false', yaml, target.host];
  } else if (tool === 'prel') {
    // PREL_BENCH_NODE_ARGS: extra node flags for prel's runs only, e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof'.
    const extra = (process.env.PREL_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    args = [...extra, '--import', RSS_PROBE, opts.entry];
    env = Object.assign(cleanEnv(), {
      'INPUT_IMAGES-FILE': ctx.listFile,
      'INPUT_SOURCE-REGISTRY': sourceHost,
      'INPUT_TARGET-REGISTRY': target.host,
      INPUT_CONCURRENCY: String(opts.concurrency),
      PREL_PROGRESS_INTERVAL_MS: '0',
      PREL_BENCH_RSS_FILE: rssFile,
    });
  } else if (tool === 'reference') {
    args = [REFERENCE, 'copy', sourceHost, target.host, ctx.listFile, String(opts.concurrency)];
  } else {
    args = [REFERENCE, 'ingest', ctx.source.storageDir, target.host, ctx.digestsFile, String(opts.concurrency)];
  }
  const r: RunResult = await runMeasured(cmd, args, env, opts.timeoutMs, workDir, label);
  await fsp.writeFile(path.join(workDir, `${label}.log`), `$ ${cmd} ${args.join(' ')}\n${r.stdout}\n--- stderr ---\n${r.stderr}`);
  if (r.code !== 0) throw new Error(`${label}: exited with ${r.code ?? r.signal}\nstdout tail:\n${tail(r.stdout)}\nstderr tail:\n${tail(r.stderr)}`);
  const probe = tool === 'prel' ? Number((await fsp.readFile(rssFile, 'utf8').catch(() => '')).trim()) : NaN;
  return {
    seconds: r.seconds,
    cpuSeconds: r.cpuSeconds,
    maxRssKb: Number.isFinite(probe) && probe > 0 ? probe : r.timeMaxRssKb,
    outputs: tool === 'prel' ? parseOutputs(r.stdout, PREL_OUTPUTS) : undefined,
  };
}

/** prel's own account must add up: every image copied (cold) or skipped (warm), none missing or failed. */
function checkPrelCounts(run: Measured, expected: number, mode: 'cold' | 'warm', problems: string[]): void {
  const o = run.outputs ?? {};
  const want = mode === 'cold' ? { copied: expected, skipped: 0 } : { copied: 0, skipped: expected };
  const got = { total: Number(o.total), copied: Number(o.copied), skipped: Number(o.skipped), missing: Number(o.missing), failed: Number(o.failed) };
  if (got.total !== expected || got.copied !== want.copied || got.skipped !== want.skipped || got.missing !== 0 || got.failed !== 0) {
    problems.push(`prel ${mode}: ${JSON.stringify(got)}, expected total=${expected} copied=${want.copied} skipped=${want.skipped}`);
  }
}

// ---------- rounds ----------

interface Round {
  order: Tool[];
  cold: Partial<Record<Tool, Measured>>;
  warm: Partial<Record<'skopeo' | 'prel', Measured>>;
}

async function runRound(ctx: Context, n: number, problems: string[]): Promise<Round> {
  const { opts, log, source, set } = ctx;
  const tools: Tool[] = opts.skopeo ? ['skopeo', 'prel', 'reference', 'ingest'] : ['prel', 'reference', 'ingest'];
  // Rotate who goes first, so drift on the shared machine hits every tool alike.
  const order = tools.map((_, i) => tools[(i + n - 1) % tools.length]);
  const targets = await startFreshRegistries(path.dirname(source.storageDir), tools.length);
  const targetOf = (t: Tool) => targets[tools.indexOf(t)];
  try {
    const round: Round = { order, cold: {}, warm: {} };
    for (const tool of order) {
      await settle(log);
      const m = await runTool(ctx, tool, source.host, targetOf(tool), `r${n}-${tool}-cold`);
      round.cold[tool] = m;
      log(`round ${n}: ${tool} cold ${fmtS(m.seconds)} s${m.maxRssKb ? `, peak RSS ${fmtMb(m.maxRssKb)} MiB` : ''}`);
    }
    checkPrelCounts(round.cold.prel!, set.images.length, 'cold', problems);
    for (const tool of order.filter((t): t is 'skopeo' | 'prel' => t === 'skopeo' || t === 'prel')) {
      const m = await runTool(ctx, tool, source.host, targetOf(tool), `r${n}-${tool}-warm`);
      round.warm[tool] = m;
      log(`round ${n}: ${tool} warm ${fmtS(m.seconds)} s`);
    }
    checkPrelCounts(round.warm.prel!, set.images.length, 'warm', problems);
    // skopeo 1.9's sync without --scoped names each destination after the source repository's last path component.
    const places = tools
      .filter((t) => t !== 'ingest')
      .map((t) => ({ name: `round ${n} ${t} target`, url: targetOf(t).url, repo: t === 'skopeo' ? (r: string) => path.posix.basename(r) : (r: string) => r, deep: true }));
    problems.push(...(await checkImages(set, places)));
    return round;
  } finally {
    await stopRegistries(targets);
  }
}

// ---------- the counted run ----------

interface Counted {
  counts: Record<string, number>;
  total: number;
  connections: number;
  /** Process spawn → first request at the source (node start, loading, reading the list). */
  firstRequestS?: number;
}

/** One untimed cold run of `tool` through counting proxies in front of the source and a fresh target. */
async function countRun(ctx: Context, tool: Tool, mode: 'cold' | 'warm', target?: TestRegistry): Promise<{ counted: Counted; target: TestRegistry }> {
  const fresh = target ?? (await startFreshRegistries(path.dirname(ctx.source.storageDir), 1))[0];
  const src = await startRequestCounter(ctx.source.host);
  const dst = await startRequestCounter(fresh.host);
  let first: number | undefined;
  const started = performance.now();
  src.onFirst = () => (first ??= performance.now());
  dst.onFirst = () => (first ??= performance.now());
  try {
    await runTool(ctx, tool, src.host, { ...fresh, host: dst.host }, `count-${tool}-${mode}`);
  } finally {
    await Promise.all([src.close(), dst.close()]);
  }
  const counts: Record<string, number> = {};
  for (const [side, c] of [['source', src], ['target', dst]] as [string, RequestCounter][]) {
    for (const [kind, k] of c.counts) counts[`${side} ${kind}`] = k;
  }
  return {
    target: fresh,
    counted: {
      counts,
      total: src.total() + dst.total(),
      connections: src.connections + dst.connections,
      firstRequestS: first === undefined ? undefined : (first - started) / 1000,
    },
  };
}

// ---------- main ----------

async function main(): Promise<number> {
  const opts = readOptions();
  if (!fs.existsSync(opts.entry)) throw new Error(`${opts.entry} is missing: run npm run build (bench/sync.sh does)`);
  const workDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'prel-sync-bench-'));
  const base = await storageBase(opts.storage);
  const log = (text: string) => process.stderr.write(`[bench] ${text}\n`);
  const registries: TestRegistry[] = [];
  let failed = true;
  const loadBefore = loadLine();
  try {
    log(`registry storage under ${base} (${opts.storage}); ${loadBefore}`);
    const [source] = await startFreshRegistries(base, 1);
    registries.push(source);
    const set = opts.bigLayerMb ? await seedBigLayer(source, opts.bigLayerMb, workDir, log) : await seedImageSet(source, opts.images, opts.scale, log);
    const listFile = path.join(workDir, 'images.txt');
    await writeImageList(listFile, set.images, 'prel sync bench');
    const digestsFile = path.join(workDir, 'digests.txt');
    await fsp.writeFile(digestsFile, `${[...new Set(set.images.flatMap((i) => i.blobs))].join('\n')}\n`);
    const ctx: Context = { opts, workDir, set, source, listFile, digestsFile, log };

    const problems: string[] = [];
    const rounds: Round[] = [];
    for (let n = 1; n <= opts.rounds; n++) rounds.push(await runRound(ctx, n, problems));

    const counted: Partial<Record<string, Counted>> = {};
    if (opts.count) {
      log('counted runs (not timed): requests per kind through counting proxies');
      for (const tool of ['prel', 'reference', ...(opts.skopeo ? ['skopeo' as const] : [])] as Tool[]) {
        const { counted: c, target } = await countRun(ctx, tool, 'cold');
        counted[`${tool} cold`] = c;
        if (tool === 'prel' || tool === 'skopeo') counted[`${tool} warm`] = (await countRun(ctx, tool, 'warm', target)).counted;
        await target.stop();
      }
    }
    const loadAfter = loadLine();

    // ---------- report ----------
    const tools = Object.keys(rounds[0].cold) as Tool[];
    const cold = (t: Tool) => rounds.map((r) => r.cold[t]!);
    const warm = (t: 'skopeo' | 'prel') => rounds.map((r) => r.warm[t]!);
    const stat = (xs: number[]) => `${fmtS(Math.min(...xs))} / ${fmtS(median(xs))} / ${fmtS(Math.max(...xs))}`;
    const ratio = (t: Tool) => rounds.map((r) => r.cold.prel!.seconds / r.cold[t]!.seconds);
    const out: string[] = [''];
    out.push(`prel: ${opts.entry}`);
    out.push(`images: ${set.images.length} (${set.manifests} manifests), unique blob bytes: ${fmtBytes(set.uniqueBytes)}; concurrency ${opts.concurrency}; storage ${opts.storage}; ${opts.rounds} rounds`);
    out.push(`load before: ${loadBefore}`);
    out.push(`load after:  ${loadAfter}`);
    out.push('');
    const rows = [['tool', 'cold s min / median / max', 'warm s min / median / max', 'peak RSS MiB (max)', 'cold CPU s (median)']];
    for (const t of tools) {
      const w = t === 'skopeo' || t === 'prel' ? stat(warm(t).map((m) => m.seconds)) : '';
      const rss = cold(t).concat(t === 'skopeo' || t === 'prel' ? warm(t) : []).map((m) => m.maxRssKb ?? 0);
      rows.push([t, stat(cold(t).map((m) => m.seconds)), w, fmtMb(Math.max(...rss)), fmtCpu(median(cold(t).map((m) => m.cpuSeconds ?? NaN)))]);
    }
    out.push(table(rows));
    out.push('');
    const ratioRows = [['prel ÷', 'per round', 'median', 'target']];
    const verdict = (x: number, max: number) => `<= ${max}x: ${x <= max ? 'PASS' : 'FAIL'}`;
    const med = (xs: number[]) => median(xs);
    if (opts.skopeo) {
      ratioRows.push(['skopeo (cold)', ratio('skopeo').map((x) => x.toFixed(2)).join(' '), `${med(ratio('skopeo')).toFixed(2)}x`, verdict(med(ratio('skopeo')), TARGETS.skopeoCold)]);
      const wr = rounds.map((r) => r.warm.prel!.seconds / r.warm.skopeo!.seconds);
      ratioRows.push(['skopeo (warm)', wr.map((x) => x.toFixed(2)).join(' '), `${med(wr).toFixed(2)}x`, verdict(med(wr), TARGETS.skopeoWarm)]);
    }
    ratioRows.push(['reference copy', ratio('reference').map((x) => x.toFixed(2)).join(' '), `${med(ratio('reference')).toFixed(2)}x`, verdict(med(ratio('reference')), TARGETS.reference)]);
    ratioRows.push(['target ingest', ratio('ingest').map((x) => x.toFixed(2)).join(' '), `${med(ratio('ingest')).toFixed(2)}x`, '']);
    out.push(table(ratioRows));
    const prelPeak = Math.max(...cold('prel').concat(warm('prel')).map((m) => m.maxRssKb ?? 0));
    out.push(`prel peak RSS: ${fmtMb(prelPeak)} MiB: ${prelPeak / 1024 <= TARGETS.rssMb ? 'PASS' : 'FAIL'} (target <= ${TARGETS.rssMb} MiB)`);
    if (opts.count) {
      out.push('');
      const names = Object.keys(counted);
      const kinds = [...new Set(names.flatMap((n) => Object.keys(counted[n]!.counts)))].sort();
      out.push(table([['requests', ...names], ...kinds.map((k) => [k, ...names.map((n) => String(counted[n]!.counts[k] ?? 0))]),
        ['total', ...names.map((n) => String(counted[n]!.total))],
        ['client connections', ...names.map((n) => String(counted[n]!.connections))],
        ['spawn → first request s', ...names.map((n) => (counted[n]!.firstRequestS === undefined ? 'n/a' : fmtS(counted[n]!.firstRequestS!)))]]));
      const pr = counted['prel cold']!.total / counted['reference cold']!.total;
      out.push(`requests prel ÷ reference (cold): ${pr.toFixed(3)} ${verdict(pr, TARGETS.requests)}`);
      const start = counted['prel warm']?.firstRequestS ?? counted['prel cold']!.firstRequestS;
      if (start !== undefined) out.push(`prel node start → first request: ${fmtS(start)} s ${start <= TARGETS.startS ? 'PASS' : 'FAIL'} (target <= ${TARGETS.startS} s; spawn measured in the bench, so it includes fork/exec)`);
    }
    out.push(`digest checks (every target of every round against the source): ${problems.length === 0 ? 'OK' : `${problems.length} problem(s)`}`);
    process.stdout.write(`${out.join('\n')}\n`);
    if (opts.json) await fsp.writeFile(opts.json, `${JSON.stringify({ opts, set: { images: set.images.length, uniqueBytes: set.uniqueBytes }, loadBefore, loadAfter, rounds, counted, problems }, null, 2)}\n`);
    const code = reportProblems(problems);
    failed = code !== 0;
    return code;
  } finally {
    killRunning();
    await stopRegistries(registries);
    await fsp.rm(base, { recursive: true, force: true });
    await closeWorkDir(workDir, opts.keepLogs || failed);
  }
}

runBench(main);
