// Image discovery in Helm charts (folders, .tgz, subcharts, annotations), plain Kubernetes manifests and
// `helm template` output: every image with the file and line it came from.
import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ConfigurationError } from '../shared/errors/errors.js';
import type { FoundImage } from '../shared/charts/found-image.js';
import { imagesInHelmChart, readChartArchive, readChartFolder } from '../shared/charts/helm-chart.js';
import { helmAvailable, imagesInRenderedChart, renderHelmChart } from '../shared/charts/helm-render.js';
import { imagesInManifests, looksLikeManifest } from '../shared/charts/k8s-manifests.js';
import { encodeHeader, endOfArchive, padding, type EntryType } from '../shared/tar/tar-header.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/helm/', import.meta.url));
const fixture = (name: string) => join(FIXTURES, name);
const run = promisify(execFile);

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'prel-helm-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** `tar -czf <out> -C <parent> <name>`: the layout `helm package` produces (one top folder). */
async function packChart(folder: string, out: string): Promise<string> {
  await run('tar', ['-czf', out, '-C', join(folder, '..'), folder.replace(/\/$/, '').split('/').pop()!]);
  return out;
}

/** A hand-made .tgz, for entries no well-behaved tool writes. */
function craftArchive(entries: { path: string; type?: EntryType; data?: string; linkname?: string }[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const type = entry.type ?? 'file';
    const data = Buffer.from(type === 'file' ? (entry.data ?? '') : ''); // links carry no data
    parts.push(encodeHeader({ path: entry.path, type, size: data.length, linkname: entry.linkname }), data, padding(data.length));
  }
  parts.push(endOfArchive());
  return gzipSync(Buffer.concat(parts));
}

/** Reference, file and line: what the list and its error messages are made of. */
const located = (images: FoundImage[]) => images.map((i) => [i.reference, i.file, i.line]);

function thrown(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigurationError);
    return err as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

async function rejected(promise: Promise<unknown>): Promise<ConfigurationError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ConfigurationError);
  return err as ConfigurationError;
}

const PROXY_DIGEST = 'sha256:0f3b2a8c5d1e4f6a7b9c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a';
const REDIS_DIGEST = 'sha256:1e2d3c4b5a69788796a5b4c3d2e1f0a1b2c3d4e5f60718293a4b5c6d7e8f9012';

/** The webapp chart's images, under a given display root. */
function webappImages(root: string): (string | number)[][] {
  return [
    ['ghcr.io/acme/webapp:2.4.1', `${root}/values.yaml`, 4],
    ['ghcr.io/acme/webapp-worker:2.4.1', `${root}/values.yaml`, 11],
    ['quay.io/prometheus/nginx-exporter:1.10', `${root}/values.yaml`, 15],
    [`docker.io/library/nginx:1.25.3@${PROXY_DIGEST}`, `${root}/values.yaml`, 21],
    [`docker.io/library/redis@${REDIS_DIGEST}`, `${root}/values.yaml`, 28],
    ['docker.io/library/busybox:1.36.1', `${root}/values.yaml`, 33],
    ['fluent/fluent-bit:3.0.4', `${root}/values.yaml`, 37],
    ['docker.io/library/busybox:1.36.1', `${root}/templates/deployment.yaml`, 11],
    ['ghcr.io/acme/webapp-migrate:2.4.1', `${root}/templates/migrate-job.yaml`, 13],
  ];
}

