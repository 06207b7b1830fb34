// Runs that are stopped, stalled or killed: a cancelled job (SIGTERM, SIGINT) ends with 143/130, its
// reports and no partial file; the `timeout` input ends a run cleanly; a stalled source fails only its
// image within the documented bounds; a run that can no longer finish says so instead of exiting 13;
// and a re-run after a SIGKILL of prel or of the target registry finishes the job.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHAOS_ENV, runPrel, startChaosWorld, type ChaosWorld } from './helpers/chaos.js';
import type { FaultProxy } from './helpers/fault-proxy.js';
import { startRegistry, type TestRegistry } from './helpers/registry.js';
import { skopeoRawManifest } from './helpers/skopeo.js';
import { sha256Digest } from '../shared/image/digest.js';

const ROOT = join(import.meta.dirname, '..');
let work: string;
let world: ChaosWorld;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'prel-stop-'));
  world = await startChaosWorld(work, 10);
}, 120_000);
afterAll(async () => {
  await world?.stop();
});

interface Started {
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; log: string; ms: number }>;
}

/** Starts `prel <action>` in a child process, to be signalled or killed while it runs. */
function startPrel(action: string, args: string[], env: Record<string, string> = {}): Started {
  const started = Date.now();
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), action, ...args], {
    env: { ...process.env, ...CHAOS_ENV, PREL_PROGRESS_INTERVAL_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; log: string; ms: number }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr, log: `${stdout}\n${stderr}`, ms: Date.now() - started })),
  );
  return { child, done, output: () => `${stdout}\n${stderr}` };
}

