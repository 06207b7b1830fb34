// Benchmark: prel's list-images as a whole process (`node dist/list-images/index.js`), on the 79-file addons tree of
// the 959d840 release snapshot and on a deterministic synthetic tree of 2,000 Caicloud chart files (plus, labelled
// as such, a mixed tree with Helm chart folders and plain manifests). Prints the median wall time of several runs
// after a warm-up, the images found, peak RSS and CPU, next to a bare `node -e 0` and an import of the bundle (the
// fixed startup share). Every run's list is checked: equal to the snapshot's images_platform.list (trailing spaces
// trimmed) on the real tree, equal to the generator's distinct images, in order, on the synthetic ones.
// Run it through bench/list-images.sh.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseBenchOptions } from './cli-options.js';
import { ROOT, RSS_PROBE, cleanEnv, closeWorkDir, fmtCpu, fmtMb, fmtS, killRunning, median, parseOutputs, reportProblems, runBench, runMeasured, settle, table, tail } from './measure.js';
import { generateTree, type GeneratedTree } from './synthetic-addons.js';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'product-release-959d840');
const REAL_ADDONS = path.join(FIXTURE, 'addons');
const REAL_LIST = path.join(FIXTURE, 'images-lists', 'images_platform.list');
const OUTPUT_NAMES = ['count', 'images-file', 'images-json'];
const SLOW_S = 2; // the issue's "surprisingly slow" mark for 2,000 files

// ---------- options ----------

const HELP = `Usage: bench/list-images.sh [options]

  --runs N          measured runs per case, after one warm-up run; the median is reported (default 7)
  --files N         chart files in the synthetic tree (default 2000)
  --folders N       folders they are spread over (default 40, at most 40)
  --no-mix          skip the mixed tree (Caicloud files, Helm chart folders and plain manifests)
  --dist DIR        the built actions to run: DIR/list-images/index.js and its bundle DIR/prel/index.js
                    (default: the repository's dist/); the bundle's sha256 is printed and checked every round
  --timeout S       limit per measured run, in seconds (default 120)
  --json FILE       also write the measurements as JSON to FILE
  --keep            keep the work folder (synthetic trees, written lists, logs) and print its path
  -h, --help        this text
`;

interface Options {
  runs: number;
  files: number;
  folders: number;
  mix: boolean;
  dist: string;
  timeoutMs: number;
  json?: string;
  keep: boolean;
}