describe('a chart folder', () => {
  test('finds values image fields (strings and maps), then literal template images, in file order', async () => {
    const chart = await readChartFolder(fixture('webapp'), 'addons/webapp');
    expect(located(imagesInHelmChart(chart))).toEqual(webappImages('addons/webapp'));
  });

  test('an empty tag takes appVersion, a numeric tag keeps its text, a digest without tag pins the image', async () => {
    const images = imagesInHelmChart(await readChartFolder(fixture('webapp'), 'addons/webapp'));
    expect(images.filter((i) => i.origin === 'helm-values').map((i) => i.source)).toEqual([
      'image: {repository: ghcr.io/acme/webapp, tag: 2.4.1 (appVersion)}',
      'image: ghcr.io/acme/webapp-worker:2.4.1',
      'metrics.exporter.image: {registry: quay.io, repository: prometheus/nginx-exporter, tag: 1.10}',
      `proxy.image: {registry: docker.io, image: library/nginx, tag: 1.25.3, digest: ${PROXY_DIGEST}}`,
      `cache.image: {repository: docker.io/library/redis, digest: ${REDIS_DIGEST}}`,
      'initImage: docker.io/library/busybox:1.36.1',
      'image: "fluent/fluent-bit:3.0.4"',
    ]);
  });

  test('templated and empty values, templated template lines and helm test pods yield nothing', async () => {
    const images = imagesInHelmChart(await readChartFolder(fixture('webapp'), 'addons/webapp'));
    expect(images.some((i) => i.reference.includes('{{') || i.reference === 'busybox')).toBe(false);
    expect(images.filter((i) => i.origin === 'helm-template').map((i) => i.source)).toEqual([
      'image: docker.io/library/busybox:1.36.1 # literal, not from values',
      "image: 'ghcr.io/acme/webapp-migrate:2.4.1'",
    ]);
  });

  test('.git is skipped, and symlinks are followed only inside the folder', async () => {
    const dir = join(work, 'linked');
    await cp(fixture('webapp'), dir, { recursive: true });
    await mkdir(join(dir, '.git'));
    await writeFile(join(dir, '.git', 'values.yaml'), 'image: example.com/from-git:v1\n');
    await writeFile(join(work, 'outside.yaml'), 'image: example.com/outside:v1\n');
    await symlink(join(work, 'outside.yaml'), join(dir, 'templates', 'outside.yaml'));
    await writeFile(join(dir, 'extra.yaml'), 'image: example.com/inside:v1\n');
    await symlink('../extra.yaml', join(dir, 'templates', 'inside.yaml'));
    const chart = await readChartFolder(dir, 'linked');
    expect(chart.skipped).toEqual(['templates/outside.yaml']);
    expect([...chart.files.keys()].some((p) => p.startsWith('.git'))).toBe(false);
    expect(located(imagesInHelmChart(chart).filter((i) => i.reference.startsWith('example.com')))).toEqual([
      ['example.com/inside:v1', 'linked/templates/inside.yaml', 1],
    ]);
  });

  test('a folder without Chart.yaml is not a chart', async () => {
    const chart = await readChartFolder(fixture('manifests'), 'addons/manifests');
    expect(thrown(() => imagesInHelmChart(chart)).message).toBe('addons/manifests: not a Helm chart (no Chart.yaml)');
  });
});

describe('a .tgz chart', () => {
  test('gives the same images, named <archive>:<chart>/<file>', async () => {
    const archive = await packChart(fixture('webapp'), join(work, 'webapp-1.0.0.tgz'));
    const chart = await readChartArchive(archive, 'addons/webapp-1.0.0.tgz');
    expect(chart.root).toBe('addons/webapp-1.0.0.tgz:webapp');
    expect(located(imagesInHelmChart(chart))).toEqual(webappImages('addons/webapp-1.0.0.tgz:webapp'));
  });

  test('a corrupt archive is a ConfigurationError naming the file', async () => {
    const good = gzipSync(Buffer.from('not a tar archive at all'.repeat(40)));
    await writeFile(join(work, 'garbage.tgz'), good);
    await writeFile(join(work, 'truncated.tgz'), craftArchive([{ path: 'x/Chart.yaml', data: 'name: x\n' }]).subarray(0, 30));
    expect((await rejected(readChartArchive(join(work, 'garbage.tgz'), 'addons/garbage.tgz'))).message).toMatch(
      /^addons\/garbage\.tgz: not a readable chart archive: not a tar archive/,
    );
    expect((await rejected(readChartArchive(join(work, 'truncated.tgz'), 'addons/truncated.tgz'))).message).toMatch(
      /^addons\/truncated\.tgz: not a readable chart archive: /,
    );
  });

  test('an archive with more than one top folder is not a chart archive', async () => {
    const file = join(work, 'two-tops.tgz');
    await writeFile(file, craftArchive([{ path: 'a/Chart.yaml', data: 'name: a\n' }, { path: 'b/Chart.yaml', data: 'name: b\n' }]));
    expect((await rejected(readChartArchive(file, 'two-tops.tgz'))).message).toBe(
      "two-tops.tgz: not a Helm chart archive: entries under both 'a/' and 'b/'",
    );
  });
});

