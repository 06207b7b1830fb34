// The offline checks: images.lock from pack-registry, verify.sh (under bash, busybox sh, and a PATH of
// busybox applets only) and `prel verify-bundle` on a real bundle; four kinds of damage each found by
// both with a message naming the image or file; and delta bundles: the delta unpacked over the previous
// release's storage holds the full pack's tree byte for byte, and a stock registry serves it digest-exact.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run as assemble } from '../actions/assemble-bundle/src/main.js';
import { run as pack } from '../actions/pack-registry/src/main.js';
import { sha256Digest } from '../shared/image/digest.js';
import { parseLock } from '../shared/lock/images-lock.js';
import { runVerifyBundle } from '../shared/verify/verify-command.js';
import { startRegistry, type TestRegistry } from './helpers/registry.js';
import { runWithInputs } from './helpers/run-action.js';
import { makeLayer, seedImage, testClient, type SeededImage } from './helpers/seed-images.js';
import { skopeoRawManifest } from './helpers/skopeo.js';

const exec = promisify(execFile);
const BUNDLE = 'compass-component-v2';
let source: TestRegistry;
let root: string;
const v1: SeededImage[] = [];
const v2: SeededImage[] = [];
let bwsFull: string;
let bundleDir: string;
let busyboxBin: string;

