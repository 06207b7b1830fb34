// Proves the registry, token-server and fault-proxy test helpers work against the real registry binary.
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { freePort } from './helpers/free-port.js';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.js';
import { registryBinary, startRegistry, type TestRegistry } from './helpers/registry.js';
import { parseScope } from './helpers/token-server.js';

const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await request(url, { headers });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, text };
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string {
  const v = headers[name];
  return Array.isArray(v) ? v.join(', ') : (v ?? '');
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

/** Monolithic blob upload: POST to open a session, PUT the bytes with ?digest=. Returns the POST's Location. */
async function pushBlob(base: string, repo: string, data: Buffer): Promise<string> {
  const post = await request(`${base}/v2/${repo}/blobs/uploads/`, { method: 'POST' });
  await post.body.dump();
  expect(post.statusCode).toBe(202);
  const location = header(post.headers, 'location');
  const digest = `sha256:${crypto.createHash('sha256').update(data).digest('hex')}`;
  const sep = location.includes('?') ? '&' : '?';
  const put = await request(`${location}${sep}digest=${digest}`, {
    method: 'PUT',
    body: data,
    headers: { 'content-type': 'application/octet-stream' },
  });
  await put.body.dump();
  expect(put.statusCode).toBe(201);
  return location;
}

describe('freePort', () => {
  it('returns a loopback port nothing listens on', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    expect(await portOpen(port)).toBe(false);
  });
});

describe('plain registry', () => {
  let reg: TestRegistry;
  beforeAll(async () => {
    reg = await startRegistry();
  }, 30_000);
  afterAll(() => reg?.stop());

  it('finds the binary and answers GET /v2/ with 200', async () => {
    expect(registryBinary()).toMatch(/registry/);
    expect(reg.url).toBe(`http://${reg.host}`);
    expect(reg.host).toMatch(/^127\.0\.0\.1:\d+$/);
    const res = await get(`${reg.url}/v2/`);
    expect(res.status).toBe(200);
    expect(header(res.headers, 'docker-distribution-api-version')).toBe('registry/2.0');
  });

  it('stores blobs under storageDir', async () => {
    await pushBlob(reg.url, 'plain/repo', Buffer.from('hello'));
    expect(fs.existsSync(`${reg.storageDir}/docker/registry/v2/repositories/plain/repo`)).toBe(true);
  });

  it('stop() kills the process, removes the temp dir and is idempotent', async () => {
    const other = await startRegistry();
    const port = Number(other.host.split(':')[1]);
    await Promise.all([other.stop(), other.stop()]);
    await other.stop();
    expect(fs.existsSync(other.storageDir)).toBe(false);
    expect(await portOpen(port)).toBe(false);
  }, 30_000);
});

describe('registry startup failures', () => {
  let dir: string;
  const saved = process.env.REGISTRY_BIN;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prel-fake-registry-'));
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.REGISTRY_BIN;
    else process.env.REGISTRY_BIN = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A stand-in binary: fails like a lost port race `failures` times, then runs the real registry (or keeps failing). */
  function fakeBinary(name: string, failures: number, message: string): string {
    const real = registryBinary()!;
    const counter = path.join(dir, `${name}.count`);
    const script = path.join(dir, name);
    fs.writeFileSync(
      script,
      `#!/bin/sh\nn=$(cat '${counter}' 2>/dev/null || echo 0)\necho $((n+1)) > '${counter}'\n` +
        `if [ "$n" -lt ${failures} ]; then echo '${message}' >&2; exit 1; fi\nexec ${real} "$@"\n`,
      { mode: 0o755 },
    );
    return script;
  }

  it('retries with a new port after "address already in use"', async () => {
    process.env.REGISTRY_BIN = fakeBinary('race', 2, 'listen tcp: bind: address already in use');
    const reg = await startRegistry();
    try {
      expect((await get(`${reg.url}/v2/`)).status).toBe(200);
      expect(fs.readFileSync(path.join(dir, 'race.count'), 'utf8').trim()).toBe('3');
    } finally {
      await reg.stop();
    }
  }, 30_000);

  it('throws with the captured stderr when the registry dies for another reason', async () => {
    process.env.REGISTRY_BIN = fakeBinary('broken', 99, 'configuration error: no storage');
    await expect(startRegistry()).rejects.toThrow(/configuration error: no storage/);
    expect(fs.readFileSync(path.join(dir, 'broken.count'), 'utf8').trim()).toBe('1');
  });
});