/** Waits until `proxy` has seen `count` requests matching `match` (bounded). */
async function waitForRequests(proxy: FaultProxy, match: (r: { method: string; url: string }) => boolean, count: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (proxy.log.filter(match).length < count) {
    if (Date.now() > deadline) throw new Error(`only ${proxy.log.filter(match).length} matching requests after 30s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Waits until `run` is copying (its "Copy N images" line) and the source has seen `count` blob GETs since
 * `mark`. Both: a late request of the run before could otherwise count, and the signal land before prel
 * is listening for it.
 */
async function waitUntilCopying(run: Started, mark: number, count: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!/Copy \d+ images/.test(run.output())) {
    if (Date.now() > deadline) throw new Error(`no "Copy … images" line after 30s:\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await waitForRequests(world.sourceProxy, (r) => blobGet(r) && world.sourceProxy.log.indexOf(r) >= mark, count);
}

const blobGet = (r: { method: string; url: string }) => r.method === 'GET' && r.url.includes('/blobs/sha256:');
const credentials = () => ['--source-username', world.source.username!, '--source-password', world.source.password!];

/** Every blob GET stalls for long: a run that is stopped now is stopped mid-transfer. */
function stallBlobs(): void {
  world.sourceProxy.rules = [{ kind: 'stallBody', times: Infinity, stallMs: 60_000, match: blobGet }];
}
function unstall(): void {
  world.sourceProxy.rules = [];
}

async function exactCount(host: string): Promise<number> {
  let exact = 0;
  for (const image of world.images) {
    const raw = await skopeoRawManifest(`${host}/${image.repository}:${image.tag}`).catch(() => '');
    if (raw && sha256Digest(raw) === image.digest) exact++;
  }
  return exact;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String);
}

describe('a cancelled job', () => {
  let target: TestRegistry;
  beforeAll(async () => {
    target = await startRegistry();
  });
  afterAll(async () => {
    unstall();
    await target?.stop();
  });

  test('SIGTERM mid-sync: exit 143, one line saying so, the outputs of what was done', async () => {
    stallBlobs();
    const log = world.sourceProxy.log.length;
    const run = startPrel('sync-images', ['--images-file', world.listFile, '--source-registry', world.sourceProxy.host, '--target-registry', target.host, ...credentials()], { PREL_STALL_TIMEOUT: '60' });
    await waitUntilCopying(run, log, 3);
    run.child.kill('SIGTERM');
    const result = await run.done;
    unstall();
    expect(result.code, result.log).toBe(143);
    expect(result.ms).toBeLessThan(30_000);
    expect(result.log).toMatch(/Cancelled \(SIGTERM\): \d+ image\(s\) not finished, \d+ done/);
    expect(result.stdout).toMatch(/^cancelled=[1-9]\d*$/m);
    expect(result.stdout).toMatch(/^total=10$/m);
    // Nothing was blamed: the images were not missing, the target refused nothing.
    expect(existsSync(join(world.listFile, '..', 'miss_image.txt'))).toBe(false);
    expect(existsSync(join(world.listFile, '..', 'miss_push_image.txt'))).toBe(false);
  });

  test('SIGINT mid-sync: exit 130', async () => {
    stallBlobs();
    const log = world.sourceProxy.log.length;
    const run = startPrel('sync-images', ['--images-file', world.listFile, '--source-registry', world.sourceProxy.host, '--target-registry', target.host, ...credentials()], { PREL_STALL_TIMEOUT: '60' });
    await waitUntilCopying(run, log, 2);
    run.child.kill('SIGINT');
    const result = await run.done;
    unstall();
    expect(result.code, result.log).toBe(130);
    expect(result.log).toMatch(/Cancelled \(SIGINT\)/);
  });

  test('SIGTERM mid-pack: exit 143, no archive, no partial file, no spool', async () => {
    stallBlobs();
    const dir = mkdtempSync(join(work, 'pack-term-'));
    const output = join(dir, 'out', 'images.tar.gz');
    const log = world.sourceProxy.log.length;
    const run = startPrel('pack-registry', ['--images-file', world.listFile, '--source-registry', world.sourceProxy.host, '--output', output, ...credentials()], {
      RUNNER_TEMP: join(dir, 'temp'),
      PREL_STALL_TIMEOUT: '60',
    });
    await waitUntilCopying(run, log, 3);
    run.child.kill('SIGTERM');
    const result = await run.done;
    unstall();
    expect(result.code, result.log).toBe(143);
    expect(result.log).toMatch(/Cancelled \(SIGTERM\): \d+ image\(s\) not finished; no archive was written/);
    expect(filesUnder(dir).filter((f) => !f.endsWith('temp') && !f.endsWith('out'))).toEqual([]);
  });
});

describe('the timeout input', () => {
  test('ends a stuck run cleanly, naming the input, with its outputs', async () => {
    const target = await startRegistry();
    stallBlobs();
    try {
      const result = await runPrel(
        'sync-images',
        ['--images-file', world.listFile, '--source-registry', world.sourceProxy.host, '--target-registry', target.host, '--timeout', '0.05', ...credentials()],
        { PREL_STALL_TIMEOUT: '60' },
      );
      expect(result.exitCode, result.log).toBe(1);
      expect(result.ms).toBeLessThan(20_000);
      expect(result.log).toMatch(/Stopped after 0\.05 minute\(s\), the limit set by input 'timeout': \d+ image\(s\) not finished/);
      expect(result.outputs.total).toBe('10');
    } finally {
      unstall();
      await target.stop();
    }
  });
});

describe('a stalled source', () => {
  test.each([
    ['headers never come', 'stall'],
    ['the body stops half-way', 'stallBody'],
  ] as const)('%s for one image: that image fails within the bounds, the rest are copied', async (_, kind) => {
    const target = await startRegistry();
    const stuck = world.images[3];
    // The image's own top layer is stuck every time it is asked for.
    const layer = stuck.blobs.at(-1)!.digest;
    world.sourceProxy.rules = [{ kind, times: Infinity, stallMs: 60_000, match: (r) => r.method === 'GET' && r.url.includes(layer) }];
    try {
      const result = await runPrel('sync-images', ['--images-file', world.listFile, '--source-registry', world.sourceProxy.host, '--target-registry', target.host, '--retries', '3', ...credentials()]);
      expect(result.exitCode, result.log).toBe(1);
      // 3 tries of a 1 s bound each, plus backoff: well under 20 s.
      expect(result.ms).toBeLessThan(20_000);
      expect(result.outputs).toMatchObject({ copied: '9', missing: '1' });
      expect(result.log).toMatch(new RegExp(`1 image\\(s\\) could not be read from the source .*${stuck.repository}`));
      expect(await exactCount(target.host)).toBe(9);
    } finally {
      unstall();
      await target.stop();
    }
  });
});

describe('a run that can no longer finish', () => {
  test('says so, naming what was in flight, instead of exiting 13 in silence', async () => {
    const script = join(mkdtempSync(join(work, 'drained-')), 'drained.mts');
    writeFileSync(
      script,
      [
        `import { runAction } from ${JSON.stringify(join(ROOT, 'shared', 'action', 'action-io.ts'))};`,
        // A promise nothing will ever settle, as a lost callback would leave.
        `await runAction((control) => control.track('copying release/app:v1', () => new Promise(() => {})));`,
      ].join('\n'),
    );
    const result = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
      child.once('close', (code) => resolve({ code, out }));
    });
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/prel stopped with work unfinished .*In flight: copying release\/app:v1/);
  });
});

