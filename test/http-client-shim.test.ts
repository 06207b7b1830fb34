// shims/undici-for-http-client stands in for undici under @actions/http-client (npm overrides): the
// ProxyAgent it hands out must be undici's own, loaded on first use, and a request must go through it.
import { realpathSync } from 'node:fs';
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
