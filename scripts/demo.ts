// The local demo: the whole release pipeline, end to end, through the `prel` command, on built-in
// sample data — component repositories with tagged charts (real git), a pipeline registry seeded with
// sample images (built by prel's own client: no downloads), and a release registry, all on 127.0.0.1.
// It ends by checking the bundle offline (verify.sh, prel verify-bundle), serving its registry tarball
// with a fresh registry and pulling every image from it, then upgrading that site with a delta bundle.
// Everything lands in demo-output/; the registries are stopped at the end, also on failure.
import { execFile, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { DigestVerifier } from '../shared/image/digest.js';
import { parseImageList } from '../shared/image-list/image-list.js';
import { allBlobs } from '../shared/transfer/image-graph.js';
import { RegistryImageSource } from '../shared/transfer/registry-source.js';
import { startRegistry, type TestRegistry } from '../test/helpers/registry.js';
import { componentRepo as makeComponentRepo } from '../test/helpers/component-repos.js';
import { git } from '../test/helpers/git-repos.js';
import { makeLayer, seedImage, testClient, type ImageSpec } from '../test/helpers/seed-images.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname ?? '.', '..');
const out = join(root, 'demo-output');
const VERSION = 'v2.7.4';
const NEXT = 'v2.7.5';

let stepNumber = 0;
function step(text: string): void {
  console.log(`\n=== ${++stepNumber}. ${text}`);
}


/** Runs `prel <action> …` in the product repository, echoing its output; returns its outputs. */
async function prel(action: string, args: string[], cwd: string): Promise<Record<string, string>> {
  console.log(`$ prel ${action} ${args.join(' ')}`);
  const child = spawn(process.execPath, [join(root, 'dist', 'cli.js'), action, ...args], {
    cwd,
    env: { ...process.env, GITHUB_WORKSPACE: cwd, PREL_PROGRESS_INTERVAL_MS: '2000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    process.stdout.write(chunk.toString().replace(/^([a-z-]+-json)=.*$/gm, '$1=…'));
  });
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  if (code !== 0) throw new Error(`prel ${action} failed (exit ${code})`);
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([a-z][a-z0-9-]*)=(.*)$/gm)) outputs[match[1]] = match[2];
  return outputs;
}

/** A component repository: each release commits its files and tags them; returns a file:// URL of a bare clone. */
async function componentRepo(name: string, releases: { tags: string[]; files: Record<string, string> }[]): Promise<string> {
  mkdirSync(join(out, 'repos'), { recursive: true });
  return (await makeComponentRepo(name, releases, join(out, 'repos'))).url;
}

const chart = (name: string, containers: string, extra = '') =>
  `_config:\n  _metadata:\n    name: ${name}\n    version: "[[ imageTagFromGitTag ]]"\n    namespace: default\n  controllers:\n  - type: Deployment\n    controller:\n      replica: 1\n${containers}${extra}`;

/** Runs a command, echoing its output; fails the demo on a non-zero exit. */
async function shell(cmd: string, args: string[], cwd: string): Promise<void> {
  console.log(`$ ${[cmd === process.execPath ? 'prel' : cmd, ...(cmd === process.execPath ? args.slice(1) : args)].join(' ')}`);
  const { stdout } = await run(cmd, args, { cwd, maxBuffer: 16 << 20 });
  process.stdout.write(`${stdout.trimEnd().replace(/^/gm, '  ')}\n`);
}

/** Pulls every image of a list from the offline registry: digests as the pipeline registry has them, every blob digest-checked. */
async function pullEvery(offline: TestRegistry, client: ReturnType<typeof testClient>, listFile: string): Promise<void> {
  const offlineClient = testClient(offline.host);
  for (const entry of parseImageList(readFileSync(listFile, 'utf8'), listFile)) {
    const ref = entry.ref;
    const served = await new RegistryImageSource(offlineClient, ref.repository, ref.tag!, `${offline.host}/${entry.text}`).resolve();
    const original = await client.headManifest(ref.repository, ref.tag!);
    if (served.digest !== original?.digest) throw new Error(`${entry.text}: served ${served.digest}, the pipeline registry has ${original?.digest}`);
    let bytes = 0;
    for (const blob of allBlobs(served)) {
      const body = await offlineClient.openBlob(ref.repository, blob.digest);
      const verifier = new DigestVerifier(body, blob.digest, blob.size);
      for await (const chunk of verifier) bytes += (chunk as Buffer).length;
    }
    console.log(`  pulled ${entry.text} ${served.digest} (${served.children.length || 1} platform(s), ${bytes} bytes, every blob digest-checked)`);
  }
}

