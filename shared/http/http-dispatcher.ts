// The connection pool every HTTP call of prel shares (registries, the GitHub API, release assets),
// routed through HTTPS_PROXY / HTTP_PROXY except for NO_PROXY hosts, upper or lower case as runners
// set them. Loopback hosts (localhost, 127.0.0.0/8, [::1]) go direct: a proxy cannot reach this
// machine's registry. Only NO_PROXY set to the empty string ("no exceptions") sends them through too.
import type { Agent as UndiciAgent, Dispatcher } from 'undici';
import { Agent, EnvHttpProxyAgent } from './undici-core.js';
import { isLoopback } from './loopback.js';
import { limitsKey, requestLimits, type RequestLimits } from './request-limits.js';
import { tuneV8ForTransfers } from './v8-tuning.js';

/** The pool's bounds: connections per origin, and the connect, headers and idle-body timeouts. */
function poolOptions(limits: RequestLimits): UndiciAgent.Options {
  return {
    connections: limits.connections,
    keepAliveTimeout: 30_000,
    connect: { timeout: limits.connectMs },
    headersTimeout: limits.headersMs,
    bodyTimeout: limits.stallMs,
  };
}

interface ProxyEnv {
  http?: string;
  https?: string;
  noProxy?: string;
}

/** curl's order: the lower-case name wins. */
function proxyEnv(): ProxyEnv {
  const read = (name: string) => process.env[name.toLowerCase()] ?? process.env[name.toUpperCase()];
  return { http: read('http_proxy') || undefined, https: read('https_proxy') || undefined, noProxy: read('no_proxy') };
}

/** Whether loopback hosts skip the proxy under this environment. */
export function loopbackBypassesProxy(env: ProxyEnv = proxyEnv()): boolean {
  return env.noProxy !== '';
}

function build(env: ProxyEnv, limits: RequestLimits): Dispatcher {
  tuneV8ForTransfers();
  const POOL = poolOptions(limits);
  const direct = new Agent(POOL);
  if (!env.http && !env.https) return direct;
  // Plain http goes to the proxy as `GET http://host/…`, as curl does: proxies often allow CONNECT to port 443 only.
  const proxied = new EnvHttpProxyAgent({ ...POOL, proxyTunnel: false, httpProxy: env.http, httpsProxy: env.https, noProxy: env.noProxy ?? '' });
  if (!loopbackBypassesProxy(env)) return proxied;
  return proxied.compose((dispatch) => (options, handler) => {
    const origin = options.origin ? new URL(String(options.origin)) : undefined;
    return origin && isLoopback(origin.host) ? direct.dispatch(options, handler) : dispatch(options, handler);
  });
}

/** One pool per proxy setting and limits (tests change the environment between runs in one process). */
const pools = new Map<string, Dispatcher>();

/** The process's shared, proxy-aware dispatcher. */
export function sharedDispatcher(): Dispatcher {
  const env = proxyEnv();
  const limits = requestLimits();
  const key = `${JSON.stringify(env)} ${limitsKey(limits)}`;
  let pool = pools.get(key);
  if (!pool) {
    pool = build(env, limits);
    pools.set(key, pool);
  }
  return pool;
}
