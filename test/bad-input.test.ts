// Every user mistake, across the seven actions and the CLI, ends the same way: a non-zero exit, a first
// error line that names the input, the file:line or the image, no output that looks complete (an earlier
// run's included), nothing the user owns touched, and no secret outside ::add-mask::. Read-only and full
// disks are real mounts (a tmpfs remounted read-only, a tiny tmpfs filled up): root ignores chmod.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { actions as allActions } from '../scripts/bundle-entry.js';
import { componentRepo } from './helpers/component-repos.js';
import { startRegistry, type TestRegistry } from './helpers/registry.js';
import { runActionProcess, runWithInputs, type ActionRun } from './helpers/run-action.js';
import { makeLayer, seedImage, testClient } from './helpers/seed-images.js';

const root = join(import.meta.dirname, '..');
const SECRET = 'Sup3r-s3cret-Passw0rd';
const ACTION_NAMES = ['resolve-tags', 'collect-charts', 'list-images', 'build-release-image', 'sync-images', 'pack-registry', 'assemble-bundle'] as const;
type ActionName = (typeof ACTION_NAMES)[number];
const actions = allActions as Record<ActionName, () => Promise<void>>;

/** What a case sees: its own workspace, plus the shared registry, repository and mounts. */
interface World {
  ws: string;
  registry: string;
  repoUrl: string;
  commit: string;
  /** A read-only file system with an `out/` folder in it. */
  readOnly: string;
  /** A file system with no space left. */
  full: string;
}

interface BadInput {
  action: ActionName;
  name: string;
  inputs: (w: World) => Record<string, string>;
  env?: (w: World) => Record<string, string>;
  /** Files written before the run (workspace-relative): stale outputs, bad lists, the user's own files. */
  files?: (w: World) => Record<string, string | Buffer>;
  /** The first error line. */
  error: RegExp;
  /** Workspace-relative (or absolute) paths that must not exist afterwards: outputs, stale ones included. */
  absent?: string[];
  /** Files given in `files` that must survive unchanged (the user's). */
  kept?: string[];
  /** What the log must not show (a reference repeated in one warning). */
  logNot?: RegExp;
  /** Anything `files` cannot write (a file name that is not UTF-8). */
  setup?: (w: World) => void;
  /** Further checks after the run (what reached the registry). */
  after?: () => Promise<void>;
}

let registry: TestRegistry;
let work: string;
const world = {} as Omit<World, 'ws'>;
const mounted: string[] = [];
let mountsReady = false;

/** The `spec:` of a charts list with one git component. */
function chartsList(w: Omit<World, 'ws'>, extra: string[] = [], url = w.repoUrl): string {
  return ['metadata: {name: bad-input}', 'spec:', '- repositoryFullName: acme/app', `  url: ${url}`, ...extra, ''].join('\n');
}

function mountTmpfs(dir: string, size: string): void {
  mkdirSync(dir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'prel-bad-input-'));
  registry = await startRegistry();
  const client = testClient(registry.host);
  const big = makeLayer('bad-input-big', 600_000);
  await seedImage(client, { repository: 'release/app', tag: 'v1', format: 'docker', baseLayers: [big] });
  await seedImage(client, { repository: 'caicloud/pangolin', tag: 'v0.0.4', format: 'docker', baseLayers: [makeLayer('bad-input-os', 50_000)] });
  const repo = await componentRepo('app', [{ files: { 'release/app.yaml': 'image: release/app:v1.0.0\n' }, tags: ['v1.0.0'] }], join(work, 'repos'));
  world.registry = registry.host;
  world.repoUrl = repo.url;
  world.commit = repo.commits['v1.0.0']!;
  world.readOnly = join(work, 'ro');
  world.full = join(work, 'full');
  try {
    mountTmpfs(world.readOnly, '1m');
    mounted.push(world.readOnly);
    mkdirSync(join(world.readOnly, 'out'));
    execFileSync('mount', ['-o', 'remount,ro', world.readOnly]);
    mountTmpfs(world.full, '128k');
    mounted.push(world.full);
  } catch {
    // Mounting needs root (CI runs as root): without it the read-only and full-disk cases are skipped.
    return;
  }
  mkdirSync(join(world.full, 'out'));
  try {
    writeFileSync(join(world.full, 'filler'), Buffer.alloc(1024 * 1024));
  } catch {
    // ENOSPC: the disk is full now, which is the point.
  }
  expect(statfsSync(world.full).bavail).toBe(0);
  mountsReady = true;
}, 120_000);

afterAll(async () => {
  for (const mount of mounted) execFileSync('umount', ['-l', mount]);
  await registry?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

const list = (w: Omit<World, 'ws'>, ...refs: string[]) => ({ 'images.list': `${refs.map((r) => r.replace('REG', w.registry)).join('\n')}\n` });
const bundleFiles = { 'docs/README.md': '# read me\n' };
const ms = String(Date.UTC(2024, 0, 1));
/** What an earlier run's archive starts with (gzip's magic), so it counts as prel's own. */
const oldArchive = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]);