async function main(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const registries: TestRegistry[] = [];
  try {
    step('start the pipeline registry (where CI pushes images) and the release registry, on 127.0.0.1');
    const pipeline = await startRegistry();
    const release = await startRegistry();
    registries.push(pipeline, release);
    console.log(`pipeline registry ${pipeline.host}, release registry ${release.host}`);

    step('create the component repositories: charts at tagged commits (real git, read through file:// URLs)');
    const urls = {
      'app-admin': await componentRepo('app-admin', [
        { tags: ['v0.3.9'], files: { 'release/app-admin.yaml': chart('app-admin', "    containers:\n    - image: '[[ registry_release ]]/app-admin:[[ imageTagFromGitTag ]]'\n    initContainers:\n    - image: '[[ registry_release ]]/templates:[[ TagOfRepo(templates) ]]'\n") } },
        // v0.4.0 wins by semver; the junk tag and the older prerelease pushed after it do not.
        { tags: ['v0.4.0'], files: {} },
        { tags: ['v0.4.0-rc.1', 'release-app-admin-f7hq6'], files: {} },
      ]),
      templates: await componentRepo('templates', [{ tags: ['v1.3.0'], files: {} }, { tags: ['v1.3.1'], files: {} }]),
      'loadbalancer-controller': await componentRepo('loadbalancer-controller', [
        {
          tags: ['v0.5.1'],
          files: {
            'release/loadbalancer-controller.yaml': chart(
              'loadbalancer-controller',
              '    containers:\n    - image: "[[ registry_release ]]/loadbalancer-controller:[[ imageTagFromGitTag ]]"\n      args:\n      - --proxy-image=[[ registry_library ]]/nginx-ingress-controller:0.20.0\n',
            ),
          },
        },
      ]),
      cyclone: await componentRepo('cyclone', [
        {
          tags: ['v0.9.3-beta.1'],
          files: {
            'release/workflow-controller.yaml': chart(
              'workflow-controller',
              "    containers:\n    - image: '[[ registry_release ]]/cyclone-workflow-controller:[[ imageTagFromGitTag ]]'\n",
              '    configs:\n    - name: workflow\n      data:\n      - key: config.json\n        value: |\n          {\n            "git-resolver": "[[ registry_release ]]/cyclone-resolver-git:[[ imageTagFromGitTag ]]",\n            "gc": "[[ registry_library ]]/alpine:3.7"\n          }\n',
            ),
          },
        },
      ]),
    };

    step('create the product repository: charts_list.yaml, a hand-kept image list, installer files');
    const product = join(out, 'product');
    mkdirSync(join(product, 'images-lists'), { recursive: true });
    writeFileSync(
      join(product, 'charts_list.yaml'),
      [
        '# The components of the release, and where their charts are collected to.',
        'metadata: {name: collect set, description: prel demo}',
        'spec:',
        '  - repositoryFullName: caicloud/app-admin',
        `    url: ${urls['app-admin']}`,
        '    resourcePaths: [release/app-admin.yaml]',
        '    targetPath: app',
        '    owners: [alice]',
        '  - repositoryFullName: caicloud/templates   # only supplies [[ TagOfRepo(templates) ]]',
        `    url: ${urls.templates}`,
        '  - repositoryFullName: caicloud/loadbalancer-controller',
        `    url: ${urls['loadbalancer-controller']}`,
        '    resourcePaths: [release/loadbalancer-controller.yaml]',
        '    targetPath: loadbalancer',
        '  - repositoryFullName: caicloud/cyclone',
        `    url: ${urls.cyclone}`,
        '    resourcePaths: [release/workflow-controller.yaml]',
        '    targetPath: devops',
        '',
      ].join('\n'),
    );
    writeFileSync(join(product, 'images-lists', 'images_base.list'), '# hand-kept: images no chart names\nlibrary/busybox:1.30.0\n');
    writeFileSync(join(product, 'cadm'), '#!/bin/sh\necho "cadm (demo): $*"\n');
    chmodSync(join(product, 'cadm'), 0o755);
    writeFileSync(join(product, 'install.sh'), '#!/bin/sh\nset -e\necho "install.sh (demo): load image/release.tar.gz, unpack pangolin-deploy-images.tar.gz into the registry storage"\n');
    chmodSync(join(product, 'install.sh'), 0o755);
    writeFileSync(join(product, 'config.sample'), 'REGISTRY_DOMAIN=cargo.example.local\nCOMPONENT_LIST=compass.yaml\n');
    writeFileSync(join(product, '.dockerignore'), '.git\nimages-lists\nimage\n*.tar.gz\ncadm\ninstall.sh\n');
    await git(product, ['init', '-q', '-b', 'main']);

    step('seed the pipeline registry with the component images and the pangolin tool image (prel’s own client)');
    const client = testClient(pipeline.host);
    const base = [makeLayer('demo-debian', 3_000_000), makeLayer('demo-runtime', 1_500_000)];
    const images: ImageSpec[] = [
      { repository: 'release/app-admin', tag: 'v0.4.0', format: 'docker' },
      { repository: 'release/templates', tag: 'v1.3.1', format: 'docker' },
      { repository: 'release/loadbalancer-controller', tag: 'v0.5.1', format: 'docker-list' },
      { repository: 'library/nginx-ingress-controller', tag: '0.20.0', format: 'oci' },
      { repository: 'release/cyclone-workflow-controller', tag: 'v0.9.3-beta.1', format: 'oci-index' },
      { repository: 'release/cyclone-resolver-git', tag: 'v0.9.3-beta.1', format: 'docker' },
      { repository: 'library/alpine', tag: '3.7', format: 'docker-list', platforms: ['linux/amd64', 'linux/arm64', 'linux/arm/v7'] },
      { repository: 'library/busybox', tag: '1.30.0', format: 'docker' },
      { repository: 'caicloud/pangolin', tag: 'v0.0.4', format: 'docker-list' },
    ];
    for (const spec of images) {
      const seeded = await seedImage(client, { ...spec, baseLayers: base, layerSize: 400_000 });
      console.log(`  ${pipeline.host}/${spec.repository}:${spec.tag} ${seeded.digest}`);
    }

    step('resolve-tags: pin each component to its release tag → release_charts.yaml');
    await prel('resolve-tags', [], product);
    step('collect-charts: the charts at those tags, placeholders filled → addons/');
    await prel('collect-charts', [], product);
    // As in the release workflow: list-images writes the scanned list; images_base.list stays hand-kept,
    // and sync-images and pack-registry read both (images-lists/*.list).
    step('list-images: every image the charts use → images-lists/images_platform.list');
    await prel('list-images', [], product);
    console.log(readFileSync(join(product, 'images-lists', 'images_platform.list'), 'utf8').trimEnd().replace(/^/gm, '  '));
    step('build-release-image: pangolin + the release files, pushed to the release registry and saved (no Docker daemon)');
    await prel(
      'build-release-image',
      ['--base-image', `${pipeline.host}/caicloud/pangolin:v0.0.4`, '--image', `${release.host}/devops_release/release`, '--release-version', VERSION],
      product,
    );
    step('sync-images: pipeline registry → release registry');
    await prel('sync-images', ['--images-file', 'images-lists/*.list', '--source-registry', pipeline.host, '--target-registry', release.host], product);
    step('pack-registry: the release registry’s images as registry storage → pangolin-deploy-images.tar.gz');
    await prel('pack-registry', ['--images-file', 'images-lists/*.list', '--source-registry', release.host], product);
    step('assemble-bundle: the offline installer bundle');
    const bundle = await prel('assemble-bundle', ['--version', VERSION, '--output-dir', out], product);

    step('check: unpack the bundle, serve its registry tarball with a fresh registry, pull every image');
    const site = join(out, 'offline-site');
    mkdirSync(join(site, 'storage'), { recursive: true });
    await run('tar', ['-xzf', resolve(product, bundle.path), '-C', site]);
    const folder = join(site, `compass-component-${VERSION}`);
    await run('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: folder });
    await run('tar', ['-xzf', join(folder, 'pangolin-deploy-images.tar.gz'), '-C', join(site, 'storage')]);
    step('check the bundle offline: verify.sh under busybox sh (sh, coreutils and tar only), and prel verify-bundle');
    await shell('busybox', ['sh', 'verify.sh'], folder);
    await shell(process.execPath, [join(root, 'dist', 'cli.js'), 'verify-bundle', '--bundle', resolve(product, bundle.path)], product);
    let offline = await startRegistry({ storageDir: join(site, 'storage'), readOnly: true });
    registries.push(offline);
    const platformList = join(product, 'images-lists', 'images_platform.list');
    await pullEvery(offline, client, platformList);
    await pullEvery(offline, client, join(product, 'images-lists', 'images_base.list'));

    step(`the next release ${NEXT}: app-admin bumped, so pack-registry --previous-lock writes a delta of the new blobs only`);
    await seedImage(client, { repository: 'release/app-admin', tag: 'v0.4.1', format: 'docker', baseLayers: base, layerSize: 400_000, seed: 'app-admin-v0.4.1' });
    mkdirSync(join(product, 'next'), { recursive: true });
    const nextList = join(product, 'next', 'images.list');
    writeFileSync(nextList, readFileSync(platformList, 'utf8').replace('release/app-admin:v0.4.0', 'release/app-admin:v0.4.1'));
    copyFileSync(join(product, 'images.lock'), join(product, 'next', 'base.lock'));
    await prel('sync-images', ['--images-file', 'next/images.list', '--source-registry', pipeline.host, '--target-registry', release.host], product);
    const packed = await prel(
      'pack-registry',
      ['--images-file', 'next/images.list', '--source-registry', release.host, '--output', 'next/pangolin-deploy-images.tar.gz', '--previous-lock', 'next/base.lock'],
      product,
    );
    console.log(`  delta ${packed['delta-bytes']} bytes of tar, the full pack would be ${packed['full-bytes']}`);
    const files = ['cadm', 'config.sample', 'install.sh', 'image/release.tar.gz'].map((f) => ['--files', `${f} => ${f}`]).flat();
    const delta = await prel(
      'assemble-bundle',
      ['--version', NEXT, '--output-dir', out, ...files, '--files', 'next/pangolin-deploy-images.tar.gz => pangolin-deploy-images.tar.gz', '--images-lock', 'next/images.lock', '--base-release', VERSION, '--base-lock', 'next/base.lock'],
      product,
    );

    step(`the offline site upgrades: verify.sh checks the delta against the site's storage, the delta is unpacked over it, every ${NEXT} image pulls`);
    await run('tar', ['-xzf', resolve(product, delta.path), '-C', site]);
    const deltaFolder = join(site, `compass-component-${NEXT}-delta-from-${VERSION}`);
    await shell('busybox', ['sh', 'verify.sh', join(site, 'storage')], deltaFolder);
    await offline.stop();
    registries.splice(registries.indexOf(offline), 1);
    await run('tar', ['-xzf', join(deltaFolder, 'pangolin-deploy-images.tar.gz'), '-C', join(site, 'storage')]);
    offline = await startRegistry({ storageDir: join(site, 'storage'), readOnly: true });
    registries.push(offline);
    await pullEvery(offline, client, nextList);
    step('done');
    console.log(`bundle: ${resolve(product, bundle.path)}`);
    console.log(`sha256: ${bundle.sha256}`);
    console.log(`delta bundle ${VERSION} → ${NEXT}: ${resolve(product, delta.path)}`);
  } finally {
    await Promise.all(registries.map((r) => r.stop()));
  }
}

main().catch((err: unknown) => {
  console.error(`\ndemo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
