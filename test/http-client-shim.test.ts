// shims/undici-for-http-client stands in for undici under @actions/http-client (npm overrides): the
// ProxyAgent it hands out must be undici's own, loaded on first use, and a request must go through it.
import { realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HttpClient } from '@actions/http-client';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { withEnv } from './helpers/env.js';
import { startProxy, type TestProxy } from './helpers/http-proxy.js';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

let proxy: TestProxy;
// http-client never proxies loopback hosts; the proxy (on loopback) is asked for a name it cannot resolve.
const origin = 'http://prel-shim-test.invalid:8080';

beforeAll(async () => {
  proxy = await startProxy();
});
afterAll(async () => {
  await proxy?.stop();
});

test("@actions/http-client's proxy agent is undici's ProxyAgent, and its requests go to the proxy", async () => {
  // The override is in place: the undici http-client resolves is the shim, not the package.
  const fromHttpClient = createRequire(join(ROOT, 'node_modules', '@actions', 'http-client', 'lib', 'index.js'));
  expect(realpathSync(fromHttpClient.resolve('undici'))).toBe(join(ROOT, 'shims', 'undici-for-http-client', 'index.js'));
  await withEnv({ http_proxy: proxy.url, no_proxy: 'example.invalid' }, async () => {
    const client = new HttpClient('prel-test');
    const dispatcher = client.getAgentDispatcher(origin);
    expect(dispatcher?.constructor.name).toBe('ProxyAgent');
    const { fetch } = await import('undici');
    // The agent tunnels (CONNECT) through the proxy, which answers that it cannot reach the name.
    const failure = await fetch(`${origin}/shim`, { dispatcher }).then(() => undefined, (err: Error) => err);
    const causes: string[] = [];
    for (let e: unknown = failure; e instanceof Error; e = e.cause) causes.push(e.message);
    expect(causes.join(' < ')).toContain('Proxy response (500)');
    expect(await proxy.requests()).toContain('CONNECT prel-shim-test.invalid:8080 HTTP/1.1');
  });
});

// shims/http-client-for-core and shims/exec-for-core stand in for the two packages @actions/core imports at
// load only for OIDC tokens and platform details: both must reach the real packages when used.
const fromCore = createRequire(join(ROOT, 'node_modules', '@actions', 'core', 'lib', 'core.js'));

test("@actions/core's http-client is the shim, and core.getIDToken still gets its token through the real client", async () => {
  expect(realpathSync(fromCore.resolve('@actions/http-client'))).toBe(join(ROOT, 'shims', 'http-client-for-core', 'index.js'));
  const seen: { url?: string; auth?: string } = {};
  const server = createServer((req, res) => {
    seen.url = req.url;
    seen.auth = req.headers.authorization;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ value: 'id-token-from-test' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await withEnv(
      { ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?v=1`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' },
      async () => {
        const core = await import('@actions/core');
        expect(await core.getIDToken('prel-test')).toBe('id-token-from-test');
      },
    );
  } finally {
    server.close();
  }
  expect(seen).toEqual({ url: '/token?v=1&audience=prel-test', auth: 'Bearer request-token' });
});

test("@actions/core's exec is the shim, and it runs a program through the real @actions/exec", async () => {
  const shim = realpathSync(fromCore.resolve('@actions/exec'));
  expect(shim).toBe(join(ROOT, 'shims', 'exec-for-core', 'index.js'));
  const { getExecOutput } = (await import(shim)) as typeof import('@actions/exec');
  const out = await getExecOutput(process.execPath, ['-e', 'process.stdout.write("from the real exec")'], { silent: true });
  expect(out).toMatchObject({ exitCode: 0, stdout: 'from the real exec' });
});