describe('an archive whose entries escape the chart folder is refused', () => {
  const cases: [string, { path: string; type?: EntryType; linkname?: string }, string][] = [
    ['a ../ entry', { path: '../evil' }, "archive entry '../evil' is a '..' component"],
    ['a .. inside the path', { path: 'webapp/templates/../../../evil' }, "archive entry 'webapp/templates/../../../evil' is a '..' component"],
    ['an absolute path', { path: '/etc/cron.d/evil' }, "archive entry '/etc/cron.d/evil' is an absolute path"],
    ['a symlink', { path: 'webapp/templates/evil.yaml', type: 'symlink', linkname: '/etc/passwd' }, "archive entry 'webapp/templates/evil.yaml' is a symlink"],
    ['a hardlink', { path: 'webapp/values.yaml', type: 'hardlink', linkname: 'webapp/Chart.yaml' }, "archive entry 'webapp/values.yaml' is a hardlink"],
  ];
  test.each(cases)('%s', async (_name, bad, message) => {
    const file = join(work, 'evil.tgz');
    await writeFile(file, craftArchive([{ path: 'webapp/Chart.yaml', data: 'name: webapp\nversion: 1.0.0\n' }, { ...bad, data: 'image: evil.example.com/x:v1\n' }]));
    const err = await rejected(readChartArchive(file, 'addons/evil.tgz'));
    expect(err.message).toBe(`addons/evil.tgz: ${message}; archive entries that escape the chart folder are rejected`);
    expect(err.file).toBe('addons/evil.tgz');
  });
});

describe('a chart with a subchart', () => {
  const parent = [
    ['registry.example.com/platform/gateway:3.0.0', 'addons/platform/values.yaml', 2],
  ];
  const cache = (root: string) => [
    ['docker.io/library/redis:7.2.4', `${root}/values.yaml`, 1],
    ['docker.io/oliver006/redis_exporter:v1.62.0', `${root}/values.yaml`, 6],
    ['docker.io/library/alpine:3.20', `${root}/templates/statefulset.yaml`, 12],
  ];

  test('a subchart folder is read with its own values and appVersion, after the parent', async () => {
    const chart = await readChartFolder(fixture('platform'), 'addons/platform');
    expect(located(imagesInHelmChart(chart))).toEqual([...parent, ...cache('addons/platform/charts/cache')]);
  });

  test('.tgz subcharts are read too, recursively, in name order', async () => {
    const dir = join(work, 'platform');
    await cp(fixture('platform'), dir, { recursive: true });
    await packChart(fixture('webapp'), join(dir, 'charts', 'webapp-1.0.0.tgz'));
    const archive = await packChart(dir, join(work, 'platform-0.3.0.tgz'));
    const chart = await readChartArchive(archive, 'addons/platform-0.3.0.tgz');
    const root = 'addons/platform-0.3.0.tgz:platform';
    expect(located(imagesInHelmChart(chart))).toEqual([
      ['registry.example.com/platform/gateway:3.0.0', `${root}/values.yaml`, 2],
      ...cache(`${root}/charts/cache`),
      ...webappImages(`${root}/charts/webapp-1.0.0.tgz:webapp`),
    ]);
  });
});