const cases: BadInput[] = [
  // resolve-tags
  { action: 'resolve-tags', name: 'a missing charts list', inputs: () => ({ 'charts-list': 'nope.yaml' }), error: /^Input 'charts-list': cannot read nope\.yaml: no such file/, absent: ['release_charts.yaml'] },
  {
    action: 'resolve-tags',
    name: 'an unclosed quote: reported where it opens',
    files: () => ({ 'charts_list.yaml': 'spec:\n- repositoryFullName: "acme/app\n  url: x\n\n# end\n' }),
    inputs: () => ({}),
    error: /^charts_list\.yaml:2: invalid YAML: the "-quoted text that starts here is never closed \(column 23\)$/,
    absent: ['release_charts.yaml'],
  },
  {
    action: 'resolve-tags',
    name: 'a YAML error ends in its column, not a dangling "column 1:"',
    files: () => ({ 'charts_list.yaml': 'spec:\n  - a: [1, 2\n  - b: 3\n' }),
    inputs: () => ({}),
    error: /^charts_list\.yaml:3: invalid YAML: [^\n]*\(column \d+\)$/,
    absent: ['release_charts.yaml'],
  },
  { action: 'resolve-tags', name: 'an unknown field', files: (w) => ({ 'charts_list.yaml': chartsList(w, ['  tagg: v1']) }), inputs: () => ({}), error: /^charts_list\.yaml:5: unknown field 'tagg'/ },
  { action: 'resolve-tags', name: 'repositoryFullName not owner/repo', files: () => ({ 'charts_list.yaml': 'spec:\n- repositoryFullName: app\n' }), inputs: () => ({}), error: /^charts_list\.yaml:2: 'repositoryFullName' must be owner\/repo/ },
  {
    action: 'resolve-tags',
    name: 'a git URL that does not answer: file:line, component and URL',
    files: (w) => ({ 'charts_list.yaml': chartsList(w, [], `file://${join(work, 'no-such-repo.git')}`) }),
    inputs: () => ({}),
    error: /^charts_list\.yaml:3: acme\/app: cannot list the tags of file:\/\/\S+no-such-repo\.git: /,
    absent: ['release_charts.yaml'],
  },
  {
    action: 'resolve-tags',
    name: 'a pinned tag with a trailing space is shown quoted',
    files: (w) => ({ 'charts_list.yaml': chartsList(w, ['  tag: "v1.0.0 "']) }),
    inputs: () => ({}),
    error: /^charts_list\.yaml:3: \S+ has no tag "v1\.0\.0 " \(pinned with tag:\)\.$/,
  },
  { action: 'resolve-tags', name: 'a tagPattern that is neither glob nor range', files: (w) => ({ 'charts_list.yaml': chartsList(w, ['  tagPattern: ">>1"']) }), inputs: () => ({}), error: /^charts_list\.yaml:3: tagPattern '>>1'/ },
  { action: 'resolve-tags', name: 'output on a read-only file system', files: (w) => ({ 'charts_list.yaml': chartsList(w) }), inputs: (w) => ({ output: join(w.readOnly, 'release_charts.yaml') }), error: /^Input 'output': cannot write \S+release_charts\.yaml: read-only file system$/ },
  { action: 'resolve-tags', name: 'output is a folder', files: (w) => ({ 'charts_list.yaml': chartsList(w), 'out/keep': 'mine' }), inputs: () => ({ output: 'out' }), error: /^Input 'output': cannot write out: is a folder$/, kept: ['out/keep'] },
  { action: 'resolve-tags', name: 'output on a full disk', files: (w) => ({ 'charts_list.yaml': chartsList(w) }), inputs: (w) => ({ output: join(w.full, 'out', 'release_charts.yaml') }), error: /^Input 'output': cannot write \S+release_charts\.yaml: no space left on device$/ },
  { action: 'resolve-tags', name: "output under a file", files: (w) => ({ 'charts_list.yaml': chartsList(w), notes: 'mine' }), inputs: () => ({ output: 'notes/release_charts.yaml' }), error: /^Input 'output': cannot write notes\/release_charts\.yaml: 'notes' is a file, not a folder$/, kept: ['notes'] },
  { action: 'resolve-tags', name: 'concurrency 0', inputs: () => ({ concurrency: '0' }), error: /^Input 'concurrency' must be a whole number from 1 to 32, got '0'\.$/ },
  { action: 'resolve-tags', name: 'prerelease maybe', inputs: () => ({ prerelease: 'maybe' }), error: /^Input 'prerelease' must be 'true' or 'false'/ },

  // collect-charts
  {
    action: 'collect-charts',
    name: 'addons-path is a regular file: refused, the file untouched',
    files: (w) => ({ 'release_charts.yaml': chartsList(w, ['  tag: v1.0.0', '  resourcePaths: [release/app.yaml]', '  targetPath: app']), addons: 'my notes\n' }),
    inputs: () => ({}),
    error: /^Input 'addons-path': 'addons' is a file, not a folder$/,
    kept: ['addons'],
  },
  { action: 'collect-charts', name: 'a missing release file', inputs: () => ({}), error: /^Input 'release-charts': cannot read release_charts\.yaml: no such file/, absent: ['addons'] },
  {
    action: 'collect-charts',
    name: 'an entry without a tag',
    files: (w) => ({ 'release_charts.yaml': chartsList(w, ['  resourcePaths: [release/app.yaml]', '  targetPath: app']) }),
    inputs: () => ({}),
    error: /^release_charts\.yaml:3: acme\/app has no tag: run resolve-tags first/,
    absent: ['addons'],
  },
  {
    action: 'collect-charts',
    name: 'a git URL that does not answer',
    files: (w) => ({ 'release_charts.yaml': chartsList(w, ['  tag: v1.0.0', '  resourcePaths: [release/app.yaml]', '  targetPath: app'], `file://${join(work, 'gone.git')}`) }),
    inputs: () => ({}),
    error: /^release_charts\.yaml:3: acme\/app: cannot fetch tag 'v1\.0\.0' from file:\/\/\S+gone\.git: /,
    absent: ['addons'],
  },
  {
    action: 'collect-charts',
    name: 'a resource path missing at the tag',
    files: (w) => ({ 'release_charts.yaml': chartsList(w, ['  tag: v1.0.0', '  resourcePaths: [release/nope.yaml]', '  targetPath: app']) }),
    inputs: () => ({}),
    error: /^release_charts\.yaml:3: acme\/app: \S+@v1\.0\.0:release\/nope\.yaml: no such file or folder at tag v1\.0\.0\.$/,
    absent: ['addons'],
  },
  {
    action: 'collect-charts',
    name: 'addons-path on a read-only file system',
    files: (w) => ({ 'release_charts.yaml': chartsList(w, ['  tag: v1.0.0', '  resourcePaths: [release/app.yaml]', '  targetPath: app']) }),
    inputs: (w) => ({ 'addons-path': join(w.readOnly, 'out', 'addons') }),
    error: /^Input 'addons-path': cannot write \S+addons: read-only file system$/,
  },
  {
    action: 'collect-charts',
    name: 'addons-path on a full disk',
    files: (w) => ({ 'release_charts.yaml': chartsList(w, ['  tag: v1.0.0', '  resourcePaths: [release/app.yaml]', '  targetPath: app']) }),
    inputs: (w) => ({ 'addons-path': join(w.full, 'out', 'addons') }),
    error: /^Input 'addons-path': cannot write \S+addons: no space left on device$/,
  },
  { action: 'collect-charts', name: 'concurrency 100', inputs: () => ({ concurrency: '100' }), error: /^Input 'concurrency' must be a whole number from 1 to 32/ },
  { action: 'collect-charts', name: 'clean: yes', inputs: () => ({ clean: 'yes' }), error: /^Input 'clean' must be 'true' or 'false'/ },

  // list-images
  { action: 'list-images', name: 'a missing addons folder', inputs: () => ({ 'addons-path': 'no/addons' }), error: /^Input 'addons-path': .*no\/addons does not exist/, absent: ['images-lists/images_platform.list'] },
  { action: 'list-images', name: 'target-file is a folder', files: () => ({ 'addons/a.yaml': 'image: release/a:v1\n', 'out/keep': 'mine' }), inputs: () => ({ 'target-file': 'out' }), error: /^Input 'target-file': cannot write out: is a folder$/, kept: ['out/keep'] },
  { action: 'list-images', name: 'target-file on a read-only file system', files: () => ({ 'addons/a.yaml': 'image: release/a:v1\n' }), inputs: (w) => ({ 'target-file': join(w.readOnly, 'out', 'images.list') }), error: /^Input 'target-file': cannot write \S+images\.list: read-only file system$/ },
  { action: 'list-images', name: 'target-file on a full disk', files: () => ({ 'addons/a.yaml': `${Array.from({ length: 6000 }, (_, i) => `image: '[[ registry_release ]]/a${i}:v1'`).join('\n')}\n` }), inputs: (w) => ({ 'target-file': join(w.full, 'out', 'images.list') }), error: /^Input 'target-file': cannot write \S+images\.list: no space left on device$/ },
  { action: 'list-images', name: 'a markers entry without =', inputs: () => ({ markers: 'image' }), error: /^Input 'markers' expects entries like 'from=to', got 'image'\.$/ },
  { action: 'list-images', name: 'format yaml', inputs: () => ({ format: 'yaml' }), error: /^Input 'format' must be one of list, json; got 'yaml'\.$/ },
  { action: 'list-images', name: 'an extra list that matches nothing', files: () => ({ 'addons/a.yaml': 'image: release/a:v1\n' }), inputs: () => ({ 'extra-lists': 'lists/*.list' }), error: /^Input 'extra-lists': 'lists\/\*\.list' matches no file\.$/ },
  { action: 'list-images', name: 'an invalid reference in a chart', files: () => ({ 'addons/a.yaml': "x: 1\nimage: '[[ registry_release ]]/Bad_Name:v1'\n" }), inputs: () => ({}), error: /^addons\/a\.yaml:2: invalid image reference 'release\/Bad_Name:v1'/, absent: ['images-lists/images_platform.list'] },
  {
    action: 'list-images',
    name: 'a 5 MB reference is cut, the reason first',
    files: () => ({ 'addons/a.yaml': 'image: release/a:v1\n', 'extra.list': `release/${'a'.repeat(5 * 1024 * 1024)}:v1\n` }),
    inputs: () => ({ 'extra-lists': 'extra.list' }),
    error: /^extra\.list:1: invalid image reference \(the repository name is longer than 255 characters\): 'release\/a{92}'… \(5242891 characters\)$/,
    absent: ['images-lists/images_platform.list'],
  },
  {
    action: 'list-images',
    name: 'a non-ASCII character after a marker is shown as written',
    files: () => ({ 'addons/a.yaml': "image: '[[ registry_release ]]/élan:v1'\n" }),
    inputs: () => ({}),
    error: /^addons\/a\.yaml:1: invalid image reference 'release\/élan:v1'/,
    absent: ['images-lists/images_platform.list'],
  },
  {
    action: 'list-images',
    name: 'an unclosed quote in a manifest: where it opens',
    files: () => ({ 'addons/a.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "web\nspec: {}\n' }),
    inputs: () => ({}),
    error: /^addons\/a\.yaml:4: invalid YAML: the "-quoted text that starts here is never closed$/,
    absent: ['images-lists/images_platform.list'],
  },

  // build-release-image
  ...(['yesterday', '2024-01-01', 'now', '-5', '1.5'] as const).map(
    (value): BadInput => ({
      action: 'build-release-image',
      name: `SOURCE_DATE_EPOCH=${value}`,
      files: () => ({ 'ctx/a.txt': 'a\n' }),
      inputs: (w) => ({ 'base-image': `${w.registry}/caicloud/pangolin:v0.0.4`, image: `${w.registry}/release/r`, 'release-version': 'v1', context: 'ctx' }),
      env: () => ({ SOURCE_DATE_EPOCH: value }),
      error: /^SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01/,
      absent: ['image/release.tar.gz'],
    }),
  ),
  {
    action: 'build-release-image',
    name: 'SOURCE_DATE_EPOCH in milliseconds',
    files: () => ({ 'ctx/a.txt': 'a\n' }),
    inputs: (w) => ({ 'base-image': `${w.registry}/caicloud/pangolin:v0.0.4`, image: `${w.registry}/release/r`, 'release-version': 'v1', context: 'ctx' }),
    env: () => ({ SOURCE_DATE_EPOCH: ms }),
    error: /^SOURCE_DATE_EPOCH must be whole seconds .* \(this looks like milliseconds\)/,
  },
  {
    action: 'build-release-image',
    name: 'save-path on a read-only file system: nothing pushed',
    files: () => ({ 'ctx/a.txt': 'a\n' }),
    inputs: (w) => ({ 'base-image': `${w.registry}/caicloud/pangolin:v0.0.4`, image: `${w.registry}/release/ro-push`, 'release-version': 'v1', context: 'ctx', 'save-path': join(w.readOnly, 'out', 'release.tar.gz') }),
    error: /^Input 'save-path': cannot write \S+release\.tar\.gz: read-only file system$/,
    after: async () => {
      await expect(testClient(registry.host).getManifest('release/ro-push', 'v1')).rejects.toThrow();
    },
  },
  {
    action: 'build-release-image',
    name: 'save-path on a full disk after the push: says it was pushed',
    files: () => ({ 'ctx/a.txt': 'a\n' }),
    inputs: (w) => ({ 'base-image': `${w.registry}/release/app:v1`, image: `${w.registry}/release/full-push`, 'release-version': 'v1', context: 'ctx', 'save-path': join(w.full, 'out', 'release.tar.gz'), compression: 'none' }),
    error: /^Input 'save-path': cannot write \S+release\.tar\.gz: no space left on device; \S+release\/full-push:v1@sha256:[0-9a-f]{64} was pushed already/,
    after: async () => {
      expect((await testClient(registry.host).getManifest('release/full-push', 'v1')).digest).toMatch(/^sha256:/);
    },
  },
  { action: 'build-release-image', name: 'save-path is a folder', files: () => ({ 'ctx/a.txt': 'a\n', 'image/keep': 'mine' }), inputs: (w) => ({ 'base-image': `${w.registry}/caicloud/pangolin:v0.0.4`, image: `${w.registry}/release/r`, 'release-version': 'v1', context: 'ctx', 'save-path': 'image' }), error: /^Input 'save-path': cannot write image: is a folder$/, kept: ['image/keep'] },
  { action: 'build-release-image', name: 'a base image without registry', inputs: () => ({ 'base-image': 'caicloud/pangolin:v0.0.4', image: 'r.example.com/release/r', 'release-version': 'v1' }), error: /^Input 'base-image' must name its registry/ },
  { action: 'build-release-image', name: 'a release-version that is no tag', inputs: (w) => ({ 'base-image': `${w.registry}/caicloud/pangolin:v0.0.4`, image: `${w.registry}/release/r`, 'release-version': 'v1/2' }), error: /^Input 'release-version': tag 'v1\/2' is invalid/ },
  { action: 'build-release-image', name: 'a missing context', inputs: (w) => ({ 'base-image': `${w.registry}/caicloud/pangolin:v0.0.4`, image: `${w.registry}/release/r`, 'release-version': 'v1', context: 'nope' }), error: /^Input 'context': folder 'nope' does not exist\.$/, absent: ['image/release.tar.gz'] },
  { action: 'build-release-image', name: 'a platform without architecture', inputs: (w) => ({ 'base-image': `${w.registry}/caicloud/pangolin:v0.0.4`, image: `${w.registry}/release/r`, 'release-version': 'v1', platforms: 'linux' }), error: /^Input 'platforms': 'linux' is not a platform/ },
  { action: 'build-release-image', name: 'a label without =', inputs: (w) => ({ 'base-image': `${w.registry}/caicloud/pangolin:v0.0.4`, image: `${w.registry}/release/r`, 'release-version': 'v1', labels: 'team' }), error: /^Input 'labels' expects entries like 'from=to'/ },
  { action: 'build-release-image', name: 'compression zstd', inputs: (w) => ({ 'base-image': `${w.registry}/caicloud/pangolin:v0.0.4`, image: `${w.registry}/release/r`, 'release-version': 'v1', compression: 'zstd' }), error: /^Input 'compression' must be one of gzip, none; got 'zstd'\.$/ },
  { action: 'build-release-image', name: 'retries 0', inputs: (w) => ({ 'base-image': `${w.registry}/caicloud/pangolin:v0.0.4`, image: `${w.registry}/release/r`, 'release-version': 'v1', retries: '0' }), error: /^Input 'retries' must be a whole number from 1 to 20/ },
  { action: 'build-release-image', name: 'a base image that does not exist', files: () => ({ 'ctx/a.txt': 'a\n' }), inputs: (w) => ({ 'base-image': `${w.registry}/caicloud/nothing:v9`, image: `${w.registry}/release/r`, 'release-version': 'v1', context: 'ctx' }), error: /^Base image '\S+caicloud\/nothing:v9' \(input 'base-image'\) was not found/, absent: ['image/release.tar.gz'] },
  {
    action: 'build-release-image',
    name: 'a file name that is not UTF-8 in the context',
    files: () => ({ 'ctx/a.txt': 'a\n' }),
    setup: (w) => writeFileSync(Buffer.concat([Buffer.from(join(w.ws, 'ctx', 'caf')), Buffer.from([0xe9])]), 'x'),
    inputs: (w) => ({ 'base-image': `${w.registry}/caicloud/pangolin:v0.0.4`, image: `${w.registry}/release/r`, 'release-version': 'v1', context: 'ctx' }),
    error: /^'caf\\xe9' in context 'ctx' \(input 'context'\): the file name is not valid UTF-8/,
    absent: ['image/release.tar.gz'],
  },
  {
    action: 'build-release-image',
    name: 'a full RUNNER_TEMP',
    files: () => ({ 'ctx/big.bin': Buffer.alloc(400_000, 7).toString('base64') }),
    inputs: (w) => ({ 'base-image': `${w.registry}/caicloud/pangolin:v0.0.4`, image: `${w.registry}/release/r`, 'release-version': 'v1', context: 'ctx' }),
    env: (w) => ({ RUNNER_TEMP: join(w.full, 'out') }),
    error: /^RUNNER_TEMP: cannot write \S+out: no space left on device$/,
    absent: ['image/release.tar.gz'],
  },

  // sync-images
  { action: 'sync-images', name: 'an images-file pattern that matches nothing', inputs: (w) => ({ 'images-file': 'lists/*.list', 'target-registry': w.registry }), error: /^Input 'images-file': 'lists\/\*\.list' matches no file\.$/ },
  { action: 'sync-images', name: 'a target registry with a space', inputs: () => ({ 'images-file': 'images.list', 'target-registry': 'http://Bad Host' }), error: /^Input 'target-registry' must be a registry host/ },
  { action: 'sync-images', name: 'shard 3/2', inputs: (w) => ({ 'images-file': 'images.list', 'target-registry': w.registry, shard: '3/2' }), error: /^Input 'shard'/ },
  { action: 'sync-images', name: 'concurrency many', inputs: (w) => ({ 'images-file': 'images.list', 'target-registry': w.registry, concurrency: 'many' }), error: /^Input 'concurrency' must be a whole number/ },
  { action: 'sync-images', name: 'a project map entry without =', inputs: (w) => ({ 'images-file': 'images.list', 'target-registry': w.registry, 'source-project-map': 'release' }), error: /^Input 'source-project-map' expects entries like 'from=to'/ },
  {
    action: 'sync-images',
    name: 'an invalid reference: stale reports from an earlier run are gone',
    files: (w) => ({ ...list(w, 'REG/release/app:v1', 'release/App:v1'), 'miss_image.txt': 'old\n', 'miss_push_image.txt': 'old\n' }),
    inputs: (w) => ({ 'images-file': 'images.list', 'target-registry': w.registry }),
    error: /^images\.list:2: invalid image reference 'release\/App:v1'/,
    absent: ['miss_image.txt', 'miss_push_image.txt'],
  },
  {
    action: 'sync-images',
    name: 'report-dir is a file',
    files: (w) => ({ ...list(w, 'REG/release/app:v1'), reports: 'mine' }),
    inputs: (w) => ({ 'images-file': 'images.list', 'target-registry': w.registry, 'report-dir': 'reports' }),
    error: /^Input 'report-dir': 'reports' is a file, not a folder$/,
    kept: ['reports'],
  },
  {
    action: 'sync-images',
    name: 'report-dir on a read-only file system',
    files: (w) => list(w, 'REG/release/app:v1'),
    inputs: (w) => ({ 'images-file': 'images.list', 'target-registry': w.registry, 'report-dir': join(w.readOnly, 'out') }),
    error: /^Input 'report-dir': cannot write \S+out: read-only file system$/,
  },
  {
    action: 'sync-images',
    name: 'an image missing from the source',
    files: (w) => list(w, 'REG/release/nothing:v1'),
    inputs: (w) => ({ 'images-file': 'images.list', 'target-registry': w.registry, 'source-project-map': 'release=mirror' }),
    error: /^1 image\(s\) could not be read from the source \(see miss_image\.txt\)/,
    logNot: /missing: (\S+): \1:/,
  },

  // pack-registry
  { action: 'pack-registry', name: 'output is a folder', files: (w) => ({ ...list(w, 'REG/release/app:v1'), 'out/keep': 'mine' }), inputs: () => ({ 'images-file': 'images.list', output: 'out' }), error: /^Input 'output': cannot write out: is a folder$/, kept: ['out/keep'] },
  { action: 'pack-registry', name: 'output on a read-only file system', files: (w) => list(w, 'REG/release/app:v1'), inputs: (w) => ({ 'images-file': 'images.list', output: join(w.readOnly, 'out', 'p.tar.gz') }), error: /^Input 'output': cannot write \S+p\.tar\.gz: read-only file system$/ },
  { action: 'pack-registry', name: 'output on a full disk', files: (w) => list(w, 'REG/release/app:v1'), inputs: (w) => ({ 'images-file': 'images.list', output: join(w.full, 'out', 'p.tar'), compression: 'none' }), error: /^Input 'output': cannot write \S+p\.tar: no space left on device$/ },
  {
    action: 'pack-registry',
    name: 'an unreadable image: the earlier archive and images.lock are gone, the image named',
    files: (w) => ({ ...list(w, 'REG/release/app:v1', 'REG/release/nothing:v1'), 'pangolin-deploy-images.tar.gz': oldArchive, 'images.lock': 'release/app:v0 sha256:old\n' }),
    inputs: () => ({ 'images-file': 'images.list' }),
    error: /^1 image\(s\) could not be read from the source: \S+release\/nothing:v1 \(see miss_image\.txt\); no archive was written; first: \S+release\/nothing:v1: GET answered 404 MANIFEST_UNKNOWN.*\.$/,
    absent: ['pangolin-deploy-images.tar.gz', 'images.lock'],
  },
  {
    action: 'pack-registry',
    name: "output names the user's own file: refused, kept",
    files: (w) => ({ ...list(w, 'REG/release/app:v1'), 'README.md': '# mine\n' }),
    inputs: () => ({ 'images-file': 'images.list', output: 'README.md' }),
    error: /^Input 'output': README\.md exists and is not an archive; prel only replaces its own archives/,
    kept: ['README.md'],
  },
  {
    action: 'pack-registry',
    name: 'a full RUNNER_TEMP for the blob spool: local, once, no image blamed',
    files: (w) => list(w, 'REG/release/app:v1'),
    inputs: () => ({ 'images-file': 'images.list' }),
    env: (w) => ({ RUNNER_TEMP: join(w.full, 'out') }),
    error: /^RUNNER_TEMP \(where prel keeps blobs while it writes an archive\): cannot write \S+out: no space left on device$/,
    absent: ['pangolin-deploy-images.tar.gz', 'miss_image.txt'],
  },
  { action: 'pack-registry', name: 'format tar', inputs: () => ({ 'images-file': 'images.list', format: 'tar' }), error: /^Input 'format' must be one of distribution, oci; got 'tar'\.$/ },
  { action: 'pack-registry', name: 'output names the image list', files: (w) => list(w, 'REG/release/app:v1'), inputs: () => ({ 'images-file': 'images.list', output: 'images.list' }), error: /^Input 'output': images\.list is an image list/, kept: ['images.list'] },
  { action: 'pack-registry', name: 'SOURCE_DATE_EPOCH garbage', files: (w) => list(w, 'REG/release/app:v1'), inputs: () => ({ 'images-file': 'images.list' }), env: () => ({ SOURCE_DATE_EPOCH: 'yesterday' }), error: /^SOURCE_DATE_EPOCH must be whole seconds/, absent: ['pangolin-deploy-images.tar.gz'] },
  { action: 'pack-registry', name: 'report-dir is a file', files: (w) => ({ ...list(w, 'REG/release/app:v1'), r: 'mine' }), inputs: () => ({ 'images-file': 'images.list', 'report-dir': 'r' }), error: /^Input 'report-dir': 'r' is a file, not a folder$/, kept: ['r'], absent: ['pangolin-deploy-images.tar.gz'] },
  { action: 'pack-registry', name: 'a bad platform', inputs: () => ({ 'images-file': 'images.list', platforms: 'linux/amd64/v2/x' }), error: /^Input 'platforms': 'linux\/amd64\/v2\/x' is not a platform/ },

  // assemble-bundle
  { action: 'assemble-bundle', name: 'no version', inputs: () => ({}), error: /^Input 'version' is required and was not supplied\.$/ },
  { action: 'assemble-bundle', name: 'a version with a separator', inputs: () => ({ version: '../v1' }), error: /^Input 'version' must be a plain name/ },
  { action: 'assemble-bundle', name: 'compression xz', inputs: () => ({ version: 'v1', compression: 'xz' }), error: /^Input 'compression' must be one of gzip, none; got 'xz'\.$/ },
  { action: 'assemble-bundle', name: 'output-dir is a file', files: () => ({ ...bundleFiles, dist: 'mine' }), inputs: () => ({ version: 'v1', files: 'docs/README.md => docs/', 'output-dir': 'dist' }), error: /^Input 'output-dir': 'dist' is a file, not a folder$/, kept: ['dist'] },
  { action: 'assemble-bundle', name: 'output-dir on a read-only file system', files: () => bundleFiles, inputs: (w) => ({ version: 'v1', files: 'docs/README.md => docs/', 'output-dir': join(w.readOnly, 'out') }), error: /^Input 'output-dir': cannot write \S+out: read-only file system$/ },
  { action: 'assemble-bundle', name: 'output-dir on a full disk', files: () => ({ 'big.bin': Buffer.alloc(300_000, 1).toString('base64') }), inputs: (w) => ({ version: 'v1', files: 'big.bin => big.bin', 'output-dir': join(w.full, 'out'), compression: 'none' }), error: /^Input 'output-dir': cannot write \S+compass-component-v1\.tar: no space left on device$/ },
  {
    action: 'assemble-bundle',
    name: 'a missing source: the earlier bundle and its .sha256 are gone',
    files: () => ({ ...bundleFiles, 'compass-component-v1.tar.gz': oldArchive, 'compass-component-v1.tar.gz.sha256': 'abc  compass-component-v1.tar.gz\n' }),
    inputs: () => ({ version: 'v1', files: 'docs/README.md => docs/\nnope.txt => nope.txt' }),
    error: /^files line 2 \('nope\.txt => nope\.txt'\): /,
    absent: ['compass-component-v1.tar.gz', 'compass-component-v1.tar.gz.sha256'],
  },
  {
    action: 'assemble-bundle',
    name: "the bundle's name taken by a file that is not an archive: refused, kept",
    files: () => ({ ...bundleFiles, 'compass-component-v1.tar.gz': 'notes, not an archive\n' }),
    inputs: () => ({ version: 'v1', files: 'docs/README.md => docs/' }),
    error: /^Input 'output-dir': compass-component-v1\.tar\.gz exists and is not an archive/,
    kept: ['compass-component-v1.tar.gz'],
  },
  {
    action: 'build-release-image',
    name: "save-path names the user's own file: refused, kept, nothing pushed",
    files: () => ({ 'ctx/a.txt': 'a\n', 'notes.txt': 'mine\n' }),
    inputs: (w) => ({ 'base-image': `${w.registry}/caicloud/pangolin:v0.0.4`, image: `${w.registry}/release/kept`, 'release-version': 'v1', context: 'ctx', 'save-path': 'notes.txt' }),
    error: /^Input 'save-path': notes\.txt exists and is not an archive/,
    kept: ['notes.txt'],
    after: async () => {
      await expect(testClient(registry.host).getManifest('release/kept', 'v1')).rejects.toThrow();
    },
  },
  { action: 'assemble-bundle', name: 'SOURCE_DATE_EPOCH now', files: () => bundleFiles, inputs: () => ({ version: 'v1', files: 'docs/README.md => docs/' }), env: () => ({ SOURCE_DATE_EPOCH: 'now' }), error: /^SOURCE_DATE_EPOCH must be whole seconds/, absent: ['compass-component-v1.tar.gz'] },
  { action: 'assemble-bundle', name: 'checksums: sure', inputs: () => ({ version: 'v1', checksums: 'sure' }), error: /^Input 'checksums' must be 'true' or 'false'/ },
  { action: 'assemble-bundle', name: 'a full RUNNER_TEMP for downloads', files: () => bundleFiles, inputs: () => ({ version: 'v1', files: 'docs/README.md => docs/' }), env: (w) => ({ RUNNER_TEMP: join(w.readOnly, 'out') }), error: /^RUNNER_TEMP: cannot write \S+out: read-only file system$/, absent: ['compass-component-v1.tar.gz'] },
];