function readOptions(): Options {
  const { values, int } = parseBenchOptions('list-images-bench', HELP, {
    runs: { type: 'string', default: '7' },
    files: { type: 'string', default: '2000' },
    folders: { type: 'string', default: '40' },
    'no-mix': { type: 'boolean', default: false },
    dist: { type: 'string', default: path.join(ROOT, 'dist') },
    timeout: { type: 'string', default: '120' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
  });
  const folders = int('folders', values.folders, 1, 40);
  return {
    runs: int('runs', values.runs, 1, 50),
    files: int('files', values.files, 1, folders * 200),
    folders,
    mix: !values['no-mix'],
    dist: path.resolve(values.dist),
    timeoutMs: int('timeout', values.timeout, 5, 3600) * 1000,
    json: values.json,
    keep: values.keep,
  };
}

// ---------- cases ----------

interface Case {
  id: string;
  label: string;
  /** What the row scans: entries, files, size; empty for the startup baselines. */
  tree?: { addons: string; entries: string; files: number; bytes: number; expected: string[] };
  args: string[];
  /** Peak RSS from the preloaded probe (ru_maxrss); otherwise from GNU time only. */
  probe: boolean;
}

interface Sample {
  seconds: number;
  rssKb?: number;
  timeRssKb?: number;
  cpuSeconds?: number;
  count?: number;
}

async function sha256File(file: string): Promise<string> {
  return createHash('sha256').update(await fsp.readFile(file)).digest('hex');
}

/** The snapshot's list as list-images writes it: trailing spaces trimmed (amctl left some), `\n` ends. */
async function realExpected(): Promise<string[]> {
  const text = await fsp.readFile(REAL_LIST, 'utf8');
  return text
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .filter((l) => l !== '');
}

async function treeStats(root: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await fsp.readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await fsp.stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

/** First difference between the written list and the expected one, for the failure message. */
function listDifference(written: string[], expected: string[]): string {
  for (let i = 0; i < Math.max(written.length, expected.length); i++) {
    if (written[i] !== expected[i]) return `line ${i + 1}: wrote '${written[i] ?? '(end of list)'}', expected '${expected[i] ?? '(end of list)'}'`;
  }
  return 'no difference';
}

/** The list a run replaces: the expected one less its first image, plus one image it no longer has (a small PR diff). */
function previousList(expected: string[]): string {
  return `${[...expected.slice(1), 'release/bench-removed-image:v0.0.0'].join('\n')}\n`;
}

// ---------- main ----------

async function main(): Promise<number> {
  const opts = readOptions();
  const entry = path.join(opts.dist, 'list-images', 'index.js');
  const bundle = path.join(opts.dist, 'prel', 'index.js');
  for (const file of [entry, bundle]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build (bench/list-images.sh does), or give --dist`);
  }
  if (!fs.existsSync(REAL_LIST)) throw new Error(`${REAL_LIST} is missing`);
  const bundleSha256 = await sha256File(bundle);
  const workDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'prel-list-images-bench-'));
  const log = (text: string) => process.stderr.write(`[bench] ${text}\n`);
  log(`prel bundle: ${bundle}, sha256 ${bundleSha256}`);
  let failed = true;
  try {
    // ---------- the trees (not measured) ----------
    const real = await treeStats(REAL_ADDONS);
    const realList = await realExpected();
    const generated: GeneratedTree[] = [];
    for (const variant of opts.mix ? (['caicloud', 'mix'] as const) : (['caicloud'] as const)) {
      const started = performance.now();
      const tree = await generateTree(path.join(workDir, `addons-${variant}`), variant, opts.files, opts.folders);
      generated.push(tree);
      log(
        `generated the ${variant} tree: ${tree.entries.caicloud} Caicloud files, ${tree.entries.helm} Helm chart folders, ${tree.entries.manifests} manifest files; ` +
          `${tree.files} files, ${(tree.bytes / 1024 / 1024).toFixed(2)} MiB; ${tree.occurrences} image references, ${tree.images.length} distinct ` +
          `(${fmtS((performance.now() - started) / 1000)} s, not measured)`,
      );
    }

    const listArgs = ['--import', RSS_PROBE, entry];
    const cases: Case[] = [
      { id: 'node', label: 'node -e 0 (bare Node startup)', args: ['-e', '0'], probe: false },
      {
        id: 'import',
        label: 'import of the bundle only',
        args: ['--import', RSS_PROBE, '--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(bundle).href)})`],
        probe: true,
      },
      {
        id: 'real',
        label: 'list-images, real tree (959d840 addons)',
        tree: { addons: REAL_ADDONS, entries: `${real.files} Caicloud files`, files: real.files, bytes: real.bytes, expected: realList },
        args: listArgs,
        probe: true,
      },
      ...generated.map(
        (t): Case => ({
          id: t.variant === 'caicloud' ? 'synthetic' : 'mix',
          label: t.variant === 'caicloud' ? `list-images, synthetic Caicloud tree` : 'list-images, synthetic MIX tree (optional variant)',
          tree: {
            addons: t.root,
            entries:
              t.variant === 'caicloud'
                ? `${t.entries.caicloud} Caicloud files`
                : `${t.entries.caicloud} Caicloud + ${t.entries.helm} Helm folders + ${t.entries.manifests} manifests`,
            files: t.files,
            bytes: t.bytes,
            expected: t.images,
          },
          args: listArgs,
          probe: true,
        }),
      ),
    ];
    const samples = new Map<string, Sample[]>(cases.map((c) => [c.id, []]));
    const problems: string[] = [];

    await settle(log); // the generated trees' writeback must not land in a measurement

    const runCase = async (c: Case, round: number): Promise<Sample> => {
      const label = `${c.id}-${round}`;
      const env = cleanEnv();
      const rssFile = path.join(workDir, `${label}.probe-rss`);
      let target: string | undefined;
      if (c.probe) env.PREL_BENCH_RSS_FILE = rssFile;
      if (c.tree) {
        target = path.join(workDir, `list-${c.id}`, 'images-lists', 'images_platform.list');
        await fsp.mkdir(path.dirname(target), { recursive: true });
        await fsp.writeFile(target, previousList(c.tree.expected));
        env['INPUT_ADDONS-PATH'] = c.tree.addons;
        env['INPUT_TARGET-FILE'] = target;
      }
      const r = await runMeasured(process.execPath, c.args, env, opts.timeoutMs, workDir, label);
      if (opts.keep) await fsp.writeFile(path.join(workDir, `${label}.log`), `$ node ${c.args.join(' ')}\n${r.stdout}\n--- stderr ---\n${r.stderr}`);
      if (r.code !== 0) throw new Error(`${label}: exited with ${r.code ?? r.signal}; stdout tail:\n${tail(r.stdout)}\nstderr tail:\n${tail(r.stderr)}`);
      const sample: Sample = { seconds: r.seconds, timeRssKb: r.timeMaxRssKb, cpuSeconds: r.cpuSeconds };
      if (c.probe) {
        const probe = (await fsp.readFile(rssFile, 'utf8').catch(() => '')).trim();
        if (!/^\d+$/.test(probe)) throw new Error(`${label}: the RSS probe wrote nothing to ${rssFile}`);
        sample.rssKb = Number(probe);
      } else {
        sample.rssKb = r.timeMaxRssKb;
      }
      if (c.tree && target) {
        const what = `${c.label}, ${round === 0 ? 'warm-up' : `run ${round}`}`;
        const outputs = parseOutputs(r.stdout, OUTPUT_NAMES);
        const expected = c.tree.expected;
        const text = await fsp.readFile(target, 'utf8');
        const written = text.split('\n');
        if (written.pop() !== '') problems.push(`${what}: the list does not end with a newline`);
        sample.count = Number(outputs.count);
        if (outputs.count === undefined) problems.push(`${what}: no count output on stdout`);
        else if (sample.count !== expected.length) problems.push(`${what}: count=${outputs.count}, expected ${expected.length}`);
        if (written.length !== expected.length || written.some((l, i) => l !== expected[i])) {
          const missing = expected.filter((e) => !written.includes(e)).length;
          const extra = written.filter((w) => !expected.includes(w)).length;
          problems.push(`${what}: the written list differs from the expected one (${written.length} vs ${expected.length} lines, ${missing} missing, ${extra} extra; ${listDifference(written, expected)})`);
        }
        try {
          const json = JSON.parse(outputs['images-json'] ?? '') as { image: string }[];
          if (json.length !== written.length || json.some((j, i) => j.image !== written[i])) problems.push(`${what}: images-json does not match the written list`);
        } catch {
          problems.push(`${what}: images-json output missing or not JSON`);
        }
        if (!outputs['images-file']) problems.push(`${what}: no images-file output`);
      }
      return sample;
    };

    for (let round = 0; round <= opts.runs; round++) {
      const now = await sha256File(bundle).catch((err: Error) => `unreadable (${err.message})`);
      if (now !== bundleSha256) throw new Error(`${bundle} changed since the bench started (sha256 ${bundleSha256}, now ${now}); was dist rebuilt meanwhile? (--dist DIR runs a copy of your own)`);
      const parts: string[] = [];
      for (const c of cases) {
        const s = await runCase(c, round);
        if (round > 0) samples.get(c.id)!.push(s);
        parts.push(`${c.id} ${fmtS(s.seconds)} s${s.count !== undefined ? ` (${s.count})` : ''}`);
      }
      log(`${round === 0 ? 'warm-up' : `run ${round}/${opts.runs}`}: ${parts.join(', ')}`);
    }

    // ---------- report ----------
    const med = (id: string, f: (s: Sample) => number | undefined) => {
      const xs = samples.get(id)!.map(f).filter((x): x is number => x !== undefined);
      return xs.length ? median(xs) : undefined;
    };
    const max = (id: string, f: (s: Sample) => number | undefined) => {
      const xs = samples.get(id)!.map(f).filter((x): x is number => x !== undefined);
      return xs.length ? Math.max(...xs) : undefined;
    };
    const importMedian = med('import', (s) => s.seconds)!;
    const nodeMedian = med('node', (s) => s.seconds)!;
    const rows: string[][] = [['case', 'scanned', 'files', 'MiB', 'images found', 'expected', `wall s (median of ${opts.runs})`, 'min–max s', 'minus bundle import s', 'peak RSS MiB (max)', 'CPU s (median)']];
    for (const c of cases) {
      const ss = samples.get(c.id)!;
      const secs = ss.map((s) => s.seconds);
      const counts = [...new Set(ss.map((s) => s.count))];
      const m = median(secs);
      rows.push([
        c.label,
        c.tree?.entries ?? '',
        c.tree ? String(c.tree.files) : '',
        c.tree ? (c.tree.bytes / 1024 / 1024).toFixed(2) : '',
        c.tree ? counts.join('/') : '',
        c.tree ? String(c.tree.expected.length) : '',
        fmtS(m),
        `${fmtS(Math.min(...secs))}–${fmtS(Math.max(...secs))}`,
        c.tree ? fmtS(m - importMedian) : c.id === 'import' ? fmtS(m - nodeMedian) + ' (minus node)' : '',
        fmtMb(max(c.id, (s) => s.rssKb)),
        fmtCpu(med(c.id, (s) => s.cpuSeconds)),
      ]);
    }
    const out: string[] = [''];
    out.push(`prel: node ${path.relative(ROOT, entry).startsWith('..') ? entry : path.relative(ROOT, entry)} (bundle sha256 ${bundleSha256.slice(0, 16)}…); ${opts.runs} runs per case after 1 warm-up, cases interleaved in each round`);
    out.push('');
    out.push(table(rows));
    out.push('');
    const probeVsTime = cases
      .filter((c) => c.probe)
      .map((c) => `${c.id} ${samples.get(c.id)!.map((s) => `${fmtMb(s.rssKb)}/${fmtMb(s.timeRssKb)}`).join(' ')}`)
      .join('; ');
    out.push(`peak RSS MiB per run, probe (ru_maxrss) / GNU time: ${probeVsTime}`);
    for (const c of cases) out.push(`${c.id} wall s: ${samples.get(c.id)!.map((s) => fmtS(s.seconds)).join(', ')}`);
    for (const c of cases.filter((x) => x.tree && x.tree.files >= 1000)) {
      const m = med(c.id, (s) => s.seconds)!;
      if (m > SLOW_S) out.push(`NOTE: ${c.label}: median ${fmtS(m)} s is over the ${SLOW_S} s mark for ${c.tree!.files} files`);
    }
    out.push(`list check (real: = images_platform.list trimmed; synthetic: = the generator's distinct images, in walk order; count and images-json agree; every run): ${problems.length === 0 ? 'OK' : `${problems.length} problem(s)`}`);
    process.stdout.write(`${out.join('\n')}\n`);

    if (opts.json) {
      const json = {
        bundle,
        bundleSha256,
        runs: opts.runs,
        cases: cases.map((c) => ({
          id: c.id,
          label: c.label,
          tree: c.tree ? { entries: c.tree.entries, files: c.tree.files, bytes: c.tree.bytes, expected: c.tree.expected.length } : undefined,
          samples: samples.get(c.id),
          medianSeconds: med(c.id, (s) => s.seconds),
        })),
        generated: generated.map((t) => ({ variant: t.variant, entries: t.entries, files: t.files, bytes: t.bytes, images: t.images.length, occurrences: t.occurrences })),
        problems,
      };
      await fsp.writeFile(opts.json, `${JSON.stringify(json, null, 2)}\n`);
    }
    const code = reportProblems(problems, 30);
    failed = code !== 0;
    return code;
  } finally {
    killRunning();
    await closeWorkDir(workDir, opts.keep || failed);
  }
}

runBench(main);
