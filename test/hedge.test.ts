// Hedged requests: a read the server swallowed costs a short wait, not the headers timeout; a copy goes
// out only when the first is slow, at most one per request, within a budget.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HedgeTimer, hedged } from '../shared/http/hedge.js';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.js';
import { startRegistry, type TestRegistry } from './helpers/registry.js';
import { seedImage, testClient, type SeededImage } from './helpers/seed-images.js';
import { withEnv } from './helpers/env.js';

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A send that answers `value` after `ms`, or fails with `error`; records its calls and aborts. */
function fakeSends(plan: { ms: number; value?: string; error?: Error }[]) {
  const calls: { aborted: boolean }[] = [];
  const send = (signal: AbortSignal): Promise<string> => {
    const step = plan[calls.length];
    const call = { aborted: false };
    calls.push(call);
    signal.addEventListener('abort', () => (call.aborted = true));
    return delay(step.ms).then(() => {
      if (step.error) throw step.error;
      return step.value!;
    });
  };
  return { send, calls };
}

describe('hedged', () => {
  test('a quick answer sends no copy', async () => {
    const { send, calls } = fakeSends([{ ms: 5, value: 'a' }]);
    await expect(hedged(send, 100, () => {}, () => {})).resolves.toBe('a');
    await delay(150);
    expect(calls).toHaveLength(1);
  });

  test('a slow answer gets one copy; the copy wins, the first is aborted, its late answer discarded', async () => {
    const { send, calls } = fakeSends([{ ms: 300, value: 'slow' }, { ms: 10, value: 'copy' }]);
    const discarded: string[] = [];
    let hedges = 0;
    const started = Date.now();
    await expect(hedged(send, 30, () => hedges++, (v) => discarded.push(v))).resolves.toBe('copy');
    expect(Date.now() - started).toBeLessThan(200);
    expect(hedges).toBe(1);
    expect(calls.map((c) => c.aborted)).toEqual([true, false]);
    await delay(350);
    expect(discarded).toEqual(['slow']);
  });

  test('a failure before the copy is due goes to the caller at once, with no copy', async () => {
    const { send, calls } = fakeSends([{ ms: 5, error: new Error('reset') }]);
    await expect(hedged(send, 100, () => {}, () => {})).rejects.toThrow('reset');
    await delay(150);
    expect(calls).toHaveLength(1);
  });

  test('after the copy went out, one failure waits for the other copy; two fail with the first error', async () => {
    const a = fakeSends([{ ms: 60, error: new Error('first') }, { ms: 10, value: 'copy' }]);
    await expect(hedged(a.send, 20, () => {}, () => {})).resolves.toBe('copy');
    const b = fakeSends([{ ms: 60, error: new Error('first') }, { ms: 80, error: new Error('second') }]);
    await expect(hedged(b.send, 20, () => {}, () => {})).rejects.toThrow('first');
  });

  test('no delay: no copy ever', async () => {
    const { send, calls } = fakeSends([{ ms: 80, value: 'a' }]);
    await expect(hedged(send, undefined, () => {}, () => {})).resolves.toBe('a');
    expect(calls).toHaveLength(1);
  });
});

describe('HedgeTimer', () => {
  test('waits several times the usual answer, within its bounds', () => {
    const timer = new HedgeTimer(50, 10_000);
    for (let i = 0; i < 20; i++) timer.observe(100);
    expect(timer.delayMs()).toBe(300);
    for (let i = 0; i < 64; i++) timer.observe(5);
    expect(timer.delayMs()).toBe(50);
  });

  test('each kind of request keeps its own pace: quick manifests do not make slow blob headers look lost', () => {
    const timer = new HedgeTimer(50, 10_000);
    for (let i = 0; i < 20; i++) timer.observe(5, 'GET manifest');
    for (let i = 0; i < 20; i++) timer.observe(200, 'GET blob');
    expect(timer.delayMs('GET manifest')).toBe(50);
    expect(timer.delayMs('GET blob')).toBe(600);
    // A kind not seen yet waits long: its pace is unknown.
    expect(timer.delayMs('HEAD blob')).toBe(1200);
  });

  test('a server slower than the bound is not hedged', () => {
    const timer = new HedgeTimer(50, 1000);
    for (let i = 0; i < 10; i++) timer.observe(500);
    expect(timer.delayMs()).toBeUndefined();
  });

  test('copies stay within the budget: about one request in ten', () => {
    const timer = new HedgeTimer(50, 10_000);
    for (let i = 0; i < 10; i++) timer.observe(10);
    let hedges = 0;
    for (let i = 0; i < 200; i++) {
      if (timer.delayMs() !== undefined) {
        timer.spend();
        hedges++;
      }
    }
    expect(hedges).toBeGreaterThanOrEqual(15);
    expect(hedges).toBeLessThanOrEqual(24);
  });
});

