// sync-images against registries that need credentials: htpasswd (Basic) and token (Bearer) auth,
// credentials from inputs, the Docker config and a credential helper; secrets never in the log.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../actions/sync-images/src/main.js';
import { sha256Digest } from '../shared/image/digest.js';
import { startRegistry, type TestRegistry } from './helpers/registry.js';
import { runWithInputs, type ActionRun } from './helpers/run-action.js';
import { seedImage, testClient, type SeededImage } from './helpers/seed-images.js';
import { skopeo } from './helpers/skopeo.js';

let work: string;

function dockerConfig(auths: Record<string, unknown>): string {
  const dir = mkdtempSync(join(work, 'docker-config-'));
  writeFileSync(join(dir, 'config.json'), JSON.stringify(auths));
  return dir;
}

/** Inputs for a sync with credentials for both registries given as inputs. */
function syncInputs(list: string, source: TestRegistry, target: TestRegistry): Record<string, string | undefined> {
  return {
    'images-file': list,
    'source-registry': source.host,
    'target-registry': target.host,
    'source-username': source.username,
    'source-password': source.password,
    'target-username': target.username,
    'target-password': target.password,
  };
}

function basicAuth(user: string, password: string): string {
  return Buffer.from(`${user}:${password}`).toString('base64');
}

/** Every log line except the runner's own mask commands (those carry the secret to the runner, by design). */
function logWithoutMaskCommands(result: ActionRun): string {
  return result.log
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

async function targetDigest(registry: TestRegistry, ref: string): Promise<string> {
  const raw = await skopeo(['inspect', '--raw', '--tls-verify=false', '--creds', `${registry.username}:${registry.password}`, `docker://${registry.host}/${ref}`]);
  return sha256Digest(raw);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'prel-auth-'));
});

describe.each(['basic', 'token'] as const)('%s auth on both sides', (auth) => {
  let source: TestRegistry;
  let target: TestRegistry;
  let image: SeededImage;
  let list: string;

  beforeAll(async () => {
    source = await startRegistry({ auth });
    target = await startRegistry({ auth });
    const client = testClient(source.host, { username: source.username, password: source.password, source: 'test' });
    image = await seedImage(client, { repository: 'release/app-admin', tag: 'v0.4.0', format: 'docker-list' });
    await seedImage(client, { repository: 'release/locked', tag: 'v1', format: 'docker' });
    list = join(mkdtempSync(join(work, `${auth}-`)), 'images.list');
    writeFileSync(list, 'release/app-admin:v0.4.0\n');
  });
  afterAll(async () => {
    await source?.stop();
    await target?.stop();
  });

  test('credentials from inputs', async () => {
    const result = await runWithInputs(run, syncInputs(list, source, target));
    expect(result.errors).toEqual([]);
    expect(result.outputs.copied).toBe('1');
    expect(await targetDigest(target, 'release/app-admin:v0.4.0')).toBe(image.digest);
    const log = logWithoutMaskCommands(result);
    expect(log).not.toContain(source.password);
    expect(log).not.toContain(target.password);
    expect(result.log).toContain(`::add-mask::${target.password}`);
  });

  test('credentials from a Docker config file (as docker/login-action leaves them)', async () => {
    const fresh = await startRegistry({ auth, username: target.username, password: target.password });
    try {
      const config = dockerConfig({
        auths: {
          [source.host]: { auth: basicAuth(source.username!, source.password!) },
          [`http://${fresh.host}/v1/`]: { auth: basicAuth(fresh.username!, fresh.password!) },
        },
      });
      const result = await runWithInputs(run, { 'images-file': list, 'source-registry': source.host, 'target-registry': fresh.host }, { DOCKER_CONFIG: config });
      expect(result.errors).toEqual([]);
      expect(result.outputs.copied).toBe('1');
      expect(await targetDigest(fresh, 'release/app-admin:v0.4.0')).toBe(image.digest);
      expect(logWithoutMaskCommands(result)).not.toContain(fresh.password);
    } finally {
      await fresh.stop();
    }
  });

  test('wrong credentials give one clear error naming the registry, and no secret in the log', async () => {
    const wrong = 'not-the-password-42';
    const result = await runWithInputs(run, { ...syncInputs(list, source, target), 'target-password': wrong });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(target.host);
    expect(result.errors[0]).toMatch(/rejected the credentials from inputs target-username\/password/);
    expect(logWithoutMaskCommands(result)).not.toContain(wrong);
    expect(logWithoutMaskCommands(result)).not.toContain(basicAuth(target.username!, wrong));
  });

  test('no credentials for a registry that needs them is named', async () => {
    const fresh = await startRegistry({ auth });
    try {
      const result = await runWithInputs(
        run,
        {
          'images-file': list,
          'source-registry': source.host,
          'target-registry': fresh.host,
          'source-username': source.username,
          'source-password': source.password,
        },
        { DOCKER_CONFIG: dockerConfig({}) },
      );
      expect(result.exitCode).toBe(1);
      expect(result.errors).toHaveLength(1);
      const needsCredentials = new RegExp(`${fresh.host.replace(/\./g, '\\.')} requires credentials`);
      if (auth === 'basic') {
        // htpasswd guards every request: the up-front check names the registry.
        expect(result.errors[0]).toMatch(needsCredentials);
      } else {
        // The token server lets anyone pull; only the push is refused, per image.
        expect(result.errors[0]).toMatch(/1 image\(s\) could not be written to the target/);
        expect(JSON.parse(result.outputs['report-json'])[0].error).toMatch(needsCredentials);
      }
    } finally {
      await fresh.stop();
    }
  });
});

