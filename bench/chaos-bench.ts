// Compares prel under seeded random faults with the same run without faults: for each action and fault rate, N
// seeds, each a run through chaos proxies on the source registry, its token server and the target (500, 429 with
// Retry-After, resets, bodies and uploads cut mid-way, stalls). A seed passes when the run exits 0 with every image
// digest-exact (pack: the archive byte for byte the fault-free one; build: the same digest) within 3× the
// fault-free time; a failing seed must be an honest exit 1 with its error named, never a hang or a silent exit.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { CHAOS_ENV, chaosBuildPush, chaosPack, chaosSync, startChaosWorld, type ChaosResult, type ChaosWorld } from '../test/helpers/chaos.js';
import { parseBenchOptions } from './cli-options.js';

const HELP = `Usage: bench/chaos.sh [--seeds N] [--rates 0.05,0.1] [--images N] [--scale N] [--actions sync,pack,build]

  --seeds N      seeds per action and rate (default 20)
  --rates LIST   fault rates, comma-separated fractions (default 0.05,0.1)
  --images N     images in the set (default 15)
  --scale N      layer sizes × N (default 8: a 16 MB base layer, own layers of 0.4 to 7.6 MB, one 34 MB
                 layer; 1 is the test suite's small set)
  --actions LIST which runs: sync, pack, build (default all three)

Prints one line per seed and a summary table; writes the markdown to bench/out/chaos.md.
`;

type Action = 'sync' | 'pack' | 'build';
const options = parseBenchOptions('chaos-bench', HELP, {
  seeds: { type: 'string', default: '20' },
  rates: { type: 'string', default: '0.05,0.1' },
  images: { type: 'string', default: '15' },
  scale: { type: 'string', default: '8' },
  actions: { type: 'string', default: 'sync,pack,build' },
});
const seeds = options.int('seeds', options.values.seeds, 1, 500);
const images = options.int('images', options.values.images, 2, 200);
const scale = options.int('scale', options.values.scale, 1, 64);
const rates = options.values.rates.split(',').map((r) => {
  const n = Number(r);
  if (!(n > 0 && n < 1)) options.usageError(`--rates must be fractions between 0 and 1, got '${r}'`);
  return n;
});
const actions = options.values.actions.split(',').map((a) => options.oneOf('actions', a, ['sync', 'pack', 'build'] as const)) as Action[];

/** Fingerprint of a correct result: every image exact, and for pack/build the bytes of the fault-free run. */
interface Run extends ChaosResult {
  fingerprint?: string;
}

async function once(world: ChaosWorld, action: Action, seed: number, rate: number): Promise<Run> {
  if (action === 'sync') return chaosSync(world, seed, rate);
  if (action === 'pack') {
    const r = await chaosPack(world, seed, rate);
    return { ...r, fingerprint: r.sha256 };
  }
  const r = await chaosBuildPush(world, seed, rate);
  return { ...r, fingerprint: r.digest };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

mkdirSync('bench/out', { recursive: true });
const world = await startChaosWorld(mkdtempSync(join(tmpdir(), 'prel-chaos-bench-')), images, scale);
const lines: string[] = [];
const summary: string[] = [];
const say = (line: string) => {
  console.log(line);
  lines.push(line);
};
say(`chaos bench: ${images} images (layer scale ${scale}), ${seeds} seeds per rate, rates ${rates.join(', ')}; client bounds ${JSON.stringify(CHAOS_ENV)}; load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
try {
  for (const action of actions) {
    // A fault-free run before each seed's chaos runs: the baseline is the median of them all, measured
    // interleaved, so a busy moment of the machine does not skew one side.
    const clean: Run[] = [];
    const byRate = new Map<number, Run[]>(rates.map((r) => [r, []]));
    for (let seed = 1; seed <= seeds; seed++) {
      const base = await once(world, action, 0, 0);
      if (base.exitCode !== 0 || base.exact !== base.total) throw new Error(`${action}: a fault-free run failed: exit ${base.exitCode}; ${base.lastError}`);
      clean.push(base);
      for (const rate of rates) byRate.get(rate)!.push(await once(world, action, seed, rate));
    }
    const baseMs = median(clean.map((r) => r.ms));
    const fingerprint = clean[0].fingerprint;
    const fingerprints = new Set(clean.map((r) => r.fingerprint));
    if (fingerprints.size > 1) throw new Error(`${action}: fault-free runs disagree on their bytes: ${[...fingerprints].join(', ')}`);
    say(`\n${action}: fault-free ${(baseMs / 1000).toFixed(2)} s (median of ${clean.length}, one before each seed; ${(Math.min(...clean.map((r) => r.ms)) / 1000).toFixed(2)}–${(Math.max(...clean.map((r) => r.ms)) / 1000).toFixed(2)} s)`);
    say('| seed | rate | exit | digest-exact | faults | retries | time (s) | × fault-free | verdict |');
    say('|---|---|---|---|---|---|---|---|---|');
    for (const rate of rates) {
      const runs = byRate.get(rate)!;
      runs.forEach((r) => {
        const exact = r.exact === r.total && (fingerprint === undefined || r.fingerprint === fingerprint);
        const ok = r.exitCode === 0 && exact && r.ms <= 3 * baseMs;
        const honest = r.exitCode === 1 && r.lastError !== '';
        const verdict = ok ? 'ok' : honest ? `failed honestly: ${r.lastError.slice(0, 160)}` : `BAD (exit ${r.exitCode}${exact ? '' : ', not exact'}${r.ms > 3 * baseMs ? ', slow' : ''})`;
        // The whole log of a run that was not ok, to read why.
        if (!ok) writeFileSync(`bench/out/chaos-${action}-${rate}-${r.seed}.log`, r.timeline);
        say(`| ${r.seed} | ${rate} | ${r.exitCode} | ${r.exact}/${r.total}${r.fingerprint && r.fingerprint !== fingerprint ? ' (bytes differ)' : ''} | ${r.faults} | ${r.retries} | ${(r.ms / 1000).toFixed(2)} | ${(r.ms / baseMs).toFixed(2)} | ${verdict} |`);
      });
      const passed = runs.filter((r) => r.exitCode === 0 && r.exact === r.total && (fingerprint === undefined || r.fingerprint === fingerprint) && r.ms <= 3 * baseMs).length;
      const exits = [...new Set(runs.map((r) => r.exitCode))].sort().join(', ');
      summary.push(
        `| ${action} | ${rate} | ${passed}/${runs.length} | ${exits} | ${median(runs.map((r) => r.faults))} | ${median(runs.map((r) => r.retries))} | ${(median(runs.map((r) => r.ms)) / baseMs).toFixed(2)}× | ${(Math.max(...runs.map((r) => r.ms)) / baseMs).toFixed(2)}× |`,
      );
    }
  }
} finally {
  await world.stop();
}
say('\n| action | fault rate | seeds exact within 3× | exit codes | median faults | median retries | median time | worst time |');
say('|---|---|---|---|---|---|---|---|');
summary.forEach(say);
mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/chaos.md', `${lines.join('\n')}\n`);
