// Parsers of the registry protocol: auth challenges, Retry-After, error bodies, Docker config keys.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { dockerConfigCredentials, hostOfConfigKey, resolveCredentials } from '../shared/registry/credentials.js';
import { parseRegistryInput, registryBaseUrl } from '../shared/registry/endpoint.js';
import { describeErrorBody } from '../shared/registry/registry-error.js';
import { parseChallenges } from '../shared/registry/www-authenticate.js';
import { RetryableStatusError, isTimeout, parseRetryAfter, retryDelay, withRetries } from '../shared/run/retry.js';
import { StalledBodyError } from '../shared/image/digest.js';
import { routeImage } from '../shared/image-list/image-routes.js';
import { parseReference } from '../shared/image/reference.js';

describe('WWW-Authenticate', () => {
  test('quoted values keep their commas', () => {
    const [challenge] = parseChallenges(
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:samalba/my-app:pull,push",error="insufficient_scope"',
    );
    expect(challenge).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io',
        scope: 'repository:samalba/my-app:pull,push',
        error: 'insufficient_scope',
      },
    });
  });

  test('several challenges, token values and escapes', () => {
    expect(parseChallenges('Basic realm="x \\"y\\"", Bearer realm=https://a/token, service=reg')).toEqual([
      { scheme: 'basic', params: { realm: 'x "y"' } },
      { scheme: 'bearer', params: { realm: 'https://a/token', service: 'reg' } },
    ]);
  });
});

