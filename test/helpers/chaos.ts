// Seeded chaos runs of sync-images, pack-registry and build-release-image's push, shared by the test
// suite (a few seeds) and bench/chaos (many): a token-auth source behind a chaos proxy (and its token
// server behind another), a fresh target behind a third, prel run as users run it (the CLI, in a child
// process, so a hang or a silent exit shows as what it is), and the result checked with skopeo.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Digest } from '../../shared/image/digest.js';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';
import { startRegistry, type TestRegistry } from './registry.js';
import { makeLayer, pseudoRandomBytes, seedImage, testClient, type SeededImage } from './seed-images.js';
import { skopeoRawManifest } from './skopeo.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** Client bounds for chaos runs: on loopback an answer takes milliseconds, so a stall is given up after half a second, then retried. */
export const CHAOS_ENV: Record<string, string> = {
  PREL_HEADERS_TIMEOUT: '0.5',
  PREL_STALL_TIMEOUT: '0.5',
  PREL_CONNECT_TIMEOUT: '0.5',
  PREL_RETRY_BASE_MS: '100',
  PREL_RETRY_MAX_DELAY_MS: '1000',
};
/** A stall lasts longer than the client waits, so it is the client's bound that ends it. */
const STALL_MS = 10_000;
/** A run that takes longer than this is a hang, whatever the seed. */
const RUN_LIMIT_MS = 180_000;

export interface ChaosWorld {
  work: string;
  source: TestRegistry;
  /** The source's registry and token server, each behind a chaos proxy. */
  sourceProxy: FaultProxy;
  tokenProxy: FaultProxy;
  images: SeededImage[];
  /** images.list naming every image, with the source proxy's host. */
  listFile: string;
  stop(): Promise<void>;
}

/**
 * `count` images in a mix of formats over a shared base layer, one of them with a layer above the
 * single-PUT limit (so the PATCH upload path is faulted too). `scale` multiplies the layer sizes: 1 keeps
 * the suite quick (about 20 MB in all), the bench uses release-like sizes.
 */
export async function startChaosWorld(work: string, count = 15, scale = 1): Promise<ChaosWorld> {
  let tokenProxy: FaultProxy | undefined;
  const source = await startRegistry({
    auth: 'token',
    tokenRealm: async (url) => {
      tokenProxy = await startFaultProxy(url, []);
      return tokenProxy.url;
    },
  });
  const client = testClient(source.host, { username: source.username, password: source.password, source: 'test' });
  const base = [makeLayer('chaos-base', Math.round(2_000_000 * scale))];
  const formats = ['docker', 'oci', 'docker-list', 'oci-index'] as const;
  const images: SeededImage[] = [];
  for (let i = 0; i < count; i++) {
    const format = formats[i % formats.length];
    const layerSize = Math.round(i === 0 ? 17_000_000 * Math.max(1, scale / 4) : (50_000 + ((i * 7919) % 900_000)) * scale);
    images.push(await seedImage(client, { repository: `release/chaos-${i}`, tag: 'v1', format, baseLayers: i % 3 === 2 ? [] : base, layerSize }));
  }
  const sourceProxy = await startFaultProxy(source.url, []);
  const listFile = join(mkdtempSync(join(work, 'chaos-list-')), 'images.list');
  writeFileSync(listFile, images.map((i) => `${i.repository}:${i.tag}`).join('\n') + '\n');
  return {
    work,
    source,
    sourceProxy,
    tokenProxy: tokenProxy!,
    images,
    listFile,
    async stop() {
      await sourceProxy.stop();
      await tokenProxy?.stop();
      await source.stop();
    },
  };
}

export interface PrelRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr together: where a line went is the CLI's choice, what it says is the test's. */
  log: string;
  outputs: Record<string, string>;
  ms: number;
  /** When the run started (epoch ms), and each line of output as it came. */
  startedAt: number;
  lines: { at: number; line: string }[];
}