describe('token auth details', () => {
  let source: TestRegistry;
  let target: TestRegistry;
  beforeAll(async () => {
    source = await startRegistry({ auth: 'token' });
    target = await startRegistry({ auth: 'token' });
    const client = testClient(source.host, { username: source.username, password: source.password, source: 'test' });
    await seedImage(client, { repository: 'release/app-admin', tag: 'v0.4.0', format: 'oci-index' });
    await seedImage(client, { repository: 'release/locked', tag: 'v1', format: 'docker' });
  });
  afterAll(async () => {
    await source?.stop();
    await target?.stop();
  });

  test('an unwritable target repository lands in miss_push_image.txt; the others are copied', async () => {
    target.tokenServer!.denyPush = ['release/locked'];
    const dir = mkdtempSync(join(work, 'locked-'));
    const list = join(dir, 'images.list');
    writeFileSync(list, 'release/locked:v1\nrelease/app-admin:v0.4.0\n');
    const result = await runWithInputs(run, syncInputs(list, source, target));
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ copied: '1', failed: '1', missing: '0' });
    expect(readFileSync(join(dir, 'miss_push_image.txt'), 'utf8')).toBe(`${target.host}/release/locked:v1\n`);
    expect(existsSync(join(dir, 'miss_image.txt'))).toBe(false);
    expect(result.errors[0]).toMatch(/1 image\(s\) could not be written to the target \(see .*miss_push_image\.txt\)/);
  });

  test('tokens answered only as access_token work, and the token never reaches the log', async () => {
    source.tokenServer!.field = 'access_token';
    const list = join(mkdtempSync(join(work, 'field-')), 'images.list');
    writeFileSync(list, 'release/app-admin:v0.4.0\n');
    const fresh = await startRegistry({ auth: 'token' });
    try {
      const result = await runWithInputs(run, syncInputs(list, source, fresh));
      expect(result.errors).toEqual([]);
      expect(result.outputs.copied).toBe('1');
      const masked = result.log.split('\n').filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length));
      const tokens = masked.filter((m) => m.split('.').length === 3);
      expect(tokens.length).toBeGreaterThan(0);
      for (const token of tokens) expect(logWithoutMaskCommands(result)).not.toContain(token);
    } finally {
      source.tokenServer!.field = 'both';
      await fresh.stop();
    }
  });

  test.each(['credHelpers', 'credsStore'])('credentials from a docker-credential helper named in %s', async (key) => {
    const bin = mkdtempSync(join(work, 'bin-'));
    const helper = join(bin, 'docker-credential-prel-test');
    const secrets = { [source.host]: [source.username, source.password], [target.host]: [target.username, target.password] };
    writeFileSync(
      helper,
      `#!/bin/sh\nread host\ncase "$host" in\n${Object.entries(secrets)
        .map(([h, [u, p]]) => `  ${h}) echo '{"ServerURL":"${h}","Username":"${u}","Secret":"${p}"}' ;;`)
        .join('\n')}\n  *) echo "credentials not found in native keychain"; exit 1 ;;\nesac\n`,
    );
    chmodSync(helper, 0o755);
    const config = dockerConfig(
      key === 'credHelpers' ? { credHelpers: { [source.host]: 'prel-test', [target.host]: 'prel-test' } } : { credsStore: 'prel-test', auths: { [target.host]: {} } },
    );
    const list = join(mkdtempSync(join(work, 'helper-')), 'images.list');
    writeFileSync(list, 'release/app-admin:v0.4.0\n');
    mkdirSync(bin, { recursive: true });
    const result = await runWithInputs(
      run,
      { 'images-file': list, 'source-registry': source.host, 'target-registry': target.host },
      { DOCKER_CONFIG: config, PATH: `${bin}:${process.env.PATH}` },
    );
    expect(result.errors).toEqual([]);
    expect(Number(result.outputs.copied) + Number(result.outputs.skipped)).toBe(1);
    expect(result.log).toContain(`::add-mask::${target.password}`);
    expect(logWithoutMaskCommands(result)).not.toContain(target.password);
  });
});