describe('a chart that declares its images only in annotations', () => {
  test('both artifacthub.io/images and helm.sh/images are read, with Chart.yaml lines', async () => {
    const images = imagesInHelmChart(await readChartFolder(fixture('annotated'), 'addons/annotated'));
    expect(images.map((i) => [i.reference, i.file, i.line, i.origin, i.source])).toEqual([
      ['quay.io/acme/operator:v0.9.0', 'addons/annotated/Chart.yaml', 10, 'helm-annotation', 'image: quay.io/acme/operator:v0.9.0'],
      ['quay.io/brancz/kube-rbac-proxy:v0.18.0', 'addons/annotated/Chart.yaml', 12, 'helm-annotation', 'image: quay.io/brancz/kube-rbac-proxy:v0.18.0'],
      ['ghcr.io/acme/agent:v0.9.0', 'addons/annotated/Chart.yaml', 14, 'helm-annotation', '[{"name": "agent", "image": "ghcr.io/acme/agent:v0.9.0"}, {"name": "operator", "image": "quay.io/acme/operator:v0.9.0"}]'],
      ['quay.io/acme/operator:v0.9.0', 'addons/annotated/Chart.yaml', 14, 'helm-annotation', '[{"name": "agent", "image": "ghcr.io/acme/agent:v0.9.0"}, {"name": "operator", "image": "quay.io/acme/operator:v0.9.0"}]'],
    ]);
  });

  test('an annotation that is not a list is an error at its line', () => {
    const chart = { root: 'c', files: new Map([['Chart.yaml', Buffer.from('name: c\nannotations:\n  helm.sh/images: |\n    image: x:v1\n')]]) };
    const err = thrown(() => imagesInHelmChart(chart));
    expect(err.message).toBe("c/Chart.yaml:3: annotation 'helm.sh/images' must be a YAML list of {name, image}");
  });
});

describe('plain Kubernetes manifests', () => {
  const file = 'addons/shop/workloads.yaml';
  let text: string;
  beforeAll(async () => {
    text = await readFile(fixture('manifests/workloads.yaml'), 'utf8');
  });

  test('containers, initContainers and ephemeralContainers of each workload, in document order; a ConfigMap gives nothing', () => {
    expect(located(imagesInManifests(text, file))).toEqual([
      ['registry.example.com/shop/api:v1.8.2', file, 17],
      ['docker.io/envoyproxy/envoy:v1.31.0', file, 20],
      ['registry.example.com/shop/report@sha256:4f1a6c1b8e3d2a7f9c0b5e6d4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f', file, 46],
      ['docker.io/library/alpine:3.20', file, 55],
      ['docker.io/library/busybox:1.36.1', file, 58],
      ['docker.io/nicolaka/netshoot:v0.13', file, 61],
    ]);
    expect(imagesInManifests(text, file)[1]).toEqual({
      reference: 'docker.io/envoyproxy/envoy:v1.31.0',
      file,
      line: 20,
      source: 'image: "docker.io/envoyproxy/envoy:v1.31.0"',
      origin: 'manifest',
    });
  });

  test('kind: List items, the other workload kinds, and templated or empty images skipped', () => {
    const list = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: apps/v1',
      '    kind: DaemonSet',
      '    spec: {template: {spec: {containers: [{name: a, image: example.com/agent:v1}]}}}',
      '  - kind: ReplicationController',
      '    spec: {template: {spec: {containers: [{name: b, image: "{{ .Values.image }}"}, {name: c, image: ""}]}}}',
      '---',
      'kind: ReplicaSet',
      'spec: {template: {spec: {containers: [{name: d, image: example.com/rs:v2}]}}}',
      '---',
      'kind: Job',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - image: example.com/job:v3',
      '',
    ].join('\n');
    expect(located(imagesInManifests(list, 'list.yaml'))).toEqual([
      ['example.com/agent:v1', 'list.yaml', 6],
      ['example.com/rs:v2', 'list.yaml', 11],
      ['example.com/job:v3', 'list.yaml', 18],
    ]);
  });

  test('looksLikeManifest: apiVersion and kind at column 0 in one document', () => {
    expect(looksLikeManifest(text)).toBe(true);
    expect(looksLikeManifest('---\nfoo: 1\n---\nkind: Pod\napiVersion: v1\n')).toBe(true);
    expect(looksLikeManifest('apiVersion: v1\n---\nkind: Pod\n')).toBe(false);
    expect(looksLikeManifest('_config:\n  controllers:\n  - apiVersion: v1\n    kind: Deployment\n')).toBe(false);
  });
});