/** Runs `prel <action> …` from dist/cli.js in a child process; a run past RUN_LIMIT_MS is killed and reported. */
export function runPrel(action: string, args: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<PrelRun> {
  const started = Date.now();
  const lines: { at: number; line: string }[] = [];
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [join(ROOT, 'dist', 'cli.js'), action, ...args],
      { cwd, env: { ...process.env, ...CHAOS_ENV, ...env, PREL_PROGRESS_INTERVAL_MS: '0' }, timeout: RUN_LIMIT_MS, killSignal: 'SIGKILL', maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        const outputs: Record<string, string> = {};
        for (const line of stdout.split('\n')) {
          const match = /^([a-z][a-z0-9-]*)=(.*)$/.exec(line);
          if (match) outputs[match[1]] = match[2];
        }
        const code = err ? ((err as { code?: unknown }).code ?? 1) : 0;
        resolve({ exitCode: typeof code === 'number' ? code : -1, stdout, stderr, log: `${stdout}\n${stderr}`, outputs, ms: Date.now() - started, startedAt: started, lines });
      },
    );
    // When each line came, for a slow run's timeline (a chunk's lines share its time).
    const note = (chunk: Buffer) => {
      const at = Date.now();
      for (const line of chunk.toString().split('\n')) if (line) lines.push({ at, line });
    };
    child.stdout?.on('data', note);
    child.stderr?.on('data', note);
  });
}

/** The run's output and the faults the proxies fired during it, in time order, each with its offset from the start. */
export function timeline(run: PrelRun, proxies: FaultProxy[]): string {
  const events = [...run.lines, ...proxies.flatMap((p) => p.chaosLog.filter((e) => e.at >= run.startedAt))];
  events.sort((a, b) => a.at - b.at);
  return events.map((e) => `+${((e.at - run.startedAt) / 1000).toFixed(2)}s ${e.line}`).join('\n') + '\n';
}

export interface ChaosResult {
  seed: number;
  rate: number;
  exitCode: number;
  /** Images that arrived digest-exact, of `total`. */
  exact: number;
  total: number;
  /** Retry lines in the log. */
  retries: number;
  ms: number;
  /** Faults fired, by request and fault kind, both sides. */
  faults: number;
  /** The run's last line on stderr (its error), or ''. */
  lastError: string;
  run: PrelRun;
  /** Output and faults in time order (timeline()). */
  timeline: string;
}

/** Turns chaos on (counting afresh) or, with rate 0, off (keeping the counts of the run). */
function setChaos(proxies: FaultProxy[], seed: number, rate: number): void {
  proxies.forEach((proxy, i) => {
    proxy.chaos = rate > 0 ? { seed: seed * 7 + i, rate, stallMs: STALL_MS } : undefined;
    if (rate > 0) {
      proxy.chaosFired = {};
      proxy.chaosLog = [];
    }
  });
}

function firedCount(proxies: FaultProxy[]): number {
  return proxies.reduce((sum, p) => sum + Object.values(p.chaosFired).reduce((a, b) => a + b, 0), 0);
}

function summarize(seed: number, rate: number, run: PrelRun, exact: number, total: number, proxies: FaultProxy[]): ChaosResult {
  const faults = rate > 0 ? firedCount(proxies) : 0;
  const lines = run.log;
  const errors = lines.split('\n').filter((l) => l.startsWith('error: ') || l.startsWith('prel: '));
  // Anything else on stderr (a crash) counts when no error line was printed.
  if (errors.length === 0 && run.exitCode !== 0) errors.push(...run.stderr.trim().split('\n').filter(Boolean).slice(-1));
  return {
    seed,
    rate,
    exitCode: run.exitCode,
    exact,
    total,
    retries: (lines.match(/; retry \d+ in /g) ?? []).length,
    ms: run.ms,
    faults,
    lastError: errors.at(-1) ?? '',
    run,
    timeline: timeline(run, proxies),
  };
}

async function countExact(host: string, images: SeededImage[]): Promise<number> {
  let exact = 0;
  for (const image of images) {
    const raw = await skopeoRawManifest(`${host}/${image.repository}:${image.tag}`).catch(() => '');
    if (raw && sha256Digest(raw) === image.digest) exact++;
  }
  return exact;
}

function credentials(world: ChaosWorld): string[] {
  return ['--source-username', world.source.username!, '--source-password', world.source.password!];
}