/** Secret inputs each action takes, so every run also proves they stay masked. */
const secretInputs: Record<ActionName, Record<string, string>> = {
  'resolve-tags': { 'github-token': SECRET },
  'collect-charts': { 'github-token': SECRET },
  'list-images': {},
  'build-release-image': { username: 'user', password: SECRET },
  'sync-images': { 'source-username': 'user', 'source-password': SECRET },
  'pack-registry': { 'source-username': 'user', 'source-password': SECRET },
  'assemble-bundle': { 'github-token': SECRET },
};

/** Every first error line names where to look: an input, a file:line, an image, or the variable. */
const NAMES_A_PLACE = /[Ii]nput '[a-z-]+'|^[^\s:]+:\d+: |^files line \d+ |image|SOURCE_DATE_EPOCH|RUNNER_TEMP/;

function expectNoSecret(log: string): void {
  for (const line of log.split('\n')) if (line.includes(SECRET)) expect(line).toMatch(/^::add-mask::/);
}

describe.each([...ACTION_NAMES])('%s: a bad input ends with one clear line and no output', (action) => {
  test.for(cases.filter((c) => c.action === action).map((c) => [c.name, c] as const))('%s', async ([, c], ctx) => {
    const ws = mkdtempSync(join(work, 'ws-'));
    const w: World = { ...world, ws };
    const given = JSON.stringify([c.inputs(w), c.env?.(w)]);
    if (!mountsReady && (given.includes(w.readOnly) || given.includes(w.full))) return ctx.skip();
    const files = c.files?.(w) ?? {};
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(ws, path, '..'), { recursive: true });
      writeFileSync(join(ws, path), text);
    }
    c.setup?.(w);
    const result: ActionRun = await runWithInputs(actions[action], { ...secretInputs[action], ...c.inputs(w) }, { GITHUB_WORKSPACE: ws, ...c.env?.(w) });
    expect(result.exitCode).not.toBe(0);
    expect(result.errors[0]).toMatch(c.error);
    expect(result.errors[0]).toMatch(NAMES_A_PLACE);
    expect(result.errors[0]!.length).toBeLessThan(600);
    for (const path of c.absent ?? []) expect(existsSync(join(ws, path)), `${path} must not exist`).toBe(false);
    for (const path of c.kept ?? []) expect(readFileSync(join(ws, path))).toEqual(Buffer.from(files[path]!));
    // No temp or partial file is left where the user asked for output.
    expect(execFileSync('find', [ws, w.readOnly, w.full, '-name', '*.tmp', '-o', '-name', '*.partial', '-o', '-name', '.prel-probe-*'], { encoding: 'utf8' })).toBe('');
    expectNoSecret(result.log);
    if (c.logNot) expect(result.log).not.toMatch(c.logNot);
    await c.after?.();
  });
});

