// undici's HTTP/1.1 client without the rest of the package: importing 'undici' evaluates all of it (fetch,
// WebSocket, EventSource, caches, mocks: ~1.3 MB of code), a cost every run pays at start whether it uses
// them or not. The registry client needs the agents and request() only. Types are the package's own.
import type * as Undici from 'undici';
import AgentImpl from 'undici/lib/dispatcher/agent.js';
import EnvHttpProxyAgentImpl from 'undici/lib/dispatcher/env-http-proxy-agent.js';
import requestImpl from 'undici/lib/api/api-request.js';

export const Agent = AgentImpl as typeof Undici.Agent;
export const EnvHttpProxyAgent = EnvHttpProxyAgentImpl as typeof Undici.EnvHttpProxyAgent;

type RequestOptions = Omit<Undici.Dispatcher.RequestOptions, 'origin' | 'path'> & { dispatcher: Undici.Dispatcher };

/** undici's request(url, options), for an absolute URL and an explicit dispatcher (never the global one). */
export function request(url: URL, options: RequestOptions): Promise<Undici.Dispatcher.ResponseData> {
  const { dispatcher, ...rest } = options;
  const call = requestImpl as (this: Undici.Dispatcher, opts: Undici.Dispatcher.RequestOptions) => Promise<Undici.Dispatcher.ResponseData>;
  return call.call(dispatcher, { ...rest, origin: url.origin, path: `${url.pathname}${url.search}` });
}