describe('a re-run after a kill', () => {
  test('after SIGKILL of prel mid-sync, the re-run finishes and moves only what is missing', async () => {
    const target = await startRegistry();
    try {
      world.sourceProxy.rules = [{ kind: 'stallBody', times: Infinity, stallMs: 60_000, match: (r) => blobGet(r) && r.url.includes(world.images[0].blobs.at(-1)!.digest) }];
      const run = startPrel('sync-images', ['--images-file', world.listFile, '--source-registry', world.sourceProxy.host, '--target-registry', target.host, ...credentials()], { PREL_STALL_TIMEOUT: '60' });
      // Killed once most images are there and the big one hangs.
      const deadline = Date.now() + 30_000;
      while ((await exactCount(target.host)) < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      run.child.kill('SIGKILL');
      const killed = await run.done;
      expect(killed.signal).toBe('SIGKILL');
      unstall();
      const before = await exactCount(target.host);
      expect(before).toBeLessThan(10);
      const rerun = await runPrel('sync-images', ['--images-file', world.listFile, '--source-registry', world.sourceProxy.host, '--target-registry', target.host, ...credentials()]);
      expect(rerun.exitCode, rerun.log).toBe(0);
      expect(Number(rerun.outputs.skipped)).toBeGreaterThanOrEqual(before);
      expect(await exactCount(target.host)).toBe(10);
    } finally {
      unstall();
      await target.stop();
    }
  });

  test('after SIGKILL of the target registry mid-sync, the run fails in bounded time and a re-run finishes', async () => {
    const storage = mkdtempSync(join(work, 'killed-target-'));
    let target = await startRegistry({ storageDir: storage });
    try {
      world.sourceProxy.rules = [{ kind: 'stallBody', times: 2, stallMs: 3_000, match: blobGet }];
      const log = world.sourceProxy.log.length;
      const run = startPrel('sync-images', ['--images-file', world.listFile, '--source-registry', world.sourceProxy.host, '--target-registry', target.host, '--retries', '3', ...credentials()]);
      await waitUntilCopying(run, log, 4);
      await target.stop();
      const failed = await run.done;
      expect(failed.code, failed.log).toBe(1);
      expect(failed.ms).toBeLessThan(60_000);
      expect(failed.log).toMatch(/could not be written to the target/);
      unstall();
      target = await startRegistry({ storageDir: storage });
      const rerun = await runPrel('sync-images', ['--images-file', world.listFile, '--source-registry', world.sourceProxy.host, '--target-registry', target.host, ...credentials()]);
      expect(rerun.exitCode, rerun.log).toBe(0);
      expect(await exactCount(target.host)).toBe(10);
    } finally {
      unstall();
      await target.stop();
    }
  });

  test('after SIGKILL of prel mid-pack, the re-run writes the archive and clears what the killed run left', async () => {
    const dir = mkdtempSync(join(work, 'pack-kill-'));
    const temp = join(dir, 'temp');
    const output = join(dir, 'out', 'images.tar.gz');
    const args = ['--images-file', world.listFile, '--source-registry', world.sourceProxy.host, '--output', output, ...credentials()];
    stallBlobs();
    const log = world.sourceProxy.log.length;
    const run = startPrel('pack-registry', args, { RUNNER_TEMP: temp, PREL_STALL_TIMEOUT: '60' });
    await waitUntilCopying(run, log, 3);
    run.child.kill('SIGKILL');
    await run.done;
    unstall();
    expect(readdirSync(temp).some((f) => f.startsWith('prel-spool-'))).toBe(true);
    const rerun = await runPrel('pack-registry', args, { RUNNER_TEMP: temp });
    expect(rerun.exitCode, rerun.log).toBe(0);
    expect(rerun.outputs.images).toBe('10');
    expect(readdirSync(temp)).toEqual([]);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['images.lock', 'images.tar.gz']);
  });
});