describe('permission denied, as a runner user meets it (a child process without the file powers of root)', () => {
  test('list-images target-file in a folder the user cannot write', async () => {
    const ws = mkdtempSync(join(work, 'ws-'));
    mkdirSync(join(ws, 'addons'));
    writeFileSync(join(ws, 'addons', 'a.yaml'), "image: '[[ registry_release ]]/a:v1'\n");
    mkdirSync(join(ws, 'locked'), { mode: 0o555 });
    chmodSync(join(ws, 'locked'), 0o555);
    // The child runs as root without DAC override: a 0555 folder stops it as it stops any runner user.
    const result = await runActionProcess('list-images', { 'addons-path': join(ws, 'addons'), 'target-file': join(ws, 'locked', 'images.list') }, { GITHUB_WORKSPACE: ws });
    expect(result.exitCode).not.toBe(0);
    expect(result.errors[0]).toMatch(/^Input 'target-file': cannot write locked\/images\.list: permission denied$/);
    expect(existsSync(join(ws, 'locked', 'images.list'))).toBe(false);
  });
});

describe('what is not a mistake goes on, with a warning', () => {
  test('an unreadable Docker config, when no credentials are needed', async () => {
    const ws = mkdtempSync(join(work, 'ws-'));
    mkdirSync(join(ws, 'docker', 'config.json'), { recursive: true });
    writeFileSync(join(ws, 'images.list'), `${registry.host}/release/app:v1\n`);
    const result = await runWithInputs(actions['sync-images'], { 'images-file': 'images.list', 'target-registry': registry.host }, { GITHUB_WORKSPACE: ws, DOCKER_CONFIG: join(ws, 'docker') });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.log).toMatch(/^::warning::cannot read the Docker config \S+config\.json \(is a folder\); going on without its credentials$/m);
  });
});