/**
 * One sync of every image into a fresh target, with chaos at `rate` on every proxy. On odd seeds the target
 * refuses its catalog, so the tag and blob HEADs of a target that will not list are under chaos too.
 */
export async function chaosSync(world: ChaosWorld, seed: number, rate: number): Promise<ChaosResult> {
  const target = await startRegistry();
  const noCatalog = { kind: 'status403' as const, times: Infinity, match: (r: { url: string }) => r.url.startsWith('/v2/_catalog') };
  const targetProxy = await startFaultProxy(target.url, seed % 2 === 1 ? [noCatalog] : []);
  const proxies = [world.sourceProxy, world.tokenProxy, targetProxy];
  try {
    setChaos(proxies, seed, rate);
    const run = await runPrel('sync-images', ['--images-file', world.listFile, '--source-registry', world.sourceProxy.host, '--target-registry', targetProxy.host, ...credentials(world)]);
    setChaos(proxies, seed, 0);
    return summarize(seed, rate, run, await countExact(target.host, world.images), world.images.length, proxies);
  } finally {
    setChaos(proxies, seed, 0);
    await targetProxy.stop();
    await target.stop();
  }
}

/** One pack of every image, with chaos at `rate` on the source side; `sha256` is the archive's. */
export async function chaosPack(world: ChaosWorld, seed: number, rate: number): Promise<ChaosResult & { sha256?: string }> {
  const dir = mkdtempSync(join(world.work, 'chaos-pack-'));
  const proxies = [world.sourceProxy, world.tokenProxy];
  try {
    setChaos(proxies, seed, rate);
    const run = await runPrel('pack-registry', ['--images-file', world.listFile, '--source-registry', world.sourceProxy.host, '--output', join(dir, 'images.tar.gz'), ...credentials(world)], { RUNNER_TEMP: dir });
    const packed = run.exitCode === 0 && run.outputs.images === String(world.images.length);
    return { ...summarize(seed, rate, run, packed ? world.images.length : 0, world.images.length, proxies), sha256: run.outputs.sha256 };
  } finally {
    setChaos(proxies, seed, 0);
  }
}

/** One build-release-image of a tiny context on the first image, pushed through chaos; `digest` is the built one. */
export async function chaosBuildPush(world: ChaosWorld, seed: number, rate: number): Promise<ChaosResult & { digest?: string }> {
  const target = await startRegistry();
  const targetProxy = await startFaultProxy(target.url, []);
  const proxies = [world.sourceProxy, world.tokenProxy, targetProxy];
  const dir = mkdtempSync(join(world.work, 'chaos-build-'));
  // One context for every run: its path is part of the image's history, so of its digest. Charts of a
  // release weigh a few MB: 40 files of 100 KB (pseudo-random, so gzip has work to do).
  const context = join(world.work, 'build-context');
  mkdirSync(join(context, 'addons'), { recursive: true });
  for (let i = 0; i < 40; i++) writeFileSync(join(context, 'addons', `chart-${i}.tgz`), pseudoRandomBytes(`chaos-chart-${i}`, 100_000));
  try {
    setChaos(proxies, seed, rate);
    const base = world.images[1];
    const run = await runPrel(
      'build-release-image',
      [
        '--base-image', `${world.sourceProxy.host}/${base.repository}:${base.tag}`,
        '--image', `${targetProxy.host}/release/built`,
        '--release-version', 'v1',
        '--context', context,
        '--save-path', join(dir, 'release.tar'),
        '--compression', 'none',
        '--base-username', world.source.username!,
        '--base-password', world.source.password!,
      ],
      { RUNNER_TEMP: dir, SOURCE_DATE_EPOCH: '1700000000' },
    );
    setChaos(proxies, seed, 0);
    const raw = await skopeoRawManifest(`${target.host}/release/built:v1`).catch(() => '');
    const exact = raw && sha256Digest(raw) === run.outputs.digest ? 1 : 0;
    return { ...summarize(seed, rate, run, exact, 1, proxies), digest: run.outputs.digest };
  } finally {
    setChaos(proxies, seed, 0);
    await targetProxy.stop();
    await target.stop();
  }
}
