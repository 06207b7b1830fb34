// list-images on the team's real charts (the 959d840 snapshot) and on each edge case of
// docs caicloud-format.md §5.10, through the action's run().
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { run } from '../actions/list-images/src/main.js';
import { runActionProcess, runWithInputs } from './helpers/run-action.js';

const fixture = join(import.meta.dirname, 'fixtures', 'product-release-959d840');
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'prel-list-'));
});

/** A charts folder made of the given files ('path' → text). */
function addons(files: Record<string, string>): string {
  const dir = mkdtempSync(join(work, 'addons-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function list(files: Record<string, string>, inputs: Record<string, string> = {}) {
  const dir = addons(files);
  const target = join(dir, '..', `${dir.split('/').pop()}.list`);
  const result = await runWithInputs(run, { 'addons-path': dir, 'target-file': target, ...inputs });
  return { result, target, lines: existsSync(target) ? readFileSync(target, 'utf8') : undefined };
}

const chart = (body: string) => `_config:\n  _metadata:\n    name: x\n  controllers:\n  - type: Deployment\n${body}`;

describe('the real addons tree of 959d840', () => {
  test('gives that snapshot\'s images_platform.list (trailing spaces trimmed), byte for byte', async () => {
    const target = join(work, 'images-lists', 'images_platform.list');
    const result = await runWithInputs(run, { 'addons-path': join(fixture, 'addons'), 'target-file': target });
    expect(result.errors).toEqual([]);
    const expected = readFileSync(join(fixture, 'images-lists', 'images_platform.list'), 'utf8').replace(/[ \t]+$/gm, '');
    expect(readFileSync(target, 'utf8')).toBe(expected);
    expect(result.outputs.count).toBe('101');
    expect(JSON.parse(result.outputs['images-json'])[0]).toMatchObject({ image: 'release/app-admin:v0.4.0', origin: 'caicloud', line: 17 });
  });

  test('extra-lists merge the hand-kept lists after the scanned images, each image once', async () => {
    const target = join(work, 'merged.list');
    const result = await runWithInputs(run, {
      'addons-path': join(fixture, 'addons'),
      'target-file': target,
      'extra-lists': join(fixture, 'images-lists', 'images_{base,compass_extra}.list'),
    });
    expect(result.errors).toEqual([]);
    const lines = readFileSync(target, 'utf8').trimEnd().split('\n');
    const base = readFileSync(join(fixture, 'images-lists', 'images_base.list'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    expect(lines.slice(0, 101)).toEqual(readFileSync(join(fixture, 'images-lists', 'images_platform.list'), 'utf8').trimEnd().split('\n').map((l) => l.trimEnd()));
    for (const image of base) expect(lines).toContain(image);
    expect(new Set(lines).size).toBe(lines.length);
  });

  test('the job summary shows images per file and the change against the previous list', async () => {
    const target = join(work, 'changed.list');
    writeFileSync(target, 'release/app-admin:v0.4.0\nrelease/gone:v1\n');
    const result = await runWithInputs(run, { 'addons-path': join(fixture, 'addons'), 'target-file': target });
    expect(result.summary).toContain('addons/app/app-admin.yaml');
    expect(result.summary).toMatch(/100 new, 1 removed/);
    expect(result.summary).toContain('release/gone:v1');
  });

  test('a rewrite that keeps the images says what changed instead of "0 new, 0 removed"', async () => {
    const target = join(work, 'rewritten.list');
    const first = await runWithInputs(run, { 'addons-path': join(fixture, 'addons'), 'target-file': target });
    expect(first.log).toMatch(/101 images written to .*rewritten\.list \(a new file\)/);
    const again = await runWithInputs(run, { 'addons-path': join(fixture, 'addons'), 'target-file': target });
    expect(again.log).toMatch(/\(unchanged\)/);
    writeFileSync(target, `# kept by hand\n${readFileSync(target, 'utf8').replace(/\n/g, '  \n')}`);
    const spaces = await runWithInputs(run, { 'addons-path': join(fixture, 'addons'), 'target-file': target });
    expect(spaces.log).toMatch(/\(the same images; only comments, blank lines or spaces changed\)/);
    expect(spaces.summary).toContain('the same images; only comments, blank lines or spaces changed.');
    expect(spaces.log).not.toMatch(/0 new, 0 removed/);
    writeFileSync(target, readFileSync(target, 'utf8').split('\n').reverse().join('\n'));
    expect((await runWithInputs(run, { 'addons-path': join(fixture, 'addons'), 'target-file': target })).log).toMatch(/\(the same images in another order\)/);
  });
});

describe('edge cases (docs caicloud-format.md §5.10)', () => {
  test('an image in args (--flag=<marker>/…)', async () => {
    const { lines } = await list({ 'a/lb.yaml': chart('    containers:\n    - image: "[[ registry_release ]]/lb:v0.5.1"\n      args:\n      - --proxy-image=[[ registry_release ]]/canary-nginx-proxy:v0.3.1\n') });
    expect(lines).toBe('release/lb:v0.5.1\nrelease/canary-nginx-proxy:v0.3.1\n');
  });

  test('JSON inside a block scalar, with its trailing ",', async () => {
    const { lines } = await list({
      'devops/wc.yaml': chart('    configs:\n    - data:\n      - value: |\n          {\n            "git-resolver": "[[ registry_release ]]/cyclone-resolver-git:v0.9.3-beta.1",\n            "gc": "[[ registry_library ]]/alpine:3.7"\n          }\n'),
    });
    expect(lines).toBe('release/cyclone-resolver-git:v0.9.3-beta.1\nlibrary/alpine:3.7\n');
  });

  test('double-quoted, single-quoted with a trailing space, and unquoted images', async () => {
    const { lines } = await list({
      'x.yaml': chart(`    containers:\n    - image: "[[ registry_release ]]/a:v1"\n    - image: '[[ registry_release ]]/reloader:v0.6.0-beta.0' \n    - image: [[ registry_library ]]/b:2\n`),
    });
    expect(lines).toBe('release/a:v1\nrelease/reloader:v0.6.0-beta.0\nlibrary/b:2\n');
  });

  test('an initContainer image is listed', async () => {
    const { lines } = await list({ 'x.yaml': chart("    initContainers:\n    - image: '[[ registry_release ]]/charts:v1.3.1'\n    containers:\n    - image: '[[ registry_release ]]/helm-registry:v0.2.9'\n") });
    expect(lines).toBe('release/charts:v1.3.1\nrelease/helm-registry:v0.2.9\n');
  });

  test('an env value that is only the marker, and markers that are not images, are skipped', async () => {
    const { lines, result } = await list({
      'x.yaml': chart(
        "    containers:\n    - image: '[[ registry_release ]]/app:v1'\n      env:\n      - name: REGISTRY\n        value: '[[ registry_release ]]'\n      - name: CARGO\n        value: '[[ cargo_registry ]]'\n      - name: WEB\n        value: '[[ compassWebEndpoint ]]/hodor/v1'\n",
      ),
    });
    expect(result.errors).toEqual([]);
    expect(lines).toBe('release/app:v1\n');
  });

  test('duplicates across files: the first occurrence wins', async () => {
    const { lines } = await list({
      'a/one.yaml': chart("    containers:\n    - image: '[[ registry_release ]]/shared:v1'\n    - image: '[[ registry_release ]]/one:v1'\n"),
      'b/two.yaml': chart("    containers:\n    - image: '[[ registry_release ]]/two:v1'\n    - image: '[[ registry_release ]]/shared:v1'\n    - image: '[[ registry_release ]]/shared:v2'\n"),
    });
    expect(lines).toBe('release/shared:v1\nrelease/one:v1\nrelease/two:v1\nrelease/shared:v2\n');
  });

  test('folders are walked by name, byte-wise: infra before infra-patch', async () => {
    const { lines } = await list({
      'infra-patch/p.yaml': chart("    containers:\n    - image: '[[ registry_release ]]/patch:v1'\n"),
      'infra/mongo.yaml': chart("    containers:\n    - image: '[[ registry_library ]]/mongo:3.6'\n"),
      'infra/z/deep.yaml': chart("    containers:\n    - image: '[[ registry_library ]]/deep:1'\n"),
      'Zeta/upper.yaml': chart("    containers:\n    - image: '[[ registry_library ]]/upper:1'\n"),
      '.hidden/skip.yaml': chart("    containers:\n    - image: '[[ registry_library ]]/hidden:1'\n"),
      'infra/notes.txt': "image: '[[ registry_library ]]/not-yaml:1'\n",
    });
    expect(lines).toBe('library/upper:1\nlibrary/mongo:3.6\nlibrary/deep:1\nrelease/patch:v1\n');
  });

  test('commented lines and trailing comments are skipped', async () => {
    const { lines } = await list({
      'x.yaml': chart(
        "    containers:\n    # - image: '[[ registry_release ]]/old:v0'\n    - image: '[[ registry_release ]]/new:v1' # was [[ registry_release ]]/old:v0\n      # image: \"quay.io/external_storage/cephfs-provisioner:v1\"\n",
      ),
    });
    expect(lines).toBe('release/new:v1\n');
  });

  test('an unresolved package-time placeholder is an error naming file:line, and no list is written', async () => {
    const { result, lines } = await list({ 'app/web.yaml': chart("    containers:\n    - image: '[[ registry_release ]]/web:[[ imageTagFromGitTag ]]'\n") });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/app\/web\.yaml:7: 'release\/web:\[\[ imageTagFromGitTag \]\]' still holds the placeholder \[\[ imageTagFromGitTag \]\]/);
    expect(result.errors[0]).toMatch(/no list was written/);
    expect(lines).toBeUndefined();
    const tagOfRepo = await list({ 'x.yaml': chart("    initContainers:\n    - image: '[[ registry_release ]]/charts:[[ TagOfRepo(charts) ]]'\n") });
    expect(tagOfRepo.result.errors[0]).toMatch(/x\.yaml:7: .*\[\[ TagOfRepo\(charts\) \]\]/);
  });

  test('the embedded key block of cargo-admin.yaml does not confuse the scanner', async () => {
    const text = readFileSync(join(fixture, 'addons', 'cargo', 'cargo-admin.yaml'), 'utf8');
    expect(text).toContain('REDACTED');
    const { lines, result } = await list({ 'cargo/cargo-admin.yaml': text });
    expect(result.errors).toEqual([]);
    expect(lines).toBe('release/cargo-admin:v0.5.5-alpha\nrelease/cargo-token:v0.5.5-alpha\nrelease/docker:18.03.1-ce-dind-certs\n');
  });

  test('two markers on one line both count', async () => {
    const { lines } = await list({ 'x.yaml': chart('      args: ["--a=[[ registry_release ]]/one:v1", "--b=[[ registry_library ]]/two:2"]\n') });
    expect(lines).toBe('release/one:v1\nlibrary/two:2\n');
  });

  test('CRLF files work', async () => {
    const { lines } = await list({ 'x.yaml': chart("    containers:\n    - image: '[[ registry_release ]]/crlf:v1'\n").replace(/\n/g, '\r\n') });
    expect(lines).toBe('release/crlf:v1\n');
  });

  test('digest references, and nested library paths', async () => {
    const digest = `sha256:${'ab'.repeat(32)}`;
    const { lines } = await list({
      'x.yaml': chart(`    containers:\n    - image: '[[ registry_release ]]/pinned@${digest}'\n    - image: '[[ registry_release ]]/both:v1@${digest}'\n    - image: '[[ registry_library ]]/kubernetes/pause:3.1'\n`),
    });
    expect(lines).toBe(`release/pinned@${digest}\nrelease/both:v1@${digest}\nlibrary/kubernetes/pause:3.1\n`);
  });

  test('legacy g_registry_prefix markers and a custom marker map', async () => {
    const { lines } = await list(
      { 'x.yaml': chart("    containers:\n    - image: '[[ g_registry_prefix_release ]]/old:v1'\n    - image: '[[ registry_oem ]]/brand:v2'\n") },
      { markers: 'registry_oem=oem' },
    );
    expect(lines).toBe('release/old:v1\noem/brand:v2\n');
  });

  test('format json records file, line and source text', async () => {
    const { lines } = await list({ 'app/x.yaml': chart("    containers:\n    - image: '[[ registry_release ]]/app:v1'\n") }, { format: 'json' });
    expect(JSON.parse(lines!)).toEqual([
      { image: 'release/app:v1', file: expect.stringMatching(/app\/x\.yaml$/), line: 7, source: "- image: '[[ registry_release ]]/app:v1'", origin: 'caicloud' },
    ]);
  });

  test('a link out of the tree is not followed', async () => {
    const outside = addons({ 'secret.yaml': chart("    containers:\n    - image: '[[ registry_release ]]/outside:v1'\n") });
    const dir = addons({ 'in.yaml': chart("    containers:\n    - image: '[[ registry_release ]]/inside:v1'\n") });
    symlinkSync(outside, join(dir, 'escape'));
    const target = join(work, 'links.list');
    const result = await runWithInputs(run, { 'addons-path': dir, 'target-file': target });
    expect(readFileSync(target, 'utf8')).toBe('release/inside:v1\n');
    expect(result.log).toMatch(/a link that leaves .* was skipped/);
  });
});

describe('bad input: a clear message with file:line, a non-zero exit, and no list', () => {
  test('a missing addons-path', async () => {
    const target = join(work, 'none.list');
    const result = await runWithInputs(run, { 'addons-path': join(work, 'no-such-addons'), 'target-file': target });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([`Input 'addons-path': ${join(work, 'no-such-addons')} does not exist.`]);
    expect(existsSync(target)).toBe(false);
  });

  test('an invalid reference', async () => {
    const { result, lines } = await list({ 'x.yaml': chart("    containers:\n    - image: '[[ registry_release ]]/Bad_Name:v1'\n") });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/x\.yaml:7: invalid image reference 'release\/Bad_Name:v1': .*lowercase/);
    expect(lines).toBeUndefined();
  });

  test('an unreadable file', async () => {
    const dir = addons({ 'ok.yaml': chart("    containers:\n    - image: '[[ registry_release ]]/ok:v1'\n"), 'locked.yaml': 'x' });
    chmodSync(join(dir, 'locked.yaml'), 0o000);
    const target = join(work, 'locked.list');
    const result = await runActionProcess('list-images', { 'addons-path': dir, 'target-file': target });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/Cannot read .*locked\.yaml: EACCES\./)]);
    expect(existsSync(target)).toBe(false);
  });

  test('a previous list is left as it was when the run fails', async () => {
    const dir = addons({ 'x.yaml': chart("    containers:\n    - image: '[[ registry_release ]]/x:[[ imageTagFromGitTag ]]'\n") });
    const target = join(work, 'kept.list');
    writeFileSync(target, 'release/old:v1\n');
    const result = await runWithInputs(run, { 'addons-path': dir, 'target-file': target });
    expect(result.exitCode).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe('release/old:v1\n');
  });
});