async function prel(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((done) => {
    // The built command, as cli.test.ts runs it (CI builds dist/ before the tests).
    execFile(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { cwd: root }, (err, stdout, stderr) =>
      done({ stdout, stderr, code: err ? Number((err as { code?: number }).code ?? 1) : 0 }),
    );
  });
}

describe('prel: a bad command line is a usage error (exit 2), an action error goes to stderr (exit 1)', () => {
  test.each([
    ['a value flag without a value', ['sync-images', '--images-file'], 2, /^prel: --images-file needs a value$/],
    ['a value flag followed by another flag', ['sync-images', '--images-file', '--target-registry', 'r.example.com'], 2, /^prel: --images-file needs a value$/],
    ['an unknown input', ['sync-images', '--image-file', 'x'], 2, /^prel: sync-images has no input --image-file/],
    ['an unknown action', ['sink-images'], 2, /^prel: no action named 'sink-images'/],
    ['a bare word', ['list-images', 'addons'], 2, /^prel: unexpected argument 'addons'/],
    ['an action error', ['list-images', '--addons-path', 'no/such/folder', '--target-file', join(tmpdir(), 'prel-cli-never.list')], 1, /^error: Input 'addons-path': /],
  ] as const)('%s', async (_name, args, code, error) => {
    const result = await prel([...args]);
    expect(result.code).toBe(code);
    expect(result.stderr.split('\n')[0]).toMatch(error);
    expect(result.stdout).not.toMatch(/error/);
  });
});
