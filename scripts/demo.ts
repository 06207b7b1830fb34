// The local demo: runs what prel ships so far end to end on built-in sample data, with real registries
// on 127.0.0.1 and the bundled actions from dist/. Everything lands in demo-output/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startRegistry, type TestRegistry } from '../test/helpers/registry.js';
import { makeLayer, seedImage, testClient } from '../test/helpers/seed-images.js';

const root = resolve(import.meta.dirname ?? '.', '..');
const out = join(root, 'demo-output');

function step(text: string): void {
  console.log(`\n=== ${text}`);
}

/** Runs a bundled action the way a runner would, with INPUT_* variables; returns its outputs. */
async function runAction(name: string, inputs: Record<string, string>): Promise<Record<string, string>> {
  const env: NodeJS.ProcessEnv = { ...process.env, PREL_PROGRESS_INTERVAL_MS: '2000' };
  delete env.GITHUB_OUTPUT;
  for (const [id, value] of Object.entries(inputs)) env[`INPUT_${id.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [join(root, 'dist', name, 'index.js')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const outputs: Record<string, string> = {};
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    process.stdout.write(chunk.toString().replace(/^(report-json)=.*$/m, '$1=…'));
  });
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  for (const line of text.split('\n')) {
    const match = /^([a-z-]+)=(.*)$/.exec(line);
    if (match) outputs[match[1]] = match[2];
  }
  if (code !== 0) throw new Error(`${name} failed (exit ${code})`);
  return outputs;
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'dist', 'sync-images', 'index.js'))) throw new Error('dist/ is missing: run npm run build');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'images-lists'), { recursive: true });
  const registries: TestRegistry[] = [];
  try {
    step('start a source registry (the CI pipeline registry) and a release registry on 127.0.0.1');
    const source = await startRegistry();
    const release = await startRegistry();
    registries.push(source, release);
    console.log(`source ${source.host}, release ${release.host}`);

    step('seed the source with sample images (built by prel’s own client: no downloads)');
    const client = testClient(source.host);
    const base = [makeLayer('demo-base-os', 2_000_000), makeLayer('demo-base-runtime', 4_000_000)];
    const samples = [
      { repository: 'release/app-admin', tag: 'v0.4.0', format: 'docker' as const },
      { repository: 'release/templates', tag: 'v1.3.1', format: 'docker' as const },
      { repository: 'release/helm-registry', tag: 'v0.2.9', format: 'oci' as const },
      { repository: 'release/loadbalancer-controller', tag: 'v0.5.1', format: 'docker-list' as const },
      { repository: 'release/workflow-controller', tag: 'v0.9.3', format: 'oci-index' as const },
      { repository: 'library/nginx-ingress-controller', tag: '0.20.0', format: 'docker' as const },
      { repository: 'library/alpine', tag: '3.7', format: 'docker-list' as const },
    ];
    const seeded = [];
    for (const sample of samples) {
      seeded.push(await seedImage(client, { ...sample, baseLayers: base, layerSize: 500_000 }));
      console.log(`  ${sample.repository}:${sample.tag}`);
    }
    const list = join(out, 'images-lists', 'images_platform.list');
    writeFileSync(list, `# sample platform images\n${samples.map((s) => `${s.repository}:${s.tag}`).join('\n')}\n`);

    step('sync-images: source → release registry');
    const outputs = await runAction('sync-images', { 'images-file': list, 'source-registry': source.host, 'target-registry': release.host });

    step('check: every image in the release registry has its source digest');
    const target = testClient(release.host);
    for (const image of seeded) {
      const head = await target.headManifest(image.repository, image.tag);
      if (head?.digest !== image.digest) throw new Error(`${image.repository}:${image.tag} is ${head?.digest}, expected ${image.digest}`);
      console.log(`  ok ${image.repository}:${image.tag} ${image.digest}`);
    }
    step('done');
    console.log(`${outputs.copied} images copied (${outputs.bytes} bytes). Output folder: ${out}`);
    console.log('The remaining steps (resolve-tags … assemble-bundle) join this demo as their actions land.');
  } finally {
    await Promise.all(registries.map((r) => r.stop()));
  }
}

main().catch((err: unknown) => {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