function put(path: string, content: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

async function run(cmd: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await exec(cmd, args, { ...options, maxBuffer: 16 << 20 });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** The three shells verify.sh must work under: bash, busybox sh, and busybox with nothing else on PATH. */
function shells(dir: string): [string, () => [string, string[], { cwd: string; env?: NodeJS.ProcessEnv }]][] {
  return [
    ['bash', () => ['bash', ['verify.sh'], { cwd: dir }]],
    ['busybox sh', () => ['busybox', ['sh', 'verify.sh'], { cwd: dir }]],
    ['busybox applets only', () => [join(busyboxBin, 'sh'), ['verify.sh'], { cwd: dir, env: { PATH: busyboxBin, TMPDIR: root } }]],
  ];
}

async function verifySh(dir: string, args: string[] = []): Promise<{ shell: string; code: number; out: string }[]> {
  const results = [];
  for (const [shell, make] of shells(dir)) {
    const [cmd, base, options] = make();
    results.push({ shell, ...(await run(cmd, [...base, ...args], options)) });
  }
  return results;
}

async function verifyNode(bundle: string, storage?: string): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await runVerifyBundle(['--bundle', bundle, ...(storage ? ['--storage', storage] : [])], (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

async function packInto(dir: string, list: string, extra: Record<string, string> = {}) {
  const result = await runWithInputs(pack, { 'images-file': list, 'source-registry': source.host, output: join(dir, 'pangolin-deploy-images.tar.gz'), ...extra });
  expect(result.errors).toEqual([]);
  return result;
}

/** A workspace with the bundle's other files. */
function bundleWorkspace(): string {
  const ws = mkdtempSync(join(root, 'bws-'));
  put(join(ws, 'cadm'), Buffer.alloc(3000, 7));
  put(join(ws, 'config.sample'), 'CARGO_CFG_DOMAIN=cargo.example.com\n');
  put(join(ws, 'install.sh'), '#!/bin/bash\nset -e\n');
  put(join(ws, 'image/release.tar.gz'), Buffer.alloc(20_000, 1));
  return ws;
}

async function untar(archive: string, into?: string): Promise<string> {
  const dir = into ?? mkdtempSync(join(root, 'unpacked-'));
  await exec('tar', ['-xf', archive, '-C', dir]);
  return dir;
}

/** Every file under a folder, relative path → bytes. */
function tree(dir: string, prefix = ''): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [p, b] of tree(dir, path)) out.set(p, b);
    else out.set(path, readFileSync(join(dir, path)));
  }
  return out;
}

beforeAll(async () => {
  source = await startRegistry();
  root = mkdtempSync(join(tmpdir(), 'prel-verify-'));
  busyboxBin = join(root, 'busybox-bin');
  mkdirSync(busyboxBin);
  const busybox = (await exec('sh', ['-c', 'command -v busybox'])).stdout.trim();
  for (const applet of (await exec('busybox', ['--list'])).stdout.split('\n').filter(Boolean)) symlinkSync(busybox, join(busyboxBin, applet));

  const client = testClient(source.host);
  const base = [makeLayer('verify-base', 300_000), makeLayer('verify-runtime', 900_000)];
  const admin1 = await seedImage(client, { repository: 'release/app-admin', tag: 'v1', format: 'docker', baseLayers: base, seed: 'admin-v1' });
  const admin2 = await seedImage(client, { repository: 'release/app-admin', tag: 'v2', format: 'docker', baseLayers: base, seed: 'admin-v2', layerSize: 500_000 });
  const templates = await seedImage(client, { repository: 'release/templates', tag: 'v1.3.1', format: 'oci', baseLayers: base });
  const nginx = await seedImage(client, { repository: 'library/nginx', tag: '1.25', format: 'docker-list', platforms: ['linux/amd64', 'linux/arm64'], baseLayers: base.slice(0, 1) });
  const cyclone = await seedImage(client, { repository: 'release/cyclone-server', tag: 'v0.9.3', format: 'oci-index', baseLayers: base });
  v1.push(admin1, templates, nginx, cyclone);
  v2.push(admin2, templates, nginx, cyclone);
  put(join(root, 'v1.list'), `${v1.map((i) => `${i.repository}:${i.tag}`).join('\n')}\n`);
  put(join(root, 'v2.list'), `${v2.map((i) => `${i.repository}:${i.tag}`).join('\n')}\n`);

  bwsFull = bundleWorkspace();
  await packInto(bwsFull, join(root, 'v2.list'));
  const result = await runWithInputs(assemble, { version: 'v2', 'output-dir': 'out' }, { GITHUB_WORKSPACE: bwsFull });
  expect(result.errors).toEqual([]);
  bundleDir = join(await untar(join(bwsFull, 'out', `${BUNDLE}.tar.gz`)), BUNDLE);
}, 120_000);
afterAll(async () => {
  await source?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('images.lock', () => {
  test('one sorted line per image: reference, the digest its tag points at, then every manifest, config and layer it needs', () => {
    const entries = parseLock(readFileSync(join(bwsFull, 'images.lock'), 'utf8'), 'images.lock');
    expect(entries.map((e) => e.reference)).toEqual(['library/nginx:1.25', 'release/app-admin:v2', 'release/cyclone-server:v0.9.3', 'release/templates:v1.3.1']);
    for (const image of v2) {
      const entry = entries.find((e) => e.reference === `${image.repository}:${image.tag}`)!;
      expect(entry.root).toBe(image.digest);
      const needs = new Set([...image.children.map((c) => c.digest), ...image.blobs.map((b) => b.digest)]);
      expect(entry.needs).toEqual([...needs].sort());
    }
  });

  test('the bundle carries it, with verify.sh (0755), both listed in SHA256SUMS', () => {
    expect(readFileSync(join(bundleDir, 'images.lock'))).toEqual(readFileSync(join(bwsFull, 'images.lock')));
    expect(statSync(join(bundleDir, 'verify.sh')).mode & 0o777).toBe(0o755);
    const sums = readFileSync(join(bundleDir, 'SHA256SUMS'), 'utf8');
    expect(sums).toMatch(/ {2}images\.lock$/m);
    expect(sums).toMatch(/ {2}verify\.sh$/m);
  });
});

describe('a sound bundle passes both verifiers', () => {
  test('verify.sh under bash, busybox sh, and busybox applets alone', async () => {
    for (const { shell, code, out } of await verifySh(bundleDir)) {
      expect(out, shell).toMatch(/^verify\.sh: OK: 7 file\(s\), 4 image\(s\), \d+ blob\(s\) checked$/m);
      expect(code, shell).toBe(0);
    }
  });

  test('prel verify-bundle on the archive and on the unpacked folder', async () => {
    for (const bundle of [join(bwsFull, 'out', `${BUNDLE}.tar.gz`), bundleDir]) {
      const { code, out } = await verifyNode(bundle);
      expect(out, bundle).toMatch(/^verify-bundle: OK: 7 file\(s\), 4 image\(s\), \d+ blob\(s\) checked$/m);
      expect(code).toBe(0);
    }
  });
});

/** A copy of the bundle folder with its registry archive repacked after `damage` (SHA256SUMS kept true to it). */
async function damagedBundle(damage: (storage: string, bundle: string) => void, resum = true): Promise<{ dir: string; archive: string }> {
  const top = mkdtempSync(join(root, 'damaged-'));
  const dir = join(top, BUNDLE);
  cpSync(bundleDir, dir, { recursive: true });
  const storage = await untar(join(dir, 'pangolin-deploy-images.tar.gz'));
  damage(storage, dir);
  await exec('tar', ['-czf', join(dir, 'pangolin-deploy-images.tar.gz'), '-C', storage, 'docker']);
  if (resum) {
    const sum = sha256Digest(readFileSync(join(dir, 'pangolin-deploy-images.tar.gz'))).slice(7);
    const sums = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').replace(/^[0-9a-f]{64}(?= {2}pangolin-deploy-images\.tar\.gz$)/m, sum);
    writeFileSync(join(dir, 'SHA256SUMS'), sums);
  }
  const archive = join(top, `${BUNDLE}.tar.gz`);
  await exec('tar', ['-czf', archive, '-C', top, BUNDLE]);
  return { dir, archive };
}

const V2 = 'docker/registry/v2';
const blobData = (storage: string, digest: string) => join(storage, V2, 'blobs/sha256', digest.slice(7, 9), digest.slice(7), 'data');

describe('damage is found by both verifiers, naming the image', () => {
  const cases: { name: string; damage: (storage: string, bundle: string) => void; expected: () => RegExp }[] = [
    {
      name: 'one byte of a layer changed',
      damage: (storage) => {
        const file = blobData(storage, v2[0].blobs.at(-1)!.digest);
        const bytes = readFileSync(file);
        bytes[1000] ^= 0xff;
        writeFileSync(file, bytes);
      },
      expected: () => /^PROBLEM release\/app-admin:v2: blob sha256:[0-9a-f]{64} is corrupt \(its bytes hash to sha256:[0-9a-f]{64}\)$/m,
    },
    {
      name: 'one blob deleted',
      damage: (storage) => rmSync(dirname(blobData(storage, v2[2].blobs[0].digest)), { recursive: true }),
      expected: () => /^PROBLEM library\/nginx:1\.25: blob sha256:[0-9a-f]{64} is missing$/m,
    },
    {
      name: 'a tag pointed at another manifest',
      damage: (storage) => writeFileSync(join(storage, V2, 'repositories/release/templates/_manifests/tags/v1.3.1/current/link'), v2[3].digest),
      expected: () => new RegExp(`^PROBLEM release/templates:v1\\.3\\.1: tag points at ${v2[3].digest}, images\\.lock says ${v2[1].digest}$`, 'm'),
    },
    {
      name: 'a SHA256SUMS line dropped',
      damage: (_storage, bundle) => {
        const sums = readFileSync(join(bundle, 'SHA256SUMS'), 'utf8');
        writeFileSync(join(bundle, 'SHA256SUMS'), sums.replace(/^.* {2}install\.sh\n/m, ''));
      },
      expected: () => /^PROBLEM install\.sh: not listed in SHA256SUMS$/m,
    },
  ];

  for (const { name, damage, expected } of cases) {
    test(name, async () => {
      const { dir, archive } = await damagedBundle(damage);
      for (const { shell, code, out } of await verifySh(dir)) {
        expect(out, shell).toMatch(expected());
        expect(out, shell).toMatch(/^verify\.sh: 1 problem\(s\) found/m);
        expect(code, shell).toBe(1);
      }
      for (const bundle of [dir, archive]) {
        const { code, out } = await verifyNode(bundle);
        expect(out, bundle).toMatch(expected());
        expect(out, bundle).toMatch(/^verify-bundle: 1 problem\(s\) found/m);
        expect(code).toBe(1);
      }
    }, 60_000);
  }

  test('a file changed after SHA256SUMS was written is named by both', async () => {
    const { dir } = await damagedBundle((_s, bundle) => writeFileSync(join(bundle, 'config.sample'), 'tampered\n'));
    for (const { shell, out } of await verifySh(dir)) expect(out, shell).toMatch(/^PROBLEM config\.sample: sha256 [0-9a-f]{64}, SHA256SUMS says [0-9a-f]{64}$/m);
    expect((await verifyNode(dir)).out).toMatch(/^PROBLEM config\.sample: sha256 [0-9a-f]{64}, SHA256SUMS says [0-9a-f]{64}$/m);
  });
});

describe('a delta bundle (v1 → v2)', () => {
  let full1: string;
  let full2: string;
  let delta: string;
  let deltaResult: Awaited<ReturnType<typeof packInto>>;
  let fullResult: Awaited<ReturnType<typeof packInto>>;
  let site: string;
  let served: TestRegistry;
  let deltaBundle: string;

  beforeAll(async () => {
    full1 = mkdtempSync(join(root, 'full1-'));
    full2 = mkdtempSync(join(root, 'full2-'));
    delta = bundleWorkspace();
    await packInto(full1, join(root, 'v1.list'));
    fullResult = await packInto(full2, join(root, 'v2.list'));
    put(join(delta, 'base/images.lock'), readFileSync(join(full1, 'images.lock')));
    deltaResult = await packInto(delta, join(root, 'v2.list'), { 'previous-lock': join(delta, 'base/images.lock') });
    // The site: v1's storage, then the delta unpacked over it.
    site = await untar(join(full1, 'pangolin-deploy-images.tar.gz'));
    const assembled = await runWithInputs(assemble, { version: 'v2', 'output-dir': 'out', 'base-release': 'v1', 'base-lock': 'base/images.lock' }, { GITHUB_WORKSPACE: delta });
    expect(assembled.errors).toEqual([]);
    deltaBundle = join(await untar(join(delta, 'out', `${BUNDLE}-delta-from-v1.tar.gz`)), `${BUNDLE}-delta-from-v1`);
  }, 120_000);
  afterAll(() => served?.stop());

  test('leaves out exactly the config and layer blobs of the previous lock; outputs say how much smaller', () => {
    const previous = new Set(parseLock(readFileSync(join(full1, 'images.lock'), 'utf8'), 'v1').flatMap((e) => [e.root, ...e.needs]));
    const manifests = new Set(v2.flatMap((i) => [i.digest, ...i.children.map((c) => c.digest)]));
    const deltaFiles = [...tree(mkdirAndUntarSync(join(delta, 'pangolin-deploy-images.tar.gz'))).keys()];
    const fullFiles = [...tree(mkdirAndUntarSync(join(full2, 'pangolin-deploy-images.tar.gz'))).keys()];
    const leftOut = fullFiles.filter((f) => !deltaFiles.includes(f));
    expect(leftOut.length).toBeGreaterThan(0);
    for (const file of leftOut) {
      const digest = `sha256:${/blobs\/sha256\/..\/([0-9a-f]{64})\/data$/.exec(file)?.[1]}`;
      expect(previous.has(digest) && !manifests.has(digest), file).toBe(true);
    }
    // The new top layer of app-admin:v2 is in the delta.
    expect(deltaFiles).toContain(relative(root, blobData(root, v2[0].blobs.at(-1)!.digest)).replace(/\\/g, '/'));
    expect(readFileSync(join(delta, 'images.lock'))).toEqual(readFileSync(join(full2, 'images.lock')));
    // Both figures are the uncompressed tar sizes, measured here by gunzip.
    expect(Number(deltaResult.outputs['delta-bytes'])).toBe(gunzipSync(readFileSync(join(delta, 'pangolin-deploy-images.tar.gz'))).length);
    expect(Number(deltaResult.outputs['full-bytes'])).toBe(gunzipSync(readFileSync(join(full2, 'pangolin-deploy-images.tar.gz'))).length);
    expect(Number(fullResult.outputs['delta-bytes'])).toBe(Number(fullResult.outputs['full-bytes']));
    expect(Number(deltaResult.outputs['delta-bytes'])).toBeLessThan(Number(deltaResult.outputs['full-bytes']) / 2);
  });

  test('verify.sh checks the left-out blobs in the site storage; prel verify-bundle does with --storage', async () => {
    for (const { shell, code, out } of await verifySh(deltaBundle, [site])) {
      expect(out, shell).toMatch(/^delta on top of release v1; left-out blobs are read from /m);
      expect(out, shell).toMatch(/^verify\.sh: OK: 8 file\(s\), 4 image\(s\), \d+ blob\(s\) checked$/m);
      expect(code, shell).toBe(0);
    }
    expect(await verifyNode(deltaBundle, site)).toMatchObject({ code: 0 });
    expect(readFileSync(join(deltaBundle, 'BASE'), 'utf8')).toBe(`release v1\nlock-sha256 ${sha256Digest(readFileSync(join(full1, 'images.lock'))).slice(7)}\n`);
  });

  test('verify.sh on a delta without the site storage stops and says what to give; a blob the site lacks is named', async () => {
    for (const { shell, code, out } of await verifySh(deltaBundle)) {
      expect(out, shell).toMatch(/this is a delta bundle on top of release v1: give the folder of the site's registry storage/);
      expect(code, shell).toBe(2);
    }
    const poorSite = mkdtempSync(join(root, 'poor-site-'));
    cpSync(site, poorSite, { recursive: true });
    rmSync(dirname(blobData(poorSite, v2[1].blobs[0].digest)), { recursive: true });
    const expected = new RegExp(`^PROBLEM release/templates:v1\\.3\\.1: blob ${v2[1].blobs[0].digest} is neither in the delta nor in `, 'm');
    for (const { shell, code, out } of await verifySh(deltaBundle, [poorSite])) {
      expect(out, shell).toMatch(expected);
      expect(code, shell).toBe(1);
    }
    const node = await verifyNode(deltaBundle, poorSite);
    expect(node.out).toMatch(expected);
    expect(node.code).toBe(1);
  });

  test('unpacked over v1, the delta gives every file of the full v2 pack, byte for byte; the rest is v1 as it was', async () => {
    await untar(join(delta, 'pangolin-deploy-images.tar.gz'), site);
    const merged = tree(site);
    const fullV2 = tree(await untar(join(full2, 'pangolin-deploy-images.tar.gz')));
    const fullV1 = tree(await untar(join(full1, 'pangolin-deploy-images.tar.gz')));
    for (const [path, bytes] of fullV2) expect(merged.get(path)?.equals(bytes), path).toBe(true);
    // What is not v2's is what only v1 had (app-admin:v1's tag, manifest and own blobs).
    for (const [path, bytes] of merged) if (!fullV2.has(path)) expect(fullV1.get(path)?.equals(bytes), path).toBe(true);
    expect([...merged.keys()].filter((p) => !fullV2.has(p)).some((p) => p.includes('/tags/v1/'))).toBe(true);
  });

  test('a stock registry serving the merged storage answers every v2 image and blob digest-exact', async () => {
    served = await startRegistry({ storageDir: site, readOnly: true });
    for (const image of v2) {
      const raw = await skopeoRawManifest(`${served.host}/${image.repository}:${image.tag}`);
      expect(sha256Digest(raw), image.repository).toBe(image.digest);
      for (const blob of image.blobs) {
        const res = await fetch(`${served.url}/v2/${image.repository}/blobs/${blob.digest}`);
        expect(res.status, `${image.repository}@${blob.digest}`).toBe(200);
        expect(sha256Digest(Buffer.from(await res.arrayBuffer()))).toBe(blob.digest);
      }
    }
  });
});

function mkdirAndUntarSync(archive: string): string {
  const dir = mkdtempSync(join(root, 'list-'));
  // Listing by unpacking keeps the test independent of prel's own tar reader.
  execFileSync('tar', ['-xf', archive, '-C', dir]);
  return dir;
}