describe('Retry-After and retries', () => {
  test('seconds or an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    const now = Date.parse('2026-11-24T10:00:00Z');
    expect(parseRetryAfter('Tue, 24 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });

  test('bounded by count', async () => {
    let calls = 0;
    const policy = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5, maxElapsedMs: 10_000 };
    await expect(
      withRetries(policy, async () => {
        calls++;
        throw new RetryableStatusError('busy', 503);
      }),
    ).rejects.toThrow('busy');
    expect(calls).toBe(3);
  });

  test('bounded by time: a Retry-After beyond the budget is not waited for', async () => {
    let calls = 0;
    const started = Date.now();
    const policy = { attempts: 10, baseDelayMs: 1, maxDelayMs: 5, maxElapsedMs: 200 };
    await expect(
      withRetries(policy, async () => {
        calls++;
        throw new RetryableStatusError('slow down', 429, 60_000);
      }),
    ).rejects.toThrow('slow down');
    expect(calls).toBe(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('Retry-After counts from when the answer came, not from when the retry loop hears of it', async () => {
    const policy = { attempts: 3, baseDelayMs: 1000, maxDelayMs: 1000, maxElapsedMs: 10_000 };
    const fresh = new RetryableStatusError('slow down', 429, 1000);
    expect(retryDelay(policy, 1, fresh)).toBeGreaterThan(900);
    const waited = new RetryableStatusError('slow down', 429, 1000);
    await new Promise((r) => setTimeout(r, 400));
    const left = retryDelay(policy, 1, waited);
    expect(left).toBeLessThanOrEqual(620);
    expect(left).toBeGreaterThan(0);
    expect(retryDelay(policy, 1, new RetryableStatusError('slow down', 429, 0))).toBe(0);
  });

  test('after a timeout the retry goes at once; after a reset or a 5xx it backs off', () => {
    const policy = { attempts: 3, baseDelayMs: 1000, maxDelayMs: 1000, maxElapsedMs: 10_000 };
    const headers = Object.assign(new Error('Headers Timeout Error'), { code: 'UND_ERR_HEADERS_TIMEOUT' });
    const body = new Error('fetch failed', { cause: Object.assign(new Error('Body Timeout Error'), { code: 'UND_ERR_BODY_TIMEOUT' }) });
    for (const err of [headers, body, new StalledBodyError('sha256:x', 'source', 1)]) {
      expect(isTimeout(err)).toBe(true);
      expect(retryDelay(policy, 2, err)).toBe(0);
    }
    const reset = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
    expect(isTimeout(reset)).toBe(false);
    expect(retryDelay(policy, 1, reset)).toBeGreaterThanOrEqual(500);
    expect(retryDelay(policy, 1, new RetryableStatusError('busy', 503))).toBeGreaterThanOrEqual(500);
  });

  test('a 4xx other than 429 is not retried', async () => {
    let calls = 0;
    await expect(
      withRetries({ attempts: 5, baseDelayMs: 1, maxDelayMs: 1, maxElapsedMs: 1000 }, async () => {
        calls++;
        throw new Error('404 MANIFEST_UNKNOWN');
      }),
    ).rejects.toThrow();
    expect(calls).toBe(1);
  });
});

describe('registry error bodies', () => {
  test('JSON errors, Docker Hub messages and HTML are all one short phrase', () => {
    expect(describeErrorBody('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":{}}]}')).toEqual({
      code: 'MANIFEST_UNKNOWN',
      text: 'MANIFEST_UNKNOWN: manifest unknown',
    });
    expect(describeErrorBody('{"message":"toomanyrequests"}').text).toBe('toomanyrequests');
    expect(describeErrorBody('<html><body><h1>502 Bad Gateway</h1></body></html>').text).toBe('502 Bad Gateway');
  });
});

describe('registry inputs and schemes', () => {
  test('loopback and listed hosts use http', () => {
    expect(registryBaseUrl('127.0.0.1:5000', [])).toBe('http://127.0.0.1:5000');
    expect(registryBaseUrl('localhost:5000', [])).toBe('http://localhost:5000');
    expect(registryBaseUrl('[::1]:5000', [])).toBe('http://[::1]:5000');
    expect(registryBaseUrl('registry.example.com', [])).toBe('https://registry.example.com');
    expect(registryBaseUrl('registry.local:5000', ['registry.local:5000'])).toBe('http://registry.local:5000');
    expect(registryBaseUrl('docker.io', [])).toBe('https://registry-1.docker.io');
  });

  test('host with an optional path prefix', () => {
    expect(parseRegistryInput('target-registry', 'registry.example.com/mirror/team/')).toEqual({ host: 'registry.example.com', prefix: 'mirror/team' });
    expect(parseRegistryInput('target-registry', '127.0.0.1:5000')).toEqual({ host: '127.0.0.1:5000', prefix: '' });
    expect(() => parseRegistryInput('target-registry', 'reg.example.com/Mirror')).toThrow(/Input 'target-registry'/);
  });
});

describe('Docker config credentials', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  function useConfig(config: unknown): void {
    const dir = mkdtempSync(join(tmpdir(), 'prel-dockercfg-'));
    writeFileSync(join(dir, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
    process.env.DOCKER_CONFIG = dir;
    delete process.env.DOCKER_AUTH_CONFIG;
  }

  test('keys may be URLs; the Docker Hub key is index.docker.io', () => {
    expect(hostOfConfigKey('https://index.docker.io/v1/')).toBe('index.docker.io');
    expect(hostOfConfigKey('ghcr.io')).toBe('ghcr.io');
    expect(hostOfConfigKey('http://localhost:5000/v2/')).toBe('localhost:5000');
  });

  test('auth, username/password, identity and registry tokens', async () => {
    useConfig({
      auths: {
        'a.example.com': { auth: Buffer.from('alice:s3cr:et\0\0').toString('base64') },
        'https://b.example.com/v1/': { username: 'bob', password: 'pw' },
        'c.example.com': { identitytoken: 'refresh-me' },
        'd.example.com': { registrytoken: 'bearer-me' },
      },
    });
    expect(await dockerConfigCredentials('a.example.com')).toMatchObject({ username: 'alice', password: 's3cr:et' });
    expect(await dockerConfigCredentials('b.example.com')).toMatchObject({ username: 'bob', password: 'pw' });
    expect(await dockerConfigCredentials('c.example.com')).toMatchObject({ identityToken: 'refresh-me' });
    expect(await dockerConfigCredentials('d.example.com')).toMatchObject({ registryToken: 'bearer-me' });
    expect(await dockerConfigCredentials('e.example.com')).toBeUndefined();
  });

  test('inputs win over the Docker config, and must come in pairs', async () => {
    useConfig({ auths: { 'a.example.com': { auth: Buffer.from('alice:x').toString('base64') } } });
    expect(await resolveCredentials('a.example.com', { username: 'u', password: 'p', inputName: 'target' })).toMatchObject({ username: 'u', password: 'p' });
    await expect(resolveCredentials('a.example.com', { username: 'u', inputName: 'target' })).rejects.toThrow(
      "Inputs 'target-username' and 'target-password' must be given together.",
    );
  });

  test('DOCKER_AUTH_CONFIG takes the place of the file', async () => {
    useConfig({});
    process.env.DOCKER_AUTH_CONFIG = JSON.stringify({ auths: { 'z.example.com': { auth: Buffer.from('zed:pw').toString('base64') } } });
    expect(await dockerConfigCredentials('z.example.com')).toMatchObject({ username: 'zed', source: 'DOCKER_AUTH_CONFIG (auths.z.example.com)' });
  });

  test('a broken config file or a missing helper is a clear error', async () => {
    useConfig('{not json');
    await expect(dockerConfigCredentials('a.example.com')).rejects.toThrow(/is not valid JSON/);
    useConfig({ credHelpers: { 'a.example.com': 'no-such-helper-xyz' } });
    await expect(dockerConfigCredentials('a.example.com')).rejects.toThrow(/docker-credential-no-such-helper-xyz is not on PATH/);
  });
});

describe('Docker Hub names', () => {
  test('docker.io credentials are found under the index key docker login writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prel-dockercfg-'));
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth: Buffer.from('hub:pw').toString('base64') } } }));
    const saved = process.env.DOCKER_CONFIG;
    process.env.DOCKER_CONFIG = dir;
    try {
      expect(await dockerConfigCredentials('docker.io')).toMatchObject({ username: 'hub', password: 'pw' });
    } finally {
      process.env.DOCKER_CONFIG = saved;
    }
  });

  test('a one-part Docker Hub name reads from library/', () => {
    const entry = { ref: parseReference('docker.io/nginx:1.25'), text: 'docker.io/nginx:1.25', file: 'x.list', line: 1 };
    expect(routeImage(entry, { projectMap: new Map(), sourceInput: 'source-registry' }).source).toMatchObject({ host: 'docker.io', repository: 'library/nginx' });
  });
});