describe('helm template output', () => {
  let output: string;
  beforeAll(async () => {
    output = await readFile(fixture('rendered/webapp-template.yaml'), 'utf8');
  });
  const file = 'addons/webapp (helm template)';
  const expected = [
    ['docker.io/library/busybox:1.36.1', file, 54],
    ['ghcr.io/acme/webapp:2.4.1', file, 58],
    ['ghcr.io/acme/webapp-worker:2.4.1', file, 61],
    ['ghcr.io/acme/webapp-migrate:2.4.1', file, 76],
  ];

  test('every container image of the rendered workloads, with the template it came from', () => {
    const images = imagesInRenderedChart(output, 'addons/webapp');
    expect(located(images)).toEqual(expected);
    expect(images.map((i) => [i.origin, i.source])[1]).toEqual([
      'helm-render',
      'image: "ghcr.io/acme/webapp:2.4.1" (webapp/templates/deployment.yaml)',
    ]);
  });

  describe('running helm', () => {
    const savedPath = process.env.PATH;
    afterEach(() => {
      process.env.PATH = savedPath;
    });

    /** A fake `helm` first on PATH: prints the recorded output (or fails), recording its arguments. */
    async function fakeHelm(name: string, body: string): Promise<string> {
      const bin = join(work, name);
      await mkdir(bin, { recursive: true });
      await writeFile(join(bin, 'helm'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${bin}/args"\n${body}\n`);
      await chmod(join(bin, 'helm'), 0o755);
      process.env.PATH = `${bin}${delimiter}${savedPath}`;
      return bin;
    }

    test('helmAvailable looks helm up on PATH', async () => {
      process.env.PATH = join(work, 'no-such-bin');
      expect(await helmAvailable()).toBe(false);
      await fakeHelm('bin-ok', 'exit 0');
      expect(await helmAvailable()).toBe(true);
    });

    test('renderHelmChart runs `helm template prel-release <chart>` and its output parses', async () => {
      const bin = await fakeHelm('bin-render', `cat "${fixture('rendered/webapp-template.yaml')}"`);
      const rendered = await renderHelmChart('addons/webapp');
      expect(rendered).toBe(output);
      const args = await readFile(join(bin, 'args'), 'utf8');
      expect(args.trim().split('\n')).toEqual(['template', 'prel-release', 'addons/webapp', '--skip-tests']);
      expect(located(imagesInRenderedChart(rendered, 'addons/webapp'))).toEqual(expected);
    });

    test("a helm failure is a ConfigurationError naming the chart and helm's message", async () => {
      await fakeHelm('bin-fail', `echo 'Error: found in Chart.yaml, but missing in charts/ directory: cache' >&2\nexit 1`);
      const err = await rejected(renderHelmChart('addons/platform'));
      expect(err.message).toBe('addons/platform: helm template failed: Error: found in Chart.yaml, but missing in charts/ directory: cache');
    });
  });
});

describe('a YAML syntax error names the file and line', () => {
  test('in a manifest', () => {
    const err = thrown(() => imagesInManifests('apiVersion: v1\nkind: Pod\nspec:\n  containers: [\n  - image: x\n', 'addons/bad.yaml'));
    expect(err.message).toBe('addons/bad.yaml:5: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]');
    expect([err.file, err.line]).toEqual(['addons/bad.yaml', 5]);
  });

  test('in a later document of a multi-document file', () => {
    const err = thrown(() => imagesInManifests('kind: Pod\n---\nkind: Pod\nspec:\n\tcontainers: []\n', 'm.yaml'));
    expect(err.message).toBe('m.yaml:5: invalid YAML: Tabs are not allowed as indentation');
  });

  test("in a chart's values.yaml", () => {
    const values = 'image:\n  repository: a\n  tag: b\n pullPolicy: Always\n';
    const chart = { root: 'addons/webapp', files: new Map([['Chart.yaml', Buffer.from('name: webapp\n')], ['values.yaml', Buffer.from(values)]]) };
    const err = thrown(() => imagesInHelmChart(chart));
    expect(err.message).toBe('addons/webapp/values.yaml:4: invalid YAML: All mapping items must start at the same column');
    expect([err.file, err.line]).toEqual(['addons/webapp/values.yaml', 4]);
  });

  test('inside an annotation, at the Chart.yaml line', () => {
    const text = 'name: c\nannotations:\n  artifacthub.io/images: |\n    - name: a\n      image: x:v1\n    - name: b\n     image: y\n';
    const err = thrown(() => imagesInHelmChart({ root: 'c', files: new Map([['Chart.yaml', Buffer.from(text)]]) }));
    expect(err.message).toBe('c/Chart.yaml:7: invalid YAML: Sequence item without - indicator');
  });
});