describe('a registry that swallows a request', () => {
  let registry: TestRegistry;
  let proxy: FaultProxy;
  let image: SeededImage;
  const saved = { ...process.env };

  beforeAll(async () => {
    registry = await startRegistry();
    image = await seedImage(testClient(registry.host), { repository: 'hedge/app', tag: 'v1', format: 'docker', layerSize: 2048 });
    proxy = await startFaultProxy(registry.url, []);
    // A long headers timeout: without a hedge, the swallowed request would hold the call for 20 s.
    process.env.PREL_HEADERS_TIMEOUT = '20';
  }, 60_000);
  afterAll(async () => {
    process.env = saved;
    await proxy?.stop();
    await registry?.stop();
  });

  /** Runs `fn` with these PREL_* settings, then puts the suite's own back and clears the proxy's rules. */
  async function withSettings(settings: Record<string, string>, fn: () => Promise<void>): Promise<void> {
    try {
      await withEnv(settings, fn);
    } finally {
      proxy.rules = [];
    }
  }

  test.each(['GET', 'HEAD'] as const)('a %s manifest that never answers is sent again and answered in well under a second', async (method) => {
    const client = testClient(proxy.host);
    // The client learns the registry's pace for this kind of request first.
    for (let i = 0; i < 6; i++) await (method === 'GET' ? client.getManifest('hedge/app', 'v1') : client.headManifest('hedge/app', 'v1'));
    const manifest = (r: { method: string; url: string }) => r.method === method && r.url.includes('/manifests/v1');
    proxy.rules = [{ kind: 'stall', times: 1, stallMs: 30_000, match: manifest }];
    const before = proxy.log.filter(manifest).length;
    const started = Date.now();
    const digest = method === 'GET' ? (await client.getManifest('hedge/app', 'v1')).digest : (await client.headManifest('hedge/app', 'v1'))?.digest;
    expect(Date.now() - started).toBeLessThan(1500);
    expect(digest).toBe(image.digest);
    expect(proxy.fired.stall).toBe(1);
    expect(proxy.log.filter(manifest).length - before).toBe(2);
    proxy.rules = [];
    proxy.fired.stall = 0;
  });

  test.each([
    ['a manifest body that stops half-way', 'GET', '/manifests/v1', 'stallBody'],
    ['a manifest PUT that never answers', 'PUT', '/manifests/v1', 'stall'],
  ] as const)('%s: the copy answers in well under a second', async (_name, method, path, kind) => {
    // A long stall bound: without a hedge of the whole answer, the call would wait 20 s for the body.
    await withSettings({ PREL_STALL_TIMEOUT: '20' }, async () => {
      const client = testClient(proxy.host);
      const manifest = await client.getManifest('hedge/app', 'v1');
      for (let i = 0; i < 6; i++) await (method === 'GET' ? client.getManifest('hedge/app', 'v1') : client.putManifest('hedge/app', 'v1', manifest));
      const match = (r: { method: string; url: string }) => r.method === method && r.url.includes(path);
      proxy.rules = [{ kind, times: 1, stallMs: 30_000, match, name: 'hedged' }];
      const started = Date.now();
      if (method === 'GET') expect((await client.getManifest('hedge/app', 'v1')).bytes.equals(manifest.bytes)).toBe(true);
      else await client.putManifest('hedge/app', 'v1', manifest);
      expect(Date.now() - started).toBeLessThan(1500);
      expect(proxy.fired.hedged).toBe(1);
      proxy.fired.hedged = 0;
    });
  });

  test('a copy answered 429 while the first is still out: the first one\'s answer is taken, no Retry-After wait', async () => {
    const client = testClient(proxy.host);
    for (let i = 0; i < 6; i++) await client.getManifest('hedge/app', 'v1');
    let n = 0;
    const match = (r: { method: string; url: string }) => r.method === 'GET' && r.url.includes('/manifests/v1');
    // The first GET is held 300 ms then answered; the copy sent meanwhile is told 429, Retry-After 5.
    proxy.rules = [
      { kind: 'slow', times: 1, stallMs: 300, match: (r) => match(r) && n++ === 0, name: 'slow' },
      { kind: 'status429', retryAfter: '5', times: 1, match, name: 'busy' },
    ];
    const started = Date.now();
    await expect(client.getManifest('hedge/app', 'v1')).resolves.toBeDefined();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(proxy.fired).toMatchObject({ slow: 1, busy: 1 });
    proxy.rules = [];
  });

  test('an answer that never comes is given up at its bound, not up to a second later (undici\'s timer ticks in half-seconds)', async () => {
    await withSettings({ PREL_HEDGE_AFTER: 'off', PREL_HEADERS_TIMEOUT: '0.3' }, async () => {
      const client = testClient(proxy.host);
      const head = (r: { method: string; url: string }) => r.method === 'HEAD' && r.url.includes('/manifests/v1');
      // Three tries, each swallowed: three bounds of 0.3 s, retried at once (a timeout already waited).
      proxy.rules = [{ kind: 'stall', times: 3, stallMs: 30_000, match: head }];
      const started = Date.now();
      await expect(client.headManifest('hedge/app', 'v1')).rejects.toThrow(/no answer within 0.3s/);
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(890);
      expect(elapsed).toBeLessThan(1400);
    });
  });

  test('a body nobody needs that stops half-way is dropped at the stall bound, not up to a second later', async () => {
    await withSettings({ PREL_HEDGE_AFTER: 'off', PREL_STALL_TIMEOUT: '0.3' }, async () => {
      const client = testClient(proxy.host);
      // The ping's answer is known from its status; its body ("{}") stops after the first byte.
      proxy.rules = [{ kind: 'stallBody', times: 1, stallMs: 30_000, match: (r) => r.url === '/v2/', name: 'ping' }];
      const started = Date.now();
      await client.ping();
      const elapsed = Date.now() - started;
      expect(proxy.fired.ping).toBe(1);
      expect(elapsed).toBeGreaterThanOrEqual(290);
      expect(elapsed).toBeLessThan(600);
    });
  });

  test('with PREL_HEDGE_AFTER=off the same call waits for the headers timeout', async () => {
    await withSettings({ PREL_HEDGE_AFTER: 'off', PREL_HEADERS_TIMEOUT: '1' }, async () => {
      const client = testClient(proxy.host);
      for (let i = 0; i < 6; i++) await client.headManifest('hedge/app', 'v1');
      proxy.rules = [{ kind: 'stall', times: 1, stallMs: 30_000, match: (r) => r.method === 'GET' && r.url.includes('/manifests/v1') }];
      const started = Date.now();
      await client.getManifest('hedge/app', 'v1');
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    });
  });
});