describe('basic-auth registry', () => {
  let reg: TestRegistry;
  beforeAll(async () => {
    reg = await startRegistry({ auth: 'basic' });
  }, 30_000);
  afterAll(() => reg?.stop());

  it('answers 401 without credentials and 200 with them', async () => {
    expect(reg.username).toBe('prel');
    expect(reg.password).toBeTruthy();
    const anon = await get(`${reg.url}/v2/`);
    expect(anon.status).toBe(401);
    expect(header(anon.headers, 'www-authenticate')).toMatch(/^Basic realm=/);
    const ok = await get(`${reg.url}/v2/`, { authorization: basic(reg.username!, reg.password!) });
    expect(ok.status).toBe(200);
    const bad = await get(`${reg.url}/v2/`, { authorization: basic(reg.username!, 'wrong') });
    expect(bad.status).toBe(401);
  });

  it('honours caller-chosen credentials', async () => {
    const custom = await startRegistry({ auth: 'basic', username: 'alice', password: 's3cret' });
    try {
      expect((await get(`${custom.url}/v2/`, { authorization: basic('alice', 's3cret') })).status).toBe(200);
    } finally {
      await custom.stop();
    }
  }, 30_000);
});

describe('token-auth registry', () => {
  let reg: TestRegistry;
  let realm: string;
  beforeAll(async () => {
    reg = await startRegistry({ auth: 'token' });
    realm = `${reg.tokenServer!.url}/token`;
  }, 30_000);
  afterAll(() => reg?.stop());

  async function fetchToken(scopes: string[], auth?: string) {
    const q = new URLSearchParams({ service: 'test-registry' });
    for (const s of scopes) q.append('scope', s);
    const res = await get(`${realm}?${q}`, auth ? { authorization: auth } : {});
    return { status: res.status, json: JSON.parse(res.text) as Record<string, unknown> };
  }

  const startUpload = (repo: string, token: string) =>
    request(`${reg.url}/v2/${repo}/blobs/uploads/`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });

  it('challenges GET /v2/ with a Bearer realm pointing at the token server', async () => {
    const res = await get(`${reg.url}/v2/`);
    expect(res.status).toBe(401);
    expect(header(res.headers, 'www-authenticate')).toBe(`Bearer realm="${realm}",service="test-registry"`);
  });

  it('accepts a token granted with Basic credentials for push', async () => {
    const { status, json } = await fetchToken(['repository:foo/bar:pull,push'], basic(reg.username!, reg.password!));
    expect(status).toBe(200);
    expect(json.token).toBe(json.access_token);
    expect(json.expires_in).toBe(300);
    const res = await startUpload('foo/bar', json.token as string);
    await res.body.dump();
    expect(res.statusCode).toBe(202);
    expect(header(res.headers, 'location')).toContain(`http://${reg.host}/v2/foo/bar/blobs/uploads/`);
    expect(reg.tokenServer!.requests.at(-1)).toEqual({ scopes: ['repository:foo/bar:pull,push'], authorized: true, method: 'GET' });
  });

  it('gives anonymous callers pull only, so their push is refused', async () => {
    const { status, json } = await fetchToken(['repository:foo/bar:pull,push']);
    expect(status).toBe(200);
    const res = await startUpload('foo/bar', json.token as string);
    const body = await res.body.text();
    expect(res.statusCode).toBe(401);
    expect(header(res.headers, 'www-authenticate')).toContain('error="insufficient_scope"');
    expect(body).toContain('UNAUTHORIZED');
    const pull = await get(`${reg.url}/v2/foo/bar/tags/list`, { authorization: `Bearer ${json.token as string}` });
    expect(pull.status).toBe(404); // authorized, the repository just doesn't exist
  });

  it('really verifies token signatures', async () => {
    const good = reg.tokenServer!.sign([{ type: 'repository', name: 'foo/bar', actions: ['pull', 'push'] }]);
    const forged = `${good.split('.').slice(0, 2).join('.')}.${crypto.randomBytes(64).toString('base64url')}`;
    const res = await startUpload('foo/bar', forged);
    await res.body.dump();
    expect(res.statusCode).toBe(401);
  });

  it('rejects wrong credentials with a JSON 401', async () => {
    const { status, json } = await fetchToken(['repository:foo/bar:pull'], basic(reg.username!, 'nope'));
    expect(status).toBe(401);
    expect(json).toEqual({ errors: [{ code: 'UNAUTHORIZED', message: 'invalid credentials' }] });
  });

  it('answers a scope-less login check with a token that opens /v2/', async () => {
    const { status, json } = await fetchToken([], basic(reg.username!, reg.password!));
    expect(status).toBe(200);
    const res = await get(`${reg.url}/v2/`, { authorization: `Bearer ${json.access_token as string}` });
    expect(res.status).toBe(200);
  });

  it('can answer with only `token` or only `access_token`', async () => {
    const ts = reg.tokenServer!;
    try {
      ts.field = 'token';
      expect(Object.keys((await fetchToken(['repository:a:pull'])).json)).not.toContain('access_token');
      ts.field = 'access_token';
      expect(Object.keys((await fetchToken(['repository:a:pull'])).json)).not.toContain('token');
    } finally {
      ts.field = 'both';
    }
  });

  it('withholds push for denyPush repositories', async () => {
    const ts = reg.tokenServer!;
    ts.denyPush.push('locked/repo');
    try {
      const { json } = await fetchToken(['repository:locked/repo:pull,push'], basic(reg.username!, reg.password!));
      const res = await startUpload('locked/repo', json.token as string);
      await res.body.dump();
      expect(res.statusCode).toBe(401);
    } finally {
      ts.denyPush.length = 0;
    }
  });

  it('grants registry:catalog:* to authenticated callers', async () => {
    const { json } = await fetchToken(['registry:catalog:*'], basic(reg.username!, reg.password!));
    const res = await get(`${reg.url}/v2/_catalog`, { authorization: `Bearer ${json.token as string}` });
    expect(res.status).toBe(200);
  });

  it('supports the OAuth2 password grant on POST /token', async () => {
    const form = new URLSearchParams({
      grant_type: 'password',
      username: reg.username!,
      password: reg.password!,
      service: 'test-registry',
      scope: 'repository:foo/bar:pull,push',
      client_id: 'prel-test',
    });
    const res = await request(realm, {
      method: 'POST',
      body: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const json = (await res.body.json()) as Record<string, unknown>;
    expect(res.statusCode).toBe(200);
    const up = await startUpload('foo/bar', json.access_token as string);
    await up.body.dump();
    expect(up.statusCode).toBe(202);
  });

  it('splits scope actions off the last colon', () => {
    expect(parseScope('repository:127.0.0.1:5000/a/b:pull,push')).toEqual({
      type: 'repository',
      name: '127.0.0.1:5000/a/b',
      actions: ['pull', 'push'],
    });
    expect(parseScope('registry:catalog:*')).toEqual({ type: 'registry', name: 'catalog', actions: ['*'] });
    expect(parseScope('bogus')).toBeUndefined();
  });
});

describe('fault proxy', () => {
  let reg: TestRegistry;
  const proxies: FaultProxy[] = [];
  const blob = crypto.randomBytes(64 * 1024);
  beforeAll(async () => {
    reg = await startRegistry();
    await pushBlob(reg.url, 'fp/repo', blob);
  }, 30_000);
  afterAll(async () => {
    await Promise.all(proxies.map((p) => p.stop()));
    await reg?.stop();
  });
  const digest = `sha256:${crypto.createHash('sha256').update(blob).digest('hex')}`;
  const isV2Root = (r: { method: string; url: string }) => r.url === '/v2/';

  it('injects 500 the configured number of times, then passes through', async () => {
    const p = await startFaultProxy(reg.url, [{ kind: 'status500', times: 2, match: isV2Root }]);
    proxies.push(p);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await get(`${p.url}/v2/`)).status);
    expect(statuses).toEqual([500, 500, 200]);
    expect(p.fired).toEqual({ status500: 2 });
    expect(p.requests).toBe(3);
  });

  it('injects 429 with Retry-After and honours `every`', async () => {
    const p = await startFaultProxy(reg.url, [{ kind: 'status429', times: 2, every: 2, retryAfter: '3' }]);
    proxies.push(p);
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await get(`${p.url}/v2/`));
    expect(answers.map((a) => a.status)).toEqual([200, 429, 200, 429, 200]);
    expect(header(answers[1]!.headers, 'retry-after')).toBe('3');
    expect(p.fired.status429).toBe(2);
  });

  it('cuts a blob body short once, then serves it whole', async () => {
    const p = await startFaultProxy(reg.url, [{ kind: 'cutBody', times: 1, match: (r) => r.url.includes('/blobs/sha256:') }]);
    proxies.push(p);
    const url = `${p.url}/v2/fp/repo/blobs/${digest}`;
    const cut = await request(url);
    expect(cut.statusCode).toBe(200);
    expect(header(cut.headers, 'content-length')).toBe(String(blob.length));
    await expect(cut.body.arrayBuffer()).rejects.toThrow();
    const whole = await request(url);
    expect(Buffer.from(await whole.body.arrayBuffer()).equals(blob)).toBe(true);
    expect(p.fired.cutBody).toBe(1);
  });

  it('resets connections, answers 503, and keeps registry Location URLs on the proxy', async () => {
    const p = await startFaultProxy(reg.url, [
      { kind: 'reset', times: 1, match: isV2Root },
      { kind: 'status503', times: 1, match: (r) => r.method === 'PUT' },
    ]);
    proxies.push(p);
    await expect(request(`${p.url}/v2/`)).rejects.toThrow();
    expect((await get(`${p.url}/v2/`)).status).toBe(200);
    const data = Buffer.from('through the proxy');
    const post = await request(`${p.url}/v2/fp/other/blobs/uploads/`, { method: 'POST' });
    await post.body.dump();
    const location = header(post.headers, 'location');
    expect(location.startsWith(`${p.url}/v2/fp/other/blobs/uploads/`)).toBe(true);
    const d = `sha256:${crypto.createHash('sha256').update(data).digest('hex')}`;
    const put = (): Promise<number> =>
      request(`${location}&digest=${d}`, { method: 'PUT', body: data }).then(async (r) => {
        await r.body.dump();
        return r.statusCode;
      });
    expect(await put()).toBe(503); // body drained, connection still usable
    expect(await put()).toBe(201);
    expect(p.fired).toEqual({ reset: 1, status503: 1 });
  });

  it('streams a chunked PATCH upload through to the registry', async () => {
    const p = await startFaultProxy(reg.url, []);
    proxies.push(p);
    const parts = [crypto.randomBytes(10_000), crypto.randomBytes(20_000), crypto.randomBytes(5)];
    const data = Buffer.concat(parts);
    const post = await request(`${p.url}/v2/fp/streamed/blobs/uploads/`, { method: 'POST' });
    await post.body.dump();
    const patch = await request(header(post.headers, 'location'), {
      method: 'PATCH',
      body: Readable.from(parts), // no length known up front, so it goes out chunked
      headers: { 'content-type': 'application/octet-stream' },
    });
    await patch.body.dump();
    expect(patch.statusCode).toBe(202);
    expect(header(patch.headers, 'range')).toBe(`0-${data.length - 1}`);
    const d = `sha256:${crypto.createHash('sha256').update(data).digest('hex')}`;
    const put = await request(`${header(patch.headers, 'location')}&digest=${d}`, { method: 'PUT' });
    await put.body.dump();
    expect(put.statusCode).toBe(201);
    const back = await request(`${p.url}/v2/fp/streamed/blobs/${d}`);
    expect(Buffer.from(await back.body.arrayBuffer()).equals(data)).toBe(true);
  });

  it('handles concurrent keep-alive requests and closes every socket on stop', async () => {
    const p = await startFaultProxy(reg.url, []);
    const port = Number(p.host.split(':')[1]);
    const results = await Promise.all(
      Array.from({ length: 16 }, async () => {
        const r = await request(`${p.url}/v2/fp/repo/blobs/${digest}`);
        return Buffer.from(await r.body.arrayBuffer()).equals(blob);
      }),
    );
    expect(results.every(Boolean)).toBe(true);
    expect(p.requests).toBe(16);
    await p.stop();
    await p.stop();
    expect(await portOpen(port)).toBe(false);
  });
});