describe('Helm charts and plain manifests in the charts folder', () => {
  const helm = join(import.meta.dirname, 'fixtures', 'helm');

  test('a chart folder, a .tgz chart, an annotations-only chart and manifests, through the action', async () => {
    const { cpSync } = await import('node:fs');
    const { execFileSync } = await import('node:child_process');
    const dir = mkdtempSync(join(work, 'helm-addons-'));
    cpSync(join(helm, 'annotated'), join(dir, 'a-annotated'), { recursive: true });
    cpSync(join(helm, 'manifests'), join(dir, 'b-manifests'), { recursive: true });
    execFileSync('tar', ['-czf', join(dir, 'c-platform-0.3.0.tgz'), '-C', helm, 'platform']);
    const target = join(work, 'helm.list');
    const result = await runWithInputs(run, { 'addons-path': dir, 'target-file': target, format: 'json' });
    expect(result.errors).toEqual([]);
    const images = JSON.parse(readFileSync(target, 'utf8')) as { image: string; file: string; origin: string }[];
    // Annotations first (each image once), then the manifests, then the packed chart and its subchart.
    expect(images.slice(0, 3).map((i) => [i.image, i.origin])).toEqual([
      ['quay.io/acme/operator:v0.9.0', 'helm-annotation'],
      ['quay.io/brancz/kube-rbac-proxy:v0.18.0', 'helm-annotation'],
      ['ghcr.io/acme/agent:v0.9.0', 'helm-annotation'],
    ]);
    expect(images.some((i) => i.origin === 'manifest' && i.file.endsWith('b-manifests/workloads.yaml'))).toBe(true);
    expect(images.some((i) => i.file.includes('c-platform-0.3.0.tgz:platform/charts/cache'))).toBe(true);
    expect(images.find((i) => i.image === 'registry.example.com/platform/gateway:3.0.0')?.file).toMatch(/c-platform-0\.3\.0\.tgz:platform\/values\.yaml$/);
    expect(new Set(images.map((i) => i.image)).size).toBe(images.length);
  });

  test('a .tgz with a ../ entry is refused, and no list is written', async () => {
    const { encodeHeader, padding, endOfArchive } = await import('../shared/tar/tar-header.js');
    const { gzipSync } = await import('node:zlib');
    const evil = Buffer.from('apiVersion: v2\nname: evil\nversion: 1.0.0\n');
    const tar = Buffer.concat([
      encodeHeader({ path: 'evil/Chart.yaml', type: 'file', size: evil.length }),
      evil,
      padding(evil.length),
      encodeHeader({ path: 'evil/../../escape.yaml', type: 'file', size: evil.length }),
      evil,
      padding(evil.length),
      endOfArchive(),
    ]);
    const dir = mkdtempSync(join(work, 'evil-'));
    writeFileSync(join(dir, 'evil-1.0.0.tgz'), gzipSync(tar));
    const target = join(work, 'evil.list');
    const result = await runWithInputs(run, { 'addons-path': dir, 'target-file': target });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/evil-1\.0\.0\.tgz: archive entry 'evil\/\.\.\/\.\.\/escape\.yaml' .*rejected/);
    expect(existsSync(target)).toBe(false);
  });
});
